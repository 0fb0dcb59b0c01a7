/**
 * Pagefind's index files, as Pagefind 1.6.0 writes them and its browser runtime
 * reads them. The archive writes its index in this format itself (writer.ts,
 * merge.ts) and ships Pagefind's runtime to read it; this module is the only
 * place that knows the byte layout. tests/unit/pagefind-format.test.ts builds the
 * same pages with Pagefind's own indexer and checks that both indexes hold the
 * same words, postings, filters and sorts, so an upgrade that changes the format
 * fails there first (Pagefind is pinned exactly in package.json).
 *
 * Every published file is gzip of `pagefind_dcd` followed by the payload: CBOR for
 * the metadata, word chunks and filters, JSON for fragments. Layouts (see
 * Pagefind's pagefind_web/src/{metadata,index,filter_index}.rs):
 * - meta: [version, pages: [[hash, wordCount, group?]], chunks: [[from, to, hash]],
 *   filters: [[name, hash]], sorts: [[key, [page…]]], metaFields: [name…]]
 * - chunk: [[word, pages: [[pageDelta, locs, metaLocs]], variants: [[form, pages]]]]:
 *   page numbers delta-encoded within each list; `locs` delta-encoded positions, a
 *   negative number `-(weight + 1)` switching the weight of the positions after it
 *   (the next one absolute); `metaLocs` likewise, `-(field + 1)` switching field
 * - filter: [name, [[value, [page…]]]]
 * - fragment: JSON, one page's record; a group file `{ pageHash: record }`.
 * Files the archive keeps between builds (shards) are the same without gzip.
 */
import zlib from 'node:zlib';
import { Reader, Writer } from './cbor.ts';
export { Reader, Writer };

export const SIGNATURE = 'pagefind_dcd';
export const VERSION = '1.6.0';

const signature = new TextEncoder().encode(SIGNATURE);
const GZIP_MAGIC = [0x1f, 0x8b];

export interface MetaPage {
  hash: string;
  wordCount: number;
  /** Fragment group file holding the page's fragment (absent: its own file). */
  group?: string;
}
export interface MetaChunk {
  from: string;
  to: string;
  hash: string;
}
export interface Meta {
  version: string;
  pages: MetaPage[];
  chunks: MetaChunk[];
  filters: { name: string; hash: string }[];
  sorts: { key: string; pages: number[] }[];
  metaFields: string[];
}

/** One page's postings of a word, packed as in the file: [page delta, locs, metaLocs]. */
export type PackedPage = [delta: number, locs: number[], metaLocs: number[]];
export interface Word {
  word: string;
  pages: PackedPage[];
  variants: { form: string; pages: PackedPage[] }[];
}

export interface Fragment {
  url: string;
  content: string;
  word_count: number;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
  anchors: { element: string; id: string; location: number; text: string }[];
  [key: string]: unknown;
}

export interface FilterIndex {
  name: string;
  values: { value: string; pages: number[] }[];
}

/** The payload of a file, gzipped or not, after checking the signature. */
export function unwrap(file: Uint8Array): Uint8Array {
  const raw = file[0] === GZIP_MAGIC[0] && file[1] === GZIP_MAGIC[1] ? zlib.gunzipSync(file) : file;
  for (let i = 0; i < signature.length; i++)
    if (raw[i] !== signature[i]) throw new Error('not a Pagefind file (no signature)');
  return raw.subarray(signature.length);
}

export function wrap(payload: Uint8Array | string, gzip = true): Uint8Array {
  const body = typeof payload === 'string' ? new TextEncoder().encode(payload) : payload;
  const raw = new Uint8Array(signature.length + body.length);
  raw.set(signature);
  raw.set(body, signature.length);
  return gzip ? zlib.gzipSync(raw, { level: 6 }) : raw;
}

// ---- metadata ---------------------------------------------------------------

export function decodeMeta(file: Uint8Array): Meta {
  const r = new Reader(unwrap(file));
  const fields = r.array();
  const version = r.text();
  const pages: MetaPage[] = [];
  for (let i = r.array(); i > 0; i--) {
    const n = r.array();
    const hash = r.text();
    const wordCount = r.int();
    const group = n > 2 ? r.text() : undefined;
    pages.push(group ? { hash, wordCount, group } : { hash, wordCount });
  }
  const chunks: MetaChunk[] = [];
  for (let i = r.array(); i > 0; i--) {
    r.array();
    chunks.push({ from: r.text(), to: r.text(), hash: r.text() });
  }
  const filters: Meta['filters'] = [];
  for (let i = r.array(); i > 0; i--) {
    r.array();
    filters.push({ name: r.text(), hash: r.text() });
  }
  const sorts: Meta['sorts'] = [];
  for (let i = r.array(); i > 0; i--) {
    r.array();
    sorts.push({ key: r.text(), pages: r.ints() });
  }
  const metaFields: string[] = [];
  if (fields > 5) for (let i = r.array(); i > 0; i--) metaFields.push(r.text());
  return { version, pages, chunks, filters, sorts, metaFields };
}

