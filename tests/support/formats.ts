/**
 * Reading the machine-readable parts of built pages: citation panels, JSON-LD and
 * the absolute URLs the formats use, mapped back to built files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DomUtils } from 'htmlparser2';
import type { Element } from 'domhandler';
import type { Page } from './html.ts';
import { withBase } from '../../src/lib/paths.ts';

export const ORIGIN = 'https://yilu.example.org';

/** `/people/x/` → `https://yilu.example.org/yilu/people/x/` for a site built with base `/yilu/`. */
export const absolute = (p: string, base: string) => ORIGIN + withBase(p, base);

/** The text a `data:` URI holds, base64 or percent-encoded, decoded as UTF-8 (as a browser saves it). */
export function decodeDataUri(uri: string): string {
  const comma = uri.indexOf(',');
  const header = uri.slice(0, comma);
  const payload = uri.slice(comma + 1);
  return header.endsWith(';base64') ? Buffer.from(payload, 'base64').toString('utf8') : decodeURIComponent(payload);
}

/**
 * Each citation format shown on a page: the text in its <pre>, what its download
 * button saves (the site script saves the text shown: src/reading/site.ts), and the
 * file name the button gives it.
 */
export function citationsOf(page: Page): Record<string, { text: string; download: string; filename: string }> {
  const out: Record<string, { text: string; download: string; filename: string }> = {};
  for (const pre of page.findAll((e) => e.name === 'pre' && e.attribs['data-cite-format'] !== undefined)) {
    const section = pre.parent as Element;
    const button = DomUtils.findOne((e) => e.name === 'button' && e.attribs['data-download'] === pre.attribs.id, [section]);
    const text = DomUtils.textContent(pre);
    out[pre.attribs['data-cite-format']!] = {
      text,
      download: button ? text : '',
      filename: button?.attribs['data-filename'] ?? '',
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
export function fileOfUrl(url: string, dir: string, base: string): string | undefined {
  const prefix = ORIGIN + base;
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
