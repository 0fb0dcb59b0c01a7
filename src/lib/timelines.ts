/**
 * Timelines read from the archive graph (issue 16): a person's appearances with the
 * position held at each (时任), an organization's appearances with its units rolled
 * up, a series' editions. Pure: pages render what these return, tests check it.
 * Every timeline runs oldest first, one stop per conference.
 */
import { ORGANIZER_ROLES, type OrganizerRole } from '../schemas/conference.ts';
import type {
  ConferenceNode,
  OrganizationNode,
  OutcomeNode,
  PersonNode,
  SessionNode,
  SpeechNode,
} from './archive/types.ts';

/** One conference on a timeline and what happened there, in program order. */
export interface Stop<A> {
  conference: ConferenceNode;
  acts: A[];
}

const oldestFirst = (a: ConferenceNode, b: ConferenceNode) =>
  a.data.startDate.localeCompare(b.data.startDate) || a.id.localeCompare(b.id);

/** An act with where it happened and its place in the program (compared key by key). */
interface Placed<A> {
  conference: ConferenceNode;
  rank: number[];
  act: A;
}

/** Groups acts by conference, oldest conference first, acts in the order their ranks give. */
function stops<A>(placed: Placed<A>[]): Stop<A>[] {
  const by = new Map<ConferenceNode, Placed<A>[]>();
  for (const x of placed) by.set(x.conference, [...(by.get(x.conference) ?? []), x]);
  const cmp = (x: number[], y: number[]) => x.reduce((r, v, i) => r || v - (y[i] ?? 0), 0);
  return [...by.keys()].sort(oldestFirst).map((c) => ({
    conference: c,
    acts: by
      .get(c)!
      .sort((a, b) => cmp(a.rank, b.rank))
      .map((x) => x.act),
  }));
}

// ---- people ---------------------------------------------------------------------------

export type PersonActKind = 'speech' | 'presided' | 'attended';

export interface PersonAct {
  kind: PersonActKind;
  /** The position held then (时任), as reported. */
  position: string;
  speech?: SpeechNode;
  session?: SessionNode;
}

/** A person's speeches, sessions presided and attendance, by conference, oldest first; in each, program order (presiding before the session's speeches, attendance last). */
export function personTimeline(p: PersonNode): Stop<PersonAct>[] {
  return stops<PersonAct>([
    ...p.presided.map((x) => ({
      conference: x.session.conference,
      rank: [x.session.order, 0, 0],
      act: { kind: 'presided' as const, position: x.position, session: x.session },
    })),
    ...p.appearances.map((a) => ({
      conference: a.speech.conference,
      rank: [a.speech.session.order, 1, a.speech.data.order],
      act: { kind: 'speech' as const, position: a.speaker.position, speech: a.speech },
    })),
    ...p.attended.map((x) => ({
      conference: x.conference,
      rank: [Infinity, 0, 0],
      act: { kind: 'attended' as const, position: x.attendee.position },
    })),
  ]);
}

/** One position as a person held it across the archive: when it was first and last recorded, and at how many conferences. */
export interface PositionSpan {
  position: string;
  first: ConferenceNode;
  last: ConferenceNode;
  conferences: number;
}

/** The positions a person is recorded in, in the order first held (the career the timeline shows, in short). */
export function positionSpans(timeline: Stop<PersonAct>[]): PositionSpan[] {
  const spans = new Map<string, PositionSpan>();
  for (const stop of timeline) {
    for (const position of new Set(stop.acts.map((a) => a.position))) {
      const span = spans.get(position);
      if (span) {
        span.last = stop.conference;
        span.conferences++;
      } else spans.set(position, { position, first: stop.conference, last: stop.conference, conferences: 1 });
    }
  }
  return [...spans.values()];
}

// ---- organizations --------------------------------------------------------------------

/** An organization and every unit below it (children, their children…), the organization first. */
export function unitsOf(o: OrganizationNode): OrganizationNode[] {
  const seen = new Set<OrganizationNode>();
  const visit = (x: OrganizationNode) => {
    if (seen.has(x)) return;
    seen.add(x);
    x.children.forEach(visit);
  };
  visit(o);
  return [...seen];
}

export type OrganizationActKind = OrganizerRole | 'party' | 'speaker';

export interface OrganizationAct {
  kind: OrganizationActKind;
  /** The organization itself, or the unit below it that acted. */
  unit: OrganizationNode;
  /** For `party`: the document signed or released. */
  outcome?: OutcomeNode;
  /** For `speaker`: who spoke, in which post then, and where. */
  speaker?: { person: PersonNode; role: string; position: string; speech: SpeechNode };
}

const KIND_RANK: Record<OrganizationActKind, number> = {
  ...(Object.fromEntries(ORGANIZER_ROLES.map((r, i) => [r, i])) as Record<OrganizerRole, number>),
  party: ORGANIZER_ROLES.length,
  speaker: ORGANIZER_ROLES.length + 1,
};

/**
 * An organization's appearances with its units rolled up: as organizer, host,
 * co-organizer or supporter, as party to a document, and as the employer of a
 * speaker (时任), by conference, oldest first. A speech counted once per person even
 * when the speaker held posts in two of the units.
 */
export function organizationTimeline(o: OrganizationNode): Stop<OrganizationAct>[] {
  const units = unitsOf(o);
  const rank = new Map(units.map((u, i) => [u, i]));
  const placed: Placed<OrganizationAct>[] = [];
  const spoken = new Set<string>();
  for (const unit of units) {
    for (const r of unit.roles) {
      if (r.role === 'party')
        placed.push({
          conference: r.conference,
          rank: [KIND_RANK.party, r.conference.outcomes.indexOf(r.outcome!), rank.get(unit)!],
          act: { kind: 'party', unit, outcome: r.outcome! },
        });
      else
        placed.push({
          conference: r.conference,
          rank: [KIND_RANK[r.role], 0, rank.get(unit)!],
          act: { kind: r.role, unit },
        });
    }
    for (const m of unit.members) {
      const key = `${m.speech.id}\u0000${m.person.id}`;
      if (spoken.has(key)) continue;
      spoken.add(key);
      placed.push({
        conference: m.speech.conference,
        rank: [KIND_RANK.speaker, m.speech.data.order, rank.get(unit)!],
        act: { kind: 'speaker', unit, speaker: m },
      });
    }
  }
  return stops(placed);
}

/** People who spoke for the organization or its units, each once, in order of first appearance (oldest first). */
export function speakersOf(timeline: Stop<OrganizationAct>[]): PersonNode[] {
  return [...new Set(timeline.flatMap((s) => s.acts.flatMap((a) => (a.speaker ? [a.speaker.person] : []))))];
}

// ---- series ---------------------------------------------------------------------------

export interface EditionStop {
  conference: ConferenceNode;
  /** Who hosted (承办), or who organized (主办) where no host is recorded. */
  hosts: OrganizationNode[];
  /** Years since the edition before (undefined for the first). */
  gap?: number;
}

/** A series' editions, oldest first, with who hosted each and the years between them. */
export function seriesTimeline(editions: ConferenceNode[]): EditionStop[] {
  return [...editions].sort(oldestFirst).map((c, i, all) => ({
    conference: c,
    hosts: c.roles.hosts.length ? c.roles.hosts : c.roles.organizers,
    ...(i > 0 && { gap: c.year - all[i - 1]!.year }),
  }));
}