export function encodeMeta(meta: Meta, gzip = true): Uint8Array {
  const w = new Writer().array(6).text(meta.version);
  w.array(meta.pages.length);
  for (const p of meta.pages) {
    w.array(p.group ? 3 : 2)
      .text(p.hash)
      .int(p.wordCount);
    if (p.group) w.text(p.group);
  }
  w.array(meta.chunks.length);
  for (const c of meta.chunks) w.array(3).text(c.from).text(c.to).text(c.hash);
  w.array(meta.filters.length);
  for (const f of meta.filters) w.array(2).text(f.name).text(f.hash);
  w.array(meta.sorts.length);
  for (const s of meta.sorts) w.array(2).text(s.key).ints(s.pages);
  w.array(meta.metaFields.length);
  for (const f of meta.metaFields) w.text(f);
  return wrap(w.bytes(), gzip);
}

// ---- word chunks ------------------------------------------------------------

function readPages(r: Reader): PackedPage[] {
  const pages: PackedPage[] = [];
  for (let i = r.array(); i > 0; i--) {
    const n = r.array();
    const delta = r.int();
    const locs = r.ints();
    const metaLocs = n > 2 ? r.ints() : [];
    pages.push([delta, locs, metaLocs]);
  }
  return pages;
}

function writePages(w: Writer, pages: readonly PackedPage[]) {
  w.array(pages.length);
  for (const [delta, locs, metaLocs] of pages) w.array(3).int(delta).ints(locs).ints(metaLocs);
}

export function decodeChunk(file: Uint8Array): Word[] {
  const r = new Reader(unwrap(file));
  r.array();
  const words: Word[] = [];
  for (let i = r.array(); i > 0; i--) {
    const n = r.array();
    const word = r.text();
    const pages = readPages(r);
    const variants: Word['variants'] = [];
    if (n > 2) {
      for (let j = r.array(); j > 0; j--) {
        r.array();
        const form = r.text();
        variants.push({ form, pages: readPages(r) });
      }
    }
    words.push({ word, pages, variants });
  }
  return words;
}

export function encodeChunk(words: readonly Word[], gzip = true): Uint8Array {
  const w = new Writer().array(1).array(words.length);
  for (const word of words) {
    w.array(3).text(word.word);
    writePages(w, word.pages);
    w.array(word.variants.length);
    for (const v of word.variants) {
      w.array(2).text(v.form);
      writePages(w, v.pages);
    }
  }
  return wrap(w.bytes(), gzip);
}

/**
 * A word as the merge copies it: its postings left as bytes, except the first
 * posting's page delta, which the merge rewrites when it renumbers pages.
 */
export interface RawWord {
  word: string;
  /** Pages in the list. */
  count: number;
  /** The first posting's page (within its shard). */
  first: number;
  /** The last posting's page (within its shard). */
  last: number;
  /** The first posting's bytes after its page delta, then every later posting, as in the file. */
  rest: Uint8Array;
  /** Pagefind's chunk weight of these postings. */
  weight: number;
}

/**
 * The words of a chunk written by the archive (no variants; every posting `[delta, locs, metaLocs]`),
 * decoded one at a time: the merge holds a word per shard, not a chunk of them (at 10,000 speeches
 * a decoded chunk per shard took the indexer's process from 1.1 to 1.8 GB).
 */
export function* readRawWords(file: Uint8Array): Generator<RawWord> {
  const r = new Reader(unwrap(file));
  r.array();
  for (let i = r.array(); i > 0; i--) {
    const n = r.array();
    const word = r.text();
    const count = r.array();
    let page = 0;
    let first = 0;
    let restStart = 0;
    let weight = 0;
    for (let j = 0; j < count; j++) {
      if (r.array() !== 3) throw new Error(`index chunk: a posting of "${word}" is not [delta, locs, metaLocs]`);
      page += r.int();
      if (j === 0) {
        first = page;
        restStart = r.offset;
      }
      weight += r.skipInts() + r.skipInts() + 1;
    }
    const rest = r.slice(restStart);
    if (n > 2 && r.array() !== 0)
      throw new Error(`index chunk: "${word}" has variants, which the archive's index never writes`);
    yield { word, count, first, last: page, rest, weight };
  }
}

