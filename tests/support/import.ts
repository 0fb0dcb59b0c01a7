/** Small builders the importer's unit tests share: a report's text from lines, people, facts and event names read. */
import { emptyArchive } from '../../src/lib/import/archive.ts';
import { extractFacts } from '../../src/lib/import/extract.ts';
import { readEvent } from '../../src/lib/import/facts/event.ts';
import { readPeople } from '../../src/lib/import/facts/people.ts';
import { readFacts } from '../../src/lib/import/index.ts';
import type { PersonFact, ReportText } from '../../src/lib/import/facts/types.ts';
import { readReport } from '../../src/lib/import/read.ts';
import { sentences } from '../../src/lib/import/text.ts';

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

/** The people read from the lines, each as its name and position. */
export const posts = (...lines: string[]) => people(...lines).map(([name, post]) => [name, post]);

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

/** A saved page's text read as the importer reads it (cleaned, with its headline and info lines). */
export const page = (text: string) => readReport(new TextEncoder().encode(text));

/** The facts the importer reads from a saved page's text. */
export const factsOf = (text: string) => extractFacts(page(text));

/** The outlet the importer reads from a page's text saved under a plain address (no outlet of its own). */
export const outletOf = (text: string) => factsOf(`URL: http://www.example.org/t/1.html\n${text}`).outlet;

/** The event name read from lines (and a headline). */
export const eventTitle = (lines: string[], headline?: string) => readEvent(sentences(lines), headline)?.title;

const blank = emptyArchive();
/** The facts the importer reads from a report's text saved under an address, against an empty archive. */
export const reportFacts = (text: string, url = 'http://example.org/news/a.html') =>
  readFacts(new TextEncoder().encode(`${url}\n${text}\n`), blank).facts;
