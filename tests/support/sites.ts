/**
 * The sites the site tests run against, built once per `npm test` by
 * global-setup.ts with the real `astro build` (content check, pages, search index).
 */
import path from 'node:path';
import { LOCAL_ORIGIN } from '../../src/lib/site-origin.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const SITES_DIR = path.join(ROOT, '.cache', 'test-sites');

export interface SiteSpec {
  name: string;
  /** Content root, relative to the repository. */
  content: string;
  base: string;
  /**
   * YILU_SITE of the build, as a publishing build sets it; none for a local build, whose
   * absolute URLs are the local preview's (src/lib/site-origin.ts).
   */
  site?: string;
}

/** The origin the publishing test builds are given (a reserved test domain, RFC 2606). */
export const TEST_ORIGIN = 'https://yilu.test';

export const SITES = {
  /** The fixture archive written for the tests, built as a local build (no YILU_SITE). */
  fixture: { name: 'fixture', content: 'tests/fixtures/archive', base: '/' },
  /** The same archive deployed under a sub-path, as a publishing build. */
  fixtureBase: { name: 'fixture-base', content: 'tests/fixtures/archive', base: '/yilu/', site: TEST_ORIGIN },
  /** The real archive in content/, as a publishing build. */
  real: { name: 'real', content: 'content', base: '/', site: TEST_ORIGIN },
} satisfies Record<string, SiteSpec>;

/** The origin a site's absolute URLs start with. */
export const originOf = (spec: SiteSpec) => spec.site ?? LOCAL_ORIGIN;

export const siteDir = (spec: SiteSpec) => path.join(SITES_DIR, spec.name);
