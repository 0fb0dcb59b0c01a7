/**
 * Chromium for the browser tests: Debian's chromium driven by playwright-core
 * (browser downloads do not work here). Found through CHROME_PATH or
 * /usr/bin/chromium. Without one, tests skip with a loud message — except in CI,
 * where a missing browser is an error.
 */
import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';
export const hasBrowser = fs.existsSync(CHROME_PATH);

if (!hasBrowser) {
  const message = `No Chromium at ${CHROME_PATH}: browser tests cannot run. Install it (apt-get install -y chromium) or set CHROME_PATH.`;
  if (process.env.CI) throw new Error(message);
  console.warn(`\n${'!'.repeat(78)}\n!! ${message}\n!! SKIPPING every browser test.\n${'!'.repeat(78)}\n`);
}

export const CHROME_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS });
}
