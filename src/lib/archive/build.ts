/**
 * Builds the archive graph from plain records. Pure: no Astro, no file system, so
 * it is unit-tested directly and shared by pages, data exports and scripts.
 * References are assumed checked (src/lib/content/integrity.ts); a dangling one
 * still throws here, naming the record and field, rather than rendering a hole.
 */
import type { Speech } from '../../schemas/index.ts';
import { yearOf } from '../dates.ts';
import { paths } from '../paths.ts';
import { comparePinyin } from '../text/sort.ts';
import type {
  Archive,
  ArchiveInput,
  ConferenceNode,
  InputEntry,
  OrganizationNode,
  OrganizerRole,
  OutcomeNode,
  PersonNode,
  RegionNode,
  SeriesNode,
  SessionNode,
  SpeakerNode,
  SpeechNode,
  YearNode,
} from './types.ts';

export interface BuildOptions {
  /** Keep records marked `draft: true` (dev server); production builds leave them out. */
  includeDrafts?: boolean;
}

export const ORGANIZER_ROLES: readonly OrganizerRole[] = ['organizers', 'hosts', 'coOrganizers', 'supporters'];

export class ArchiveReferenceError extends Error {}

function lookup<T>(map: Map<string, T>, id: string, what: string, where: string): T {
  const found = map.get(id);
  if (!found) throw new ArchiveReferenceError(`${where}: 找不到${what}“${id}”`);
  return found;
}

const byDateDesc = (a: ConferenceNode, b: ConferenceNode) =>
  b.data.startDate.localeCompare(a.data.startDate) || a.id.localeCompare(b.id);

