/**
 * The archive writes its search index in Pagefind's format (src/integrations/search/pagefind/).
 * These tests hold it to Pagefind itself: the same pages indexed by Pagefind's own Node API and
 * by the archive's writer must give the same words, postings, titles, filters and sort order;
 * shards merged must give what one shard of every page gives; the CBOR codec must agree with
 * cborg, a general implementation, both ways.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { decode as cborgDecode, encode as cborgEncode } from 'cborg';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decode, encode, type Value } from '../../src/integrations/search/pagefind/cbor.ts';
import {
  decodeChunk,
  decodeFilter,
  decodeFragment,
  decodeFragmentGroup,
  decodeMeta,
  pageNumbers,
  unpackLocs,
  unpackMetaLocs,
  type Meta,
} from '../../src/integrations/search/pagefind/format.ts';
import {
  chunkBounds,
  dateRanks,
  mergeIndexes,
  readMeta,
  roundWordCount,
} from '../../src/integrations/search/pagefind/merge.ts';
import { runtimeFiles, writeShard, type IndexedPage } from '../../src/integrations/search/pagefind/writer.ts';
import { INDEX_LANGUAGE, indexedPage } from '../../src/integrations/search/page-tokens.ts';
import { readArchive } from '../../src/integrations/search/index-build.ts';
import { searchDocuments } from '../../src/lib/search/documents.ts';
import { toSimplified } from '../../src/lib/text/t2s.ts';
import { DATE_RANK_DIGITS, newestFirst, pageName } from '../../src/lib/search/fragment.ts';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/archive');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'yilu-pagefind-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Everything an index says, keyed by URL rather than page number, for comparing two indexes. */
interface Decoded {
  words: Map<string, string[]>;
  filters: Map<string, Map<string, string[]>>;
  sorts: Map<string, string[]>;
}

function decodeIndex(dir: string, urlOf: (meta: Meta, page: number) => string): Decoded {
  const metaFile = fs.readdirSync(dir).find((f) => f.endsWith('.pf_meta'))!;
  const meta = decodeMeta(fs.readFileSync(path.join(dir, metaFile)));
  const url = (p: number) => urlOf(meta, p);
  const words = new Map<string, string[]>();
  for (const c of meta.chunks) {
    for (const w of decodeChunk(fs.readFileSync(path.join(dir, 'index', `${c.hash}.pf_index`)))) {
      const pages = pageNumbers(w.pages);
      const postings = w.pages.map(([, locs, metaLocs], i) => {
        const body = unpackLocs(locs)
          .map(([weight, pos]) => `${weight}@${pos}`)
          .join(',');
        const fields = unpackMetaLocs(metaLocs)
          .map(([field, pos]) => `${meta.metaFields[field]}@${pos}`)
          .join(',');
        return `${url(pages[i]!)} ${body} ${fields}`;
      });
      words.set(w.word, postings.sort());
      expect(w.variants).toEqual([]);
    }
  }
  const filters = new Map<string, Map<string, string[]>>();
  for (const f of meta.filters) {
    const decoded = decodeFilter(fs.readFileSync(path.join(dir, 'filter', `${f.hash}.pf_filter`)));
    filters.set(decoded.name, new Map(decoded.values.map((v) => [v.value, v.pages.map(url).sort()])));
  }
  const sorts = new Map(meta.sorts.map((s) => [s.key, s.pages.map(url)]));
  return { words, filters, sorts };
}

/** The HTML Pagefind's own indexer is given for a page: the same tokens, title, filters and sort key. */
function referenceHtml(page: IndexedPage): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  const declared = [
    `<span data-pagefind-meta="title">${page.title.map(esc).join(' ')}</span>`,
    ...Object.entries(page.filters).flatMap(([n, vs]) =>
      vs.map((v) => `<span data-pagefind-filter="${esc(n)}">${esc(v)}</span>`),
    ),
    ...Object.entries(page.sorts).map(([k, v]) => `<span data-pagefind-sort="${esc(k)}">${esc(v)}</span>`),
  ].join('');
  return `<!doctype html><html lang="${INDEX_LANGUAGE}"><head><title></title></head><body><div data-pagefind-body><div data-pagefind-ignore>${declared}</div><p>${page.tokens.map(esc).join(' ')}</p></div></body></html>`;
}

let pages: IndexedPage[];
beforeAll(() => {
  const docs = searchDocuments(readArchive(FIXTURE));
  pages = docs.map((d) => indexedPage(d, d.path, toSimplified));
});

describe('CBOR codec', () => {
  const samples: Value[] = [
    0,
    23,
    24,
    255,
    256,
    65535,
    65536,
    2 ** 32 - 1,
    -1,
    -24,
    -25,
    -256,
    -257,
    -65537,
    '',
    '社会组织',
    'a'.repeat(300),
    '𠀀🙂',
    [],
    [1, [2, ['三', -4]]],
  ];
  it('encodes as cborg does and reads what cborg writes', () => {
    for (const v of samples) {
      expect(Buffer.from(encode(v))).toEqual(Buffer.from(cborgEncode(v)));
      expect(decode(cborgEncode(v))).toEqual(v);
      expect(cborgDecode(encode(v))).toEqual(v);
    }
  });
  it('refuses what the index never holds', () => {
    expect(() => encode(1.5)).toThrow(/not an integer/);
    expect(() => decode(cborgEncode({ a: 1 }))).toThrow(/major type 5/);
  });
});

