/** Driving the built search from a page (tests and the bench): open a page, import the search bundle, query the engine. */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

/** URL path (under base) of the search bundle in a built site. */
export function searchBundle(siteDir: string, base = '/'): string {
  const file = fs.readdirSync(path.join(siteDir, '_yilu')).find((f) => /^search\.[0-9a-f]+\.js$/.test(f));
  if (!file) throw new Error(`no search bundle in ${siteDir}/_yilu`);
  return `${base}_yilu/${file}`;
}

export interface EngineHit {
  url: string;
  title: string;
  level: number;
  type: string;
}

/** Runs queries through the site's own engine (the code the dialog uses) in the page. */
export async function engineSearch(
  page: Page,
  bundle: string,
  query: string,
  filters: Record<string, string[]> = {},
  limit = 20,
): Promise<EngineHit[]> {
  // A string, not a function: Vitest would rewrite a dynamic import() inside a function.
  const script = `(async () => {
    const m = await import(${JSON.stringify(bundle)});
    const r = await m.engine.search(${JSON.stringify(query)}, { filters: ${JSON.stringify(filters)}, limit: ${limit} });
    return r.hits.map((h) => ({ url: h.url, title: h.title, level: h.level, type: h.meta.type ?? '' }));
  })()`;
  return page.evaluate(script) as Promise<EngineHit[]>;
}
