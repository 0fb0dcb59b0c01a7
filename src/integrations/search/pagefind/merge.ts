/**
 * Merges index shards (writer.ts) into the one index readers' browsers load, as
 * Pagefind would have written it for every page at once: one page list, one word
 * list (a word's postings from every shard joined, page numbers renumbered), one
 * set of filters, one metadata file, Pagefind's runtime. Pages are named by their
 * date's rank and number (no sort list: lib/search/fragment.ts pageName).
 *
 * Shards bound the memory of building (one shard's words at a time) and let an
 * unchanged shard be reused from the cache; merged, a query still loads one chunk
 * per word (Pagefind's own multisite merging in the browser would load one chunk
 * per word and shard). Words stream through in order, one decoded chunk per shard
 * at a time, so the merge's memory is bounded too.
 *
 * Fragments are the archive's own: the caller gives each page's fragment (its text
 * and what a result shows) and a group key; pages with the same key share one
 * fragment file, as Pagefind 1.6's `maxFragments` does, which keeps the number of
 * files within hosts' limits.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { MOST_DATES, pageName } from '../../../lib/search/fragment.ts';
import {
  VERSION,
  compareWords,
  decodeFilter,
  decodeMeta,
  encodeFilter,
  wrap,
  encodeMeta,
  encodeRawChunk,
  readRawWords,
  type Fragment,
  type Meta,
  type MetaChunk,
  type MetaPage,
  type RawWord,
} from './format.ts';

export interface MergeOptions {
  /** The index language (`und`). */
  language: string;
  /** Chunk size in Pagefind's unit (positions + pages per chunk); Pagefind's default is 20,000. */
  chunkWeight?: number;
  /**
   * The date of the page at `url` (any string that sorts as dates do), or undefined when it has
   * none. Its rank among the index's dates leads the page's name (lib/search/fragment.ts pageName),
   * so that the browser orders results by date without a sort list in the metadata.
   */
  date(url: string): string | undefined;
  /** The fragment a reader's browser gets for the page at `url`. */
  fragment(url: string, wordCount: number): Fragment;
  /**
   * Pages with the same group key share one fragment file. Asked once the index's chunks and
   * filters are written, with how many files they took, so the caller can share the fragments
   * out over what is left of a file budget.
   */
  groupBy(indexFiles: number): (url: string) => string;
  /** Pagefind's runtime files (pagefind.js, pagefind-worker.js, the wasm) to publish beside the index. */
  runtime: string[];
  /** Writes one output file (path relative to the bundle directory). */
  write(file: string, content: Uint8Array): void;
  /** Keeps compressed fragment files between builds here: an unchanged group is not compressed again. */
  fragmentCache?: string;
}

export interface MergeStats {
  pages: number;
  words: number;
  chunks: number;
  fragmentFiles: number;
}

interface Shard {
  dir: string;
  meta: Meta;
  /** First global page number of this shard. */
  offset: number;
}

const shortHash = (bytes: Uint8Array | string, length = 7) =>
  createHash('sha1').update(bytes).digest('hex').slice(0, length);

export function readMeta(dir: string): Meta {
  const file = fs.readdirSync(dir).find((f) => f.endsWith('.pf_meta'));
  if (!file) throw new Error(`no index metadata in ${dir}`);
  const meta = decodeMeta(fs.readFileSync(path.join(dir, file)));
  if (meta.version !== VERSION)
    throw new Error(`${dir}: a Pagefind ${meta.version} index; the merge writes ${VERSION}`);
  return meta;
}

/** Pagefind's chunk boundaries: each chunk's last and the next one's first word trimmed to the shortest distinguishing prefixes. */
export function chunkBounds(chunks: readonly { first: string; last: string }[]): { from: string; to: string }[] {
  const named = chunks.map((c) => ({ from: c.first, to: c.last }));
  for (let i = 0; i + 1 < named.length; i++) {
    const a = [...named[i]!.to];
    const b = [...named[i + 1]!.from];
    let common = 0;
    while (common < a.length && common < b.length && a[common] === b[common]) common++;
    const aPrefix = a.slice(0, common + 1).join('');
    const bPrefix = b.slice(0, common + 1).join('');
    if (compareWords(aPrefix, named[i]!.from) >= 0) named[i]!.to = aPrefix;
    named[i + 1]!.from = bPrefix;
  }
  return named;
}

/** A shard's words in order, one chunk read at a time. */
function* wordsOf(shard: Shard): Generator<RawWord> {
  for (const chunk of shard.meta.chunks)
    yield* readRawWords(fs.readFileSync(path.join(shard.dir, 'index', `${chunk.hash}.pf_index`)));
}

interface Stream {
  shard: Shard;
  it: Generator<RawWord>;
  head: RawWord | undefined;
}

