/**
 * Builds the archive graph from plain records. Pure: no Astro, no file system, so
 * it is unit-tested directly and shared by pages, data exports and scripts.
 *
 * Which fields refer to which collection is read from the schemas' `ref()`
 * declarations (src/lib/content/references.ts): every declared reference is
 * resolved into `node.references` before anything else, and a dangling one
 * throws, naming the record and field, rather than rendering a hole. The content
 * check (src/lib/content/integrity.ts) has already refused such content; this is
 * the graph's own guarantee.
 */
import { ORGANIZER_ROLES, type CollectionName, type Speech } from '../../schemas/index.ts';
import { COLLECTION_NAMES, COLLECTIONS } from '../../schemas/layout.ts';
import { fieldName } from '../content/problems.ts';
import { referencesIn } from '../content/references.ts';
import { yearOf } from '../dates.ts';
import { paths } from '../paths.ts';
import { comparePinyin } from '../text/sort.ts';
import type {
  Archive,
  ArchiveInput,
  ConferenceNode,
  InputEntry,
  OutcomeNode,
  PersonNode,
  RecordNode,
  SessionNode,
  SpeakerNode,
  SpeechNode,
  YearNode,
} from './types.ts';

export { ORGANIZER_ROLES };

export interface BuildOptions {
  /** Keep records marked `draft: true` (dev server); production builds leave them out. */
  includeDrafts?: boolean;
}

export class ArchiveReferenceError extends Error {}

/** Every node of the graph by collection and id, as the steps below fill them in. */
type Nodes = Archive['byId'];

const byDateDesc = (a: ConferenceNode, b: ConferenceNode) =>
  b.data.startDate.localeCompare(a.data.startDate) || a.id.localeCompare(b.id);

export function buildArchive(input: ArchiveInput, options: BuildOptions = {}): Archive {
  const nodes = createNodes(keptRecords(input, options));
  resolveReferences(nodes);
  linkRecords(nodes);
  linkConferences(nodes);
  linkSpeeches(nodes);
  indexConferences(nodes);
  const conferences = [...nodes.conferences.values()].sort(byDateDesc);
  sortReverseIndexes(nodes, conferences);
  return publish(nodes, conferences, draftOnlyRecords(input, options), options);
}

/** The records this build shows: without drafts (and the speeches of draft conferences) unless they are kept. */
function keptRecords(input: ArchiveInput, options: BuildOptions): ArchiveInput {
  if (options.includeDrafts) return input;
  const conferences = input.conferences.filter((e) => !e.data.draft);
  const published = new Set(conferences.map((c) => c.id));
  const speeches = input.speeches.filter((e) => !e.data.draft && published.has(conferenceOf(e.id)));
  return { ...input, conferences, speeches };
}

const conferenceOf = (speechId: string) => speechId.split('/')[0]!;

/** One node per record, with its path and empty reverse indexes; links come in the steps after. */
function createNodes(input: ArchiveInput): Nodes {
  const base = <D>(e: InputEntry<D>) => ({ ...e, references: [] as RecordNode[] });
  return {
    regions: new Map(
      input.regions.map((e) => [
        e.id,
        { ...base(e), kind: 'region', path: paths.region(e.id), series: [], conferences: [], organizations: [] },
      ]),
    ),
    series: new Map(
      input.series.map((e) => [
        e.id,
        { ...base(e), kind: 'series', path: paths.series(e.id), editions: [], regions: [] },
      ]),
    ),
    people: new Map(
      input.people.map((e) => [
        e.id,
        {
          ...base(e),
          kind: 'person',
          path: paths.person(e.id),
          appearances: [],
          presided: [],
          attended: [],
          conferences: [],
        },
      ]),
    ),
    organizations: new Map(
      input.organizations.map((e) => [
        e.id,
        { ...base(e), kind: 'organization', path: paths.organization(e.id), children: [], roles: [], members: [] },
      ]),
    ),
    conferences: new Map(
      input.conferences.map((e) => [
        e.id,
        {
          ...base(e),
          kind: 'conference',
          path: paths.conference(e.id),
          year: yearOf(e.data.startDate),
          sessions: [],
          speeches: [],
          outcomes: [],
          people: [],
          attendees: [],
        } as unknown as ConferenceNode,
      ]),
    ),
    speeches: new Map(input.speeches.map((e) => [e.id, { ...base(e), kind: 'speech' } as unknown as SpeechNode])),
  };
}

