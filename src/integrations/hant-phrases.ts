/**
 * `_yilu/hant-phrases.txt`: the entries of OpenCC's phrase table that occur in the
 * site's text. The search indexer scans the records' pages from their search
 * documents (with the interface's strings, read from their sources) while Astro
 * renders; after the build the other pages are scanned here and both joined. The
 * Traditional-script bundle (src/reading/hant.ts) fetches it next to itself:
 * 171 phrases (2.6 KB) for the real archive instead of the whole 1 MB table, with
 * the same result (see docs/i18n.md for the measurements).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { ALL_PHRASES, PhraseScanner } from '../lib/text/s2t.ts';
import { PHRASES_FILE } from '../reading/hant.ts';

export const PHRASES_PATH = `_yilu/${PHRASES_FILE}`;

/** Pages whose text the search index's documents already hold (scanned by the indexer, src/integrations/search/worker.ts). */
const INDEXED = /^(conferences\/[^/]+\/[^/]+|people\/[^/]+|organizations\/[^/]+)\/index\.html$/;

/**
 * The phrases of every built page the indexer did not scan: lists, years, series,
 * regions, conference pages, about, data, 404. Records' pages (speeches, people,
 * organizations: nearly all pages) are scanned from their search documents.
 */
export async function otherPagesPhrases(out: string): Promise<{ phrases: string; pages: number; ms: number }> {
  const started = performance.now();
  const scanner = new PhraseScanner();
  let pages = 0;
  for (const e of await fs.readdir(out, { recursive: true, withFileTypes: true })) {
    if (!e.isFile() || !e.name.endsWith('.html')) continue;
    const rel = path.relative(out, path.join(e.parentPath, e.name)).split(path.sep).join('/');
    if (rel.startsWith('pagefind/') || INDEXED.test(rel)) continue;
    scanner.add(await fs.readFile(path.join(e.parentPath, e.name), 'utf8'));
    pages += 1;
  }
  return { phrases: scanner.result(), pages, ms: Math.round(performance.now() - started) };
}

/** The union of phrase tables (`|`-separated), sorted as PhraseScanner writes them. */
export function joinPhrases(...tables: string[]): string {
  return [...new Set(tables.flatMap((t) => (t ? t.split('|') : [])))].sort().join('|');
}

/** In dev there is no built site: the whole table. */
export const devPhrases = () => ALL_PHRASES;
