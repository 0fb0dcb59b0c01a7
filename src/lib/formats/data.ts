/**
 * The archive as open data: /api/archive.json (every record), per-entity JSON
 * beside each page (a conference's holds its speeches' key points), built from the archive graph the pages render from.
 */
import type {
  Archive,
  ConferenceNode,
  OrganizationNode,
  PersonNode,
  RegionNode,
  SeriesNode,
  SpeechNode,
} from '../archive/types.ts';
import { absoluteUrl, dataPaths, type SiteContext } from './context.ts';
import { speechDate } from './csl.ts';
import { archiveSchema, ARCHIVE_FORMAT_VERSION, type ArchiveExport } from './records.ts';

type Ctx = Pick<SiteContext, 'site' | 'base'>;
const withoutDraft = <D extends { draft?: boolean }>(d: D): Omit<D, 'draft'> => {
  const { draft: _draft, ...rest } = d;
  return rest;
};

/** A record's Markdown body as written (line ends as LF, no surrounding blank lines), or nothing when it has none. */
export const bodyText = (body: string | undefined): string | undefined =>
  body?.replace(/\r\n?/g, '\n').trim() || undefined;
const textField = <K extends string>(key: K, body: string | undefined) => {
  const text = bodyText(body);
  return (text ? { [key]: text } : {}) as Partial<Record<K, string>>;
};

/** A speech as archive.json lists it: its key points are in its conference's JSON only. */
export const speechRecord = (s: SpeechNode, ctx: Ctx) => ({
  id: s.id,
  url: absoluteUrl(s.path, ctx),
  conference: s.conference.id,
  slug: s.slug,
  date: speechDate(s),
  ...withoutDraft(s.data),
});

export const conferenceRecord = (c: ConferenceNode, ctx: Ctx) => ({
  id: c.id,
  url: absoluteUrl(c.path, ctx),
  ...withoutDraft(c.data),
  // The overview the page shows under 概况.
  ...textField('overview', c.body),
  speeches: c.speeches.map((s) => s.id),
  json: absoluteUrl(dataPaths.entity(c.path), ctx),
});

const plain = <N extends { id: string; path: string; data: object }>(n: N, ctx: Ctx) => ({
  id: n.id,
  url: absoluteUrl(n.path, ctx),
  ...n.data,
});

export const personRecord = (p: PersonNode, ctx: Ctx) => plain(p, ctx);
export const organizationRecord = (o: OrganizationNode, ctx: Ctx) => plain(o, ctx);
export const regionRecord = (r: RegionNode, ctx: Ctx) => plain(r, ctx);
export const seriesRecord = (s: SeriesNode, ctx: Ctx) => ({ ...plain(s, ctx), editions: s.editions.map((c) => c.id) });

/** How many records of each kind are published (archive.json's `counts`, and the /data/ page). */
export const archiveCounts = (archive: Archive) => ({
  conferences: archive.conferences.length,
  speeches: archive.speeches.length,
  people: archive.people.length,
  organizations: archive.organizations.length,
  series: archive.series.length,
  regions: archive.regions.length,
});

/** Everything published, checked against the same schema that /api/schema.json publishes. */
export function archiveExport(archive: Archive, ctx: SiteContext, license: string): ArchiveExport {
  const data = {
    $schema: absoluteUrl(dataPaths.schema(), ctx),
    version: ARCHIVE_FORMAT_VERSION,
    generated: ctx.accessed,
    site: absoluteUrl('/', ctx),
    license,
    counts: archiveCounts(archive),
    conferences: archive.conferences.map((c) => conferenceRecord(c, ctx)),
    speeches: archive.speeches.map((s) => speechRecord(s, ctx)),
    people: archive.people.map((p) => personRecord(p, ctx)),
    organizations: archive.organizations.map((o) => organizationRecord(o, ctx)),
    series: archive.series.map((s) => seriesRecord(s, ctx)),
    regions: archive.regions.map((r) => regionRecord(r, ctx)),
  };
  const checked = archiveSchema.safeParse(data);
  if (!checked.success) throw new Error(`archive.json 不符合其 schema：${checked.error.message}`);
  return data as ArchiveExport;
}

const link = (n: { id: string; path: string }, name: string, ctx: Ctx) => ({
  id: n.id,
  name,
  url: absoluteUrl(n.path, ctx),
});

/**
 * /conferences/<id>.json: the conference with its speeches in full (their key
 * points: the one copy of the text in the open data) and the names behind every id.
 */
export function conferenceJson(c: ConferenceNode, ctx: Ctx) {
  return {
    ...conferenceRecord(c, ctx),
    speeches: c.speeches.map((s) => ({
      ...speechRecord(s, ctx),
      // The key points the page shows under 要点.
      ...textField('keyPoints', s.body),
      speakerNames: s.speakers.map((sp) => sp.person.data.name),
    })),
    people: c.people.map((p) => link(p, p.data.name, ctx)),
    organizationNames: Object.fromEntries([...new Set(Object.values(c.roles).flat())].map((o) => [o.id, o.data.name])),
  };
}

/** A person in /api/people.json: the person and every appearance with the position held then. */
export function personJson(p: PersonNode, ctx: Ctx) {
  return {
    ...personRecord(p, ctx),
    appearances: p.appearances.map(({ speech, speaker }) => ({
      speech: link(speech, speech.data.title ?? speech.displayTitle, ctx),
      conference: link(speech.conference, speech.conference.data.title, ctx),
      date: speechDate(speech),
      kind: speech.data.kind,
      position: speaker.position,
      affiliations: speaker.affiliations.map((a) => ({ organization: a.organization.id, role: a.role })),
    })),
    presided: p.presided.map(({ session, position }) => ({
      conference: link(session.conference, session.conference.data.title, ctx),
      session: session.name,
      position,
    })),
  };
}

/** An organization in /api/organizations.json: its roles at conferences and people who spoke while holding a post there. */
export function organizationJson(o: OrganizationNode, ctx: Ctx) {
  return {
    ...organizationRecord(o, ctx),
    roles: o.roles.map((r) => ({
      role: r.role,
      conference: link(r.conference, r.conference.data.title, ctx),
      ...(r.outcome ? { outcome: r.outcome.title } : {}),
    })),
    members: o.members.map((m) => ({
      person: link(m.person, m.person.data.name, ctx),
      role: m.role,
      position: m.position,
      speech: link(m.speech, m.speech.data.title ?? m.speech.displayTitle, ctx),
    })),
  };
}

/** /series/<id>.json: the series and its editions. */
export function seriesJson(s: SeriesNode, ctx: Ctx) {
  return {
    ...seriesRecord(s, ctx),
    editions: s.editions.map((c) => ({
      ...link(c, c.data.title, ctx),
      startDate: c.data.startDate,
      city: c.data.city,
      json: absoluteUrl(dataPaths.entity(c.path), ctx),
    })),
  };
}
