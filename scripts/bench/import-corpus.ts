/**
 * The importer's corpus bench, as a function the CLI (scripts/bench/import.ts)
 * and the corpus test share: runs every report of ../shared/reports (expectations
 * in expect-a.json and expect-b.json, written by hand) and ../shared/sources
 * (expectations in tests/fixtures/import/expect-sources.json, facts only)
 * through the importer, scores the facts per kind, and writes each draft into a
 * temporary copy of the content tree to run the content check on it.
 *
 * Parts: expect-a's reports and the sources are the part the importer was
 * developed on ("seen"); expect-b's reports were held out while developing
 * ("held-out"), so their figures show how it does on reports it was not tuned to.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkContent } from '../../src/lib/content/check.ts';
import { findAffiliations } from '../../src/lib/import/affiliations.ts';
import { readArchive } from '../../src/lib/import/archive.ts';
import { stripConverterPinyin } from '../../src/lib/import/clean.ts';
import { decodeBytes, ImportError } from '../../src/lib/import/decode.ts';
import type { Draft } from '../../src/lib/import/draft/index.ts';
import { importReport, validateDraft } from '../../src/lib/import/index.ts';
import {
  addTallies,
  newTallies,
  scoreReport,
  type Expected,
  type Kind,
  type Miss,
  type Predicted,
  type Tally,
} from '../../src/lib/import/score.ts';
import { writeAllOrNothing } from '../../src/lib/import/write.ts';
import { toSimplified } from '../../src/lib/text/t2s.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
export const SHARED = path.resolve(ROOT, '../shared');
/** The archive whose people, organizations and series the importer reuses. */
const CONTENT = path.join(ROOT, 'content');
export const SOURCES_EXPECTED = path.join(ROOT, 'tests/fixtures/import/expect-sources.json');
/**
 * Expectations of ../shared checked against their text and found wrong, with the
 * reason (the shared files are read-only and others use them): applied before
 * scoring and listed by the bench, so every figure says what it was measured against.
 */
export const CORRECTIONS = path.join(ROOT, 'tests/fixtures/import/expect-corrections.json');

/**
 * Each report's tallies as last recorded (`npm run bench:import -- --record`): the corpus test
 * requires every report to do at least as well, fact kind by fact kind (no fewer right, no more
 * wrong or missing), so that a change that breaks one report fails even while the floors over
 * the whole corpus still hold. File names and counts only: nothing of the reports' text.
 */
export const RECORDED = path.join(ROOT, 'tests/fixtures/import/corpus-tallies.json');
export type Recorded = Record<string, Partial<Record<Kind, [tp: number, fp: number, fn: number]>>>;

/** The tallies to record for a set of results (the kinds with any fact; extra reports are not recorded). */
export function recordTallies(reports: ReportResult[]): string {
  const lines = reports
    .filter((r) => r.part !== 'extra')
    .map((r) => {
      const kinds = Object.entries(r.tallies)
        .filter(([, t]) => t.tp + t.fp + t.fn > 0)
        .map(([k, t]) => `${JSON.stringify(k)}: [${t.tp}, ${t.fp}, ${t.fn}]`);
      return ` ${JSON.stringify(r.name)}: { ${kinds.join(', ')} }`;
    });
  return `{\n${lines.join(',\n')}\n}\n`;
}

export interface Correction {
  name: string;
  field: keyof Expected;
  from: unknown;
  to: unknown;
  why: string;
}

/** Applies the corrections to the expectations of one file (a correction whose `from` no longer matches is refused: the shared file changed). */
function corrected(
  name: string,
  e: Expected,
  corrections: Record<string, Record<string, Omit<Correction, 'name' | 'field'>>>,
  applied: Correction[],
): Expected {
  const fix = corrections[name];
  if (!fix) return e;
  const out = { ...e } as Record<string, unknown>;
  for (const [field, c] of Object.entries(fix)) {
    if (JSON.stringify(out[field] ?? null) !== JSON.stringify(c.from))
      throw new Error(
        `${CORRECTIONS}: ${name} ${field} is no longer ${JSON.stringify(c.from)} in ../shared; check the correction`,
      );
    out[field] = c.to;
    applied.push({ name, field: field as keyof Expected, ...c });
  }
  return out as unknown as Expected;
}

