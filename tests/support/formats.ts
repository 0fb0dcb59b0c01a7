/**
 * Reading the machine-readable parts of built pages: citation panels, JSON-LD and
 * the absolute URLs the formats use, mapped back to built files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DomUtils } from 'htmlparser2';
import type { Page } from './html.ts';
import { withBase } from '../../src/lib/paths.ts';
import { originOf, type SiteSpec } from './sites.ts';

/** `/people/x/` → `https://yilu.test/yilu/people/x/` for a site built for that origin with base `/yilu/`. */
export const absolute = (p: string, spec: SiteSpec) => originOf(spec) + withBase(p, spec.base);

/**
 * Each citation format shown on a page: the text in its <pre>, and what the download button
 * (src/reading/site.ts) saves from it: that text, with CR LF line ends where the <pre> says so.
 */
export function citationsOf(page: Page): Record<string, { text: string; download: string; filename: string }> {
  const out: Record<string, { text: string; download: string; filename: string }> = {};
  for (const pre of page.findAll((e) => e.name === 'pre' && e.attribs['data-cite-format'] !== undefined)) {
    const text = DomUtils.textContent(pre);
    out[pre.attribs['data-cite-format']!] = {
      text,
      download: pre.attribs['data-crlf'] !== undefined ? text.replace(/\r?\n/g, '\r\n') : text,
      filename: pre.attribs['data-filename'] ?? '',
    };
  }
  return out;
}

/** Every JSON-LD block of a page, parsed. */
export const jsonLdOf = (page: Page) =>
  page
    .findAll((e) => e.name === 'script' && e.attribs.type === 'application/ld+json')
    .map((e) => JSON.parse(DomUtils.textContent(e)) as Record<string, unknown>);

/** The built file an absolute URL of the site points at, or undefined when it points elsewhere. */
export function fileOfUrl(url: string, dir: string, spec: SiteSpec): string | undefined {
  const prefix = originOf(spec) + spec.base;
  if (!url.startsWith(prefix)) return undefined;
  const rel = decodeURI(url.slice(prefix.length).split('#')[0]!);
  const file = path.join(dir, rel.endsWith('/') || rel === '' ? path.join(rel, 'index.html') : rel);
  return fs.existsSync(file) ? file : undefined;
}

/**
 * A document loader for JSON-LD expansion without a network: schema.org's context
 * reduced to its vocabulary mapping (which is what expansion of these documents needs).
 */
export const offlineLoader = async (url: string) => {
  if (!/^https?:\/\/schema\.org\/?$/.test(url)) throw new Error(`unexpected remote context ${url}`);
  return { contextUrl: undefined, documentUrl: url, document: { '@context': { '@vocab': 'https://schema.org/' } } };
};