/** A chunk of merged words: each the concatenation of raw parts, pages renumbered by `offset`. */
export function encodeRawChunk(
  words: readonly { word: string; parts: readonly { raw: RawWord; offset: number }[] }[],
  gzip = true,
): Uint8Array {
  const w = new Writer().array(1).array(words.length);
  for (const { word, parts } of words) {
    w.array(3)
      .text(word)
      .array(parts.reduce((n, p) => n + p.raw.count, 0));
    let last = 0;
    for (const { raw, offset } of parts) {
      w.array(3)
        .int(offset + raw.first - last)
        .raw(raw.rest);
      last = offset + raw.last;
    }
    w.array(0);
  }
  return wrap(w.bytes(), gzip);
}

/** Pagefind's measure of a word's size when it fills chunks: locations, metadata locations and one per page. */
export const wordWeight = (w: Word): number => {
  let n = 0;
  for (const p of w.pages) n += p[1].length + p[2].length + 1;
  for (const v of w.variants) for (const p of v.pages) n += p[1].length + p[2].length + 1;
  return n;
};

/** Packs positions as Pagefind does: weight 25 first, then by weight, each group by position. */
export function packLocs(locs: readonly [weight: number, position: number][]): number[] {
  const sorted = [...locs].sort((a, b) => (a[0] === 25 ? 0 : a[0]) - (b[0] === 25 ? 0 : b[0]) || a[1] - b[1]);
  const out: number[] = [];
  let weight = 25;
  let last = 0;
  for (const [w, position] of sorted) {
    if (w !== weight) {
      out.push(-w - 1, position);
      weight = w;
    } else out.push(position - last);
    last = position;
  }
  return out;
}

/** Unpacks `locs` into [weight, position] pairs. */
export function unpackLocs(packed: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  let weight = 25;
  let last = 0;
  for (const n of packed) {
    if (n < 0) {
      weight = Math.min(255, -n - 1);
      last = 0;
    } else {
      last += n;
      out.push([weight, last]);
    }
  }
  return out;
}

/** Packs metadata positions: `-(field + 1)` then delta positions, fields in order. */
export function packMetaLocs(locs: readonly [field: number, position: number][]): number[] {
  const sorted = [...locs].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: number[] = [];
  let field: number | undefined;
  let last = 0;
  for (const [f, position] of sorted) {
    if (f !== field) {
      out.push(-f - 1);
      field = f;
      last = 0;
    }
    out.push(position - last);
    last = position;
  }
  return out;
}

export function unpackMetaLocs(packed: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  let field = 0;
  let last = 0;
  for (const n of packed) {
    if (n < 0) {
      field = -n - 1;
      last = 0;
    } else {
      last += n;
      out.push([field, last]);
    }
  }
  return out;
}

/** Absolute page numbers of a packed page list. */
export function pageNumbers(pages: readonly PackedPage[]): number[] {
  let page = 0;
  return pages.map(([delta]) => (page += delta));
}

// ---- filters ----------------------------------------------------------------

export function decodeFilter(file: Uint8Array): FilterIndex {
  const r = new Reader(unwrap(file));
  r.array();
  const name = r.text();
  const values: FilterIndex['values'] = [];
  for (let i = r.array(); i > 0; i--) {
    r.array();
    values.push({ value: r.text(), pages: r.ints() });
  }
  return { name, values };
}

export function encodeFilter(filter: FilterIndex, gzip = true): Uint8Array {
  const w = new Writer().array(2).text(filter.name).array(filter.values.length);
  for (const v of filter.values) w.array(2).text(v.value).ints(v.pages);
  return wrap(w.bytes(), gzip);
}

// ---- fragments --------------------------------------------------------------

const json = (file: Uint8Array) => JSON.parse(new TextDecoder().decode(unwrap(file))) as unknown;
export const decodeFragment = (file: Uint8Array) => json(file) as Fragment;
export const decodeFragmentGroup = (file: Uint8Array) => json(file) as Record<string, Fragment>;
export const encodeFragmentGroup = (group: Record<string, Fragment>): Uint8Array => wrap(JSON.stringify(group));

// ---- names ------------------------------------------------------------------

const utf8 = new TextEncoder();

/** Byte order of UTF-8, which is how Pagefind (Rust strings) sorts words. */
export function compareWords(a: string, b: string): number {
  if (a === b) return 0;
  // Code-point order equals UTF-8 byte order; compare by code points, not UTF-16 units.
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x - y;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}

/** For tests: the bytes of a word. */
export const wordBytes = (w: string) => utf8.encode(w);
