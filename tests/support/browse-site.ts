/**
 * One built test site served over HTTP and one Chromium, for the `describe` block
 * that calls this: started before its tests, closed after them.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from './browser.ts';
import { serve, type Served } from './server.ts';
import { siteDir, type SiteSpec } from './sites.ts';

export interface SiteInBrowser {
  readonly browser: Browser;
  readonly site: Served;
}

export function browseSite(spec: SiteSpec): SiteInBrowser {
  const state: { browser?: Browser; site?: Served } = {};
  beforeAll(async () => {
    state.site = await serve(siteDir(spec), spec.base);
    state.browser = await launch();
  });
  afterAll(async () => {
    await state.browser?.close();
    await state.site?.close();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`browseSite: ${what} is used before beforeAll ran`);
    return value;
  };
  return {
    get browser() {
      return started(state.browser, 'the browser');
    },
    get site() {
      return started(state.site, 'the site');
    },
  };
}
