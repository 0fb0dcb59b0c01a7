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
import type { PeerBuild } from './peer.ts';
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
  /** Pagefind alone is 1.5.2's CLI (the fastest at Chinese); 1.6.0's is measured beside it up to 10,000 speeches. */
  floors?: { pagefind: Floor; pagefind16?: Floor; markdown: Floor };
  peer?: PeerBuild;
}

/** The floor of a run: the Markdown pipeline alone plus Pagefind alone, on the same corpus. */
export const floorMs = (r: SizeResult) => (r.floors ? r.floors.markdown.ms + r.floors.pagefind.ms : NaN);

export function machine(root: string): string {
  const version = (pkg: string) =>
    JSON.parse(fs.readFileSync(path.join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version as string;
  const cpus = os.cpus();
  return `${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}, astro ${version('astro')}, pagefind ${version('pagefind')}, ${os.type()} ${os.release()}`;
}

export interface Verdict {
  target: string;
  measured: string;
  met: boolean;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** The size issue 13's targets are set for. */
export const TARGET_SIZE = 10_000;

/** The targets of issue 13, judged on one size (they are set for 10,000 speeches). */
export function verdicts(r: SizeResult): Verdict[] {
  const floor = floorMs(r);
  const ours = r.full.ms / floor;
  const peer = r.peer ? r.peer.ms / floor : NaN;
  const out: Verdict[] = [];
  if (r.floors) {
    out.push({
      target: "build + index ≤ 2.0× the floor, and below the peer's ratio",
      measured: `${ours.toFixed(2)}× (peer ${r.peer ? `${peer.toFixed(2)}×` : 'not run'})`,
      met: ours <= 2 && (!r.peer || ours < peer),
    });
  }
  out.push(
    { target: 'peak memory of the process tree ≤ 3 GB', measured: gb(r.full.peakBytes), met: r.full.peakBytes <= 3e9 },
    {
      target: 'output ≤ 20,000 files and ≤ 400 MB',
      measured: `${r.full.output.files.toLocaleString('en')} files, ${mb(r.full.output.bytes)}`,
      met: r.full.output.files <= 20_000 && r.full.output.bytes <= 400e6,
    },
  );
  if (r.repeat) {
    out.push({
      target: 'one changed speech: rebuild ≤ 25% of the full build',
      measured: `${sec(r.repeat.ms)} (${Math.round((100 * r.repeat.ms) / r.full.ms)}%)`,
      met: r.repeat.ms <= r.full.ms / 4,
    });
  }
  if (r.search) {
    out.push({
      target: 'first search ≤ 300 KB',
      measured: kb(r.search.first.bytes),
      met: r.search.first.bytes <= 300_000,
    });
    const worst = Math.max(...r.search.warm.map((w) => w.ms));
    out.push({
      target: 'slowest warm query ≤ 150 ms',
      measured: `${worst} ms (median ${median(r.search.warm.map((w) => w.ms))} ms)`,
      met: worst <= 150,
    });
  }
  return out;
}

const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
/** Thread names /proc reports for the processes of a build. */
const PROCESS_NAMES: Record<string, string> = {
  MainThread: 'Node (Astro and the indexer)',
  node: 'Node (Astro and the indexer)',
  pagefind_extend: 'Pagefind (runtime files only)',
};
const kb = (bytes: number) => `${(bytes / 1000).toFixed(0)} KB`;

export function table(results: SizeResult[]): string {
  const rows: string[] = [];
  const cols = results.map((r) => r.size.toLocaleString('en'));
  const row = (label: string, f: (r: SizeResult) => string) =>
    rows.push(`| ${label} | ${results.map(f).join(' | ')} |`);
  rows.push(`| speeches | ${cols.join(' | ')} |`, `| --- | ${results.map(() => '---').join(' | ')} |`);
  row('full build finished (UTC), load average at start', (r) => `${r.date}, ${r.load.toFixed(2)}`);
  row(
    'corpus: conferences / people / organizations',
    (r) => `${r.corpus.conferences} / ${r.corpus.people} / ${r.corpus.organizations}`,
  );
  row('speech text', (r) => `${(r.corpus.bodyChars / 1e6).toFixed(1)} M chars`);
  row('full build incl. index (wall)', (r) => sec(r.full.ms));
  row(
    '… indexing (beside rendering) / waited for after rendering',
    (r) => `${sec(r.full.indexMs)} / ${sec(r.full.indexWaitMs)}`,
  );
  row('peak memory (process tree)', (r) => gb(r.full.peakBytes));
  row(
    '… peak of each process',
    (r) =>
      Object.entries(r.full.peakByProcess ?? {})
        .filter(([, b]) => b > 50e6)
        .map(([n, b]) => `${PROCESS_NAMES[n] ?? n} ${gb(b)}`)
        .join(', ') || '—',
  );
  row('output files / bytes', (r) => `${r.full.output.files.toLocaleString('en')} / ${mb(r.full.output.bytes)}`);
  row('pages indexed', (r) => r.full.indexedPages.toLocaleString('en'));
  row('search index files / bytes', (r) => `${r.full.index.files.toLocaleString('en')} / ${mb(r.full.index.bytes)}`);
  row('repeat build, one speech changed', (r) =>
    r.repeat
      ? `${sec(r.repeat.ms)} (index ${sec(r.repeat.indexMs)}), ${gb(r.repeat.peakBytes)}; ${r.repeat.reusedPages} pages reused, ${r.repeat.cachedShards} of ${r.repeat.shards} index shards from cache`
      : '—',
  );
  row('first search (养老服务): fetched gzip / stored, requests, ms', (r) =>
    r.search
      ? `${kb(r.search.first.bytes)} / ${kb(r.search.first.rawBytes ?? NaN)}, ${r.search.first.requests ?? '?'} requests, ${r.search.first.ms} ms`
      : '—',
  );
  row('warm queries: fetched gzip', (r) =>
    r.search ? r.search.warm.map((w) => `${w.query} ${kb(w.bytes)}`).join('; ') : '—',
  );
  row('warm queries: ms each', (r) => (r.search ? r.search.warm.map((w) => `${w.query} ${w.ms}`).join('; ') : '—'));
  row('floor: Markdown pipeline alone', (r) =>
    r.floors ? `${sec(r.floors.markdown.ms)}, ${gb(r.floors.markdown.peakBytes)}` : '—',
  );
  row('floor: Pagefind 1.5.2 alone on plain HTML', (r) =>
    r.floors
      ? `${sec(r.floors.pagefind.ms)}, ${gb(r.floors.pagefind.peakBytes)}, index ${mb(r.floors.pagefind.index!.bytes)}`
      : '—',
  );
  row('(for reference) Pagefind 1.6.0 alone on the same HTML', (r) =>
    r.floors?.pagefind16
      ? `${sec(r.floors.pagefind16.ms)}, ${gb(r.floors.pagefind16.peakBytes)}, index ${mb(r.floors.pagefind16.index!.bytes)}`
      : '—',
  );
  row('floor = Markdown + Pagefind 1.5.2', (r) => (r.floors ? sec(floorMs(r)) : '—'));
  row('peer: bare Astro + Pagefind 1.5.2 (astro / pagefind)', (r) =>
    r.peer
      ? `${sec(r.peer.ms)} (${sec(r.peer.astroMs)} / ${sec(r.peer.pagefindMs)}), ${gb(r.peer.peakBytes)}, ${r.peer.output.files.toLocaleString('en')} files, ${mb(r.peer.output.bytes)}`
      : '—',
  );
  row('**ratio to the floor: Yilu / peer**', (r) =>
    r.floors ? `**${ratio(r.full.ms, floorMs(r))}** / ${r.peer ? ratio(r.peer.ms, floorMs(r)) : '—'}` : '—',
  );
  const largest = results[results.length - 1]!;
  // The targets are set for 10,000 speeches: judged there when that size was run, else on the largest.
  const judged = results.find((r) => r.size === TARGET_SIZE) ?? largest;
  const v = verdicts(judged)
    .map((x) => `| ${x.target} | ${x.measured} | ${x.met ? 'met' : '**missed**'} |`)
    .join('\n');
  return [
    `Machine: ${largest.machine}.`,
    '',
    rows.join('\n'),
    '',
    `Targets, judged on the ${judged.size.toLocaleString('en')}-speech archive:`,
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
