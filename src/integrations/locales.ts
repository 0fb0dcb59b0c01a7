/**
 * The English interface: injects every route under src/routes/en/ at /en/…, unless
 * YILU_LOCALES leaves English out (YILU_LOCALES=zh). The routes are thin: each
 * renders the same page body as its Chinese twin (src/components/pages/).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildLocales } from '../lib/i18n/index.ts';

const EN_ROUTES = fileURLToPath(new URL('../routes/en/', import.meta.url));

/** `people/[id].astro` → `/en/people/[id]`; `index.astro` → `/en`. */
export function routePattern(rel: string): string {
  const p = rel.split(path.sep).join('/').replace(/\.astro$/, '').replace(/(^|\/)index$/, '');
  return `/en${p ? `/${p}` : ''}`;
}

export function locales(): AstroIntegration {
  return {
    name: 'yilu:locales',
    hooks: {
      'astro:config:setup': ({ injectRoute, logger }) => {
        if (!buildLocales().includes('en')) {
          logger.info('YILU_LOCALES leaves out English: no /en/ pages');
          return;
        }
        const files = fs.readdirSync(EN_ROUTES, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.astro'));
        for (const rel of files) injectRoute({ pattern: routePattern(rel), entrypoint: path.join(EN_ROUTES, rel) });
      },
    },
  };
}
