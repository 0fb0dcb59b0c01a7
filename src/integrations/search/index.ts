/**
 * The search index integration. The index is built from the content in a process
 * of its own (worker.ts), started as soon as `astro build` reads its configuration,
 * so it is written on the second core while Astro checks, syncs and renders on the
 * first; when the build is done its Pagefind bundle is moved into the site. The
 * worker also scans the indexed pages' text for the 繁 phrase table, handed to
 * src/integrations/hant-phrases.ts through `phrases()`. In dev there is no index:
 * the search box says so.
 */
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { IndexOptions } from './index-build.ts';
import type { WorkerMessage, WorkerRequest } from './worker.ts';

const WORKER = fileURLToPath(new URL('./worker.ts', import.meta.url));

interface Running {
  child: ChildProcess;
  result: Promise<Extract<WorkerMessage, { type: 'done' }>>;
  staging: string;
}

function startIndexer(request: WorkerRequest, logger: AstroIntegrationLogger): Running {
  const child = fork(WORKER, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv: [] });
  const result = new Promise<Extract<WorkerMessage, { type: 'done' }>>((resolve, reject) => {
    let settled = false;
    child.on('message', (m: WorkerMessage) => {
      if (m.type === 'log') logger.info(m.message);
      else if (m.type === 'done') {
        settled = true;
        resolve(m);
      } else {
        settled = true;
        reject(Object.assign(new Error(`search index: ${m.message}`), { stack: m.stack }));
      }
    });
    child.on('exit', (code) => {
      if (!settled) reject(new Error(`search index: the indexer stopped (exit ${code}) before finishing`));
    });
    // If Astro stops (an error in a page), the indexer must not outlive it.
    process.once('exit', () => child.kill());
    child.on('error', reject);
  });
  // Rejections are handled when the build is done; a failure must not crash the process earlier.
  result.catch(() => {});
  child.send(request);
  return { child, result, staging: request.staging };
}

export interface SearchIndexOptions {
  /** Content root (YILU_CONTENT). */
  content: string;
  /** Pages per fragment file (YILU_FRAGMENTS_PER_FILE; default: as few as `maxFiles` allows). */
  fragmentsPerFile?: number;
  /** The most files the whole site may have (YILU_MAX_FILES; default 20,000). */
  maxFiles?: number;
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
          running = startIndexer(indexRequest(options, base, fileURLToPath(config.cacheDir)), logger);
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