export function buildArchive(input: ArchiveInput, options: BuildOptions = {}): Archive {
  const keep = <D extends { draft?: boolean }>(e: InputEntry<D>) => options.includeDrafts || !e.data.draft;

  const regions = new Map<string, RegionNode>();
  for (const e of input.regions) {
    regions.set(e.id, { ...e, kind: 'region', path: paths.region(e.id), series: [], conferences: [], organizations: [] });
  }
  for (const r of regions.values()) if (r.data.parent) r.parent = lookup(regions, r.data.parent, '区域', `regions/${r.id} parent`);

  const series = new Map<string, SeriesNode>();
  for (const e of input.series) {
    const node: SeriesNode = { ...e, kind: 'series', path: paths.series(e.id), editions: [], regions: [] };
    node.regions = e.data.regions.map((r) => lookup(regions, r, '区域', `series/${e.id} regions`));
    node.regions.forEach((r) => r.series.push(node));
    series.set(e.id, node);
  }

  const people = new Map<string, PersonNode>();
  for (const e of input.people) {
    people.set(e.id, { ...e, kind: 'person', path: paths.person(e.id), appearances: [], presided: [], attended: [], conferences: [] });
  }

  const organizations = new Map<string, OrganizationNode>();
  for (const e of input.organizations) {
    organizations.set(e.id, { ...e, kind: 'organization', path: paths.organization(e.id), children: [], roles: [], members: [] });
  }
  for (const o of organizations.values()) {
    const where = `organizations/${o.id}`;
    if (o.data.parent) {
      o.parent = lookup(organizations, o.data.parent, '机构', `${where} parent`);
      o.parent.children.push(o);
    }
    if (o.data.region) {
      o.region = lookup(regions, o.data.region, '区域', `${where} region`);
      o.region.organizations.push(o);
    }
  }

  const conferences = new Map<string, ConferenceNode>();
  for (const e of input.conferences.filter(keep)) {
    const where = `conferences/${e.id}`;
    const c = e.data;
    const node = {
      ...e,
      kind: 'conference',
      path: paths.conference(e.id),
      year: yearOf(c.startDate),
      series: lookup(series, c.series, '系列', `${where} series`),
      regions: c.regions.map((r) => lookup(regions, r, '区域', `${where} regions`)),
      sessions: [],
      speeches: [],
      outcomes: [],
      people: [],
      attendees: [],
    } as unknown as ConferenceNode;
    node.roles = Object.fromEntries(
      ORGANIZER_ROLES.map((role) => [role, c[role].map((o) => lookup(organizations, o, '机构', `${where} ${role}`))]),
    ) as ConferenceNode['roles'];
    node.sessions = [...c.sessions]
      .sort((a, b) => a.order - b.order)
      .map((s) => ({
        ...s,
        conference: node,
        speeches: [],
        outcomes: [],
        presiderNodes: s.presiders.map((p) => ({ person: lookup(people, p.person, '人物', `${where} sessions.${s.id}`), position: p.position })),
      }));
    node.outcomes = c.outcomes.map(
      (o): OutcomeNode => ({
        ...o,
        conference: node,
        sessionNode: o.session ? node.sessions.find((s) => s.id === o.session) : undefined,
        partyNodes: o.parties.map((p) => lookup(organizations, p, '机构', `${where} outcomes`)),
      }),
    );
    node.outcomes.forEach((o) => o.sessionNode?.outcomes.push(o));
    node.attendees = (c.attendance?.people ?? []).map((a) => ({
      person: lookup(people, a.person, '人物', `${where} attendance.people`),
      position: a.position,
      affiliations: a.affiliations.map((x) => ({ organization: lookup(organizations, x.organization, '机构', `${where} attendance.people`), role: x.role })),
    }));
    conferences.set(e.id, node);
  }

  const speeches = new Map<string, SpeechNode>();
  for (const e of input.speeches.filter(keep)) {
    const [confId, ...rest] = e.id.split('/');
    const conference = conferences.get(confId!);
    if (!conference) continue; // its conference is a draft left out of this build
    const where = `speeches/${e.id}`;
    const session = conference.sessions.find((s) => s.id === e.data.session);
    if (!session) throw new ArchiveReferenceError(`${where}: 找不到环节“${e.data.session}”`);
    const speakers: SpeakerNode[] = e.data.speakers.map((sp) => ({
      person: lookup(people, sp.person, '人物', `${where} speakers`),
      position: sp.position,
      affiliations: sp.affiliations.map((a) => ({
        organization: lookup(organizations, a.organization, '机构', `${where} affiliations`),
        role: a.role,
      })),
    }));
    const node: SpeechNode = {
      ...e,
      kind: 'speech',
      slug: rest.join('/'),
      path: paths.speech(confId!, rest.join('/')),
      conference,
      session,
      speakers,
      sources: e.data.sources ?? conference.data.sources,
      displayTitle: displayTitle(e.data, speakers),
    };
    speeches.set(e.id, node);
  }

  // Program order, prev/next, reverse indexes.
  for (const c of conferences.values()) {
    c.speeches = [...speeches.values()].filter((s) => s.conference === c).sort((a, b) => a.data.order - b.data.order);
    c.speeches.forEach((s, i) => {
      s.prev = c.speeches[i - 1];
      s.next = c.speeches[i + 1];
      s.session.speeches.push(s);
    });
    const seen = new Set<PersonNode>();
    const addPerson = (p: PersonNode) => {
      if (!seen.has(p)) {
        seen.add(p);
        c.people.push(p);
      }
    };
    for (const s of c.sessions) {
      for (const p of s.presiderNodes) {
        p.person.presided.push({ session: s, position: p.position });
        addPerson(p.person);
      }
    }
    for (const s of c.speeches) {
      for (const sp of s.speakers) {
        sp.person.appearances.push({ speech: s, speaker: sp });
        addPerson(sp.person);
        for (const a of sp.affiliations) {
          a.organization.members.push({ person: sp.person, role: a.role, position: sp.position, speech: s });
        }
      }
    }
    for (const a of c.attendees) a.person.attended.push({ conference: c, attendee: a });
    for (const role of ORGANIZER_ROLES) c.roles[role].forEach((o) => o.roles.push({ role, conference: c }));
    for (const o of c.outcomes) o.partyNodes.forEach((org) => org.roles.push({ role: 'party', conference: c, outcome: o }));
    c.series.editions.push(c);
    c.regions.forEach((r) => r.conferences.push(c));
  }

  const sortedConferences = [...conferences.values()].sort(byDateDesc);
  const rank = new Map(sortedConferences.map((c, i) => [c, i]));
  const newestFirst = <T>(conf: (x: T) => ConferenceNode, order: (x: T) => number = () => 0) => (a: T, b: T) =>
    rank.get(conf(a))! - rank.get(conf(b))! || order(a) - order(b);

  for (const p of people.values()) {
    p.appearances.sort(newestFirst((a) => a.speech.conference, (a) => a.speech.data.order));
    p.presided.sort(newestFirst((x) => x.session.conference, (x) => x.session.order));
    p.attended.sort(newestFirst((x) => x.conference));
    p.conferences = [
      ...new Set([...p.appearances.map((a) => a.speech.conference), ...p.presided.map((x) => x.session.conference), ...p.attended.map((x) => x.conference)]),
    ].sort(byDateDesc);
  }
  for (const o of organizations.values()) {
    o.roles.sort(newestFirst((r) => r.conference));
    o.members.sort(newestFirst((m) => m.speech.conference, (m) => m.speech.data.order));
    o.children.sort((a, b) => comparePinyin(a.data.name, b.data.name));
  }
  for (const s of series.values()) s.editions.sort((a, b) => -byDateDesc(a, b));
  for (const r of regions.values()) r.conferences.sort(byDateDesc);

  const years = new Map<number, YearNode>();
  for (const c of sortedConferences) {
    const y = years.get(c.year) ?? { year: c.year, path: paths.year(c.year), conferences: [] };
    y.conferences.push(c);
    years.set(c.year, y);
  }

  // In production, people and organizations whose only references are drafts stay unpublished.
  const draftOnly = draftOnlyRecords(input, options);
  const visiblePeople = [...people.values()].filter((p) => !draftOnly.people.has(p.id));
  const visibleOrgs = [...organizations.values()].filter((o) => !draftOnly.organizations.has(o.id));
  const isVisibleOrg = (o: OrganizationNode) => !draftOnly.organizations.has(o.id);
  for (const r of regions.values()) r.organizations = r.organizations.filter(isVisibleOrg);
  for (const o of organizations.values()) o.children = o.children.filter(isVisibleOrg);

  // A series with no published edition has nothing to show yet.
  const visibleSeries = [...series.values()].filter((s) => options.includeDrafts || s.editions.length > 0);
  for (const r of regions.values()) r.series = r.series.filter((s) => visibleSeries.includes(s));

  return {
    regions: [...regions.values()].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id)),
    series: visibleSeries.sort((a, b) => comparePinyin(a.data.name, b.data.name)),
    people: visiblePeople.sort((a, b) => comparePinyin(a.data.name, b.data.name, a.data.pinyin, b.data.pinyin)),
    organizations: visibleOrgs.sort((a, b) => comparePinyin(a.data.name, b.data.name)),
    conferences: sortedConferences,
    speeches: sortedConferences.flatMap((c) => c.speeches),
    years: [...years.values()].sort((a, b) => b.year - a.year),
    byId: {
      regions,
      series: new Map(visibleSeries.map((s) => [s.id, s])),
      people: new Map(visiblePeople.map((p) => [p.id, p])),
      organizations: new Map(visibleOrgs.map((o) => [o.id, o])),
      conferences,
      speeches,
    },
  };
}