/** Resolves every reference the schemas declare into `node.references`; throws on the first that names no record. */
function resolveReferences(nodes: Nodes): void {
  for (const collection of COLLECTION_NAMES) {
    for (const node of nodes[collection].values() as Iterable<RecordNode>) {
      node.references = referencesIn(collection, node.data).map((ref) => {
        const target = (nodes[ref.collection] as Map<string, RecordNode>).get(ref.id);
        if (!target) {
          throw new ArchiveReferenceError(
            `${COLLECTIONS[collection].dir}/${node.id} ${fieldName(ref.path)}: 找不到${COLLECTIONS[ref.collection].label}“${ref.id}”`,
          );
        }
        return target;
      });
    }
  }
}

/** The node with this id, which resolveReferences has already found: a miss here is a bug in this file. */
function get<T>(map: Map<string, T>, id: string): T {
  const found = map.get(id);
  if (!found) throw new Error(`archive graph: no “${id}” although its references resolved`);
  return found;
}

/** Regions' parents, series' regions, organizations' parents and regions. */
function linkRecords(nodes: Nodes): void {
  for (const r of nodes.regions.values()) if (r.data.parent) r.parent = get(nodes.regions, r.data.parent);
  for (const s of nodes.series.values()) {
    s.regions = s.data.regions.map((r) => get(nodes.regions, r));
    s.regions.forEach((r) => r.series.push(s));
  }
  for (const o of nodes.organizations.values()) {
    if (o.data.parent) {
      o.parent = get(nodes.organizations, o.data.parent);
      o.parent.children.push(o);
    }
    if (o.data.region) {
      o.region = get(nodes.regions, o.data.region);
      o.region.organizations.push(o);
    }
  }
}

/** A conference's series, regions, organizers by role, sessions (in program order) with presiders, outcomes, and attendees. */
function linkConferences(nodes: Nodes): void {
  for (const node of nodes.conferences.values()) {
    const c = node.data;
    node.series = get(nodes.series, c.series);
    node.regions = c.regions.map((r) => get(nodes.regions, r));
    node.roles = Object.fromEntries(
      ORGANIZER_ROLES.map((role) => [role, c[role].map((o) => get(nodes.organizations, o))]),
    ) as ConferenceNode['roles'];
    node.sessions = [...c.sessions]
      .sort((a, b) => a.order - b.order)
      .map(
        (s): SessionNode => ({
          ...s,
          conference: node,
          speeches: [],
          outcomes: [],
          presiderNodes: s.presiders.map((p) => ({ person: get(nodes.people, p.person), position: p.position })),
        }),
      );
    node.outcomes = c.outcomes.map(
      (o): OutcomeNode => ({
        ...o,
        conference: node,
        sessionNode: o.session ? node.sessions.find((s) => s.id === o.session) : undefined,
        partyNodes: o.parties.map((p) => get(nodes.organizations, p)),
      }),
    );
    node.outcomes.forEach((o) => o.sessionNode?.outcomes.push(o));
    node.attendees = (c.attendance?.people ?? []).map((a) => ({
      person: get(nodes.people, a.person),
      position: a.position,
      affiliations: a.affiliations.map((x) => ({
        organization: get(nodes.organizations, x.organization),
        role: x.role,
      })),
    }));
  }
}

