/**
 * The search engine in the browser: Pagefind's JS API under the archive's own
 * Chinese handling (src/lib/text/zh.ts).
 *
 * 1. The query is folded (width, case, tone marks), converted to Simplified with
 *    OpenCC's tables, and split into the same bigram tokens the index holds.
 * 2. Pagefind finds pages holding those tokens (it drops tokens it does not know
 *    and falls back to shorter prefixes, so its list is only a candidate list).
 * 3. Each candidate's text is rebuilt from its fragment and checked: a result must
 *    contain every piece of the query. Results holding the whole query in the
 *    title come first, then those holding it whole in the text, then the rest.
 *    A query whose words are not in the archive gets no results, not noise.
 * 4. When no page holds a long Chinese run as written (`川渝合作`), the query is
 *    loosened into its words (川渝, 合作; see loosenQuery) and asked again: results
 *    then hold every word somewhere, and the response says so (`loosened`).
 */
import { INDEX_LANGUAGE, newestFirst, type FragmentExtra } from '../lib/search/fragment.ts';
import {
  excerpt,
  fold,
  loosenQuery,
  matchLevel,
  matchWeight,
  normalize,
  parseQuery,
  type Converter,
  type QueryPart,
} from '../lib/text/zh.ts';

export { INDEX_LANGUAGE };

export interface PagefindSubResult {
  title: string;
  url: string;
  anchor?: { element: string; id: string; text?: string; location: number };
}

export interface PagefindData {
  url: string;
  /** The page's text (the archive's fragments carry it; src/integrations/search/index-build.ts). */
  content: string;
  /** The text as written, before Pagefind escapes it for HTML. */
  raw_content?: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
  /** The archive's own part of a fragment: sections and hidden keywords. */
  yilu?: FragmentExtra;
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}

export interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    term: string,
    options?: { filters?: Record<string, unknown>; sort?: Record<string, string> },
  ): Promise<{
    results: PagefindResult[];
    unfilteredResultCount: number;
    filters: Record<string, Record<string, number>>;
    totalFilters: Record<string, Record<string, number>>;
  } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
  preload(term: string): Promise<void>;
}

export interface Segment {
  text: string;
  mark: boolean;
}

export interface Hit {
  url: string;
  title: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  /** The date the page sorts by (a person's or organization's latest appearance), `0000-00-00` for none. */
  sortDate: string;
  /** 3: whole query in the title; 2: whole query in the text; 1: every piece somewhere. */
  level: 1 | 2 | 3;
  /** Every word of the query is in what the page is (title, meta, filters); orders hits of one level before `weight`. */
  about: boolean;
  /** Orders hits of one level: how often and how closely the query occurs (matchWeight). */
  weight: number;
  excerpt: Segment[];
  sections: { title: string; url: string; excerpt: Segment[] }[];
}

export interface SearchResponse {
  query: string;
  parts: QueryPart[];
  hits: Hit[];
  /** Candidates Pagefind returned before verification. */
  candidates: number;
  /** Candidates checked; when fewer than `candidates`, more may match. */
  checked: number;
  filters: Record<string, Record<string, number>>;
  /** Set when nothing held the query as written and the hits hold its words instead. */
  loosened?: QueryPart[];
}

export interface EngineOptions {
  /** Deployment base, e.g. `/` or `/yilu/`; Pagefind lives at `<base>pagefind/`. */
  base: string;
  toSimplified: Converter;
  /** Readies `toSimplified` for a (folded) query, e.g. loads the converter it needs. */
  prepare?: (query: string) => Promise<void>;
  /** Load Pagefind (tests inject their own). */
  loadPagefind?: (url: string) => Promise<PagefindApi>;
}

/**
 * Results a search shows at first (and adds with each "more results"): each is checked against
 * its fragment, which costs a request, so ten rather than twenty halve what a query fetches.
 */
export const RESULTS_PER_PAGE = 10;

