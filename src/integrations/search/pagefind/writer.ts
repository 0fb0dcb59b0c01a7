/**
 * Writes one shard of the index in Pagefind's format (format.ts), from pages
 * already split into tokens: every token of the text with its position (weight 1,
 * Pagefind's 25), the title's tokens as `title` metadata positions, filters, and
 * the date sort. Shards are kept uncompressed in the cache and merged into the
 * published index (merge.ts). A shard's page "hash" is the page's URL: the merge
 * reads it back to write each page's fragment.
 *
 * Pagefind's own indexer does the same from HTML, but holds the whole index in
 * memory (12.6 GB for 10,000 speeches here) and spends 10 µs on each of our tokens;
 * tests/unit/pagefind-format.test.ts checks that both write the same index for the
 * same pages. Pagefind's runtime files (its script, worker and wasm) come from
 * Pagefind itself (`runtimeFiles`).
 */
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { VERSION, Writer, compareWords, encodeFilter, encodeMeta, wrap, type Meta } from './format.ts';

export interface IndexedPage {
  url: string;
  /** Tokens of the title (metadata `title`, which Pagefind ranks highest), lower-cased as Pagefind indexes words. */
  title: readonly string[];
  /** Tokens of the text, lower-cased, in order; a token's index is its position. */
  tokens: readonly string[];
  filters: Record<string, readonly string[]>;
  sorts: Record<string, string>;
}

/** Chunk size of a shard file, in Pagefind's unit; shards are merged, never read by browsers. */
const SHARD_CHUNK_WEIGHT = 200_000;

/** Pagefind 1.6 writes a paragraph's words with weight 24: marker `-(24 + 1)`. */
const BODY_WEIGHT_MARKER = -25;

