/**
 * Bundles the browser scripts (search, highlight, Traditional script) with esbuild into small,
 * content-hashed ES modules. They are not part of any page: pages import them
 * only when a reader opens search, so they live outside Astro's page bundles.
 */
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

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
};

export type ScriptName = keyof typeof entries;

export async function bundleScripts(base: string): Promise<Record<ScriptName, Script>> {
  const out = {} as Record<ScriptName, Script>;
  for (const [name, entry] of Object.entries(entries) as [ScriptName, string][]) {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      format: 'esm',
      target: 'es2022',
      minify: true,
      write: false,
      legalComments: 'none',
      charset: 'utf8',
      define: { YILU_BASE: JSON.stringify(base) },
    });
    const code = result.outputFiles[0]!.text;
    const hash = createHash('sha256').update(code).digest('hex').slice(0, 10);
    out[name] = { file: `_yilu/${name}.${hash}.js`, code };
  }
  return out;
}
