/**
 * The search integration. Indexing is part of `astro build` (on astro:build:done,
 * through Pagefind's Node API, as Starlight does), so no separate step can be
 * forgotten. Pages learn the URLs of the lazily loaded scripts from the virtual
 * module `virtual:yilu/search`. In dev there is no index: the search box says so.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { bundleScripts, type Scripts } from './bundle.ts';
import { indexSite } from './indexer.ts';
import { PHRASES_PATH, devPhrases, writeHantPhrases } from '../hant-phrases.ts';

const VIRTUAL = 'virtual:yilu/search';

export function search(): AstroIntegration {
  let base = '/';
  let cacheDir: string | undefined;
  let scripts: Scripts;
  return {
    name: 'yilu:search',
    hooks: {
      'astro:config:setup': async ({ config, updateConfig }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
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
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
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
        const hant = await writeHantPhrases(out);
        logger.info(`wrote ${hant.phrases} OpenCC phrases (${hant.bytes} bytes) for the 繁 switch in ${hant.ms} ms`);
        const stats = await indexSite(out, base, { cacheFile: cacheDir && path.join(cacheDir, 'yilu-search-documents.json') });
        logger.info(`indexed ${stats.pages} of ${stats.htmlFiles} pages for search in ${stats.ms} ms (${stats.cached} documents from cache)`);
      },
    },
  };
}
