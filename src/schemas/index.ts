/** Every entity schema, and where its files live under content/. */
export {
  conference,
  session,
  outcome,
  SESSION_KINDS,
  OUTCOME_KINDS,
  ORGANIZER_ROLES,
  type OutcomeKind,
  type OrganizerRole,
} from './conference.ts';
export { speech, speaker, affiliation, SPEECH_KINDS } from './speech.ts';
export { person } from './person.ts';
export { organization, ORGANIZATION_TYPES } from './organization.ts';
export { series } from './series.ts';
export { region } from './region.ts';
export { source, ID_PATTERN, RECORD_LABELS, ref, references, type CollectionName } from './common.ts';
export type { Conference, Session, Outcome } from './conference.ts';
export type { Speech, Speaker, SpeechKind } from './speech.ts';
export type { Person } from './person.ts';
export type { Organization, OrganizationType } from './organization.ts';
export type { Series } from './series.ts';
export type { Region } from './region.ts';
export type { Source } from './common.ts';
