/**
 * The search index integration. The index is built from the content in a process
 * of its own (worker.ts), started as soon as `astro build` reads its configuration,
 * so it is written on the second core while Astro checks, syncs and renders on the
 * first; when the build is done its Pagefind bundle is moved into the site. The
 * worker also scans the indexed pages' text for the 繁 phrase table, handed to
 * src/integrations/hant-phrases.ts through `phrases()`. In dev there is no index:
 * the search box says so.
 */
import { fork } from 'node:child_process';
import { readdirSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { IndexOptions } from './index-build.ts';
import type { WorkerMessage, WorkerRequest } from './worker.ts';

const WORKER = fileURLToPath(new URL('./worker.ts', import.meta.url));

type Done = Extract<WorkerMessage, { type: 'done' }>;

interface Running {
  result: Promise<Done>;
  staging: string;
}

/**
 * The indexer's V8 heap, in MB, for content of `files` files: 256 MB and 24 KB a file, at least 512.
 * Without a limit V8 lets a busy process grow to several times what it holds: at 10,000 speeches
 * (15,114 files) the indexer held under 500 MB but grew to 1.1 GB beside Astro's own peak; with
 * this limit (611 MB there) it needs no more time. An archive whose index needs more is indexed
 * again without the limit (runIndexer), so the limit costs time at worst, never the build.
 */
export function indexerHeapMb(files: number): number {
  return Math.max(512, Math.ceil(256 + (files * 24) / 1024));
}

/** One run of the indexer's process, with a V8 heap limit in MB or none. */
function runOnce(request: WorkerRequest, log: (message: string) => void, heapMb?: number): Promise<Done> {
  const execArgv = heapMb ? [`--max-old-space-size=${heapMb}`] : [];
  const child = fork(WORKER, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv });
  return new Promise<Done>((resolve, reject) => {
    let settled = false;
    child.on('message', (m: WorkerMessage) => {
      if (m.type === 'log') log(m.message);
      else if (m.type === 'done') {
        settled = true;
        resolve(m);
      } else {
        settled = true;
        reject(Object.assign(new Error(`search index: ${m.message}`), { stack: m.stack }));
      }
    });
    child.on('exit', (code, signal) => {
      if (!settled)
        reject(
          Object.assign(new Error(`search index: the indexer stopped (${signal ?? `exit ${code}`}) before finishing`), {
            crashed: true,
          }),
        );
    });
    // If Astro stops (an error in a page), the indexer must not outlive it.
    process.once('exit', () => child.kill());
    child.on('error', (e) => reject(Object.assign(e, { crashed: true })));
    child.send(request);
  });
}

/**
 * Builds the index in a process of its own within `heapMb`; if that process dies before it is done
 * (out of memory), once more without a limit. An error the indexer reports (bad content) is not retried.
 */
export async function runIndexer(
  request: WorkerRequest,
  log: (message: string) => void,
  warn: (message: string) => void,
  heapMb?: number,
): Promise<Done> {
  try {
    return await runOnce(request, log, heapMb);
  } catch (e) {
    if (!heapMb || !(e as { crashed?: boolean }).crashed) throw e;
    warn(`${(e as Error).message} within a ${heapMb} MB heap; indexing again without a limit (YILU_INDEX_HEAP_MB)`);
    return runOnce(request, log);
  }
}

function startIndexer(request: WorkerRequest, logger: AstroIntegrationLogger, heapMb?: number): Running {
  const result = runIndexer(
    request,
    (m) => logger.info(m),
    (m) => logger.warn(m),
    heapMb,
  );
  // Rejections are handled when the build is done; a failure must not crash the process earlier.
  result.catch(() => {});
  return { result, staging: request.staging };
}

/** The heap limit for this build: the one set (0: none), or indexerHeapMb of the content's files. */
function heapFor(content: string, setting: number | undefined): number | undefined {
  if (setting !== undefined && Number.isFinite(setting)) return setting > 0 ? setting : undefined;
  let files = 0;
  try {
    files = readdirSync(content, { recursive: true }).length;
  } catch {
    return undefined;
  }
  return indexerHeapMb(files);
}

export interface SearchIndexOptions {
  /** Content root (YILU_CONTENT). */
  content: string;
  /** Pages per fragment file (YILU_FRAGMENTS_PER_FILE; default: as few as `maxFiles` allows). */
  fragmentsPerFile?: number;
  /** The most files the whole site may have (YILU_MAX_FILES; default 20,000). */
  maxFiles?: number;
  /** The indexer's V8 heap in MB (YILU_INDEX_HEAP_MB; 0: no limit; default: indexerHeapMb of the content). */
  heapMb?: number;
}

/** What the indexer is asked to build: the content, the site's base and its caches. */
function indexRequest(options: SearchIndexOptions, base: string, cacheDir: string): WorkerRequest {
  const index: Omit<IndexOptions, 'log' | 'out'> = { content: options.content, base, cacheDir };
  if (options.fragmentsPerFile) index.fragmentsPerFile = options.fragmentsPerFile;
  if (options.maxFiles) index.maxFiles = options.maxFiles;
  return { index, staging: path.join(cacheDir, 'search-build') };
}

export function searchIndex(options: SearchIndexOptions): AstroIntegration & { phrases: () => Promise<string> } {
  let running: Running | undefined;
  return {
    name: 'yilu:search',
    /** The 繁 phrase table of the indexed pages' text, once the index is done (a build only). */
    phrases: async () => {
      if (!running) throw new Error('search index: the indexer was not started');
      return (await running.result).phrases;
    },
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        // A build starts the indexer at once: it reads the content itself, so it runs beside the content
        // check, the content sync and the rendering.
        if (command === 'build')
          running = startIndexer(
            indexRequest(options, base, fileURLToPath(config.cacheDir)),
            logger,
            heapFor(options.content, options.heapMb),
          );
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        if (!running) throw new Error('search index: the indexer was not started');
        const waited = performance.now();
        const stats = await running.result;
        const waitedMs = Math.round(performance.now() - waited);
        await fs.rm(path.join(out, 'pagefind'), { recursive: true, force: true });
        await fs.rename(path.join(running.staging, 'pagefind'), path.join(out, 'pagefind'));
        logger.info(
          `indexed ${stats.pages} pages for search in ${stats.ms} ms (${stats.shards} shards, ${stats.cachedShards} from cache; ` +
            `${stats.words} words in ${stats.chunks} chunks, ${stats.fragmentFiles} fragment files); waited ${waitedMs} ms for it`,
        );
      },
    },
  };
}
