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
import { buildArchive } from '../../lib/archive/build.ts';
import type { ArchiveInput, InputEntry } from '../../lib/archive/types.ts';
import { checkContent } from '../../lib/content/check.ts';
import { speechYears } from '../../lib/speech-list.ts';
import { tagIndex } from '../../lib/tags.ts';
import { documentText, searchDocuments, type SearchDocument } from '../../lib/search/documents.ts';
import { toSimplified } from '../../lib/text/t2s.ts';
import type { FragmentExtra } from '../../lib/search/fragment.ts';
import type { Fragment } from './pagefind/format.ts';
import { mergeIndexes, readMeta } from './pagefind/merge.ts';
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
/** The code that turns documents into shards: a change in any of it rebuilds every shard. */
const INDEXER_CODE = ['.', './pagefind', '../../lib/text'].map((d) => fileURLToPath(new URL(`${d}/`, import.meta.url)));

/** INDEX_FORMAT and a hash of the indexer's sources (page tokens, Chinese text tools, the shard writer). */
export function indexerVersion(): string {
  const hash = createHash('sha256').update(INDEX_FORMAT);
  for (const dir of INDEXER_CODE) {
    for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.ts')).sort()) hash.update(`\n${f}\n`).update(fs.readFileSync(path.join(dir, f)));
  }
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

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

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

/** Pages per fragment file: as few as the file budget allows (each file costs a request's bytes for all its pages). */
export function fragmentsPerFile(pages: number, otherFiles: number, maxFiles = 20_000): number {
  const room = Math.max(1, maxFiles - otherFiles);
  return Math.max(1, Math.ceil(pages / room));
}

export async function buildIndex(options: IndexOptions): Promise<IndexStats> {
  const started = performance.now();
  const log = options.log ?? (() => {});
  const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
  const archive = readArchive(options.content);
  const docs = searchDocuments(archive);
  const url = (doc: SearchDocument) => base + doc.path.replace(/^\//, '');

  // Pages in shards; each shard's tokens exist only while it is written (or found in the cache).
  const byShard = new Map<string, SearchDocument[]>();
  for (const doc of docs) {
    const key = shardOf(doc);
    const list = byShard.get(key);
    if (list) list.push(doc);
    else byShard.set(key, [doc]);
  }
  const shards = [...byShard.values()];
  const n = shards.length;
  const ordered = shards.flat();

  const cache = options.cacheDir && path.join(options.cacheDir, 'search-shards');
  const work = cache ?? fs.mkdtempSync(path.join(path.dirname(options.out), '.search-shards-'));
  fs.mkdirSync(work, { recursive: true });
  const dirs: string[] = [];
  let cachedShards = 0;
  let tokens = 0;
  const version = indexerVersion();
  for (const [i, shard] of shards.entries()) {
    // A shard is keyed by its documents as the archive makes them (and the indexer's code), so an
    // unchanged shard is found in the cache before any of its text is tokenised.
    const hash = createHash('sha256').update(version);
    for (const doc of shard) hash.update(`\n${url(doc)}\n${JSON.stringify(doc)}`);
    const dir = path.join(work, hash.digest('hex').slice(0, 16));
    const done = path.join(dir, 'done');
    const cached = fs.existsSync(done) ? Number(fs.readFileSync(done, 'utf8')) : NaN;
    if (Number.isFinite(cached)) {
      cachedShards += 1;
      tokens += cached;
    } else {
      const t = performance.now();
      const indexed = shard.map((doc) => indexedPage(doc, url(doc), toSimplified));
      const count = indexed.reduce((k, p) => k + p.tokens.length + p.title.length, 0);
      tokens += count;
      writeShard(indexed, dir, INDEX_LANGUAGE);
      fs.writeFileSync(done, String(count));
      if (n <= 8) log(`shard ${i + 1}/${n}: ${shard.length} pages, ${count} tokens indexed in ${Math.round(performance.now() - t)} ms`);
    }
    dirs.push(dir);
  }
  if (n > 8 && cachedShards < n) log(`${n - cachedShards} of ${n} shards written`);
  // Shards of earlier builds that no longer exist.
  if (cache) for (const d of fs.readdirSync(work)) if (!dirs.includes(path.join(work, d)) && d !== RUNTIME_DIR && d !== 'fragments') fs.rmSync(path.join(work, d), { recursive: true, force: true });
  const runtime = await runtimeFiles(path.join(work, RUNTIME_DIR), INDEX_LANGUAGE);

  // The merged index, written beside `out` and moved into place whole.
  const byUrl = new Map(ordered.map((doc) => [url(doc), doc]));
  // Files besides fragments: a page for each document, the index's chunks, the JSON beside each conference and
  // series page, and a few hundred more (list pages, assets, Pagefind's runtime and filter files); the fragments
  // share what is left of the hosts' limit. Merged chunks are cut at the same weight as the shards' own, so there
  // are about as many as the shards have together (fewer when words repeat across shards).
  const indexChunks = dirs.reduce((k, d) => k + readMeta(d).chunks.length, 0);
  const dataFiles = ordered.filter((d) => /^\/(conferences|series)\/[^/]+\/$/.test(d.path)).length;
  // Pages search does not index but the site builds one of per tag and per year of speeches (/tags/…, /speeches/<year>/):
  // 247 tags at 10,000 speeches of the benchmark, most of the 300 files' margin.
  const listPages = tagIndex(archive).tags.length + speechYears(archive).length;
  const perFile = options.fragmentsPerFile ?? fragmentsPerFile(ordered.length, ordered.length + indexChunks + dataFiles + listPages + 300, options.maxFiles);
  const groupOf = new Map<string, string>();
  let run: { key: string; size: number } = { key: '', size: 0 };
  for (const doc of ordered) {
    if (!run.key.startsWith(`${doc.group}#`) || run.size >= perFile) run = { key: `${doc.group}#${doc.path}`, size: 0 };
    run.size += 1;
    groupOf.set(url(doc), run.key);
  }
  const tmp = `${options.out}.tmp`;
  fs.rmSync(tmp, { recursive: true, force: true });
  const stats = mergeIndexes(dirs, {
    language: INDEX_LANGUAGE,
    fragmentCache: cache ? path.join(work, 'fragments') : undefined,
    sortValue: (u, key) => (key === 'date' ? byUrl.get(u)?.date : undefined),
    group: (u) => groupOf.get(u) ?? u,
    runtime,
    fragment: (u, wordCount): Fragment => {
      const doc = byUrl.get(u);
      if (!doc) throw new Error(`the index holds ${u}, which no search document has`);
      const { text, sections, prose } = documentText(doc);
      options.onText?.(text);
      return {
        url: u,
        content: text,
        word_count: wordCount,
        filters: doc.filters,
        meta: { title: doc.title, ...(doc.meta as Record<string, string>) },
        anchors: [],
        yilu: { sections, keywords: doc.keywords.join(' '), date: doc.date, prose } satisfies FragmentExtra,
      };
    },
    write: (file, content) => {
      const target = path.join(tmp, file);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, content);
    },
  });
  fs.rmSync(options.out, { recursive: true, force: true });
  fs.renameSync(tmp, options.out);
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
