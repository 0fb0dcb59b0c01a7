/**
 * Results of one benchmark size, the targets they are judged against, and the
 * Markdown table written into docs/benchmarks.md (between markers, so the prose
 * around it is kept).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { SearchMeasure } from './browser.ts';
import type { Floor } from './floors.ts';
import type { GeneratedStats } from './generate.ts';
import { gb, mb, sec } from './measure.ts';
import type { SiteBuild } from './site.ts';

export interface SizeResult {
  size: number;
  date: string;
  /** 1-minute load average when the run started (2 cores: above ~0.5 means others were busy). */
  load: number;
  machine: string;
  corpus: GeneratedStats;
  full: SiteBuild;
  repeat?: SiteBuild;
  search?: SearchMeasure;
  floors?: { pagefind: Floor; markdown: Floor };
}

export function machine(root: string): string {
  const version = (pkg: string) => JSON.parse(fs.readFileSync(path.join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version as string;
  const cpus = os.cpus();
  return `${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}, astro ${version('astro')}, pagefind ${version('pagefind')}, ${os.type()} ${os.release()}`;
}

export interface Verdict {
  target: string;
  measured: string;
  met: boolean;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** The targets of issue 6, judged on one size (they are set for 10,000 speeches). */
export function verdicts(r: SizeResult): Verdict[] {
  const out: Verdict[] = [
    { target: 'build + index ≤ 90 s', measured: sec(r.full.ms), met: r.full.ms <= 90_000 },
    { target: 'peak memory ≤ 3 GB', measured: gb(r.full.peakBytes), met: r.full.peakBytes <= 3e9 },
    { target: 'output files < 20,000', measured: r.full.output.files.toLocaleString('en'), met: r.full.output.files < 20_000 },
  ];
  if (r.repeat) {
    out.push({
      target: 'repeat build after one changed speech ≤ ½ of full build',
      measured: `${sec(r.repeat.ms)} (${Math.round((100 * r.repeat.ms) / r.full.ms)}%)`,
      met: r.repeat.ms <= r.full.ms / 2,
    });
  }
  if (r.search) {
    out.push({ target: 'first search ≤ 300 KB fetched', measured: kb(r.search.first.bytes), met: r.search.first.bytes <= 300_000 });
    const worst = Math.max(...r.search.warm.map((w) => w.ms));
    out.push({
      target: 'warm query ≤ 100 ms (slowest of the warm queries)',
      measured: `${worst} ms (median ${median(r.search.warm.map((w) => w.ms))} ms)`,
      met: worst <= 100,
    });
  }
  return out;
}

const ratio = (a: number, b: number) => `${(a / b).toFixed(1)}×`;
/** Thread names /proc reports for the processes of a build. */
const PROCESS_NAMES: Record<string, string> = { MainThread: 'Node (Astro, indexer)', node: 'Node (Astro, indexer)', pagefind_extend: 'Pagefind' };
const kb = (bytes: number) => `${(bytes / 1000).toFixed(0)} KB`;

export function table(results: SizeResult[]): string {
  const rows: string[] = [];
  const cols = results.map((r) => r.size.toLocaleString('en'));
  const row = (label: string, f: (r: SizeResult) => string) => rows.push(`| ${label} | ${results.map(f).join(' | ')} |`);
  rows.push(`| speeches | ${cols.join(' | ')} |`, `| --- | ${results.map(() => '---').join(' | ')} |`);
  row('full build finished (UTC), load average at start', (r) => `${r.date}, ${r.load.toFixed(2)}`);
  row('corpus: conferences / people / organizations', (r) => `${r.corpus.conferences} / ${r.corpus.people} / ${r.corpus.organizations}`);
  row('speech text', (r) => `${(r.corpus.bodyChars / 1e6).toFixed(1)} M chars`);
  row('full build incl. index (wall)', (r) => sec(r.full.ms));
  row('… of which indexing', (r) => sec(r.full.indexMs));
  row('peak memory (process tree)', (r) => gb(r.full.peakBytes));
  row('… peak of each process', (r) =>
    Object.entries(r.full.peakByProcess ?? {})
      .filter(([, b]) => b > 50e6)
      .map(([n, b]) => `${PROCESS_NAMES[n] ?? n} ${gb(b)}`)
      .join(', ') || '—',
  );
  row('output files / bytes', (r) => `${r.full.output.files.toLocaleString('en')} / ${mb(r.full.output.bytes)}`);
  row('pages indexed', (r) => r.full.indexedPages.toLocaleString('en'));
  row('Pagefind index files / bytes', (r) => `${r.full.index.files.toLocaleString('en')} / ${mb(r.full.index.bytes)}`);
  row('repeat build, one speech changed', (r) =>
    r.repeat
      ? `${sec(r.repeat.ms)} (index ${sec(r.repeat.indexMs)}), ${gb(r.repeat.peakBytes)}; ${r.repeat.reusedPages} pages reused, ${r.repeat.cachedDocuments} search documents from cache`
      : '—',
  );
  row('first search (养老服务): fetched gzip / stored, requests, ms', (r) =>
    r.search
      ? `${kb(r.search.first.bytes)} / ${kb(r.search.first.rawBytes ?? NaN)}, ${r.search.first.requests ?? '?'} requests, ${r.search.first.ms} ms`
      : '—',
  );
  row('warm queries: fetched gzip', (r) => (r.search ? r.search.warm.map((w) => `${w.query} ${kb(w.bytes)}`).join('; ') : '—'));
  row('warm queries: ms each', (r) => (r.search ? r.search.warm.map((w) => `${w.query} ${w.ms}`).join('; ') : '—'));
  row('floor: Pagefind alone on plain HTML', (r) => (r.floors ? `${sec(r.floors.pagefind.ms)}, ${gb(r.floors.pagefind.peakBytes)}, index ${mb(r.floors.pagefind.index!.bytes)}` : '—'));
  row('floor: Markdown pipeline alone', (r) => (r.floors ? `${sec(r.floors.markdown.ms)}, ${gb(r.floors.markdown.peakBytes)}` : '—'));
  row('ratio: our indexing / Pagefind alone', (r) => (r.floors ? ratio(r.full.indexMs, r.floors.pagefind.ms) : '—'));
  row('ratio: our build without index / Markdown alone', (r) => (r.floors ? ratio(r.full.ms - r.full.indexMs, r.floors.markdown.ms) : '—'));
  row('ratio: our build + index / both floors', (r) => (r.floors ? ratio(r.full.ms, r.floors.pagefind.ms + r.floors.markdown.ms) : '—'));
  const largest = results[results.length - 1]!;
  const v = verdicts(largest)
    .map((x) => `| ${x.target} | ${x.measured} | ${x.met ? 'met' : '**missed**'} |`)
    .join('\n');
  return [
    `Machine: ${largest.machine}.`,
    '',
    rows.join('\n'),
    '',
    `Targets, judged on the ${largest.size.toLocaleString('en')}-speech archive:`,
    '',
    '| target | measured | |',
    '| --- | --- | --- |',
    v,
  ].join('\n');
}

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

/** Replaces the generated part of docs/benchmarks.md, keeping the prose around it. */
export function writeDoc(file: string, results: SizeResult[]): void {
  const generated = `${START}\n${table(results)}\n${END}`;
  const existing = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : `# Benchmarks\n\n${START}\n${END}\n`;
  const next = existing.includes(START)
    ? existing.replace(new RegExp(`${START}[\\s\\S]*?${END}`), generated)
    : `${existing.trimEnd()}\n\n${generated}\n`;
  fs.writeFileSync(`${file}.tmp`, next);
  fs.renameSync(`${file}.tmp`, file);
}
