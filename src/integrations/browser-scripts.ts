/**
 * The browser scripts, bundled with esbuild into small, content-hashed ES modules
 * outside Astro's page bundles: `site` (every page's one script file, deferred
 * and cached; src/reading/site.ts), which imports the others only when a reader
 * needs them — search, highlight, the Traditional-script converter.
 * A script's dynamic imports become chunks beside it (`chunk.<hash>.js`): the
 * search bundle's Traditional → Simplified converter loads only for a query that
 * needs it (src/search/simplified.ts).
 *
 * What the scripts need from the build comes in one module, `virtual:yilu/browser`
 * (declared in src/search/virtual.d.ts): the site base, the URLs of the on-demand
 * scripts, the characters that can change a search. Pages learn the scripts' URLs
 * from `virtual:yilu/scripts`. In dev the scripts are served from memory; every
 * source file they are bundled from is watched, so an edit restarts the dev
 * server, which bundles them again.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build, type Plugin } from 'esbuild';
import { encodeCharSet } from '../lib/text/code-points.ts';
import { conversionTriggers } from '../lib/text/t2s.ts';

export interface Script {
  /** Path under the site base, e.g. `_yilu/search.1a2b3c4d5e.js`. */
  file: string;
  code: string;
}

const entries = {
  search: fileURLToPath(new URL('../search/client.ts', import.meta.url)),
  highlight: fileURLToPath(new URL('../search/highlight.ts', import.meta.url)),
  /** Simplified → Traditional for the 繁/简 switch (src/reading/hant.ts). */
  hant: fileURLToPath(new URL('../reading/hant.ts', import.meta.url)),
  /** Every page's script: loads the three above on demand. Built last: it is given their URLs. */
  site: fileURLToPath(new URL('../reading/site.ts', import.meta.url)),
};

export type ScriptName = keyof typeof entries;

export interface Scripts {
  /** Each entry script, the file pages import. */
  entries: Record<ScriptName, Script>;
  /** Every file to publish: the entries and the chunks they load. */
  files: Script[];
  /** Every source file the scripts were bundled from (absolute paths). */
  sources: string[];
}

const DIR = '_yilu';
const BROWSER = 'virtual:yilu/browser';
const SCRIPTS = 'virtual:yilu/scripts';

/** `virtual:yilu/browser` for esbuild: the build's configuration, as the scripts import it. */
function browserConfig(config: () => Record<string, unknown>): Plugin {
  return {
    name: 'yilu:browser-config',
    setup(b) {
      b.onResolve({ filter: /^virtual:yilu\/browser$/ }, () => ({ path: BROWSER, namespace: 'yilu' }));
      b.onLoad({ filter: /.*/, namespace: 'yilu' }, () => ({
        contents: Object.entries(config())
          .map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};\n`)
          .join(''),
        loader: 'js',
      }));
    },
  };
}

export async function bundleScripts(base: string): Promise<Scripts> {
  const scripts: Scripts = { entries: {} as Record<ScriptName, Script>, files: [], sources: [] };
  const t2sTriggers = encodeCharSet(conversionTriggers());
  const config = () => ({
    base,
    t2sTriggers,
    scripts: Object.fromEntries(Object.entries(scripts.entries).map(([n, s]) => [n, base + s.file])),
  });
  const sources = new Set<string>();
  for (const [name, entry] of Object.entries(entries) as [ScriptName, string][]) {
    const result = await build({
      entryPoints: { [name]: entry },
      bundle: true,
      splitting: true,
      outdir: DIR,
      entryNames: '[name]',
      chunkNames: 'chunk.[hash]',
      format: 'esm',
      target: 'es2022',
      minify: true,
      write: false,
      metafile: true,
      legalComments: 'none',
      charset: 'utf8',
      plugins: [browserConfig(config)],
    });
    for (const input of Object.keys(result.metafile.inputs))
      if (!input.startsWith('yilu:') && !input.includes('node_modules/')) sources.add(path.resolve(input));
    for (const output of result.outputFiles) {
      const own = path.basename(output.path);
      if (own === `${name}.js`) {
        // Chunks are named by esbuild's content hash; the entry by ours, so its name changes with its code.
        const hash = createHash('sha256').update(output.text).digest('hex').slice(0, 10);
        scripts.entries[name] = { file: `${DIR}/${name}.${hash}.js`, code: output.text };
        scripts.files.push(scripts.entries[name]);
      } else {
        scripts.files.push({ file: `${DIR}/${own}`, code: output.text });
      }
    }
  }
  scripts.sources = [...sources].sort();
  return scripts;
}

export function browserScripts(): AstroIntegration {
  let base = '/';
  let scripts: Scripts;
  return {
    name: 'yilu:browser-scripts',
    hooks: {
      'astro:config:setup': async ({ config, updateConfig, addWatchFile }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        scripts = await bundleScripts(base);
        // An edit to any of them restarts the dev server, which bundles them again.
        for (const source of scripts.sources) addWatchFile(source);
        const code = Object.entries(scripts.entries)
          .map(([name, script]) => `export const ${name}Script = ${JSON.stringify(base + script.file)};\n`)
          .join('');
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'yilu:scripts-virtual',
                resolveId: (id: string) => (id === SCRIPTS ? `\0${SCRIPTS}` : undefined),
                load: (id: string) => (id === `\0${SCRIPTS}` ? code : undefined),
              },
            ],
          },
        });
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const url = req.url?.split('?')[0] ?? '';
          const script = scripts.files.find((s) => url === base + s.file);
          if (!script) return next();
          res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
          res.end(script.code);
        });
      },
      'astro:build:done': async ({ dir }) => {
        const out = fileURLToPath(dir);
        for (const script of scripts.files) {
          await fs.mkdir(path.dirname(path.join(out, script.file)), { recursive: true });
          await fs.writeFile(path.join(out, script.file), script.code);
        }
      },
    },
  };
}
