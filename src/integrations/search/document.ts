/**
 * Turns a page's SearchDocument into the HTML Pagefind indexes in its place: the
 * same metadata, filters and sort keys (kept as written, for display), and the
 * body text as the token stream of src/lib/text/zh.ts, under a language code
 * that stops Pagefind from segmenting it again.
 */
import { indexTokens, type Converter } from '../../lib/text/zh.ts';
import type { SearchDocument } from './extract.ts';

/**
 * Language of the search index. Not `zh-…`: Pagefind's extended build would run
 * its own segmenter over the tokens. The search client opens the index under the
 * same code (src/search/engine.ts).
 */
export const INDEX_LANGUAGE = 'und';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function tokenStream(text: string, toSimplified: Converter): string {
  return indexTokens(text, toSimplified).map(escapeHtml).join(' ');
}

export function searchHtml(doc: SearchDocument, toSimplified: Converter): string {
  const meta = [...doc.meta];
  if (!meta.some(([name]) => name === 'title')) meta.unshift(['title', doc.pageTitle.replace(/\s*·.*$/, '')]);
  const declared = [
    ...meta.map(([n, v]) => `<span data-pagefind-meta="${escapeHtml(n)}">${escapeHtml(v)}</span>`),
    ...doc.filters.map(([n, v]) => `<span data-pagefind-filter="${escapeHtml(n)}">${escapeHtml(v)}</span>`),
    ...doc.sort.map(([n, v]) => `<span data-pagefind-sort="${escapeHtml(n)}">${escapeHtml(v)}</span>`),
  ].join('');
  const body = [
    ...doc.blocks.map((b) => {
      const id = b.id ? ` id="${escapeHtml(b.id)}"` : '';
      return `<${b.tag}${id}>${tokenStream(b.text, toSimplified)}</${b.tag}>`;
    }),
    ...doc.keywords.map((k) => `<p>${tokenStream(k, toSimplified)}</p>`),
  ].join('\n');
  return `<!doctype html><html lang="${INDEX_LANGUAGE}"><head><title></title></head><body><div data-pagefind-body><div data-pagefind-ignore>${declared}</div>\n${body}\n</div></body></html>`;
}