/** `刘振国致辞`, `A、B交流发言`: a title for speeches the report gave none. */
export function displayTitle(speech: Speech, speakers: SpeakerNode[]): string {
  return speech.title ?? `${speakers.map((s) => s.person.data.name).join('、')}${speech.kind}`;
}

/** Ids of people and organizations referenced only by draft records (empty when drafts are kept). */
function draftOnlyRecords(input: ArchiveInput, options: BuildOptions) {
  const result = { people: new Set<string>(), organizations: new Set<string>() };
  if (options.includeDrafts) return result;
  const refs = { published: { people: new Set<string>(), organizations: new Set<string>() }, draft: { people: new Set<string>(), organizations: new Set<string>() } };
  const draftConfs = new Set(input.conferences.filter((c) => c.data.draft).map((c) => c.id));
  for (const c of input.conferences) {
    const bucket = c.data.draft ? refs.draft : refs.published;
    for (const role of ORGANIZER_ROLES) c.data[role].forEach((o) => bucket.organizations.add(o));
    c.data.outcomes.forEach((o) => o.parties.forEach((p) => bucket.organizations.add(p)));
    c.data.sessions.forEach((s) => s.presiders.forEach((p) => bucket.people.add(p.person)));
    c.data.attendance?.people.forEach((p) => {
      bucket.people.add(p.person);
      p.affiliations.forEach((a) => bucket.organizations.add(a.organization));
    });
  }
  for (const s of input.speeches) {
    const bucket = s.data.draft || draftConfs.has(s.id.split('/')[0]!) ? refs.draft : refs.published;
    for (const sp of s.data.speakers) {
      bucket.people.add(sp.person);
      sp.affiliations.forEach((a) => bucket.organizations.add(a.organization));
    }
  }
  for (const o of input.organizations) if (o.data.parent) refs.published.organizations.add(o.data.parent);
  for (const kind of ['people', 'organizations'] as const) {
    for (const id of refs.draft[kind]) if (!refs.published[kind].has(id)) result[kind].add(id);
  }
  return result;
}
