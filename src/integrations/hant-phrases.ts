/**
 * `_yilu/hant-phrases.txt`: the entries of OpenCC's phrase table that occur in the
 * site's text. The search indexer scans the records' pages from their search
 * documents while Astro renders (src/integrations/search/worker.ts) and hands its
 * table over (`indexed`); after the build this integration scans the interface's
 * strings, read from their sources, and the other pages, and joins the three. The
 * Traditional-script bundle (src/reading/hant.ts) fetches it next to itself:
 * 171 phrases (2.6 KB) for the real archive instead of the whole 1 MB table, with
 * the same result (see docs/i18n.md for the measurements). In dev, where there is
 * no built site, the whole table is served.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ALL_PHRASES, PhraseScanner } from '../lib/text/s2t.ts';
import { PHRASES_FILE } from '../reading/hant.ts';

export const PHRASES_PATH = `_yilu/${PHRASES_FILE}`;

/** Pages whose text the search index's documents already hold (scanned by the indexer, src/integrations/search/worker.ts). */
const INDEXED = /^(conferences\/[^/]+\/[^/]+|people\/[^/]+|organizations\/[^/]+)\/index\.html$/;

/** Sources of the interface's strings, scanned as they are: every record page shows some of them. */
const INTERFACE_SOURCES = ['../lib/i18n/zh.ts', '../lib/labels.ts', '../search/strings.ts', '../schemas/index.ts'].map(
  (p) => fileURLToPath(new URL(p, import.meta.url)),
);

/**
 * The phrases of every built page the indexer did not scan (lists, years, series,
 * regions, conference pages, about, data, 404) and of the interface's strings.
 * Records' pages (speeches, people, organizations: nearly all pages) are scanned
 * from their search documents.
 */
export async function otherPagesPhrases(out: string): Promise<{ phrases: string; pages: number; ms: number }> {
  const started = performance.now();
  const scanner = new PhraseScanner();
  for (const source of INTERFACE_SOURCES) scanner.add(await fs.readFile(source, 'utf8'));
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

/** `indexed`: the phrase table of the pages the search indexer scanned (src/integrations/search/index.ts). */
export function hantPhrases(options: { indexed: () => Promise<string> }): AstroIntegration {
  let base = '/';
  return {
    name: 'yilu:hant-phrases',
    hooks: {
      'astro:config:setup': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          if (req.url?.split('?')[0] !== base + PHRASES_PATH) return next();
          res.setHeader('Content-Type', 'text/plain; charset=utf-8');
          res.end(ALL_PHRASES);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const others = await otherPagesPhrases(out);
        const phrases = joinPhrases(await options.indexed(), others.phrases);
        await fs.mkdir(path.join(out, '_yilu'), { recursive: true });
        await fs.writeFile(path.join(out, PHRASES_PATH), phrases);
        logger.info(
          `wrote ${phrases ? phrases.split('|').length : 0} OpenCC phrases for the 繁 switch (${others.pages} pages scanned in ${others.ms} ms)`,
        );
      },
    },
  };
}
