/**
 * The sites the site tests run against, built once per `npm test` by
 * global-setup.ts with the real `astro build` (content check, pages, search index).
 */
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const SITES_DIR = path.join(ROOT, '.cache', 'test-sites');

export interface SiteSpec {
  name: string;
  /** Content root, relative to the repository. */
  content: string;
  base: string;
}

export const SITES = {
  /** The fixture archive written for the tests. */
  fixture: { name: 'fixture', content: 'tests/fixtures/archive', base: '/' },
  /** The same archive deployed under a sub-path. */
  fixtureBase: { name: 'fixture-base', content: 'tests/fixtures/archive', base: '/yilu/' },
  /** The real archive in content/. */
  real: { name: 'real', content: 'content', base: '/' },
} satisfies Record<string, SiteSpec>;

export const siteDir = (spec: SiteSpec) => path.join(SITES_DIR, spec.name);
