/**
 * Building the real site over a generated archive with `astro build` (content
 * check, pages, search index), as the tests do, and reading what it reports.
 */
import fs from 'node:fs';
import path from 'node:path';
import { dirStats, run, type DirStats } from './measure.ts';

export interface SiteBuild {
  ms: number;
  peakBytes: number;
  /** Peak resident memory by process name (node: Astro and our indexer; pagefind…: Pagefind's service). */
  peakByProcess: Record<string, number>;
  /** Time the search indexer took (it runs beside Astro's rendering). */
  indexMs: number;
  /** Time the build waited for the indexer once the pages were rendered. */
  indexWaitMs: number;
  indexedPages: number;
  /** Index shards (and how many came from the previous build's cache). */
  shards: number;
  cachedShards: number;
  /** Pages Astro reused from the previous build instead of rendering them. */
  reusedPages: number;
  output: DirStats;
  index: DirStats;
}

export interface SitePaths {
  root: string;
  content: string;
  out: string;
  cache: string;
}

/** The moment the bench started (or the caller's SOURCE_DATE_EPOCH): the build day of every build it runs (src/lib/build-day.ts). */
const BENCH_EPOCH = process.env.SOURCE_DATE_EPOCH ?? String(Math.floor(Date.now() / 1000));

/** Builds the site; Astro's own log of the build is kept in `log` when given (phase timings). */
export async function buildSite(p: SitePaths, options: { echo?: boolean; log?: string } = {}): Promise<SiteBuild> {
  const result = await run(process.execPath, [path.join(p.root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: p.root,
    echo: options.echo,
    env: {
      ...process.env,
      YILU_CONTENT: p.content,
      YILU_OUT: p.out,
      YILU_CACHE: p.cache,
      // (One build day for every build of a run: a repeat build after midnight in China would re-render every page.)
      SOURCE_DATE_EPOCH: BENCH_EPOCH,
      ASTRO_TELEMETRY_DISABLED: '1',
      NODE_ENV: 'production',
      NO_COLOR: '1',
    },
  });
  if (options.log) fs.writeFileSync(options.log, result.output);
  if (result.status !== 0) {
    throw new Error(`astro build failed (exit ${result.status}):\n${result.output.split('\n').slice(-40).join('\n')}`);
  }
  const m = /indexed (\d+) pages for search in (\d+) ms \((\d+) shards, (\d+) from cache;.*waited (\d+) ms/.exec(
    result.output,
  );
  const skipped = result.output.match(/\((?:cached|restored)\)/g)?.length ?? 0;
  return {
    ms: result.ms,
    peakBytes: result.peakBytes,
    peakByProcess: result.peakByProcess,
    indexMs: m ? Number(m[2]) : NaN,
    indexWaitMs: m ? Number(m[5]) : NaN,
    indexedPages: m ? Number(m[1]) : NaN,
    shards: m ? Number(m[3]) : NaN,
    cachedShards: m ? Number(m[4]) : NaN,
    reusedPages: skipped,
    output: dirStats(p.out),
    index: dirStats(path.join(p.out, 'pagefind')),
  };
}

/** Changes one speech's text (appends a sentence), as an editor's correction would. */
export function touchOneSpeech(content: string): string {
  const conferences = fs.readdirSync(path.join(content, 'conferences')).sort();
  const dir = path.join(content, 'conferences', conferences[Math.floor(conferences.length / 2)]!, 'speeches');
  const file = path.join(dir, fs.readdirSync(dir).sort()[0]!);
  fs.appendFileSync(file, '\n编者更正：本段为基准测试追加的一句更正说明。\n');
  return file;
}
