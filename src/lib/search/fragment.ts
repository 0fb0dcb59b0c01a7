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

/**
 * Base-36 digits of a page name that give its date's rank among the index's dates. Pagefind's
 * metadata, which every first search loads, would otherwise carry a date sort: one page number
 * per page in date order, which barely compresses (36 KB at 15,000 pages).
 */
export const DATE_RANK_DIGITS = 3;

/** The most distinct dates an index can rank in its page names. */
export const MOST_DATES = 36 ** DATE_RANK_DIGITS;

/**
 * A page's name in the index: its date's rank (0 for the oldest date or none), then its page
 * number, both base 36 (`0k2` + `1f3`). Names are unique by the page number; ordering them by
 * their first DATE_RANK_DIGITS characters orders the pages by date.
 */
export function pageName(dateRank: number, page: number): string {
  if (!Number.isInteger(dateRank) || dateRank < 0 || dateRank >= MOST_DATES)
    throw new RangeError(`date rank ${dateRank} out of 0…${MOST_DATES - 1}`);
  return dateRank.toString(36).padStart(DATE_RANK_DIGITS, '0') + page.toString(36);
}

/** Results newest first by the date rank in their page names (`id`); within one date, in their given order (sort is stable). */
export function newestFirst<T extends { id: string }>(results: readonly T[]): T[] {
  const rank = (r: T) => r.id.slice(0, DATE_RANK_DIGITS);
  return [...results].sort((a, b) => (rank(a) < rank(b) ? 1 : rank(a) > rank(b) ? -1 : 0));
}
