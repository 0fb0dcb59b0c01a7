/** Chromium for the browser tests: the launcher the bench also uses (scripts/lib/browser.ts). */
export * from '../../scripts/lib/browser.ts';
