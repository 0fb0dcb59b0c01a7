/**
 * Measures the two ways to offer Traditional script on built sites (docs/i18n.md):
 *
 * A. pages converted at build time (a second copy of every HTML page);
 * B. conversion in the browser with OpenCC's whole phrase table;
 * C. conversion in the browser with the phrases the site uses (what the archive does).
 *
 * Usage: npm run measure:hant -- <built site dir> [more dirs…]
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { build } from 'esbuild';
import { ALL_PHRASES, phrasesUsedIn, toTraditional } from '../src/lib/text/s2t.ts';

const gz = (s: string | Uint8Array) => zlib.gzipSync(s, { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

const dirs = process.argv.slice(2);
if (!dirs.length) {
  console.error('usage: npm run measure:hant -- <built site dir> [more dirs…]');
  process.exit(1);
}

const bundle = await build({
  entryPoints: [path.join(import.meta.dirname, '../src/reading/hant.ts')],
  bundle: true,
  format: 'esm',
  minify: true,
  write: false,
  charset: 'utf8',
  legalComments: 'none',
});
const code = bundle.outputFiles[0]!.contents;

for (const dir of dirs) {
  const files = fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'));
  const all = fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
  const pages = files.map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
  const bytes = pages.reduce((n, p) => n + Buffer.byteLength(p), 0);
  const gzBytes = pages.reduce((n, p) => n + gz(p), 0);

  toTraditional('预热');
  let t = performance.now();
  const converted = pages.map((p) => toTraditional(p));
  const convertMs = performance.now() - t;
  const convertedGz = converted.reduce((n, p) => n + gz(p), 0);

  t = performance.now();
  const used = phrasesUsedIn(pages);
  const pruneMs = performance.now() - t;

  console.log(`\n${dir}: ${files.length} HTML pages, ${all} files, ${kb(bytes)} HTML (${kb(gzBytes)} gzipped)`);
  console.log(
    `A build-time pages: +${files.length} files, +${kb(convertedGz)} gzipped, +${Math.round(convertMs)} ms to convert (${(convertMs / files.length).toFixed(2)} ms a page)`,
  );
  console.log(
    `B browser, whole table: converter + table ${kb(gz(code) + gz(ALL_PHRASES))} gzipped once, +1 file (table inside)`,
  );
  console.log(
    `C browser, site's phrases: converter ${kb(gz(code))} + ${used ? used.split('|').length : 0} phrases ${kb(gz(used))} gzipped once, +2 files, +${Math.round(pruneMs)} ms at build`,
  );
}
