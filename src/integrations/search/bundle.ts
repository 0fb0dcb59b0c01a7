/**
 * Bundles the browser scripts with esbuild into small, content-hashed ES modules
 * outside Astro's page bundles: `site` (every page's one script file, deferred
 * and cached; src/reading/site.ts), which imports the others only when a reader
 * needs them — search, highlight, the Traditional-script converter.
 * A script's dynamic imports become chunks beside it (`chunk.<hash>.js`): the
 * search bundle's Traditional → Simplified converter loads only for a query that
 * needs it (src/search/simplified.ts).
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { encodeCharSet } from '../../lib/text/code-points.ts';
import { conversionTriggers } from '../../lib/text/t2s.ts';

export interface Script {
  /** Path under the site base, e.g. `_yilu/search.1a2b3c4d.js`. */
  file: string;
  code: string;
}

const entries = {
  search: fileURLToPath(new URL('../../search/client.ts', import.meta.url)),
  highlight: fileURLToPath(new URL('../../search/highlight.ts', import.meta.url)),
  /** Simplified → Traditional for the 繁/简 switch (src/reading/hant.ts). */
  hant: fileURLToPath(new URL('../../reading/hant.ts', import.meta.url)),
  /** Every page's script: loads the three above on demand. Built last: it is given their URLs. */
  site: fileURLToPath(new URL('../../reading/site.ts', import.meta.url)),
};

export type ScriptName = keyof typeof entries;

export interface Scripts {
  /** Each entry script, the file pages import. */
  entries: Record<ScriptName, Script>;
  /** Every file to publish: the entries and the chunks they load. */
  files: Script[];
}

const DIR = '_yilu';

export async function bundleScripts(base: string): Promise<Scripts> {
  const scripts: Scripts = { entries: {} as Record<ScriptName, Script>, files: [] };
  const triggers = encodeCharSet(conversionTriggers());
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
      legalComments: 'none',
      charset: 'utf8',
      define: {
        YILU_BASE: JSON.stringify(base),
        YILU_T2S_TRIGGERS: JSON.stringify(triggers),
        YILU_SCRIPTS: JSON.stringify(
          Object.fromEntries(Object.entries(scripts.entries).map(([n, s]) => [n, base + s.file])),
        ),
      },
    });
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
  return scripts;
}