export type Part = 'seen' | 'held-out' | 'extra';

export interface CorpusFile {
  /** Name as the expectations key it. */
  name: string;
  file: string;
  part: Part;
  expected: Expected;
}

export interface ReportResult {
  name: string;
  part: Part;
  /** The one-line reason when the importer refused the report. */
  refused?: string;
  tallies: Record<Kind, Tally>;
  misses: Miss[];
  /** Content-check errors of the draft written into a copy of the archive. */
  draftErrors: string[];
  /** Schema problems validateDraft found. */
  invalid: string[];
}

export interface CorpusResult {
  reports: ReportResult[];
  byPart: Record<Part | 'all', Record<Kind, Tally>>;
  /** Reports that name an event but were refused. */
  refused: { name: string; reason: string }[];
  /** Drafts that did not pass the content check. */
  failedDrafts: { name: string; errors: string[] }[];
  /** Expectations of ../shared corrected before scoring (tests/fixtures/import/expect-corrections.json). */
  corrections: Correction[];
}

/** The corpus, or undefined when ../shared is not there; `applied` receives the corrections made to its expectations. */
export function corpusFiles(shared = SHARED, applied: Correction[] = []): CorpusFile[] | undefined {
  const reports = path.join(shared, 'reports');
  if (!fs.existsSync(path.join(reports, 'expect-a.json'))) return undefined;
  const corrections = JSON.parse(fs.readFileSync(CORRECTIONS, 'utf8')) as Record<
    string,
    Record<string, Omit<Correction, 'name' | 'field'>>
  >;
  const out: CorpusFile[] = [];
  for (const [json, part] of [
    ['expect-a.json', 'seen'],
    ['expect-b.json', 'held-out'],
  ] as const) {
    const expected = JSON.parse(fs.readFileSync(path.join(reports, json), 'utf8')) as Record<string, Expected>;
    for (const [name, e] of Object.entries(expected))
      out.push({ name, file: path.join(reports, name), part, expected: corrected(name, e, corrections, applied) });
  }
  const sources = JSON.parse(fs.readFileSync(SOURCES_EXPECTED, 'utf8')) as Record<string, Expected>;
  for (const [name, e] of Object.entries(sources)) {
    const file = path.join(shared, 'sources', name);
    if (fs.existsSync(file)) out.push({ name, file, part: 'seen', expected: e });
  }
  return out.filter((f) => fs.existsSync(f.file));
}

export interface RunOptions {
  shared?: string;
  /** Content tree whose people, organizations and series the importer reuses (default: the archive's content/). */
  content?: string;
  /** Write each draft into a copy of the content tree and run the content check (default true). */
  checkDrafts?: boolean;
  /** A folder of further reports with their expectations in `expect*.json` (same format), scored as the part "extra". */
  extra?: string;
}

/** Reports and expectations from a folder of one's own (`expect*.json` next to the files). */
export function extraFiles(dir: string): CorpusFile[] {
  const out: CorpusFile[] = [];
  for (const json of fs.readdirSync(dir).filter((f) => /^expect.*\.json$/.test(f))) {
    const expected = JSON.parse(fs.readFileSync(path.join(dir, json), 'utf8')) as Record<string, Expected>;
    for (const [name, e] of Object.entries(expected))
      out.push({ name, file: path.join(dir, name), part: 'extra', expected: e });
  }
  return out.filter((f) => fs.existsSync(f.file));
}

/** One report through the importer and scored against its expectations (no draft check). */
export interface ImportedReport {
  name: string;
  part: Part;
  refused?: string;
  /** The draft, when the importer did not refuse the report. */
  draft?: Draft;
  tallies: Record<Kind, Tally>;
  misses: Miss[];
}

