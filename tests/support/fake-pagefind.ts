/**
 * The search engine (src/search/engine.ts) in Node, without a browser: a stand-in for
 * Pagefind's browser API that answers from a real index the archive wrote
 * (src/integrations/search/index-build.ts), read back with the format module. Its
 * candidates are what Pagefind would fetch for the tokens (pages holding every known
 * token, exact or as a prefix; unknown tokens dropped, as Pagefind drops them), or, in
 * `everything` mode, every page of the index, which is what Pagefind's fallbacks amount
 * to at worst. `data()` hands back each page's real fragment the way Pagefind's runtime
 * does (`raw_content` as written, `content` escaped for HTML).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildIndex } from '../../src/integrations/search/index-build.ts';
import {
  decodeChunk,
  decodeFilter,
  decodeFragmentGroup,
  decodeMeta,
  pageNumbers,
  type Fragment,
  type Meta,
} from '../../src/integrations/search/pagefind/format.ts';
import { INDEX_LANGUAGE } from '../../src/lib/search/fragment.ts';
import type { PagefindApi, PagefindData, PagefindResult } from '../../src/search/engine.ts';

export interface ReadIndex {
  meta: Meta;
  /** Every indexed word and the pages (numbers) holding it. */
  words: Map<string, number[]>;
  /** Page number → its fragment. */
  fragments: Fragment[];
  /** Filter name → value → pages. */
  filters: Map<string, Map<string, number[]>>;
}

/** Builds the real index of a content tree into a temporary folder and reads it back. */
export async function buildAndReadIndex(content: string): Promise<ReadIndex> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'yilu-engine-'));
  try {
    const out = path.join(tmp, 'pagefind');
    await buildIndex({ content, base: '/', out });
    return readIndex(out);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

export function readIndex(dir: string): ReadIndex {
  const entry = JSON.parse(fs.readFileSync(path.join(dir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string }>;
  };
  const hash = entry.languages[INDEX_LANGUAGE]!.hash;
  const meta = decodeMeta(fs.readFileSync(path.join(dir, `pagefind.${hash}.pf_meta`)));
  const words = new Map<string, number[]>();
  for (const chunk of meta.chunks) {
    for (const w of decodeChunk(fs.readFileSync(path.join(dir, 'index', `${chunk.hash}.pf_index`))))
      words.set(w.word, pageNumbers(w.pages));
  }
  const groups = new Map<string, Record<string, Fragment>>();
  const fragments = meta.pages.map((p) => {
    if (!p.group) throw new Error(`page ${p.hash} has no fragment group`);
    let group = groups.get(p.group);
    if (!group)
      groups.set(
        p.group,
        (group = decodeFragmentGroup(fs.readFileSync(path.join(dir, 'fragment', `${p.group}.pf_fragment`)))),
      );
    const fragment = group[p.hash];
    if (!fragment) throw new Error(`fragment group ${p.group} lacks page ${p.hash}`);
    return fragment;
  });
  const filters = new Map<string, Map<string, number[]>>();
  for (const f of meta.filters) {
    const decoded = decodeFilter(fs.readFileSync(path.join(dir, 'filter', `${f.hash}.pf_filter`)));
    filters.set(decoded.name, new Map(decoded.values.map((v) => [v.value, v.pages])));
  }
  return { meta, words, fragments, filters };
}

export interface FakeOptions {
  /** `index`: pages holding the tokens (default); `everything`: every page, whatever the query. */
  candidates?: 'index' | 'everything';
  /** Candidates in reverse page order, so that any ranking must come from the engine. */
  reverse?: boolean;
}

export interface FakePagefind extends PagefindApi {
  /** Every term the engine asked for, in order. */
  readonly terms: string[];
  /** Fragments fetched (page numbers), in order. */
  readonly loaded: number[];
  /** Options the engine set, and the `<html lang>` Pagefind saw when init ran. */
  readonly optionsSet: Record<string, unknown>[];
  readonly langAtInit: (string | null)[];
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function fakePagefind(index: ReadIndex, options: FakeOptions = {}): FakePagefind {
  const terms: string[] = [];
  const loaded: number[] = [];
  const optionsSet: Record<string, unknown>[] = [];
  const langAtInit: (string | null)[] = [];
  const all = index.fragments.map((_, i) => i);
  const sorted = [...index.words.keys()];

  /** Pages holding a token: the word itself and every longer word it begins (Pagefind's prefix match). */
  const pagesOf = (token: string): Set<number> | undefined => {
    const matches = sorted.filter((w) => w === token || w.startsWith(token));
    if (!matches.length) return undefined;
    return new Set(matches.flatMap((w) => index.words.get(w)!));
  };

  const result = (page: number): PagefindResult => ({
    id: index.meta.pages[page]!.hash,
    score: 1,
    data: async (): Promise<PagefindData> => {
      loaded.push(page);
      const f = structuredClone(index.fragments[page]!);
      return {
        ...f,
        raw_content: f.content,
        content: escapeHtml(f.content),
        sub_results: [],
      } as unknown as PagefindData;
    },
  });

  return {
    terms,
    loaded,
    optionsSet,
    langAtInit,
    async options(o) {
      optionsSet.push(o);
    },
    async init() {
      langAtInit.push((globalThis as { document?: Document }).document?.documentElement.getAttribute('lang') ?? null);
    },
    async filters() {
      return Object.fromEntries(
        [...index.filters].map(([name, values]) => [
          name,
          Object.fromEntries([...values].map(([v, pages]) => [v, pages.length])),
        ]),
      );
    },
    async preload() {},
    async search(term, opts = {}) {
      terms.push(term);
      let pages: number[];
      if (options.candidates === 'everything') pages = all;
      else {
        const sets = term
          .split(/\s+/)
          .filter(Boolean)
          .map(pagesOf)
          .filter((s): s is Set<number> => s !== undefined);
        pages = sets.length ? all.filter((p) => sets.every((s) => s.has(p))) : [];
      }
      for (const [name, values] of Object.entries((opts.filters ?? {}) as Record<string, string[]>)) {
        if (!values.length) continue;
        const allowed = new Set(values.flatMap((v) => index.filters.get(name)?.get(v) ?? []));
        pages = pages.filter((p) => allowed.has(p));
      }
      // The archive's index has no sort lists (page names carry the date order), so a sort
      // asked of it is a mistake of the engine's.
      if (opts.sort) throw new Error('the index has no sort lists; order by page names (lib/search/fragment.ts)');
      if (options.reverse) pages = [...pages].reverse();
      return { results: pages.map(result), unfilteredResultCount: pages.length, filters: {}, totalFilters: {} };
    },
  };
}

/** A stand-in for `document.documentElement`, which the engine switches to the index language while Pagefind starts. */
export function fakeDocument(lang: string | null): {
  documentElement: Pick<Element, 'getAttribute' | 'setAttribute' | 'removeAttribute'>;
} {
  const attrs = new Map<string, string>(lang === null ? [] : [['lang', lang]]);
  return {
    documentElement: {
      getAttribute: (name: string) => attrs.get(name) ?? null,
      setAttribute: (name: string, value: string) => void attrs.set(name, value),
      removeAttribute: (name: string) => void attrs.delete(name),
    },
  };
}
