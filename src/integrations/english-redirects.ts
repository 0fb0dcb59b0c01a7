/**
 * Addresses of the former English twins: until November 2026 every page had a copy under
 * /en/ (/en/people/x/), linked from every page. Now one page serves both
 * interfaces, and /people/x/?lang=en opens it in English. This step writes a
 * `_redirects` file (Cloudflare Pages, Netlify) that sends /en/<path> there on the
 * server; other hosts use the rules in docs/deploy.md, and where there are none
 * (GitHub Pages) the 404 page does it in the browser (src/components/pages/NotFound.astro).
 */
import fs from 'node:fs';
import type { AstroIntegration } from 'astro';

export const REDIRECTS_FILE = '_redirects';

/** The `_redirects` rules for a site deployed under `base`. */
export function englishRedirectRules(base: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return [
    '# The former English pages (/en/…): the same page in the English interface (docs/i18n.md).',
    `${b}en ${b}?lang=en 301`,
    `${b}en/* ${b}:splat?lang=en 301`,
    '',
  ].join('\n');
}

export function englishRedirects(): AstroIntegration {
  let base = '/';
  return {
    name: 'yilu:english-redirects',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir }) => {
        fs.writeFileSync(new URL(REDIRECTS_FILE, dir), englishRedirectRules(base));
      },
    },
  };
}
