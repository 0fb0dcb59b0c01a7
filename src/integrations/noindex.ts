/**
 * Pages that ask search engines not to index them (`<meta name="robots" content="noindex">`:
 * a region with no conference yet, src/lib/regions.ts) stay out of the sitemap too. The
 * sitemap is written when the build is done, so the built page itself says which it is.
 */
import fs from 'node:fs';
import path from 'node:path';

const NOINDEX = '<meta name="robots" content="noindex">';

/** A sitemap filter: false for a built page under `outDir` that says noindex. */
export function indexable(outDir: string, base: string): (page: string) => boolean {
  const b = base.endsWith('/') ? base : `${base}/`;
  return (page) => {
    const pathname = decodeURIComponent(new URL(page).pathname);
    const rel = pathname.startsWith(b) ? pathname.slice(b.length) : pathname.replace(/^\//, '');
    const file = path.join(outDir, rel, 'index.html');
    try {
      return !fs.readFileSync(file, 'utf8').includes(NOINDEX);
    } catch {
      return true;
    }
  };
}
