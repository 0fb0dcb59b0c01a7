/**
 * Search as a reader meets it, in Chromium: the site is served over HTTP, a page
 * is opened, then the site's own search bundle is imported and its engine
 * queried (the code the search dialog runs). Bytes are counted from the network
 * (encoded, as transferred) from the moment search starts; times are taken in
 * the page.
 */
import { launch } from '../../tests/support/browser.ts';
import { serve } from '../../tests/support/server.ts';
import { searchBundle } from '../../tests/support/search.ts';

export interface QueryTiming {
  query: string;
  ms: number;
  bytes: number;
  hits: number;
}

export interface SearchMeasure {
  first: QueryTiming;
  warm: QueryTiming[];
}

export async function measureSearch(siteDir: string, firstQuery: string, warmQueries: string[]): Promise<SearchMeasure> {
  const server = await serve(siteDir, '/');
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
    let bytes = 0;
    cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => {
      bytes += e.encodedDataLength;
    });
    await page.goto(server.url('/'), { waitUntil: 'load' });
    const bundle = searchBundle(siteDir, '/');
    const query = async (q: string): Promise<QueryTiming> => {
      bytes = 0;
      // A string, not a function, so that the dynamic import() reaches the page untouched.
      const script = `(async () => {
        const t = performance.now();
        const m = await import(${JSON.stringify(bundle)});
        const r = await m.engine.search(${JSON.stringify(q)}, { limit: 20 });
        return { ms: performance.now() - t, hits: r.hits.length };
      })()`;
      const r = (await page.evaluate(script)) as { ms: number; hits: number };
      await page.waitForTimeout(50); // let the last loadingFinished events arrive
      return { query: q, ms: Math.round(r.ms), bytes, hits: r.hits };
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
