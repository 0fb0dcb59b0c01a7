/**
 * Builds the search index from the content, not from the built pages, so it runs
 * beside Astro's rendering (src/integrations/search/worker.ts):
 *
 * 1. the content is read and checked as `npm run check` does, and the archive
 *    graph built as the pages build it (drafts left out);
 * 2. every searchable page becomes a search document (src/lib/search/documents.ts)
 *    and the tokens the index holds (page-tokens.ts);
 * 3. pages are spread over shards that follow the archive (a conference with its
 *    speeches; people and organizations by the initial of their id), each written in
 *    Pagefind's format (pagefind/writer.ts) in bounded memory; a shard whose pages
 *    did not change since the last build comes from the cache, so an edit costs one
 *    shard;
 * 4. the shards are merged into one index (pagefind/merge.ts), whose fragments
 *    carry each page's text, grouped so the output stays within hosts' file limits.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { buildArchive } from '../../lib/archive/build.ts';
import type { ArchiveInput, InputEntry } from '../../lib/archive/types.ts';
import { checkContent } from '../../lib/content/check.ts';
import { speechYears } from '../../lib/speech-list.ts';
import { tagIndex } from '../../lib/tags.ts';
import { documentText, searchDocuments, type SearchDocument } from '../../lib/search/documents.ts';
import { toSimplified } from '../../lib/text/t2s.ts';
import type { FragmentExtra } from '../../lib/search/fragment.ts';
import type { Fragment } from './pagefind/format.ts';
import { mergeIndexes } from './pagefind/merge.ts';
import { runtimeFiles, writeShard } from './pagefind/writer.ts';
import { INDEX_LANGUAGE, indexedPage } from './page-tokens.ts';

export interface IndexOptions {
  /** Content root (YILU_CONTENT). */
  content: string;
  /** Site base, `/` or `/yilu/`: indexed URLs carry it. */
  base: string;
  /** Where the finished bundle is written (its parent must exist); replaced whole. */
  out: string;
  /** Cache of shard indexes between builds; none: every shard is built. */
  cacheDir?: string;
  /** Pages per fragment file (default: as few as `maxFiles` allows, see fragmentsPerFile). */
  fragmentsPerFile?: number;
  /** The most files the whole site may have (default 20,000: Cloudflare Pages' free plan). */
  maxFiles?: number;
  log?: (message: string) => void;
  /** Called with every indexed page's text (the 繁 phrase table is scanned from them). */
  onText?: (text: string) => void;
}

export interface IndexStats {
  pages: number;
  shards: number;
  /** Shards reused from the cache. */
  cachedShards: number;
  tokens: number;
  words: number;
  chunks: number;
  fragmentFiles: number;
  ms: number;
}

/** Bump when the shard format changes in a way the indexer's code does not show (it is hashed too: indexerVersion). */
const INDEX_FORMAT = 'yilu-index-2';
/** What turns documents into shards (page tokens, the shard writer, the T→S converter the tokens go through). */
const INDEXER_ENTRIES = ['./page-tokens.ts', './pagefind/writer.ts', '../../lib/text/t2s.ts'].map((p) =>
  fileURLToPath(new URL(p, import.meta.url)),
);

const HERE = fileURLToPath(new URL('.', import.meta.url));

/** Every source file of the project `entries` import, followed through their imports (esbuild's module graph). */
export function sourcesOf(entries: string[]): string[] {
  const { metafile } = buildSync({
    entryPoints: entries,
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    packages: 'external',
    logLevel: 'silent',
    outdir: 'out',
  });
  return Object.keys(metafile.inputs)
    .map((f) => path.resolve(f))
    .sort();
}

/** INDEX_FORMAT and a hash of the indexer's sources: a change in any file they import rebuilds every shard. */
export function indexerVersion(): string {
  const hash = createHash('sha256').update(INDEX_FORMAT);
  for (const file of sourcesOf(INDEXER_ENTRIES))
    hash.update(`\n${path.relative(HERE, file)}\n`).update(fs.readFileSync(file));
  return hash.digest('hex');
}
/** Pagefind's runtime files, kept in the shard cache (named by Pagefind's version). */
const RUNTIME_DIR = 'runtime-pagefind-1.6.0';

/** The archive as the pages see it, from the content files. Throws on content errors (the build refuses them first). */
export function readArchive(content: string) {
  const result = checkContent(content, { warnings: false });
  if (result.errors.length) throw new Error(`content has ${result.errors.length} errors; run npm run check`);
  const input = Object.fromEntries(
    Object.entries(result.index).map(([name, entries]) => [
      name,
      [...(entries as Map<string, { id: string; data: unknown; file: string; body?: string }>).values()].map(
        (e): InputEntry<unknown> => ({ id: e.id, data: e.data, filePath: e.file, body: e.body }),
      ),
    ]),
  ) as unknown as ArchiveInput;
  return buildArchive(input, { includeDrafts: false });
}

