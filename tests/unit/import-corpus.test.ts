/**
 * The importer on the corpus of real reports in ../shared (npm run bench:import
 * prints the same figures): the floors below are the targets where they are met
 * and the measured level where they are not (docs/import.md says why), so that
 * any regression fails; each report must also do at least as well as its recorded
 * tallies (tests/fixtures/import/corpus-tallies.json). The reports are copyrighted
 * and read at run time only; without ../shared the test is skipped loudly, or
 * fails when CI=1.
 *
 * The importer runs inside the tests, one test per report, never while the file
 * loads: mutation testing (docs/testing.md) credits code to the tests that run it,
 * and code run at load time to none.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KINDS, precision, recall, type Kind } from '../../src/lib/import/score.ts';
import {
  checkDraft,
  corpusFiles,
  extraFiles,
  importOne,
  RECORDED,
  runReport,
  SHARED,
  summarize,
  type Correction,
  type Recorded,
  type ReportResult,
} from '../../scripts/bench/import-corpus.ts';

// Reads the expectations only (no importer code runs here).
const corrections: Correction[] = [];
const files = corpusFiles(undefined, corrections);
if (!files) {
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

describe.skipIf(!files)('the importer on the shared corpus of real reports', () => {
  const corpus = files ?? [];
  const recorded = JSON.parse(fs.readFileSync(RECORDED, 'utf8')) as Recorded;
  /** Each report's result, filled in by its own test. */
  const done = new Map<string, ReportResult>();
  /** Every report's result: those whose test ran, and the others run here (when a filter ran only some tests). */
  const all = () =>
    summarize(
      corpus.map((f, i) => done.get(f.name) ?? runReport(f, i)),
      corrections,
    );

  it('has recorded tallies for exactly the reports of the corpus', () => {
    expect(Object.keys(recorded).sort()).toEqual(corpus.map((f) => f.name).sort());
  });

  corpus.forEach((f, i) => {
    it(`${f.name}: imported, each kind of fact at least as well as recorded, a draft that passes the content check`, () => {
      const { draft, ...r } = importOne(f, i);
      expect(r.refused, 'refused').toBeUndefined();
      for (const k of KINDS) {
        const [tp, fp, fn] = recorded[f.name]?.[k] ?? [0, 0, 0];
        const t = r.tallies[k];
        const misses = r.misses.filter((m) => m.kind === k).map((m) => `${m.expected ?? '—'} | ${m.got ?? '—'}`);
        const was = `recorded tp/fp/fn ${tp}/${fp}/${fn}, now ${t.tp}/${t.fp}/${t.fn}; misses: ${misses.join('; ')}`;
        expect(t.tp, `${k} right (${was})`).toBeGreaterThanOrEqual(tp);
        expect(t.fp, `${k} wrong (${was})`).toBeLessThanOrEqual(fp);
        expect(t.fn, `${k} missing (${was})`).toBeLessThanOrEqual(fn);
      }
      const { invalid, draftErrors } = checkDraft(draft!);
      expect(invalid, 'schema problems').toEqual([]);
      expect(draftErrors, 'content check').toEqual([]);
      done.set(f.name, { ...r, invalid, draftErrors });
    });
  });

  it('applies only the corrections it lists, each with its reason', () => {
    for (const c of corrections) expect(c.why.length, `${c.name} ${c.field}`).toBeGreaterThan(20);
    expect(corrections.map((c) => `${c.name} ${c.field}`)).toEqual(['b-sn-xunyang-social-org-rural-2022.txt outlet']);
  });
  it('refuses no report that names an event, and every draft passes the content check', () => {
    const result = all();
    expect(result.refused).toEqual([]);
    expect(result.failedDrafts).toEqual([]);
  });
  for (const [kind, [p, r]] of Object.entries(FLOORS) as [Kind, [number, number]][]) {
    it(`${kind}: precision ≥ ${p * 100}%, recall ≥ ${r * 100}%`, () => {
      const t = all().byPart.all[kind];
      expect(precision(t), `${kind} precision (tp/fp/fn ${t.tp}/${t.fp}/${t.fn})`).toBeGreaterThanOrEqual(p);
      expect(recall(t), `${kind} recall (tp/fp/fn ${t.tp}/${t.fp}/${t.fn})`).toBeGreaterThanOrEqual(r);
    });
  }
  it('holds on the held-out part too (reports it was not developed on)', () => {
    const result = all();
    for (const kind of ['event', 'date', 'peopleWithPositions', 'organizers'] as const) {
      const t = result.byPart['held-out'][kind];
      expect(recall(t), kind).toBeGreaterThanOrEqual(0.85);
      expect(precision(t), kind).toBeGreaterThanOrEqual(0.95);
    }
  });
});

describe("a folder of reports of one's own (--dir)", () => {
  it('counts a file the importer cannot read as refused, and measures the others (round 236)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yilu-extra-'));
    try {
      fs.writeFileSync(path.join(dir, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
      fs.writeFileSync(
        path.join(dir, 'report.txt'),
        '白江市第三届花卉博览会开幕\n2024年4月2日上午，白江市第三届花卉博览会在青禾公园开幕。市长李青禾出席并致辞。\n',
      );
      const none = { event: null, date: null, city: null, outlet: null, published: null };
      const empty = { people: [], organizers: [], hosts: [], documents: [], chrome: [] };
      fs.writeFileSync(
        path.join(dir, 'expect.json'),
        JSON.stringify({
          'photo.txt': { ...none, ...empty, event: '某会' },
          'report.txt': { ...none, ...empty, event: '白江市第三届花卉博览会', date: '2024-04-02' },
        }),
      );
      const results = extraFiles(dir).map((f, i) => runReport(f, i, { checkDrafts: false }));
      const byName = Object.fromEntries(results.map((r) => [r.name, r]));
      expect(byName['photo.txt']?.refused).toMatch(/二进制/);
      expect(byName['photo.txt']?.tallies.event).toEqual({ tp: 0, fp: 0, fn: 1 });
      expect(byName['report.txt']?.refused).toBeUndefined();
      expect(byName['report.txt']?.tallies.event.tp).toBe(1);
      expect(byName['report.txt']?.tallies.date.tp).toBe(1);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
