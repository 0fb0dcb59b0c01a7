/**
 * The search integration. The index is built from the content in a process of
 * its own (worker.ts), started as soon as `astro build` reads its configuration, so
 * it is written on the second core while Astro checks, syncs and renders on the first; when the build is done its
 * output (the Pagefind bundle and the 繁 phrase table) is moved into the site.
 * Pages learn the URLs of the lazily loaded scripts from the virtual module
 * `virtual:yilu/search`. In dev there is no index: the search box says so.
 */
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { bundleScripts, type Scripts } from './bundle.ts';
import type { WorkerMessage, WorkerRequest } from './worker.ts';
import { PHRASES_PATH, devPhrases, otherPagesPhrases, joinPhrases } from '../hant-phrases.ts';

const VIRTUAL = 'virtual:yilu/search';
const WORKER = fileURLToPath(new URL('./worker.ts', import.meta.url));
/** Sources of the interface's strings, scanned for the 繁 phrase table as they are. */
const INTERFACE_SOURCES = ['../../lib/i18n/zh.ts', '../../lib/labels.ts', '../../search/strings.ts', '../../schemas/index.ts'].map((p) =>
  fileURLToPath(new URL(p, import.meta.url)),
);

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

/** What the indexer is asked to build: the content, the site's base, its caches, and the interface's strings for the 繁 table. */
function indexRequest(content: string, base: string, cacheDir: string): WorkerRequest {
  return {
    index: {
      content,
      base,
      cacheDir,
      fragmentsPerFile: Number(process.env.YILU_FRAGMENTS_PER_FILE) || undefined,
      maxFiles: Number(process.env.YILU_MAX_FILES) || undefined,
    },
    staging: path.join(cacheDir, 'search-build'),
    interfaceTexts: INTERFACE_SOURCES.map((f) => readFileSync(f, 'utf8')),
  };
}

export function search(options: { content: string }): AstroIntegration {
  let base = '/';
  let scripts: Scripts;
  let running: Running | undefined;
  return {
    name: 'yilu:search',
    hooks: {
      'astro:config:setup': async ({ config, command, updateConfig, logger }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        // A build starts the indexer at once: it reads the content itself, so it runs beside the content
        // check, the content sync and the rendering.
        if (command === 'build') running = startIndexer(indexRequest(options.content, base, fileURLToPath(config.cacheDir)), logger);
        scripts = await bundleScripts(base);
        const code = Object.entries(scripts.entries)
          .map(([name, script]) => `export const ${name}Script = ${JSON.stringify(base + script.file)};\n`)
          .join('');
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'yilu:search-virtual',
                resolveId: (id: string) => (id === VIRTUAL ? `\0${VIRTUAL}` : undefined),
                load: (id: string) => (id === `\0${VIRTUAL}` ? code : undefined),
              },
            ],
          },
        });
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(async (req, res, next) => {
          const url = req.url?.split('?')[0] ?? '';
          if (url === base + PHRASES_PATH) {
            res.setHeader('Content-Type', 'text/plain; charset=utf-8');
            return res.end(devPhrases());
          }
          const script = scripts.files.find((s) => url === base + s.file);
          if (!script) return next();
          res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
          res.end(script.code);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        for (const script of scripts.files) {
          await fs.mkdir(path.dirname(path.join(out, script.file)), { recursive: true });
          await fs.writeFile(path.join(out, script.file), script.code);
        }
        if (!running) throw new Error('search index: the indexer was not started');
        const waited = performance.now();
        const stats = await running.result;
        const waitedMs = Math.round(performance.now() - waited);
        await fs.rm(path.join(out, 'pagefind'), { recursive: true, force: true });
        await fs.rename(path.join(running.staging, 'pagefind'), path.join(out, 'pagefind'));
        const others = await otherPagesPhrases(out);
        const phrases = joinPhrases(stats.phrases, others.phrases);
        await fs.mkdir(path.join(out, '_yilu'), { recursive: true });
        await fs.writeFile(path.join(out, PHRASES_PATH), phrases);
        logger.info(
          `indexed ${stats.pages} pages for search in ${stats.ms} ms (${stats.shards} shards, ${stats.cachedShards} from cache; ` +
            `${stats.words} words in ${stats.chunks} chunks, ${stats.fragmentFiles} fragment files); waited ${waitedMs} ms for it`,
        );
        logger.info(`wrote ${phrases ? phrases.split('|').length : 0} OpenCC phrases for the 繁 switch (${others.pages} pages scanned in ${others.ms} ms)`);
      },
    },
  };
}
