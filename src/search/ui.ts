/**
 * The search interface: a query box, filters and a result list, used both in the
 * header's dialog and on /search/. Built with plain DOM (no framework) so the
 * whole search bundle stays small; loaded only when a reader opens search.
 */
import { RESULTS_PER_PAGE, type Hit, type SearchEngine, type SearchResponse, type Segment } from './engine.ts';
import { searchStrings, type SearchStrings } from './strings.ts';

/** Filters offered, in order. Values come from the index itself. */
export const FILTER_NAMES = ['type', 'year', 'region', 'series', 'kind', 'organization'];

export interface SearchViewOptions {
  engine: SearchEngine;
  base: string;
  /** Keep `?q=` and filters in the address bar (the /search/ page). */
  syncUrl: boolean;
  /** Show a link to the full search page (the dialog). */
  fullPageLink: boolean;
  /**
   * Enter in the query box opens the first result once the results of that query are
   * shown (the dialog; said in the status line). Otherwise, and before they are shown,
   * Enter runs the search at once.
   */
  enterOpensFirst?: boolean;
  onNavigate?: () => void;
  /** Interface language: `en` in the English interface (default: the page's `<html lang>`). */
  lang?: string | null;
}

let uid = 0;

let filterNamesRequest: Promise<Record<string, Record<string, string>>> | undefined;