describe('the archive writes what Pagefind writes', () => {
  it('for every page of the fixture archive: words, postings, titles, filters and sorts', async () => {
    const ours = path.join(tmp, 'ours');
    writeShard(pages, ours, INDEX_LANGUAGE);
    const { index } = await pagefind.createIndex({});
    for (const p of pages) {
      const r = await index!.addHTMLFile({ url: p.url, content: referenceHtml(p) });
      expect(r.errors).toEqual([]);
    }
    const { files } = await index!.getFiles();
    await pagefind.close();
    const theirs = path.join(tmp, 'theirs');
    for (const f of files) {
      fs.mkdirSync(path.dirname(path.join(theirs, f.path)), { recursive: true });
      fs.writeFileSync(path.join(theirs, f.path), f.content);
    }
    // Pagefind names pages by hash; its fragments say which URL each is.
    const fragments = new Map<string, string>();
    for (const g of fs.readdirSync(path.join(theirs, 'fragment'))) {
      const bytes = fs.readFileSync(path.join(theirs, 'fragment', g));
      const parsed = g.includes('_group_')
        ? decodeFragmentGroup(bytes)
        : { [g.replace('.pf_fragment', '')]: decodeFragment(bytes) };
      for (const [hash, f] of Object.entries(parsed)) fragments.set(hash, (f as { url: string }).url);
    }
    const a = decodeIndex(ours, (meta, p) => meta.pages[p]!.hash);
    const b = decodeIndex(theirs, (meta, p) => fragments.get(meta.pages[p]!.hash) ?? `?${meta.pages[p]!.hash}`);
    expect(a.words.size).toBeGreaterThan(500);
    expect([...a.words.keys()].sort()).toEqual([...b.words.keys()].sort());
    for (const [word, postings] of a.words) expect(postings, word).toEqual(b.words.get(word));
    expect(a.filters).toEqual(b.filters);
    expect(a.sorts).toEqual(b.sorts);
  }, 60_000);
});