export interface SearchOptions {
  filters?: Record<string, string[]>;
  /** Verified results wanted (RESULTS_PER_PAGE when not given). */
  limit?: number;
  /** Candidates to check at most before giving up (the first `limit` are checked, then the rest only if needed). */
  maxChecked?: number;
  /**
   * `date`: newest first. Every candidate Pagefind finds is put in date order before
   * any is checked (each indexed page has a date, which its name in the index carries:
   * a person's or organization's latest appearance, a series' latest edition), so the
   * results are the newest pages that hold the query, not the most relevant ones
   * reordered.
   */
  sort?: 'relevance' | 'date';
}

/**
 * Opens Pagefind under the index language. Pagefind's public API takes the
 * language from `<html lang>` (zh-CN here), and for zh it would re-segment the
 * query with Intl.Segmenter, splitting the bigram tokens; so the attribute is set
 * to the index language for the one synchronous call that reads it.
 */
async function openPagefind(options: EngineOptions): Promise<PagefindApi> {
  const url = `${options.base.replace(/\/?$/, '/')}pagefind/pagefind.js`;
  const pagefind = options.loadPagefind
    ? await options.loadPagefind(url)
    : ((await import(/* @vite-ignore */ url)) as PagefindApi);
  // The indexed URLs already carry the base (src/integrations/search/indexer.ts); Pagefind's
  // default baseUrl (the bundle's own base) would prefix it a second time: /yilu/yilu/….
  await pagefind.options({ baseUrl: '/', excerptLength: 0, ranking: { metaWeights: { title: 6 } } });
  const html = document.documentElement;
  const lang = html.getAttribute('lang');
  html.setAttribute('lang', INDEX_LANGUAGE);
  const ready = pagefind.init();
  if (lang === null) html.removeAttribute('lang');
  else html.setAttribute('lang', lang);
  await ready;
  return pagefind;
}

/**
 * A page's prose for its excerpt: its text after the title and the table of facts,
 * without the sections' headings (a result names the matching sections apart).
 */
export function proseOf(text: string, extra: Pick<FragmentExtra, 'sections' | 'prose'>): string {
  let at = Math.min(extra.prose ?? 0, text.length);
  let out = '';
  for (const s of extra.sections) {
    const heading = s.start - s.title.length - 1;
    if (heading < at || text.slice(heading, s.start - 1) !== s.title) continue;
    out += text.slice(at, heading);
    at = s.start;
  }
  return (out + text.slice(at)).trim();
}

export class SearchEngine {
  private pagefind: Promise<PagefindApi> | undefined;
  private cache = new Map<string, Promise<PagefindData>>();

  private options: EngineOptions;

  constructor(options: EngineOptions) {
    this.options = options;
  }

  private api(): Promise<PagefindApi> {
    this.pagefind ??= openPagefind(this.options);
    return this.pagefind;
  }

  /** Starts loading Pagefind and its wasm before the first query. */
  warm(): void {
    void this.api();
  }

  async allFilters(): Promise<Record<string, Record<string, number>>> {
    return (await this.api()).filters();
  }

  parse(query: string): QueryPart[] {
    return parseQuery(normalize(query, this.options.toSimplified));
  }

  async search(query: string, options: SearchOptions = {}): Promise<SearchResponse> {
    await this.options.prepare?.(fold(query));
    const parts = this.parse(query);
    const empty: SearchResponse = { query, parts, hits: [], candidates: 0, checked: 0, filters: {} };
    if (!parts.length) return empty;
    const found = await this.find(parts, options);
    if (!found) return empty;
    if (found.hits.length) return { query, parts, ...found };
    const loosened = loosenQuery(parts);
    const second = loosened && (await this.find(loosened, options));
    return second?.hits.length ? { query, parts, ...second, loosened } : { query, parts, ...found };
  }

