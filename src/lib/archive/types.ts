/**
 * The archive graph: every record loaded once, references resolved into objects,
 * and the reverse indexes pages need (a person's appearances, an organization's
 * roles, a series' editions, the conferences of a year or region). Pages render
 * from this graph and never filter collections again.
 */
import type {
  Conference,
  OrganizerRole,
  Organization,
  Outcome,
  Person,
  Region,
  Series,
  Session,
  Source,
  Speech,
} from '../../schemas/index.ts';

/** A record as it comes from a loader: id, validated data, and whatever the loader keeps (Astro's entry, for render()). */
export interface InputEntry<D> {
  id: string;
  data: D;
  /** Source file, relative to the project root, for "edit this page" links. */
  filePath?: string;
  /** The loader's own entry object, passed through untouched. */
  entry?: unknown;
  /** Markdown body of a Markdown/MDX record (speeches, conferences), for search. */
  body?: string;
}

export interface ArchiveInput {
  regions: InputEntry<Region>[];
  series: InputEntry<Series>[];
  people: InputEntry<Person>[];
  organizations: InputEntry<Organization>[];
  conferences: InputEntry<Conference>[];
  speeches: InputEntry<Speech>[];
}

interface Node<D> {
  id: string;
  data: D;
  /** Site path without the base, always with a trailing slash: `/people/zhou-limin/`. */
  path: string;
  filePath?: string;
  entry?: unknown;
  body?: string;
  /** Every record this one's data refers to, in the order its schema declares the `ref()` fields. */
  references: RecordNode[];
}

/** A node with a record of its own (every node but sessions, outcomes and years). */
export type RecordNode = RegionNode | SeriesNode | PersonNode | OrganizationNode | ConferenceNode | SpeechNode;

export interface RegionNode extends Node<Region> {
  kind: 'region';
  parent?: RegionNode;
  series: SeriesNode[];
  /** Newest first. */
  conferences: ConferenceNode[];
  organizations: OrganizationNode[];
}

export interface SeriesNode extends Node<Series> {
  kind: 'series';
  regions: RegionNode[];
  /** Oldest first. */
  editions: ConferenceNode[];
}

export interface SessionNode extends Session {
  conference: ConferenceNode;
  presiderNodes: { person: PersonNode; position: string }[];
  /** In program order. */
  speeches: SpeechNode[];
  outcomes: OutcomeNode[];
}

export interface OutcomeNode extends Outcome {
  conference: ConferenceNode;
  sessionNode?: SessionNode;
  partyNodes: OrganizationNode[];
}

export type { OrganizerRole };

export interface ConferenceNode extends Node<Conference> {
  kind: 'conference';
  year: number;
  series: SeriesNode;
  regions: RegionNode[];
  roles: Record<OrganizerRole, OrganizationNode[]>;
  /** In program order. */
  sessions: SessionNode[];
  /** In program order across the whole conference. */
  speeches: SpeechNode[];
  outcomes: OutcomeNode[];
  /** Everyone who spoke or presided, in order of first appearance. */
  people: PersonNode[];
  /** Named as present without a speech or presiding (attendance.people), in the report's order. */
  attendees: AttendeeNode[];
}

export interface AttendeeNode {
  person: PersonNode;
  /** The position held then (时任), exactly as reported. */
  position: string;
  affiliations: AffiliationNode[];
}

export interface AffiliationNode {
  organization: OrganizationNode;
  role: string;
}

export interface SpeakerNode {
  person: PersonNode;
  /** The position held then (时任), exactly as reported. */
  position: string;
  affiliations: AffiliationNode[];
}

export interface SpeechNode extends Node<Speech> {
  kind: 'speech';
  /** The file stem and URL segment: `01-zhou-limin`. */
  slug: string;
  conference: ConferenceNode;
  session: SessionNode;
  speakers: SpeakerNode[];
  /** The speech's own sources, or its conference's. */
  sources: Source[];
  prev?: SpeechNode;
  next?: SpeechNode;
  /** A display title: the given title, or `<speaker>在<conference>上的<kind>` when none was given. */
  displayTitle: string;
}

export interface Appearance {
  speech: SpeechNode;
  speaker: SpeakerNode;
}

export interface Presiding {
  session: SessionNode;
  position: string;
}

export interface Attending {
  conference: ConferenceNode;
  attendee: AttendeeNode;
}

export interface PersonNode extends Node<Person> {
  kind: 'person';
  /** Newest first. */
  appearances: Appearance[];
  presided: Presiding[];
  /** Conferences the reports name this person as present at, without a speech or presiding; newest first. */
  attended: Attending[];
  /** Conferences this person spoke at, presided or attended, newest first. */
  conferences: ConferenceNode[];
}

export interface OrganizationRole {
  role: OrganizerRole | 'party';
  conference: ConferenceNode;
  outcome?: OutcomeNode;
}

export interface Member {
  person: PersonNode;
  role: string;
  position: string;
  speech: SpeechNode;
}

export interface OrganizationNode extends Node<Organization> {
  kind: 'organization';
  parent?: OrganizationNode;
  children: OrganizationNode[];
  region?: RegionNode;
  /** Organizer, host, co-organizer, supporter, or party to an outcome; newest first. */
  roles: OrganizationRole[];
  /** People who spoke while holding a position here (时任), newest first. */
  members: Member[];
}

export interface YearNode {
  year: number;
  path: string;
  conferences: ConferenceNode[];
}

export interface Archive {
  regions: RegionNode[];
  series: SeriesNode[];
  /** Sorted by pinyin. */
  people: PersonNode[];
  /** Sorted by pinyin of the name. */
  organizations: OrganizationNode[];
  /** Newest first. */
  conferences: ConferenceNode[];
  /** Newest conference first, then program order. */
  speeches: SpeechNode[];
  /** Newest first. */
  years: YearNode[];
  byId: {
    regions: Map<string, RegionNode>;
    series: Map<string, SeriesNode>;
    people: Map<string, PersonNode>;
    organizations: Map<string, OrganizationNode>;
    conferences: Map<string, ConferenceNode>;
    speeches: Map<string, SpeechNode>;
  };
}