/** A growable list of int32 triples (word, page, position). */
class Triples {
  data = new Int32Array(3 << 16);
  length = 0;
  push(a: number, b: number, c: number) {
    if (this.length * 3 + 3 > this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    const k = this.length * 3;
    this.data[k] = a;
    this.data[k + 1] = b;
    this.data[k + 2] = c;
    this.length += 1;
  }
  /** (page, position) pairs grouped by word, in insertion order within a word (a counting sort). */
  byWord(words: number): { start: Int32Array; pages: Int32Array; positions: Int32Array } {
    const start = new Int32Array(words + 1);
    for (let i = 0; i < this.length; i++) start[this.data[i * 3]! + 1]! += 1;
    for (let w = 0; w < words; w++) start[w + 1]! += start[w]!;
    const fill = start.slice(0, words);
    const pages = new Int32Array(this.length);
    const positions = new Int32Array(this.length);
    for (let i = 0; i < this.length; i++) {
      const at = fill[this.data[i * 3]!]!++;
      pages[at] = this.data[i * 3 + 1]!;
      positions[at] = this.data[i * 3 + 2]!;
    }
    return { start, pages, positions };
  }
}

type Postings = ReturnType<Triples['byWord']>;

/**
 * Every occurrence as (word, page, position), grouped by word with a counting sort: pages come
 * in order, so each word's postings come out in page order, positions in order within a page.
 */
function postings(pages: readonly IndexedPage[]): { words: string[]; body: Postings; title: Postings } {
  const ids = new Map<string, number>();
  const words: string[] = [];
  const idOf = (token: string) => {
    let id = ids.get(token);
    if (id === undefined) {
      id = words.push(token) - 1;
      ids.set(token, id);
    }
    return id;
  };
  const body = new Triples();
  const title = new Triples();
  pages.forEach((page, i) => {
    page.tokens.forEach((t, position) => body.push(idOf(t), i, position));
    page.title.forEach((t, position) => title.push(idOf(t), i, position));
  });
  return { words, body: body.byWord(words.length), title: title.byWord(words.length) };
}

/** One field's positions on one page, `n` of them from `at`: the field's marker, the first position, then deltas. */
function writePositions(chunk: Writer, positions: Int32Array, at: number, n: number, marker: number): void {
  chunk.array(n ? n + 1 : 0);
  if (n) chunk.int(marker);
  for (let k = 0, prev = 0; k < n; k++) {
    chunk.int(positions[at + k]! - prev);
    prev = positions[at + k]!;
  }
}

/**
 * One word's entry in a chunk: the word, then per page (in order, body and title together)
 * the page delta, the body positions as Pagefind 1.6 writes a paragraph's words (the weight
 * marker for 24) and the title positions (field 0, `title`). Returns the entry's weight.
 */
function writeWord(chunk: Writer, word: string, id: number, b: Postings, t: Postings): number {
  let bi = b.start[id]!;
  const be = b.start[id + 1]!;
  let ti = t.start[id]!;
  const te = t.start[id + 1]!;
  let count = 0;
  for (let x = bi, y = ti, prev = -1; x < be || y < te; ) {
    const page = Math.min(x < be ? b.pages[x]! : Infinity, y < te ? t.pages[y]! : Infinity);
    if (page !== prev) count += 1;
    prev = page;
    if (x < be && b.pages[x] === page) x++;
    else y++;
  }
  chunk.array(3).text(word).array(count);
  let lastPage = 0;
  let weight = 0;
  while (bi < be || ti < te) {
    const page = Math.min(bi < be ? b.pages[bi]! : Infinity, ti < te ? t.pages[ti]! : Infinity);
    chunk.array(3).int(page - lastPage);
    lastPage = page;
    let n = 0;
    while (bi + n < be && b.pages[bi + n] === page) n++;
    writePositions(chunk, b.positions, bi, n, BODY_WEIGHT_MARKER);
    bi += n;
    let m = 0;
    while (ti + m < te && t.pages[ti + m] === page) m++;
    writePositions(chunk, t.positions, ti, m, -1);
    ti += m;
    weight += (n ? n + 1 : 0) + (m ? m + 1 : 0) + 1;
  }
  chunk.array(0);
  return weight;
}

/** The words in Pagefind's order, cut into chunks of about SHARD_CHUNK_WEIGHT, each written to `index/`. */
function writeChunks(
  dir: string,
  language: string,
  meta: Meta,
  { words, body, title }: ReturnType<typeof postings>,
): void {
  let chunk = new Writer();
  let inChunk = 0;
  let first = '';
  let last = '';
  let weight = 0;
  const flush = () => {
    if (!inChunk) return;
    const hash = `${language}_${meta.chunks.length}`;
    const bytes = new Writer().array(1).array(inChunk).raw(chunk.bytes()).bytes();
    fs.writeFileSync(path.join(dir, 'index', `${hash}.pf_index`), wrap(bytes, false));
    meta.chunks.push({ from: first, to: last, hash });
    chunk = new Writer();
    inChunk = 0;
    weight = 0;
  };
  const order = words.map((_, i) => i).sort((x, y) => compareWords(words[x]!, words[y]!));
  for (const id of order) {
    weight += writeWord(chunk, words[id]!, id, body, title);
    if (!inChunk) first = words[id]!;
    last = words[id]!;
    inChunk += 1;
    if (weight >= SHARD_CHUNK_WEIGHT) flush();
  }
  flush();
}

/** Each filter's pages per value, written to `filter/`, in Pagefind's order. */
function writeFilters(pages: readonly IndexedPage[], dir: string, language: string, meta: Meta): void {
  const filters = new Map<string, Map<string, number[]>>();
  pages.forEach((page, i) => {
    for (const [name, values] of Object.entries(page.filters)) {
      const byValue = filters.get(name) ?? new Map<string, number[]>();
      for (const v of values) {
        const list = byValue.get(v);
        if (list) list.push(i);
        else byValue.set(v, [i]);
      }
      filters.set(name, byValue);
    }
  });
  for (const [name, byValue] of [...filters].sort(([a], [b]) => compareWords(a, b))) {
    const hash = `${language}_f${meta.filters.length}`;
    const values = [...byValue].sort(([a], [b]) => compareWords(a, b)).map(([value, ps]) => ({ value, pages: ps }));
    fs.writeFileSync(path.join(dir, 'filter', `${hash}.pf_filter`), encodeFilter({ name, values }, false));
    meta.filters.push({ name, hash });
  }
}

/** Each sort key's pages in order (ties in page order); pages without the key are left out. */
function sortOrders(pages: readonly IndexedPage[]): Meta['sorts'] {
  const keys = [...new Set(pages.flatMap((p) => Object.keys(p.sorts)))].sort(compareWords);
  return keys.map((key) => ({
    key,
    pages: pages
      .map((p, i) => ({ i, v: p.sorts[key] }))
      .filter((x): x is { i: number; v: string } => x.v !== undefined)
      .sort((a, b) => compareWords(a.v, b.v) || a.i - b.i)
      .map((x) => x.i),
  }));
}

export function writeShard(pages: readonly IndexedPage[], dir: string, language: string): { words: number } {
  const found = postings(pages);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'index'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'filter'), { recursive: true });
  const meta: Meta = {
    version: VERSION,
    pages: pages.map((p) => ({ hash: p.url, wordCount: p.tokens.length })),
    chunks: [],
    filters: [],
    sorts: [],
    metaFields: ['title'],
  };
  writeChunks(dir, language, meta, found);
  writeFilters(pages, dir, language, meta);
  meta.sorts = sortOrders(pages);
  fs.writeFileSync(path.join(dir, `pagefind.${language}_shard.pf_meta`), encodeMeta(meta, false));
  return { words: found.words.length };
}

/** Pagefind's browser runtime (pagefind.js, its worker, the wasm for `language`), from Pagefind itself; cached in `dir`. */
export async function runtimeFiles(dir: string, language: string): Promise<string[]> {
  const marker = path.join(dir, 'pagefind-entry.json');
  if (!fs.existsSync(marker)) {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    await index.addCustomRecord({ url: '/', content: 'yilu', language });
    const files = await index.getFiles();
    await pagefind.close();
    if (files.errors.length) throw new Error(`Pagefind: ${files.errors.join('; ')}`);
    const tmp = `${dir}.tmp`;
    fs.rmSync(tmp, { recursive: true, force: true });
    fs.mkdirSync(tmp, { recursive: true });
    for (const f of files.files)
      if (/^(pagefind\.js|pagefind-worker\.js|wasm\.[^/]+\.pagefind|pagefind-entry\.json)$/.test(f.path))
        fs.writeFileSync(path.join(tmp, f.path), f.content);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.renameSync(tmp, dir);
  }
  return fs.readdirSync(dir).map((f) => path.join(dir, f));
}