/** Imports one report of the corpus (the `i`-th: a report of a conference the archive already has is imported again as `bench-<i + 1>`) and scores its facts. */
export function importOne(f: CorpusFile, i: number, content = CONTENT): ImportedReport {
  const bytes = fs.readFileSync(f.file);
  const archive = readArchive(content);
  let raw = '';
  let result: ReturnType<typeof importReport> | undefined;
  let refused: string | undefined;
  try {
    // Bytes the importer cannot read (not text, unknown encoding) are a refusal like any other.
    raw = toSimplified(stripConverterPinyin(decodeBytes(bytes).text));
    result = importReport(bytes, archive);
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    // A report of a conference the archive already has: import it again under another id.
    if (/已存在/.test(error.message)) result = importReport(bytes, archive, { slug: `bench-${i + 1}` });
    else refused = error.message;
  }
  const facts = result?.facts;
  const orgNames = [
    ...archive.organizations.flatMap((o) => o.names),
    ...(facts ? [...facts.organizers, ...facts.hosts] : []),
  ];
  const predicted: Predicted = {
    event: facts?.title,
    date: facts?.startDate,
    placeCode: facts?.place?.code,
    outlet: facts?.outlet,
    published: facts?.published,
    people: (facts?.people ?? []).map((p) => ({
      name: p.name,
      position: p.position,
      role: p.role,
      organizations: p.organization
        ? [p.organization]
        : p.position
          ? findAffiliations(p.position, orgNames).map((a) => a.name)
          : [],
    })),
    reporters: facts?.reporters ?? [],
    organizers: facts?.organizers ?? [],
    hosts: facts?.hosts ?? [],
    documents: (facts?.documents ?? []).map((d) => d.title),
    cleaned: result ? result.report.lines.join('\n') : '',
    kept: result ? [...result.report.lines, ...result.report.captions, result.report.headline ?? ''].join('\n') : '',
    raw,
  };
  const { tallies, misses } = scoreReport(f.expected, predicted);
  return { name: f.name, part: f.part, refused, draft: result?.draft, tallies, misses };
}

/** A draft's schema problems (validateDraft), then the content check's errors once it is written into a copy of `content`. */
export function checkDraft(draft: Draft, content = CONTENT): { invalid: string[]; draftErrors: string[] } {
  const invalid = validateDraft(draft);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'yilu-bench-import-'));
  try {
    const copy = path.join(tmp, 'content');
    fs.cpSync(content, copy, { recursive: true });
    writeAllOrNothing(copy, draft.files);
    const draftErrors = checkContent(copy).errors.map(
      (p) => `${path.relative(copy, path.resolve(p.file))}:${p.line ?? ''} ${p.field} ${p.message}`,
    );
    return { invalid, draftErrors };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** One report imported, scored and (unless `checkDrafts` is false) its draft checked. */
export function runReport(f: CorpusFile, i: number, options: RunOptions = {}): ReportResult {
  const { draft, ...imported } = importOne(f, i, options.content);
  const checked = draft && options.checkDrafts !== false ? checkDraft(draft, options.content) : undefined;
  return {
    name: imported.name,
    part: imported.part,
    refused: imported.refused,
    tallies: imported.tallies,
    misses: imported.misses,
    draftErrors: checked?.draftErrors ?? [],
    invalid: checked?.invalid ?? [],
  };
}

/** The figures of a set of report results: tallies per part and in all (seen + held-out), refusals, failed drafts. */
export function summarize(reports: ReportResult[], corrections: Correction[]): CorpusResult {
  const byPart: CorpusResult['byPart'] = {
    seen: newTallies(),
    'held-out': newTallies(),
    extra: newTallies(),
    all: newTallies(),
  };
  for (const r of reports) {
    addTallies(byPart[r.part], r.tallies);
    if (r.part !== 'extra') addTallies(byPart.all, r.tallies);
  }
  return {
    reports,
    byPart,
    refused: reports.filter((r) => r.refused).map((r) => ({ name: r.name, reason: r.refused! })),
    failedDrafts: reports
      .filter((r) => r.draftErrors.length || r.invalid.length)
      .map((r) => ({ name: r.name, errors: [...r.invalid, ...r.draftErrors] })),
    corrections,
  };
}

export function runCorpus(options: RunOptions = {}): CorpusResult | undefined {
  const corrections: Correction[] = [];
  const shared = corpusFiles(options.shared, corrections);
  if (!shared && !options.extra) return undefined;
  const files = [...(shared ?? []), ...(options.extra ? extraFiles(options.extra) : [])];
  return summarize(
    files.map((f, i) => runReport(f, i, options)),
    corrections,
  );
}
