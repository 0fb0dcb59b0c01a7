/**
 * What the search index and the search client agree on (a leaf module: the
 * client's bundle imports it, so it imports nothing).
 */

/**
 * Language code of the search index. Not `zh-…`: Pagefind's browser runtime would
 * split queries with Intl.Segmenter, and its indexer segment the tokens again.
 */
export const INDEX_LANGUAGE = 'und';

/** What the archive adds to each page's fragment in the index. */
export interface FragmentExtra {
  /** The page's sections: heading id, title, and offsets into the fragment's text. */
  sections: { id: string; title: string; start: number; end: number }[];
  /** Indexed, never shown: pinyin of names and places. */
  keywords: string;
  /** The page's date sort key (`0000-00-00` when it has none). */
  date: string;
  /** Offset in the text where the page's prose begins, after its title and table of facts: excerpts come from there. */
  prose?: number;
}
