/**
 * Builds the Pagefind index from the built site with Pagefind's Node API: every
 * page with `data-pagefind-body` is read, its text re-tokenised
 * (src/lib/text/zh.ts) and handed to Pagefind as a search document; pages
 * themselves are not changed.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { toSimplified } from '../../lib/text/t2s.ts';
import { DocumentCache } from './cache.ts';
import { searchHtml } from './document.ts';
import { extractDocument, isSearchable } from './extract.ts';

export interface IndexStats {
  pages: number;
  htmlFiles: number;
  ms: number;
  /** Pages whose search document came from the cache of an earlier build. */
  cached: number;
}

/** Every `.html` file under `dir`, relative, except Pagefind's own output. */
export async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .filter((rel) => !rel.startsWith('pagefind/'))
    .sort();
}

/** `conferences/x/index.html` with base `/yilu/` → `/yilu/conferences/x/`. */
export function pageUrl(rel: string, base: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return b + rel.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '');
}

/** Pagefind's ready-made UIs and highlighter: the archive has its own, so they are not published. */
const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

/**
 * Writes the index files ourselves from `getFiles()`. Pagefind's own `writeFiles()`
 * answers before its last writes are flushed (tokio files), so closing the service
 * right after it can leave a file cut short — seen here: pagefind.js truncated at
 * 32,768 bytes.
 */
export async function writeIndex(index: pagefind.PagefindIndex, outDir: string): Promise<number> {
  const { files, errors } = await index.getFiles();
  if (errors.length) throw new Error(`Pagefind could not build the index: ${errors.join('; ')}`);
  await fs.rm(outDir, { recursive: true, force: true });
  for (const file of files.filter((f) => !UNUSED.test(f.path))) {
    const target = path.join(outDir, file.path);
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.writeFile(target, file.content);
  }
  return files.length;
}

export async function indexSite(
  dir: string,
  base: string,
  options: { outputSubdir?: string; cacheFile?: string } = {},
): Promise<IndexStats> {
  const started = performance.now();
  const cache = new DocumentCache(options.cacheFile);
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  // English pages (/en/) share the Chinese pages' index: the English search interface
  // maps result URLs to /en/ (src/search/strings.ts), so they are not indexed twice.
  const files = (await htmlFiles(dir)).filter((rel) => !rel.startsWith('en/'));
  let pages = 0;
  const inFlight = new Set<Promise<void>>();
  for (const rel of files) {
    const html = await fs.readFile(path.join(dir, rel), 'utf8');
    if (!isSearchable(html)) continue;
    const content = cache.get(html, () => searchHtml(extractDocument(html), toSimplified));
    const job = index.addHTMLFile({ url: pageUrl(rel, base), content }).then((r) => {
      if (r.errors.length) throw new Error(`Pagefind refused ${rel}: ${r.errors.join('; ')}`);
    });
    inFlight.add(job);
    void job.finally(() => inFlight.delete(job));
    pages += 1;
    if (inFlight.size >= 32) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  await writeIndex(index, path.join(dir, options.outputSubdir ?? 'pagefind'));
  await pagefind.close();
  cache.save();
  return { pages, htmlFiles: files.length, ms: Math.round(performance.now() - started), cached: cache.hits };
}
