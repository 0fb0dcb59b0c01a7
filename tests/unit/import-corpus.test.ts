/**
 * The importer on the corpus of real reports in ../shared (npm run bench:import
 * prints the same figures): the floors below are the targets where they are met
 * and the measured level where they are not (docs/import.md says why), so that
 * any regression fails. The reports are copyrighted and read at run time only;
 * without ../shared the test is skipped loudly, or fails when CI=1.
 */
import { describe, expect, it } from 'vitest';
import { precision, recall, type Kind } from '../../src/lib/import/score.ts';
import { corpusFiles, runCorpus, SHARED } from '../../scripts/bench/import-corpus.ts';

const present = !!corpusFiles();
if (!present) {
  const message = `\n!!! import corpus test SKIPPED: ${SHARED}/reports/expect-a.json not found; the importer is not measured on real reports in this run !!!\n`;
  if (process.env.CI === '1') throw new Error(`CI=1 but the corpus is missing: ${message}`);
  console.warn(message);
}

/** [precision floor, recall floor] over all reports with expectations (seen and held-out). */
const FLOORS: Partial<Record<Kind, [number, number]>> = {
  event: [0.98, 0.9],
  date: [0.98, 0.9],
  // A bare domain expected is read as "no outlet named"; one expectation is corrected (tests/fixtures/import/expect-corrections.json).
  outlet: [0.98, 0.9],
  peopleWithPositions: [0.98, 0.9],
  organizers: [0.98, 0.9],
  city: [0.98, 0.9],
  published: [0.98, 0.9],
  hosts: [0.98, 0.85],
  documents: [0.98, 0.85],
  personRole: [0.95, 0.9],
  chrome: [0.98, 0.9],
};

describe.skipIf(!present)('the importer on the shared corpus of real reports', () => {
  const result = runCorpus()!;
  it('applies only the corrections it lists, each with its reason', () => {
    for (const c of result.corrections) expect(c.why.length, `${c.name} ${c.field}`).toBeGreaterThan(20);
    expect(result.corrections.map((c) => `${c.name} ${c.field}`)).toEqual([
      'b-sn-xunyang-social-org-rural-2022.txt outlet',
    ]);
  });
  it('refuses no report that names an event, and every draft passes the content check', () => {
    expect(result.refused).toEqual([]);
    expect(result.failedDrafts).toEqual([]);
  });
  for (const [kind, [p, r]] of Object.entries(FLOORS) as [Kind, [number, number]][]) {
    it(`${kind}: precision ≥ ${p * 100}%, recall ≥ ${r * 100}%`, () => {
      const t = result.byPart.all[kind];
      expect(precision(t), `${kind} precision (tp/fp/fn ${t.tp}/${t.fp}/${t.fn})`).toBeGreaterThanOrEqual(p);
      expect(recall(t), `${kind} recall (tp/fp/fn ${t.tp}/${t.fp}/${t.fn})`).toBeGreaterThanOrEqual(r);
    });
  }
  it('holds on the held-out part too (reports it was not developed on)', () => {
    for (const kind of ['event', 'date', 'peopleWithPositions', 'organizers'] as const) {
      const t = result.byPart['held-out'][kind];
      expect(recall(t), kind).toBeGreaterThanOrEqual(0.85);
      expect(precision(t), kind).toBeGreaterThanOrEqual(0.95);
    }
  });
});
