/**
 * Checks that every internal reference in a built site resolves: links, images,
 * scripts, stylesheets, icons, form actions, `url()` in CSS, and `#fragment`
 * targets. A static host serves `dir` under `base`; anything outside `base` on the
 * same site is broken too. Absolute URLs to other origins are left alone.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Parser } from 'htmlparser2';
import { TEST_ORIGIN } from './sites.ts';

export interface BrokenRef {
  /** Page or stylesheet the reference is in, relative to the site directory. */
  from: string;
  ref: string;
  reason: string;
}

interface Scanned {
  refs: string[];
  ids: Set<string>;
}

const REF_ATTRS: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  script: ['src'],
  iframe: ['src'],
  form: ['action'],
  video: ['src', 'poster'],
  audio: ['src'],
};

/** Every reference and every fragment target (`id`, `<a name>`) of one HTML page. */
export function scanHtml(html: string): Scanned {
  const refs: string[] = [];
  const ids = new Set<string>();
  const parser = new Parser(
    {
      onopentag(tag, attrs) {
        if (attrs.id) ids.add(attrs.id);
        if (tag === 'a' && attrs.name) ids.add(attrs.name);
        for (const attr of REF_ATTRS[tag] ?? []) {
          const value = attrs[attr];
          if (value === undefined) continue;
          if (attr === 'srcset')
            refs.push(
              ...value
                .split(',')
                .map((s) => s.trim().split(/\s+/)[0]!)
                .filter(Boolean),
            );
          else refs.push(value);
        }
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return { refs, ids };
}

/** `url(...)` references in a stylesheet. */
export function scanCss(css: string): string[] {
  return [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)].map((m) => m[2]!).filter((u) => !u.startsWith('data:'));
}

function walk(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).map((f) => f.split(path.sep).join('/'));
}

/** The file a site path resolves to, the way a static host (and tests/support/server.ts) would. */
function fileFor(dir: string, sitePath: string): string | undefined {
  const file = path.join(dir, sitePath);
  if (fs.existsSync(file) && fs.statSync(file).isFile()) return file;
  const index = path.join(file, 'index.html');
  if ((sitePath === '' || sitePath.endsWith('/')) && fs.existsSync(index)) return index;
  return undefined;
}

export function checkSiteLinks(dir: string, base = '/', origin = TEST_ORIGIN): BrokenRef[] {
  const b = base.endsWith('/') ? base : `${base}/`;
  const files = walk(dir).filter((f) => !f.startsWith('pagefind/'));
  const broken: BrokenRef[] = [];
  const idsCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idsCache.get(file);
    if (!ids) idsCache.set(file, (ids = scanHtml(fs.readFileSync(file, 'utf8')).ids));
    return ids;
  };

  const check = (from: string, ref: string, ownIds?: Set<string>) => {
    if (!ref || /^(mailto|tel|data|javascript):/i.test(ref)) return;
    const pageUrl = new URL(b + from.replace(/(^|\/)index\.html$/, '$1'), origin);
    let url: URL;
    try {
      url = new URL(ref, pageUrl);
    } catch {
      broken.push({ from, ref, reason: 'not a URL' });
      return;
    }
    if (url.origin !== origin) return; // another site: not ours to check
    const pathname = decodeURIComponent(url.pathname);
    if (!pathname.startsWith(b)) {
      broken.push({ from, ref, reason: `outside the base ${b}` });
      return;
    }
    const target = fileFor(dir, pathname.slice(b.length));
    if (!target) {
      broken.push({ from, ref, reason: 'no such file' });
      return;
    }
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (fragment && target.endsWith('.html')) {
      const ids = target === path.join(dir, from) && ownIds ? ownIds : idsOf(target);
      if (!ids.has(fragment)) broken.push({ from, ref, reason: `no element with id "${fragment}"` });
    }
  };

  for (const rel of files) {
    if (rel.endsWith('.html')) {
      const { refs, ids } = scanHtml(fs.readFileSync(path.join(dir, rel), 'utf8'));
      for (const ref of refs) check(rel, ref, ids);
    } else if (rel.endsWith('.css')) {
      for (const ref of scanCss(fs.readFileSync(path.join(dir, rel), 'utf8'))) check(rel, ref);
    }
  }
  return broken;
}