describe('merging shards', () => {
  it('gives the index one shard of every page gives, and Pagefind chunk names', async () => {
    const whole = path.join(tmp, 'whole');
    writeShard(pages, whole, INDEX_LANGUAGE);
    const thirds = [0, 1, 2].map((k) => {
      const dir = path.join(tmp, `third-${k}`);
      writeShard(
        pages.filter((_, i) => i % 3 === k),
        dir,
        INDEX_LANGUAGE,
      );
      return dir;
    });
    const runtime = await runtimeFiles(path.join(tmp, 'runtime'), INDEX_LANGUAGE);
    const merge = (dirs: string[], out: string) =>
      mergeIndexes(dirs, {
        language: INDEX_LANGUAGE,
        chunkWeight: 500,
        runtime,
        date: (url) => pages.find((p) => p.url === url)?.sorts.date,
        fragment: (url, wordCount) => ({
          url,
          content: url,
          word_count: wordCount,
          filters: {},
          meta: {},
          anchors: [],
        }),
        groupBy: () => (url) => url.split('/').slice(0, 3).join('/'),
        write: (file, content) => {
          fs.mkdirSync(path.dirname(path.join(out, file)), { recursive: true });
          fs.writeFileSync(path.join(out, file), content);
        },
      });
    const one = merge([whole], path.join(tmp, 'merged-one'));
    const three = merge(thirds, path.join(tmp, 'merged-three'));
    expect(three.pages).toBe(pages.length);
    expect(three.chunks).toBeGreaterThan(3);
    const urlOf = (out: string) => {
      const groups = new Map<string, string>();
      for (const g of fs.readdirSync(path.join(out, 'fragment'))) {
        for (const [hash, f] of Object.entries(decodeFragmentGroup(fs.readFileSync(path.join(out, 'fragment', g)))))
          groups.set(hash, f.url);
      }
      return (meta: Meta, p: number) => groups.get(meta.pages[p]!.hash)!;
    };
    const a = decodeIndex(path.join(tmp, 'merged-one'), urlOf(path.join(tmp, 'merged-one')));
    const b = decodeIndex(path.join(tmp, 'merged-three'), urlOf(path.join(tmp, 'merged-three')));
    expect(b.words).toEqual(a.words);
    expect(b.filters).toEqual(a.filters);
    // No sort lists: each page's name leads with its date's rank, the same however the shards fall.
    expect(a.sorts.size + b.sorts.size).toBe(0);
    const named = (out: string) => {
      const meta = readMeta(out);
      const url = urlOf(out);
      return meta.pages.map((p, i) => ({ name: p.hash, date: pages.find((x) => x.url === url(meta, i))!.sorts.date }));
    };
    for (const out of ['merged-one', 'merged-three'].map((d) => path.join(tmp, d))) {
      const byName = named(out).sort((x, y) => (x.name < y.name ? -1 : 1));
      const dates = byName.map((x) => x.date);
      expect(dates).toEqual([...dates].sort());
      expect(new Set(byName.map((x) => x.name.slice(0, DATE_RANK_DIGITS))).size).toBe(new Set(dates).size);
    }
    expect(one.fragmentFiles).toBe(three.fragmentFiles);
    // Every published file is there: the entry names the metadata, the runtime beside it.
    const entry = JSON.parse(fs.readFileSync(path.join(tmp, 'merged-three', 'pagefind-entry.json'), 'utf8'));
    expect(entry.languages[INDEX_LANGUAGE].page_count).toBe(pages.length);
    expect(
      fs.existsSync(path.join(tmp, 'merged-three', `pagefind.${entry.languages[INDEX_LANGUAGE].hash}.pf_meta`)),
    ).toBe(true);
    expect(fs.existsSync(path.join(tmp, 'merged-three', 'pagefind.js'))).toBe(true);
  }, 60_000);

  it('names pages by date rank and number, and orders results newest first by those names', () => {
    expect(dateRanks(['2023-05-01', undefined, '2021-01-02', '2023-05-01', '0000-00-00'])).toEqual([3, 0, 2, 3, 1]);
    expect(pageName(0, 0)).toBe('0000');
    expect(pageName(37, 1295)).toBe('011zz');
    expect(() => pageName(36 ** 3, 1)).toThrow(RangeError);
    expect(() => pageName(-1, 1)).toThrow(RangeError);
    const results = [pageName(2, 0), pageName(5, 1), pageName(2, 2), pageName(40, 3), pageName(5, 4)].map((id) => ({
      id,
    }));
    expect(newestFirst(results).map((r) => r.id)).toEqual([
      pageName(40, 3),
      pageName(5, 1),
      pageName(5, 4),
      pageName(2, 0),
      pageName(2, 2),
    ]);
  });

  it('rounds word counts to powers of 2^¼ for the metadata, at most a ninth off', () => {
    expect([0, 7, 8, 100, 1000, 1849, 2000, 2601].map(roundWordCount)).toEqual([0, 7, 8, 108, 1024, 1722, 2048, 2435]);
    for (let n = 8; n < 100_000; n += 37) expect(Math.abs(roundWordCount(n) - n) / n).toBeLessThan(1 / 9);
    // Few distinct values: what makes the metadata compress.
    expect(new Set(Array.from({ length: 5000 }, (_, i) => roundWordCount(i + 100))).size).toBe(23);
  });

  it('bounds chunks by the shortest prefixes that tell them apart, as Pagefind does', () => {
    expect(
      chunkBounds([
        { first: 'a', last: 'apple' },
        { first: 'apricot', last: 'b' },
      ]),
    ).toEqual([
      { from: 'a', to: 'app' },
      { from: 'apr', to: 'b' },
    ]);
    expect(
      chunkBounds([
        { first: '社会', last: '社区' },
        { first: '社团', last: '组织' },
      ]),
    ).toEqual([
      { from: '社会', to: '社区' },
      { from: '社团', to: '组织' },
    ]);
  });
});

describe('building the index from the content', () => {
  it('writes one index of every searchable page, and on a second build reuses every unchanged shard', async () => {
    const { buildIndex } = await import('../../src/integrations/search/index-build.ts');
    const out = path.join(tmp, 'site', 'pagefind');
    fs.mkdirSync(path.dirname(out), { recursive: true });
    const cacheDir = path.join(tmp, 'cache');
    const texts: string[] = [];
    const first = await buildIndex({ content: FIXTURE, base: '/yilu/', out, cacheDir, onText: (t) => texts.push(t) });
    expect(first.pages).toBe(pages.length);
    expect(first.cachedShards).toBe(0);
    expect(texts).toHaveLength(pages.length);
    const entry = JSON.parse(fs.readFileSync(path.join(out, 'pagefind-entry.json'), 'utf8'));
    expect(entry.languages[INDEX_LANGUAGE].page_count).toBe(pages.length);
    // Fragments carry each page's text and the archive's own fields, under the base.
    const fragments = fs
      .readdirSync(path.join(out, 'fragment'))
      .flatMap((f) => Object.values(decodeFragmentGroup(fs.readFileSync(path.join(out, 'fragment', f)))));
    const speech = fragments.find((f) => f.url === '/yilu/conferences/2022-xiling/01-lin-haiyan/')!;
    expect(speech.meta.type).toBe('发言');
    expect(speech.content.startsWith(speech.meta.title!)).toBe(true);
    expect((speech.yilu as { sections: unknown[] }).sections.length).toBeGreaterThan(0);
    const second = await buildIndex({ content: FIXTURE, base: '/yilu/', out, cacheDir });
    expect(second.cachedShards).toBe(second.shards);
    expect(second.words).toBe(first.words);
  }, 60_000);
});