/**
 * The shard of a page: its conference for conferences and speeches, the initial of
 * its id for people and organizations, one for series and regions. Shards follow
 * records, not sizes, so an edit never moves a page to another shard.
 */
export function shardOf(doc: SearchDocument): string {
  const [, kind, id = ''] = doc.path.split('/');
  if (kind === 'conferences') return `conferences/${id}`;
  if (kind === 'people' || kind === 'organizations') return `${kind}/${id.charAt(0)}`;
  return 'other';
}

/**
 * Pages per fragment file: as few as the file budget allows (each file costs a request's bytes
 * for all its pages). Pages share a file only within their group (a conference with its
 * speeches, people, organizations…), so each group ends in a file of its own: the smallest
 * `n` for which the groups, cut into files of `n` pages, fit in `room` files — but never more
 * than `most`: past that a query's results cost more bytes than any host's file limit is worth
 * (at 50,000 speeches the pages alone are over every free host's limit; one file per group
 * there made a first search 2.6 MB).
 */
export function fragmentsPerFile(groupSizes: readonly number[], room: number, most = MOST_PAGES_PER_FILE): number {
  const files = (n: number) => groupSizes.reduce((k, size) => k + Math.ceil(size / n), 0);
  let [low, high] = [1, Math.max(1, most)];
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (files(mid) <= room) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** The most pages a fragment file holds (10,000 speeches need 9 to stay within 20,000 files). */
export const MOST_PAGES_PER_FILE = 12;

/** Sizes of the runs of consecutive documents that share a group. */
export function groupRuns(docs: readonly { group: string }[]): number[] {
  const sizes: number[] = [];
  docs.forEach((d, i) => {
    if (i > 0 && docs[i - 1]!.group === d.group) sizes[sizes.length - 1]! += 1;
    else sizes.push(1);
  });
  return sizes;
}

/** The pages in their shards, in shard order (Map keeps the order shards were first met). */
function groupByShard(docs: SearchDocument[]): SearchDocument[][] {
  const byShard = new Map<string, SearchDocument[]>();
  for (const doc of docs) {
    const key = shardOf(doc);
    const list = byShard.get(key);
    if (list) list.push(doc);
    else byShard.set(key, [doc]);
  }
  return [...byShard.values()];
}

interface WrittenShards {
  /** Each shard's index directory, in shard order. */
  dirs: string[];
  cachedShards: number;
  tokens: number;
}

/**
 * Writes each shard's index into `work`, or finds it there: a shard is keyed by its
 * documents as the archive makes them (and the indexer's code), so an unchanged shard
 * is found in the cache before any of its text is tokenised. Each shard's tokens exist
 * only while it is written.
 */
function writeShards(
  shards: SearchDocument[][],
  work: string,
  url: (doc: SearchDocument) => string,
  log: (message: string) => void,
): WrittenShards {
  const n = shards.length;
  const version = indexerVersion();
  const written: WrittenShards = { dirs: [], cachedShards: 0, tokens: 0 };
  for (const [i, shard] of shards.entries()) {
    const hash = createHash('sha256').update(version);
    for (const doc of shard) hash.update(`\n${url(doc)}\n${JSON.stringify(doc)}`);
    const dir = path.join(work, hash.digest('hex').slice(0, 16));
    const done = path.join(dir, 'done');
    const cached = fs.existsSync(done) ? Number(fs.readFileSync(done, 'utf8')) : NaN;
    if (Number.isFinite(cached)) {
      written.cachedShards += 1;
      written.tokens += cached;
    } else {
      const t = performance.now();
      const indexed = shard.map((doc) => indexedPage(doc, url(doc), toSimplified));
      const count = indexed.reduce((k, p) => k + p.tokens.length + p.title.length, 0);
      written.tokens += count;
      writeShard(indexed, dir, INDEX_LANGUAGE);
      fs.writeFileSync(done, String(count));
      if (n <= 8)
        log(
          `shard ${i + 1}/${n}: ${shard.length} pages, ${count} tokens indexed in ${Math.round(performance.now() - t)} ms`,
        );
    }
    written.dirs.push(dir);
  }
  if (n > 8 && written.cachedShards < n) log(`${n - written.cachedShards} of ${n} shards written`);
  return written;
}

/** Removes the shards of earlier builds that no longer exist from the cache. */
function pruneCache(work: string, keep: string[]): void {
  for (const d of fs.readdirSync(work)) {
    if (!keep.includes(path.join(work, d)) && d !== RUNTIME_DIR && d !== 'fragments')
      fs.rmSync(path.join(work, d), { recursive: true, force: true });
  }
}

/**
 * The fragment file of each page (by URL): neighbouring pages of one group (a conference and its speeches…)
 * share a file, `perFile` at most, so the whole site stays within the hosts' file limit.
 */
function fragmentGroups(
  ordered: SearchDocument[],
  url: (doc: SearchDocument) => string,
  perFile: number,
): Map<string, string> {
  const groupOf = new Map<string, string>();
  let run: { key: string; size: number } = { key: '', size: 0 };
  for (const doc of ordered) {
    if (!run.key.startsWith(`${doc.group}#`) || run.size >= perFile) run = { key: `${doc.group}#${doc.path}`, size: 0 };
    run.size += 1;
    groupOf.set(url(doc), run.key);
  }
  return groupOf;
}

/**
 * Pages per fragment file for this index, once the merge has written `indexFiles` chunk and filter files.
 * Files besides fragments: a page for each document, the index's files, the JSON beside each conference and
 * series page, and a few hundred more (list pages, assets, Pagefind's runtime); the fragments share what is
 * left of the hosts' limit.
 */
function pagesPerFragmentFile(
  ordered: SearchDocument[],
  listPages: number,
  indexFiles: number,
  options: IndexOptions,
): number {
  if (options.fragmentsPerFile) return options.fragmentsPerFile;
  const dataFiles = ordered.filter((d) => /^\/(conferences|series)\/[^/]+\/$/.test(d.path)).length;
  const room = (options.maxFiles ?? 20_000) - (ordered.length + indexFiles + dataFiles + listPages + 300);
  return fragmentsPerFile(groupRuns(ordered), room);
}

/** A page's fragment: its text as readers see it, its filters and metadata, and the archive's own field `yilu`. */
function fragmentOf(doc: SearchDocument, u: string, wordCount: number, onText?: (text: string) => void): Fragment {
  const { text, sections, prose } = documentText(doc);
  onText?.(text);
  return {
    url: u,
    content: text,
    word_count: wordCount,
    filters: doc.filters,
    meta: { title: doc.title, ...(doc.meta as Record<string, string>) },
    anchors: [],
    yilu: { sections, keywords: doc.keywords.join(' '), date: doc.date, prose } satisfies FragmentExtra,
  };
}

/** Writes into a directory beside `out` and moves it into place whole. */
function writeWhole<T>(out: string, write: (writeFile: (file: string, content: Uint8Array) => void) => T): T {
  const tmp = `${out}.tmp`;
  fs.rmSync(tmp, { recursive: true, force: true });
  const result = write((file, content) => {
    const target = path.join(tmp, file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, content);
  });
  fs.rmSync(out, { recursive: true, force: true });
  fs.renameSync(tmp, out);
  return result;
}

/**
 * The search documents in their shards, and how many list pages the site builds besides (one per tag
 * and per year of speeches: /tags/…, /speeches/<year>/). The archive graph they are made from is not
 * kept: the merge holds the documents only.
 */
function readDocuments(content: string): { shards: SearchDocument[][]; listPages: number } {
  const archive = readArchive(content);
  return {
    shards: groupByShard(searchDocuments(archive)),
    listPages: tagIndex(archive).tags.length + speechYears(archive).length,
  };
}

export async function buildIndex(options: IndexOptions): Promise<IndexStats> {
  const started = performance.now();
  const log = options.log ?? (() => {});
  const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
  const url = (doc: SearchDocument) => base + doc.path.replace(/^\//, '');
  const { shards, listPages } = readDocuments(options.content);
  const ordered = shards.flat();

  const cache = options.cacheDir && path.join(options.cacheDir, 'search-shards');
  const work = cache ?? fs.mkdtempSync(path.join(path.dirname(options.out), '.search-shards-'));
  fs.mkdirSync(work, { recursive: true });
  const { dirs, cachedShards, tokens } = writeShards(shards, work, url, log);
  if (cache) pruneCache(work, dirs);
  const runtime = await runtimeFiles(path.join(work, RUNTIME_DIR), INDEX_LANGUAGE);

  const byUrl = new Map(ordered.map((doc) => [url(doc), doc]));
  const stats = writeWhole(options.out, (write) =>
    mergeIndexes(dirs, {
      language: INDEX_LANGUAGE,
      fragmentCache: cache ? path.join(work, 'fragments') : undefined,
      date: (u) => byUrl.get(u)?.date,
      groupBy: (indexFiles) => {
        const groupOf = fragmentGroups(ordered, url, pagesPerFragmentFile(ordered, listPages, indexFiles, options));
        return (u) => groupOf.get(u) ?? u;
      },
      runtime,
      fragment: (u, wordCount): Fragment => {
        const doc = byUrl.get(u);
        if (!doc) throw new Error(`the index holds ${u}, which no search document has`);
        return fragmentOf(doc, u, wordCount, options.onText);
      },
      write,
    }),
  );
  if (!cache) fs.rmSync(work, { recursive: true, force: true });
  return {
    pages: stats.pages,
    shards: dirs.length,
    cachedShards,
    tokens,
    words: stats.words,
    chunks: stats.chunks,
    fragmentFiles: stats.fragmentFiles,
    ms: Math.round(performance.now() - started),
  };
}
