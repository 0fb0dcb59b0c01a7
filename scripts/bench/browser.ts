/**
 * Search as a reader meets it, in Chromium: the site is served over HTTP, a page
 * is opened, then the site's own search bundle is imported and its engine
 * queried (the code the search dialog runs), for as many results as the dialog
 * shows at first (RESULTS_PER_PAGE). Bytes are every file the server
 * sent from the moment search starts (Pagefind fetches from a Web Worker, which
 * the page's network events do not show), counted as a host that gzips text
 * files would send them (Pagefind's own index files are gzipped already); times
 * are taken in the page.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch } from '../lib/browser.ts';
import { serve } from '../lib/server.ts';
import { searchBundle } from '../lib/site-search.ts';
import { RESULTS_PER_PAGE } from '../../src/search/engine.ts';

export interface QueryTiming {
  query: string;
  ms: number;
  /** As sent by a host that gzips text (JS, JSON, CSS, HTML). */
  bytes: number;
  /** As stored. */
  rawBytes: number;
  requests: number;
  hits: number;
}

const TEXT = /\.(js|mjs|json|css|html|svg)$/;

/** Bytes a compressing host sends for a file of the built site. */
function sentBytes(siteDir: string, urlPath: string, gzip: boolean): number {
  let file = path.join(siteDir, urlPath);
  if (!fs.existsSync(file)) return 0;
  if (fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
  if (!fs.existsSync(file)) return 0;
  const data = fs.readFileSync(file);
  return gzip && TEXT.test(file) ? gzipSync(data).length : data.length;
}

export interface SearchMeasure {
  first: QueryTiming;
  warm: QueryTiming[];
}

export async function measureSearch(
  siteDir: string,
  firstQuery: string,
  warmQueries: string[],
): Promise<SearchMeasure> {
  const server = await serve(siteDir, '/');
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.goto(server.url('/'), { waitUntil: 'load' });
    const bundle = searchBundle(siteDir, '/');
    const query = async (q: string): Promise<QueryTiming> => {
      const before = server.requests.length;
      // A string, not a function, so that the dynamic import() reaches the page untouched.
      const script = `(async () => {
        const t = performance.now();
        const m = await import(${JSON.stringify(bundle)});
        const r = await m.engine.search(${JSON.stringify(q)}, { limit: ${RESULTS_PER_PAGE} });
        return { ms: performance.now() - t, hits: r.hits.length };
      })()`;
      const r = (await page.evaluate(script)) as { ms: number; hits: number };
      const sent = server.requests.slice(before);
      return {
        query: q,
        ms: Math.round(r.ms),
        bytes: sent.reduce((a, p) => a + sentBytes(siteDir, p, true), 0),
        rawBytes: sent.reduce((a, p) => a + sentBytes(siteDir, p, false), 0),
        requests: sent.length,
        hits: r.hits,
      };
    };
    const first = await query(firstQuery);
    const warm: QueryTiming[] = [];
    for (const q of warmQueries) warm.push(await query(q));
    return { first, warm };
  } finally {
    await browser.close();
    await server.close();
  }
}