/** A speech's conference (its folder), session, speakers with their posts, sources and display title. */
function linkSpeeches(nodes: Nodes): void {
  for (const node of nodes.speeches.values()) {
    const [confId, ...rest] = node.id.split('/');
    const conference = nodes.conferences.get(confId!);
    if (!conference) throw new ArchiveReferenceError(`conferences/${node.id}: 所在目录没有会议`);
    const session = conference.sessions.find((s) => s.id === node.data.session);
    if (!session) throw new ArchiveReferenceError(`conferences/${node.id} session: 找不到环节“${node.data.session}”`);
    const speakers: SpeakerNode[] = node.data.speakers.map((sp) => ({
      person: get(nodes.people, sp.person),
      position: sp.position,
      affiliations: sp.affiliations.map((a) => ({
        organization: get(nodes.organizations, a.organization),
        role: a.role,
      })),
    }));
    Object.assign(node, {
      slug: rest.join('/'),
      path: paths.speech(confId!, rest.join('/')),
      conference,
      session,
      speakers,
      sources: node.data.sources ?? conference.data.sources,
      displayTitle: displayTitle(node.data, speakers),
    });
  }
}

/** Program order and prev/next within each conference, and every reverse index: who spoke, presided, organized, signed. */
function indexConferences(nodes: Nodes): void {
  const speechesOf = new Map<ConferenceNode, SpeechNode[]>();
  for (const s of nodes.speeches.values()) speechesOf.set(s.conference, [...(speechesOf.get(s.conference) ?? []), s]);
  for (const c of nodes.conferences.values()) {
    c.speeches = (speechesOf.get(c) ?? []).sort((a, b) => a.data.order - b.data.order);
    c.speeches.forEach((s, i) => {
      s.prev = c.speeches[i - 1];
      s.next = c.speeches[i + 1];
      s.session.speeches.push(s);
    });
    const people = new Set<PersonNode>();
    for (const s of c.sessions) {
      for (const p of s.presiderNodes) {
        p.person.presided.push({ session: s, position: p.position });
        people.add(p.person);
      }
    }
    for (const s of c.speeches) {
      for (const sp of s.speakers) {
        sp.person.appearances.push({ speech: s, speaker: sp });
        people.add(sp.person);
        for (const a of sp.affiliations)
          a.organization.members.push({ person: sp.person, role: a.role, position: sp.position, speech: s });
      }
    }
    c.people = [...people];
    for (const a of c.attendees) a.person.attended.push({ conference: c, attendee: a });
    for (const role of ORGANIZER_ROLES) c.roles[role].forEach((o) => o.roles.push({ role, conference: c }));
    for (const o of c.outcomes)
      o.partyNodes.forEach((org) => org.roles.push({ role: 'party', conference: c, outcome: o }));
    c.series.editions.push(c);
    c.regions.forEach((r) => r.conferences.push(c));
  }
}

/** Reverse indexes newest conference first (then program order); children by pinyin; editions oldest first. */
function sortReverseIndexes(nodes: Nodes, conferences: ConferenceNode[]): void {
  const rank = new Map(conferences.map((c, i) => [c, i]));
  const newestFirst =
    <T>(conf: (x: T) => ConferenceNode, order: (x: T) => number = () => 0) =>
    (a: T, b: T) =>
      rank.get(conf(a))! - rank.get(conf(b))! || order(a) - order(b);
  for (const p of nodes.people.values()) {
    p.appearances.sort(
      newestFirst(
        (a) => a.speech.conference,
        (a) => a.speech.data.order,
      ),
    );
    p.presided.sort(
      newestFirst(
        (x) => x.session.conference,
        (x) => x.session.order,
      ),
    );
    p.attended.sort(newestFirst((x) => x.conference));
    p.conferences = [
      ...new Set([
        ...p.appearances.map((a) => a.speech.conference),
        ...p.presided.map((x) => x.session.conference),
        ...p.attended.map((x) => x.conference),
      ]),
    ].sort(byDateDesc);
  }
  for (const o of nodes.organizations.values()) {
    o.roles.sort(newestFirst((r) => r.conference));
    o.members.sort(
      newestFirst(
        (m) => m.speech.conference,
        (m) => m.speech.data.order,
      ),
    );
    o.children.sort((a, b) => comparePinyin(a.data.name, b.data.name));
  }
  for (const s of nodes.series.values()) s.editions.sort((a, b) => -byDateDesc(a, b));
  for (const r of nodes.regions.values()) r.conferences.sort(byDateDesc);
}

