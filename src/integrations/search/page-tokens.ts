/**
 * A search document (src/lib/search/documents.ts) as the index holds it: the
 * tokens of src/lib/text/zh.ts (bigrams of Simplified Han text, letters and digits
 * as words), each token once per section, and the title's tokens apart (they are
 * ranked highest). The text readers see is not here: the index's fragments carry
 * the document's text (index-build.ts).
 */
import type { SearchDocument } from '../../lib/search/documents.ts';
import { INDEX_LANGUAGE } from '../../lib/search/fragment.ts';
import { indexTokens, type Converter } from '../../lib/text/zh.ts';
import type { IndexedPage } from './pagefind/writer.ts';

export { INDEX_LANGUAGE };

/** The tokens of `texts` that `seen` does not hold yet (and now does). */
export function freshTokens(
  texts: readonly string[],
  toSimplified: Converter,
  seen: Set<string>,
  out: string[] = [],
): string[] {
  for (const text of texts) {
    for (const token of indexTokens(text, toSimplified)) {
      const key = token.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(key);
    }
  }
  return out;
}

export function indexedPage(doc: SearchDocument, url: string, toSimplified: Converter): IndexedPage {
  const tokens: string[] = [];
  let seen = new Set<string>();
  for (const section of doc.sections) {
    if (section.id) seen = new Set();
    freshTokens([section.title ?? '', ...section.blocks], toSimplified, seen, tokens);
  }
  freshTokens(doc.keywords, toSimplified, seen, tokens);
  return {
    url,
    title: freshTokens([doc.title], toSimplified, new Set()),
    tokens,
    filters: doc.filters,
    sorts: { date: doc.date },
  };
}
