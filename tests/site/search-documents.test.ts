/**
 * The search index is built from search documents, not from the pages
 * (src/lib/search/documents.ts), so both must say the same thing. For every
 * indexed page of the built fixture and real sites: every token the index holds
 * for the page's text is on the page (the index never finds a page for words it
 * does not show), and nearly all of what the page's article shows is in the index.
 */
import { describe, expect, it } from 'vitest';
import { readArchive } from '../../src/integrations/search/index-build.ts';
import { indexedPage } from '../../src/integrations/search/page-tokens.ts';
import { searchDocuments } from '../../src/lib/search/documents.ts';
import { toSimplified } from '../../src/lib/text/t2s.ts';
import { indexTokens } from '../../src/lib/text/zh.ts';
import { readPage } from '../support/html.ts';
import { ROOT, SITES, siteDir, type SiteSpec } from '../support/sites.ts';
import path from 'node:path';

function compare(spec: SiteSpec) {
  const docs = searchDocuments(readArchive(path.join(ROOT, spec.content)));
  const stats = { pages: 0, pageTokens: 0, missing: 0 };
  const problems: string[] = [];
  for (const doc of docs) {
    const page = readPage(siteDir(spec), doc.path, ['span', 'a']);
    const article = page.find((e) => e.name === 'article') ?? page.find((e) => e.name === 'main');
    const shown = new Set(indexTokens(page.textOf(article), toSimplified).map((t) => t.toLowerCase()));
    // What the index leaves out on purpose: labels (dt), notes and dates in small print (.meta), the
    // eyebrow, and the sources section (a speech shows its conference's; they would make every
    // speech of a conference match its report's headline), and the pictures, marked for any Pagefind
    // with data-pagefind-ignore (they repeat the lists in figures; the tile grid names every province).
    const furniture = page.findAll(
      (e) =>
        e.name === 'dt' ||
        e.name === 'nav' ||
        'data-pagefind-ignore' in e.attribs ||
        /\b(meta|eyebrow|sources)\b/.test(e.attribs.class ?? ''),
    );
    const content = new Set(shown);
    for (const el of furniture)
      for (const t of indexTokens(page.textOf(el), toSimplified)) content.delete(t.toLowerCase());
    const indexed = indexedPage({ ...doc, keywords: [] }, doc.path, toSimplified);
    const notShown = [...new Set([...indexed.title, ...indexed.tokens])].filter((t) => !shown.has(t));
    if (notShown.length) problems.push(`${doc.path}: indexed but not shown: ${notShown.slice(0, 8).join(' ')}`);
    const held = new Set([...indexed.title, ...indexed.tokens]);
    stats.pages += 1;
    stats.pageTokens += content.size;
    const missing = [...content].filter((t) => !held.has(t));
    stats.missing += missing.length;
    if (missing.length > 0.1 * content.size)
      problems.push(`${doc.path}: shown but not indexed: ${missing.slice(0, 12).join(' ')}`);
  }
  return { problems, stats };
}

describe('search documents and the built pages', () => {
  for (const spec of [SITES.fixture, SITES.real]) {
    it(`say the same on the ${spec.name} site`, () => {
      const { problems, stats } = compare(spec);
      expect(stats.pages).toBeGreaterThan(10);
      expect(problems).toEqual([]);
      expect(stats.missing / stats.pageTokens).toBeLessThan(0.03);
    });
  }
});