/** A binary min-heap of word streams by their next word (then by shard, for a stable order). */
class WordHeap {
  private items: Stream[] = [];
  constructor(streams: Stream[]) {
    for (const s of streams) this.push(s);
  }
  get size() {
    return this.items.length;
  }
  private less(a: Stream, b: Stream) {
    return (
      compareWords(a.head!.word, b.head!.word) < 0 || (a.head!.word === b.head!.word && a.shard.offset < b.shard.offset)
    );
  }
  peek(): Stream {
    return this.items[0]!;
  }
  push(s: Stream) {
    const h = this.items;
    h.push(s);
    for (let i = h.length - 1; i > 0; ) {
      const p = (i - 1) >> 1;
      if (!this.less(h[i]!, h[p]!)) break;
      [h[i], h[p]] = [h[p]!, h[i]!];
      i = p;
    }
  }
  pop(): Stream {
    const h = this.items;
    const top = h[0]!;
    const last = h.pop()!;
    if (h.length) {
      h[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && this.less(h[l]!, h[m]!)) m = l;
        if (r < h.length && this.less(h[r]!, h[m]!)) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m]!, h[i]!];
        i = m;
      }
    }
    return top;
  }
}

/** The shards with their page offsets; postings are copied as bytes, so every shard must number its metadata fields alike. */
function openShards(shardDirs: readonly string[]): { shards: Shard[]; metaFields: string[] } {
  const shards: Shard[] = [];
  let offset = 0;
  for (const dir of shardDirs) {
    const meta = readMeta(dir);
    shards.push({ dir, meta, offset });
    offset += meta.pages.length;
  }
  // The writer always numbers them alike.
  const metaFields = shards[0]?.meta.metaFields ?? [];
  for (const s of shards) {
    if (s.meta.metaFields.join('\n') !== metaFields.join('\n'))
      throw new Error(`${s.dir}: metadata fields ${s.meta.metaFields.join(', ')} differ from ${metaFields.join(', ')}`);
  }
  return { shards, metaFields };
}

/**
 * The pages' fragments, grouped into files by the caller's key and named by content (so
 * hosts may cache them for good; a name is longer only on a clash). Sets each page's
 * `group`; returns the number of files. `indexFiles`: how many files the index's chunks and filters took. Files unchanged since the last build come from
 * the fragment cache, which keeps only this build's.
 */
function writeFragments(urls: string[], pages: MetaPage[], indexFiles: number, options: MergeOptions): number {
  const groups = new Map<string, number[]>();
  const group = options.groupBy(indexFiles);
  urls.forEach((url, i) => {
    const key = group(url);
    const members = groups.get(key);
    if (members) members.push(i);
    else groups.set(key, [i]);
  });
  const usedNames = new Set<string>();
  const cache = options.fragmentCache;
  const kept = new Set<string>();
  if (cache) fs.mkdirSync(cache, { recursive: true });
  for (const members of groups.values()) {
    const fragments: Record<string, Fragment> = {};
    for (const i of members) fragments[pages[i]!.hash] = options.fragment(urls[i]!, pages[i]!.wordCount);
    const json = JSON.stringify(fragments);
    const full = shortHash(json, 40);
    let length = 6;
    while (usedNames.has(full.slice(0, length))) length += 1;
    usedNames.add(full.slice(0, length));
    const name = `g${full.slice(0, length)}`;
    const cached = cache && path.join(cache, full);
    let bytes: Uint8Array;
    if (cached && fs.existsSync(cached)) bytes = fs.readFileSync(cached);
    else {
      bytes = wrap(json);
      if (cached) fs.writeFileSync(cached, bytes);
    }
    kept.add(full);
    options.write(`fragment/${name}.pf_fragment`, bytes);
    for (const i of members) pages[i]!.group = name;
  }
  if (cache) for (const f of fs.readdirSync(cache)) if (!kept.has(f)) fs.rmSync(path.join(cache, f), { force: true });
  return groups.size;
}

/** Words: a k-way merge of the shards' sorted word streams (a heap of their heads), cut into chunks of `chunkWeight`. */
function mergeWords(shards: Shard[], options: MergeOptions): { chunks: MetaChunk[]; words: number } {
  const { language, write } = options;
  const chunkWeight = options.chunkWeight ?? 20_000;
  const streams = shards.map((shard) => {
    const it = wordsOf(shard);
    return { shard, it, head: it.next().value as RawWord | undefined };
  });
  const heap = new WordHeap(streams.filter((s) => s.head));
  const chunks: { first: string; last: string; hash: string }[] = [];
  let current: { word: string; parts: { raw: RawWord; offset: number }[] }[] = [];
  let weight = 0;
  let words = 0;
  const flush = () => {
    if (!current.length) return;
    const bytes = encodeRawChunk(current);
    const hash = `${language}_${shortHash(bytes)}`;
    write(`index/${hash}.pf_index`, bytes);
    chunks.push({ first: current[0]!.word, last: current[current.length - 1]!.word, hash });
    current = [];
    weight = 0;
  };
  while (heap.size) {
    const next = heap.peek().head!.word;
    const parts: { raw: RawWord; offset: number }[] = [];
    while (heap.size && heap.peek().head!.word === next) {
      const s = heap.pop();
      parts.push({ raw: s.head!, offset: s.shard.offset });
      weight += s.head!.weight;
      s.head = s.it.next().value as RawWord | undefined;
      if (s.head) heap.push(s);
    }
    // Shards join in page order, so each word's page list stays ascending.
    parts.sort((a, b) => a.offset - b.offset);
    current.push({ word: next, parts });
    words += 1;
    if (weight >= chunkWeight) flush();
  }
  flush();
  const bounds = chunkBounds(chunks);
  return { chunks: chunks.map((c, i) => ({ ...bounds[i]!, hash: c.hash })), words };
}

