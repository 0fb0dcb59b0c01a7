/**
 * What every format needs to know about the deployment: the site origin and the
 * base path. Formats use absolute URLs only where the format requires them
 * (feeds, sitemaps, JSON-LD, canonical and Open Graph tags, citations).
 */
import { withBase } from '../paths.ts';

export interface SiteContext {
  /** Origin of the deployment, e.g. `https://owner.github.io` (src/lib/site-origin.ts). */
  site: string;
  /** Astro `base`, e.g. `/` or `/yilu/`. */
  base: string;
  /** The day a citation is generated, `YYYY-MM-DD` (GB/T 7714 引用日期; CSL `accessed`). */
  accessed: string;
}

export const PUBLISHER = '议录';

/** A site path (without base) as an absolute URL under the deployment's base. */
export const absoluteUrl = (path: string, ctx: Pick<SiteContext, 'site' | 'base'>): string =>
  new URL(withBase(path, ctx.base), ctx.site).href;

/** Site paths of the machine-readable files. */
export const dataPaths = {
  archive: () => '/api/archive.json',
  schema: () => '/api/schema.json',
  speechesCsv: () => '/api/speeches.csv',
  feed: () => '/feed.xml',
  people: () => '/api/people.json',
  organizations: () => '/api/organizations.json',
  /**
   * The JSON holding a page's record: beside the page for conferences and series
   * (`/conferences/2024-chuanyu.json`); one file for all people and one for all
   * organizations.
   */
  entity: (pagePath: string) =>
    pagePath.startsWith('/people/')
      ? '/api/people.json'
      : pagePath.startsWith('/organizations/')
        ? '/api/organizations.json'
        : `${pagePath.replace(/\/$/, '')}.json`,
} as const;
