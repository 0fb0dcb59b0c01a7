/** The importer benches' table: a label per fact kind, and a cell of precision, recall and tp/fp/fn. */
import { type Kind, precision, recall, type Tally } from '../../src/lib/import/score.ts';

export const LABELS: Record<Kind, string> = {
  event: 'event name',
  date: 'date',
  city: 'city',
  outlet: 'outlet',
  published: 'published',
  people: 'people (names)',
  peopleWithPositions: 'people with positions',
  personOrganization: 'person organization',
  personRole: 'person role',
  organizers: 'organizers',
  hosts: 'hosts',
  documents: 'documents',
  chrome: 'chrome stripped',
};
const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(6);
export const cell = (t: Tally) => `${pct(precision(t))} ${pct(recall(t))} ${`${t.tp}/${t.fp}/${t.fn}`.padStart(9)}`;
