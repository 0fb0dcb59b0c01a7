/**
 * How far two readers of the same reports agree, measured with the importer's own scorer: the second reader's facts
 * are scored as if the importer had read them, against the first reader's as the expectations (and the other way
 * round). What two careful readers do not agree on, no reader can be held to: it is the ceiling of any figure the
 * bench gives against one reader's expectations.
 */
import {
  addTallies,
  type Expected,
  type Miss,
  namedOutlet,
  newTallies,
  placeOf,
  type Predicted,
  scoreReport,
  type Kind,
  type Tally,
} from './score.ts';

/** A reading as written in an expect*.json file: any list may be missing, any value null. */
export type Reading = Partial<Expected>;

/** A reading in full, every list present (chrome left out: it is scored against the importer's cleaned text). */
export const asExpected = (r: Reading): Expected => ({
  event: r.event ?? null,
  date: r.date ?? null,
  city: r.city ?? null,
  outlet: r.outlet ?? null,
  published: r.published ?? null,
  people: r.people ?? [],
  organizers: r.organizers ?? [],
  hosts: r.hosts ?? [],
  documents: r.documents ?? [],
  chrome: [],
});

/**
 * A reading as the importer's output: its outlet only when it names one (`页面未署名(域名 …)` names none), its city as
 * the division it names, each person with the position and organization written.
 */
export function asPredicted(r: Reading): Predicted {
  const e = asExpected(r);
  return {
    event: e.event ?? undefined,
    date: e.date ?? undefined,
    placeCode: e.city ? placeOf(e.city)?.code : undefined,
    outlet: namedOutlet(e.outlet) ?? undefined,
    published: e.published ?? undefined,
    people: e.people.map((p) => ({
      name: p.name,
      position: p.position ?? undefined,
      role: p.role,
      organizations: p.organization ? [p.organization] : [],
    })),
    organizers: e.organizers,
    hosts: e.hosts,
    documents: e.documents,
    cleaned: '',
    kept: '',
    raw: '',
  };
}

export interface Agreement {
  /** The second reading scored against the first. */
  secondVsFirst: Record<Kind, Tally>;
  /** The first reading scored against the second (precision and recall swap, but for the forms the scorer forgives one way). */
  firstVsSecond: Record<Kind, Tally>;
  /** Where the second reading differs from the first, per report. */
  misses: { report: string; miss: Miss }[];
  /** Reports read by both. */
  reports: number;
  /** Reports only one reader read. */
  unpaired: string[];
}

/** Two readings of the same reports (keyed by the report's file name), compared report by report. */
export function agreement(first: Record<string, Reading>, second: Record<string, Reading>): Agreement {
  const out: Agreement = {
    secondVsFirst: newTallies(),
    firstVsSecond: newTallies(),
    misses: [],
    reports: 0,
    unpaired: [...Object.keys(first), ...Object.keys(second)].filter((k) => !(k in first && k in second)),
  };
  for (const [report, a] of Object.entries(first)) {
    const b = second[report];
    if (!b) continue;
    out.reports++;
    const scored = scoreReport(asExpected(a), asPredicted(b));
    addTallies(out.secondVsFirst, scored.tallies);
    out.misses.push(...scored.misses.map((miss) => ({ report, miss })));
    addTallies(out.firstVsSecond, scoreReport(asExpected(b), asPredicted(a)).tallies);
  }
  return out;
}