/** The lists pages read: years, and what is visible (no draft-only people or organizations, no series without an edition yet). */
function publish(nodes: Nodes, conferences: ConferenceNode[], draftOnly: DraftOnly, options: BuildOptions): Archive {
  const years = new Map<number, YearNode>();
  for (const c of conferences) {
    const y = years.get(c.year) ?? { year: c.year, path: paths.year(c.year), conferences: [] };
    y.conferences.push(c);
    years.set(c.year, y);
  }
  const visible =
    <T extends { id: string }>(kind: 'people' | 'organizations') =>
    (n: T) =>
      !draftOnly[kind].has(n.id);
  const people = [...nodes.people.values()].filter(visible('people'));
  const organizations = [...nodes.organizations.values()].filter(visible('organizations'));
  for (const r of nodes.regions.values()) r.organizations = r.organizations.filter(visible('organizations'));
  for (const o of nodes.organizations.values()) o.children = o.children.filter(visible('organizations'));
  const series = [...nodes.series.values()].filter((s) => options.includeDrafts || s.editions.length > 0);
  for (const r of nodes.regions.values()) r.series = r.series.filter((s) => series.includes(s));

  return {
    regions: [...nodes.regions.values()].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id)),
    series: series.sort((a, b) => comparePinyin(a.data.name, b.data.name)),
    people: people.sort((a, b) => comparePinyin(a.data.name, b.data.name, a.data.pinyin, b.data.pinyin)),
    organizations: organizations.sort((a, b) => comparePinyin(a.data.name, b.data.name)),
    conferences,
    speeches: conferences.flatMap((c) => c.speeches),
    years: [...years.values()].sort((a, b) => b.year - a.year),
    byId: {
      regions: nodes.regions,
      series: new Map(series.map((s) => [s.id, s])),
      people: new Map(people.map((p) => [p.id, p])),
      organizations: new Map(organizations.map((o) => [o.id, o])),
      conferences: nodes.conferences,
      speeches: nodes.speeches,
    },
  };
}

/** `刘振国致辞`, `A、B交流发言`: a title for speeches the report gave none. */
export function displayTitle(speech: Speech, speakers: SpeakerNode[]): string {
  return speech.title ?? `${speakers.map((s) => s.person.data.name).join('、')}${speech.kind}`;
}

type DraftOnly = Record<'people' | 'organizations', Set<string>>;

/**
 * Ids of people and organizations referred to only by drafts (none when drafts
 * are kept): in production they stay unpublished. A draft is a conference or
 * speech marked `draft: true`, or a speech of a draft conference; every other
 * record's references count as published. Which fields refer to people and
 * organizations is the schemas' declaration.
 */
function draftOnlyRecords(input: ArchiveInput, options: BuildOptions): DraftOnly {
  const result: DraftOnly = { people: new Set(), organizations: new Set() };
  if (options.includeDrafts) return result;
  const draftConferences = new Set(input.conferences.filter((c) => c.data.draft).map((c) => c.id));
  const isDraft = (collection: CollectionName, e: InputEntry<unknown>) =>
    (collection === 'conferences' || collection === 'speeches') &&
    (!!(e.data as { draft?: boolean }).draft ||
      (collection === 'speeches' && draftConferences.has(conferenceOf(e.id))));
  const published = new Set<string>();
  const drafted = new Set<string>();
  for (const collection of COLLECTION_NAMES) {
    for (const e of input[collection] as InputEntry<unknown>[]) {
      const bucket = isDraft(collection, e) ? drafted : published;
      for (const ref of referencesIn(collection, e.data)) bucket.add(`${ref.collection}\u0000${ref.id}`);
    }
  }
  for (const key of drafted) {
    const [collection, id] = key.split('\u0000') as [CollectionName, string];
    if (!published.has(key) && (collection === 'people' || collection === 'organizations')) result[collection].add(id);
  }
  return result;
}
