/** Small builders the importer's unit tests share: a report's text from lines, and people read from lines. */
import { readPeople } from '../../src/lib/import/facts/people.ts';
import type { PersonFact, ReportText } from '../../src/lib/import/facts/types.ts';

/** A report of these lines, with no info lines, captions or page metadata unless given. */
export const report = (lines: string[], more: Partial<ReportText> = {}): ReportText => ({
  lines,
  info: [],
  captions: [],
  meta: {},
  ...more,
});

/** Name, position ('' when none) and role of each person read from the lines. */
export const people = (...lines: string[]) =>
  readPeople({ lines, captions: [], known: [] }).map((p) => [p.name, p.position ?? '', p.role]);

/** A person read from `from` who attended, with the position given (for the bare-post rules). */
export const attendee = (name: string, position: string | undefined, from: string): PersonFact => ({
  name,
  position,
  role: '出席',
  roleStated: true,
  kindStated: false,
  known: false,
  from,
});