/** Filters: each filter's values across shards, pages renumbered. */
function mergeFilters(shards: Shard[], { language, write }: MergeOptions): Meta['filters'] {
  const filters = new Map<string, Map<string, number[]>>();
  for (const shard of shards) {
    for (const f of shard.meta.filters) {
      const decoded = decodeFilter(fs.readFileSync(path.join(shard.dir, 'filter', `${f.hash}.pf_filter`)));
      const values = filters.get(decoded.name) ?? new Map<string, number[]>();
      for (const v of decoded.values) {
        const list = values.get(v.value) ?? [];
        for (const p of v.pages) list.push(p + shard.offset);
        values.set(v.value, list);
      }
      filters.set(decoded.name, values);
    }
  }
  return [...filters]
    .sort(([a], [b]) => compareWords(a, b))
    .map(([name, values]) => {
      const bytes = encodeFilter({
        name,
        values: [...values].sort(([a], [b]) => compareWords(a, b)).map(([value, ps]) => ({ value, pages: ps })),
      });
      const hash = `${language}_${shortHash(bytes)}`;
      write(`filter/${hash}.pf_filter`, bytes);
      return { name, hash };
    });
}

/** Each page's date rank: 0 for none, then 1… for the index's distinct dates, oldest first. */
export function dateRanks(dates: readonly (string | undefined)[]): number[] {
  const distinct = [...new Set(dates.filter((d): d is string => d !== undefined))].sort(compareWords);
  if (distinct.length >= MOST_DATES)
    throw new Error(`${distinct.length} distinct dates; page names rank at most ${MOST_DATES - 1}`);
  const rank = new Map(distinct.map((d, i) => [d, i + 1]));
  return dates.map((d) => (d === undefined ? 0 : rank.get(d)!));
}

/**
 * A page's word count as the metadata gives it to Pagefind's ranking, which uses it only to
 * normalise for length: rounded to the nearest power of 2^¼ (at most a ninth off), so that a few
 * dozen values recur and compress in the metadata every first search loads (27 KB less at 15,000
 * pages than exact counts). Counts under 8 stay exact.
 */
export function roundWordCount(n: number): number {
  if (n < 8) return n;
  return Math.round(2 ** (Math.round(4 * Math.log2(n)) / 4));
}

/** The entry file (naming the metadata file) and Pagefind's runtime. */
function writeEntry(metaHash: string, pageCount: number, { language, runtime, write }: MergeOptions): void {
  const entryFile = runtime.find((f) => path.basename(f) === 'pagefind-entry.json');
  if (!entryFile) throw new Error('Pagefind runtime files: no pagefind-entry.json');
  const entry = JSON.parse(fs.readFileSync(entryFile, 'utf8')) as {
    languages: Record<string, { wasm: string | null }>;
    include_characters?: string[];
  };
  const wasm = entry.languages[language]?.wasm ?? null;
  write(
    'pagefind-entry.json',
    new TextEncoder().encode(
      JSON.stringify({
        version: VERSION,
        languages: { [language]: { hash: metaHash, wasm, page_count: pageCount } },
        include_characters: entry.include_characters,
      }),
    ),
  );
  for (const f of runtime) if (path.basename(f) !== 'pagefind-entry.json') write(path.basename(f), fs.readFileSync(f));
}

export function mergeIndexes(shardDirs: readonly string[], options: MergeOptions): MergeStats {
  const { shards, metaFields } = openShards(shardDirs);
  // Pages (a shard's page "hash" is its URL), renamed short: every page's name and fragment file are in the
  // metadata every first search loads.
  const urls = shards.flatMap((s) => s.meta.pages.map((p) => p.hash));
  const ranks = dateRanks(urls.map((u) => options.date(u)));
  const pages: MetaPage[] = shards
    .flatMap((s) => s.meta.pages)
    .map((p, i) => ({ hash: pageName(ranks[i]!, i), wordCount: roundWordCount(p.wordCount) }));
  const { chunks, words } = mergeWords(shards, options);
  const filters = mergeFilters(shards, options);
  // Fragments last: they share the file budget with the index's chunks and filters.
  const fragmentFiles = writeFragments(urls, pages, chunks.length + filters.length, options);
  // No sort lists: the page names carry the date order.
  const meta: Meta = { version: VERSION, pages, chunks, filters, sorts: [], metaFields };
  const metaBytes = encodeMeta(meta);
  const metaHash = `${options.language}_${shortHash(metaBytes, 11)}`;
  options.write(`pagefind.${metaHash}.pf_meta`, metaBytes);
  writeEntry(metaHash, pages.length, options);
  return { pages: pages.length, words, chunks: chunks.length, fragmentFiles };
}