  /** Asks Pagefind for the parts' tokens and keeps the candidates that hold every part. */
  private async find(
    parts: QueryPart[],
    options: SearchOptions,
  ): Promise<Omit<SearchResponse, 'query' | 'parts'> | undefined> {
    const limit = options.limit ?? RESULTS_PER_PAGE;
    const maxChecked = options.maxChecked ?? 40;
    const pagefind = await this.api();
    const tokens = [...new Set(parts.flatMap((p) => p.tokens))];
    const byDate = options.sort === 'date';
    const response = await pagefind.search(tokens.join(' '), { filters: options.filters ?? {} });
    if (!response) return undefined;
    const candidates = byDate ? newestFirst(response.results) : response.results;
    const hits: Hit[] = [];
    // The first `limit` candidates are checked together (their fragments fetched at once: in
    // batches, each batch cost a round trip, measured by npm run bench); the next ones, up to
    // maxChecked, only when fewer than `limit` of those held the query. Pagefind ranks pages
    // holding the query tokens in their title first (metaWeights), so a common word no longer
    // costs maxChecked fragments.
    let checked = 0;
    while (checked < Math.min(maxChecked, candidates.length) && hits.length < limit) {
      const slice = candidates.slice(checked, checked ? maxChecked : Math.min(limit, maxChecked));
      checked += slice.length;
      for (const data of await Promise.all(slice.map((r) => this.load(r)))) {
        const hit = this.verify(data, parts);
        if (hit) hits.push(hit);
      }
    }
    // By date, the candidates' order is already the answer (hits keep it).
    // By relevance, stable: within one level, aboutness and weight, Pagefind's own ranking decides.
    if (!byDate) hits.sort((a, b) => b.level - a.level || Number(b.about) - Number(a.about) || b.weight - a.weight);
    return { hits: hits.slice(0, limit), candidates: candidates.length, checked, filters: response.filters };
  }

  private load(result: PagefindResult): Promise<PagefindData> {
    let data = this.cache.get(result.id);
    if (!data) {
      data = result.data();
      this.cache.set(result.id, data);
    }
    return data;
  }

  /** Checks that the page's text answers the query, and prepares the excerpt and the matching sections. */
  verify(data: PagefindData, parts: QueryPart[]): Hit | undefined {
    const norm = (s: string) => normalize(s, this.options.toSimplified);
    const text = data.raw_content ?? data.content;
    const extra: FragmentExtra = data.yilu ?? { sections: [], keywords: '', date: '' };
    const metaText = Object.entries(data.meta)
      .filter(([k]) => k !== 'image')
      .map(([, v]) => v)
      .join(' ');
    const title = data.meta.title ?? '';
    // Keywords (pinyin of names and places) count for matching, never for what is shown.
    const haystack = norm(`${text} ${metaText} ${extra.keywords}`);
    const bodyLevel = matchLevel(haystack, parts);
    if (!bodyLevel) return undefined;
    // What the page is (its title, what a result shows of it: speaker, conference; a speech's kind)
    // holding every word comes first among hits of one level: "徐家良 主旨演讲" finds his keynote
    // before the conference whose program lists it.
    const identity = norm([title, metaText, ...(data.filters.kind ?? [])].join(' '));
    const about = matchLevel(identity, parts) > 0;
    const level: Hit['level'] = matchLevel(norm(title), parts) === 2 ? 3 : bodyLevel;
    const prose = proseOf(text, extra);
    const sections: Hit['sections'] = [];
    for (const s of extra.sections) {
      const sectionText = text.slice(s.start, s.end);
      if (matchLevel(norm(sectionText), parts))
        sections.push({ title: s.title, url: `${data.url}#${s.id}`, excerpt: excerpt(sectionText, parts, 60) });
    }
    return {
      url: data.url,
      title,
      meta: data.meta,
      filters: data.filters,
      sortDate: extra.date,
      level,
      about,
      // What the title holds counts three times as much as the text.
      weight: matchWeight(haystack, parts) + 3 * matchWeight(norm(title), parts),
      // From the page's prose: its title and table of facts are shown apart (title, meta line).
      excerpt: excerpt(prose, parts),
      sections: sections.slice(0, 3),
    };
  }
}