/** /api/filter-names.en.json (src/lib/search/filter-names.ts), fetched once a page, in English only; none if it cannot be read. */
function englishFilterNames(base: string): Promise<Record<string, Record<string, string>>> {
  filterNamesRequest ??= fetch(`${base}api/filter-names.en.json`)
    .then((r) => (r.ok ? r.json() : {}))
    .catch(() => ({}));
  return filterNamesRequest;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

function segments(parts: Segment[]): DocumentFragment {
  const frag = document.createDocumentFragment();
  for (const s of parts) frag.append(s.mark ? el('mark', {}, s.text) : document.createTextNode(s.text));
  return frag;
}

/** `hits` with the pages of `before` first, in that order (those still found), then the others in their order. */
export function keepOrder(before: readonly string[], hits: readonly Hit[]): Hit[] {
  const at = new Map(before.map((u, i) => [u, i]));
  const kept = hits.filter((h) => at.has(h.url)).sort((a, b) => at.get(a.url)! - at.get(b.url)!);
  return [...kept, ...hits.filter((h) => !at.has(h.url))];
}

/** `/x/#a` + query → `/x/?hl=query#a`: the target page highlights the query. */
export function highlightUrl(url: string, query: string): string {
  const [path, hash] = url.split('#');
  const sep = path!.includes('?') ? '&' : '?';
  return `${path}${sep}hl=${encodeURIComponent(query)}${hash ? `#${hash}` : ''}`;
}

export class SearchView {
  readonly root: HTMLElement;
  readonly input: HTMLInputElement;
  private status: HTMLElement;
  private list: HTMLOListElement;
  private filterBox: HTMLElement;
  private more: HTMLAnchorElement | undefined;
  private moreButton: HTMLButtonElement;
  /** Results asked for; "more results" raises it by RESULTS_PER_PAGE. */
  private limit = RESULTS_PER_PAGE;
  /** The query whose results are shown, and their pages in the order shown. */
  private shown: string | undefined;
  private shownUrls: string[] = [];
  private sortSelect: HTMLSelectElement;
  private selected: Record<string, string[]> = {};
  private sort: 'relevance' | 'date' = 'relevance';
  private serial = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  private options: SearchViewOptions;
  private s: SearchStrings;
  private lang: string | null;

  constructor(options: SearchViewOptions) {
    this.options = options;
    this.lang = options.lang !== undefined ? options.lang : document.documentElement.getAttribute('lang');
    this.s = searchStrings(this.lang);
    const s = this.s;
    const id = `yilu-search-${++uid}`;
    this.input = el('input', {
      type: 'search',
      id: `${id}-q`,
      name: 'q',
      autocomplete: 'off',
      spellcheck: 'false',
      enterkeyhint: 'search',
      placeholder: s.placeholder,
      'aria-describedby': `${id}-status`,
      'aria-controls': `${id}-results`,
    });
    this.status = el('p', { id: `${id}-status`, class: 'ys-status', role: 'status', 'aria-live': 'polite' });
    this.list = el('ol', { id: `${id}-results`, class: 'ys-results', 'aria-label': s.results });
    this.filterBox = el('div', { class: 'ys-filters', role: 'group', 'aria-label': s.filterGroup });
    const form = el(
      'form',
      { role: 'search', class: 'ys-form', action: `${options.base}search/` },
      el('label', { for: this.input.id, class: 'ys-label' }, s.label),
      this.input,
    );
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const first = this.list.querySelector<HTMLAnchorElement>('a.ys-title');
      if (options.enterOpensFirst && first && this.shown === this.input.value.trim()) first.click();
      else {
        clearTimeout(this.timer);
        this.run();
      }
    });
    const sortSelect = el(
      'select',
      { name: 'sort', 'aria-label': s.sort },
      el('option', { value: 'relevance' }, s.byRelevance),
      el('option', { value: 'date' }, s.byDate),
    );
    sortSelect.addEventListener('change', () => {
      this.sort = sortSelect.value === 'date' ? 'date' : 'relevance';
      this.run();
    });
    this.sortSelect = sortSelect;
    const filters = el(
      'details',
      { class: 'ys-filter-panel' },
      el('summary', {}, s.filterPanel),
      this.filterBox,
      sortSelect,
    );
    if (options.syncUrl) filters.setAttribute('open', '');
    this.moreButton = el('button', { type: 'button', class: 'ys-more-results', hidden: '' }, s.moreResults);
    this.moreButton.addEventListener('click', () => {
      // Focus goes to the first new result, so a keyboard reader continues where the list grew.
      const before = this.list.children.length;
      this.limit += RESULTS_PER_PAGE;
      void this.run(false).then(() =>
        this.list.children[before]?.querySelector<HTMLAnchorElement>('a.ys-title')?.focus(),
      );
    });
    this.root = el('div', { class: 'ys' }, form, filters, this.status, this.list, this.moreButton);
    if (options.enterOpensFirst) {
      // Said once, under the box (and to screen readers with it), not in every status update.
      const hint = el('p', { id: `${id}-hint`, class: 'ys-hint' }, s.enterHint);
      form.append(hint);
      this.input.setAttribute('aria-describedby', `${id}-status ${id}-hint`);
    }
    if (options.fullPageLink) {
      this.more = el('a', { class: 'ys-more', href: this.searchPage() }, s.fullPage);
      this.root.append(this.more);
    }
    this.input.addEventListener('input', () => this.schedule());
    this.root.addEventListener('keydown', (e) => this.onKey(e));
    this.status.textContent = s.start;
    void this.renderFilters();
  }

  /** The search page, with a query. */
  private searchPage(query = ''): string {
    return `${this.options.base}search/${query ? `?q=${encodeURIComponent(query)}` : ''}`;
  }

  /** Sets the query (and filters) and runs the search. */
  set(query: string, filters: Record<string, string[]> = {}, sort: 'relevance' | 'date' = 'relevance'): void {
    this.input.value = query;
    this.selected = filters;
    this.sort = sort;
    this.sortSelect.value = sort;
    void this.renderFilters();
    this.run();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.run(), 180);
  }

  private async renderFilters(): Promise<void> {
    let all: Record<string, Record<string, number>>;
    try {
      all = await this.options.engine.allFilters();
    } catch {
      return;
    }
    // In English, the values editors gave English names (regions, series, organizations) are shown in English.
    const english = this.lang === 'en' ? await englishFilterNames(this.options.base) : {};
    this.filterBox.replaceChildren();
    for (const name of FILTER_NAMES) {
      const label = this.s.filters[name]!;
      const values = Object.keys(all[name] ?? {}).sort((a, b) =>
        name === 'year' ? b.localeCompare(a) : a.localeCompare(b, 'zh-CN'),
      );
      if (values.length < 2 && !this.selected[name]?.length) continue;
      const select = el('select', { name, 'aria-label': label }, el('option', { value: '' }, this.s.all(label)));
      for (const v of values) {
        // An option holds one language (its text cannot mark a Chinese part): the English name alone where there is one.
        const en = english[name]?.[v];
        const option = el('option', { value: v }, en ?? this.s.types[v] ?? v);
        if (this.lang === 'en' && !en && /\p{Script=Han}/u.test(option.text)) option.lang = 'zh-CN';
        if (this.selected[name]?.includes(v)) option.selected = true;
        select.append(option);
      }
      select.addEventListener('change', () => {
        if (select.value) this.selected[name] = [select.value];
        else delete this.selected[name];
        this.run();
      });
      this.filterBox.append(select);
    }
  }

  /** Runs the query; `fresh` (a new query or filter) starts again from the first RESULTS_PER_PAGE results. */
  async run(fresh = true): Promise<void> {
    const query = this.input.value.trim();
    const serial = ++this.serial;
    if (fresh) this.limit = RESULTS_PER_PAGE;
    if (this.options.syncUrl) this.writeUrl(query);
    if (this.more) this.more.href = this.searchPage(query);
    if (!query) {
      this.list.replaceChildren();
      this.shown = undefined;
      this.moreButton.hidden = true;
      this.status.textContent = this.s.start;
      return;
    }
    this.root.setAttribute('aria-busy', 'true');
    let response: SearchResponse;
    try {
      response = await this.options.engine.search(query, {
        filters: this.selected,
        sort: this.sort,
        limit: this.limit,
        maxChecked: 2 * this.limit,
      });
    } catch (error) {
      if (serial !== this.serial) return;
      this.root.removeAttribute('aria-busy');
      this.status.textContent = this.s.noIndex;
      console.warn('[yilu search]', error);
      return;
    }
    if (serial !== this.serial) return;
    this.root.removeAttribute('aria-busy');
    // More results of the same query keep the ones shown where they were: the new ones come after.
    if (!fresh && this.shown === query) response = { ...response, hits: keepOrder(this.shownUrls, response.hits) };
    this.shown = query;
    this.shownUrls = response.hits.map((h) => h.url);
    this.render(response);
  }

  private render(response: SearchResponse): void {
    const { hits } = response;
    // What the target page highlights: the query as written, or its words when it was loosened.
    const words = (response.loosened?.flatMap((p) => p.pieces) ?? response.parts.map((p) => p.text)).join(' ');
    this.list.replaceChildren(...hits.map((hit) => this.item(hit, words)));
    if (!hits.length) {
      this.status.textContent = this.s.none(response.query);
    }
    const capped = hits.length >= this.limit && response.checked < response.candidates;
    this.moreButton.hidden = !capped;
    if (hits.length) {
      this.status.textContent = response.loosened
        ? this.s.loosened(
            response.query,
            response.loosened.flatMap((p) => p.pieces),
            hits.length,
          )
        : this.s.found(hits.length, capped);
    }
  }

  /** `words`: the normalised query, handed to the target page for highlighting. */
  private item(hit: Hit, words: string): HTMLLIElement {
    const type = hit.meta.type ?? hit.filters.type?.[0] ?? '';
    const zh: Record<string, string> = this.lang === 'en' ? { lang: 'zh-CN' } : {};
    const link = el('a', { class: 'ys-title', href: highlightUrl(hit.url, words), ...zh }, hit.title || hit.url);
    link.addEventListener('click', () => this.options.onNavigate?.());
    const head = el('p', { class: 'ys-head' });
    if (type) head.append(el('span', { class: 'ys-type' }, this.s.types[type] ?? type));
    head.append(link);
    // The context carries the date where the page has one of its own, written out once (documents.ts).
    const details = hit.meta.context ?? '';
    const li = el('li', { class: 'ys-hit' }, head);
    if (details) li.append(el('p', { class: 'ys-meta', ...zh }, details));
    li.append(el('p', { class: 'ys-excerpt', ...zh }, segments(hit.excerpt)));
    if (hit.sections.length) {
      const sub = el('ul', { class: 'ys-sections', 'aria-label': this.s.sections, ...zh });
      for (const s of hit.sections) {
        const a = el('a', { href: highlightUrl(s.url, words) }, s.title);
        a.addEventListener('click', () => this.options.onNavigate?.());
        sub.append(el('li', {}, a, el('span', { class: 'ys-excerpt' }, segments(s.excerpt))));
      }
      li.append(sub);
    }
    return li;
  }

  /** Arrow keys move between the query box and the result links. */
  private onKey(e: KeyboardEvent): void {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const links = [...this.list.querySelectorAll<HTMLAnchorElement>('a.ys-title')];
    if (!links.length) return;
    const current = links.indexOf(document.activeElement as HTMLAnchorElement);
    e.preventDefault();
    if (e.key === 'ArrowDown') links[Math.min(current + 1, links.length - 1)]!.focus();
    else if (current <= 0) this.input.focus();
    else links[current - 1]!.focus();
  }

  private writeUrl(query: string): void {
    const params = new URLSearchParams();
    if (query) params.set('q', query);
    for (const [k, v] of Object.entries(this.selected)) for (const x of v) params.append(k, x);
    if (this.sort === 'date') params.set('sort', 'date');
    // An address that asks for the English interface keeps asking (src/reading/site.ts).
    const lang = new URLSearchParams(location.search).get('lang');
    if (lang) params.set('lang', lang);
    const search = params.toString();
    history.replaceState(null, '', `${location.pathname}${search ? `?${search}` : ''}`);
  }

  /** Reads `?q=` and filter parameters from a location's search string. */
  static fromUrl(search: string): { query: string; filters: Record<string, string[]>; sort: 'relevance' | 'date' } {
    const params = new URLSearchParams(search);
    const filters: Record<string, string[]> = {};
    for (const name of FILTER_NAMES) {
      const values = params.getAll(name);
      if (values.length) filters[name] = values;
    }
    return { query: params.get('q') ?? '', filters, sort: params.get('sort') === 'date' ? 'date' : 'relevance' };
  }
}
