/**
 * Turns a page's SearchDocument into the HTML Pagefind indexes in its place: the
 * same metadata, filters and sort keys (kept as written, for display), and each
 * block of body text as its text in a carrier token (not indexed) followed by the
 * index tokens of src/lib/text/zh.ts that its section has not had yet, under a
 * language code that stops Pagefind from segmenting it again.
 */
import { carry, indexText, indexTokens, type Converter } from '../../lib/text/zh.ts';
import type { SearchDocument } from './extract.ts';

/**
 * Language of the search index. Not `zh-…`: Pagefind's extended build would run
 * its own segmenter over the tokens. The search client opens the index under the
 * same code (src/search/engine.ts).
 */
export const INDEX_LANGUAGE = 'und';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * One block: `carrier token, then the tokens not yet in `seen``. Pagefind stores a
 * location for every occurrence of a token, and a page's rank barely needs them,
 * so each token is indexed once per section (a heading starts a new one, which
 * keeps sub-results by heading); the text is whole in the carrier.
 */
export function tokenStream(text: string, toSimplified: Converter, seen = new Set<string>()): string {
  const fresh: string[] = [];
  for (const token of indexTokens(text, toSimplified)) {
    const key = token.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    fresh.push(escapeHtml(token));
  }
  return [carry(indexText(text, toSimplified)), ...fresh].join(' ');
}

export function searchHtml(doc: SearchDocument, toSimplified: Converter): string {
  const meta = [...doc.meta];
  if (!meta.some(([name]) => name === 'title')) meta.unshift(['title', doc.pageTitle.replace(/\s*·.*$/, '')]);
  const declared = [
    ...meta.map(([n, v]) => `<span data-pagefind-meta="${escapeHtml(n)}">${escapeHtml(v)}</span>`),
    ...doc.filters.map(([n, v]) => `<span data-pagefind-filter="${escapeHtml(n)}">${escapeHtml(v)}</span>`),
    ...doc.sort.map(([n, v]) => `<span data-pagefind-sort="${escapeHtml(n)}">${escapeHtml(v)}</span>`),
  ].join('');
  let seen = new Set<string>();
  const body = [
    ...doc.blocks.map((b) => {
      const id = b.id ? ` id="${escapeHtml(b.id)}"` : '';
      if (b.tag !== 'p') seen = new Set();
      return `<${b.tag}${id}>${tokenStream(b.text, toSimplified, seen)}</${b.tag}>`;
    }),
    ...doc.keywords.map((k) => `<p>${tokenStream(k, toSimplified, seen)}</p>`),
  ].join('\n');
  return `<!doctype html><html lang="${INDEX_LANGUAGE}"><head><title></title></head><body><div data-pagefind-body><div data-pagefind-ignore>${declared}</div>\n${body}\n</div></body></html>`;
}
