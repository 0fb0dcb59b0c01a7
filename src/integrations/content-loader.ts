/**
 * The Astro loader for every collection: Astro's glob() loader (its file
 * matching, Markdown/MDX rendering and dev-server watching), except that each
 * record's data is read by the content check's own reader (src/lib/content/read.ts)
 * before the schema sees it.
 *
 * Why: Astro parses YAML with timestamps on, so an unquoted `startDate: 2024-13-45`
 * reaches the schema as the Date 2025-02-14 and passes. The content check's reader
 * parses YAML 1.2 "core" (no timestamp type): dates stay the text that was written,
 * and the schemas refuse an impossible one. The build and the dev server thus see
 * exactly the data `npm run check` sees.
 *
 * In the dev server (the loader is given a watcher) a record that does not parse or
 * validate is stored as read instead of stopping the server: the preview then
 * shows the content check's errors in place of every page (src/integrations/
 * content-check.ts) until the file is fixed, and the next save stores it validated.
 * A build never gets here with bad content: the content check refuses it first.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { UNCHECKED } from '../lib/content/live-channel.ts';
import { parseEntry, patternToRegExp, splitFrontmatter } from '../lib/content/read.ts';
import { COLLECTIONS, entryId, type CollectionName } from '../schemas/layout.ts';

export function contentLoader(collection: CollectionName, root: string): Loader {
  const { dir, pattern } = COLLECTIONS[collection];
  // Bodies are not kept in the store: pages show the rendered Markdown, and the search index reads the files.
  const files = glob({
    pattern,
    base: `${root}/${dir}`,
    retainBody: false,
    generateId: ({ entry }) => entryId(collection, entry),
  });
  return {
    name: 'yilu-content',
    load: async (context) => {
      const dev = !!context.watcher;
      const parseData: LoaderContext['parseData'] = async (props) => {
        const text = props.filePath ? fs.readFileSync(props.filePath, 'utf8') : '';
        const data = readData(collection, props.id, props.filePath, text, dev) as typeof props.data;
        try {
          return await context.parseData({ ...props, data });
        } catch (error) {
          if (!context.watcher) throw error;
          // In dev a record that does not validate is stored as read, marked, for getArchive() to refuse.
          lookAgainLater(context.watcher, props.filePath!, text);
          return { ...data, [UNCHECKED]: true };
        }
      };
      forgetOtherRoots(context, path.resolve(root, COLLECTIONS[collection].dir));
      await files.load({ ...context, parseData, ...recordEntryTypes(context, dev) });
      if (context.watcher) reloadTwinsOnDelete(context.watcher, collection, root);
    },
  };
}

/**
 * A file read while the editor's save was still writing it fails to validate, and
 * the watcher may drop the event that follows closely: if the file has changed
 * half a second later, glob() is told to load it again.
 */
function lookAgainLater(watcher: NonNullable<LoaderContext['watcher']>, file: string, read: string): void {
  setTimeout(() => {
    let now: string | undefined;
    try {
      now = fs.readFileSync(file, 'utf8');
    } catch {
      return;
    }
    if (now !== read) watcher.emit('change', file);
  }, 500);
}

/**
 * `index.md` beside `index.mdx` (or `01-x.md` beside `01-x.mdx`) are two files for
 * one id, an error the content check reports. When the editor deletes one of them,
 * glob() deletes the id, and with it the record of the file that stays: that file
 * is loaded again here, so the preview does not lose it.
 */
function reloadTwinsOnDelete(
  watcher: NonNullable<LoaderContext['watcher']>,
  collection: CollectionName,
  root: string,
): void {
  const base = path.resolve(root, COLLECTIONS[collection].dir);
  const pattern = patternToRegExp(COLLECTIONS[collection].pattern);
  watcher.on('unlink', (deleted) => {
    const m = /^(.*)\.(md|mdx)$/.exec(deleted);
    if (!m || !pattern.test(path.relative(base, deleted).split(path.sep).join('/'))) return;
    const twin = `${m[1]}.${m[2] === 'md' ? 'mdx' : 'md'}`;
    if (fs.existsSync(twin)) watcher.emit('change', twin);
  });
}

/**
 * The dev server keeps its store in .astro/ between runs, and glob() keeps an
 * unchanged record as stored, file path included. Records stored from another
 * content root (YILU_CONTENT pointed elsewhere last time) are dropped first, so
 * they are loaded again with their real path (for edit links and the preview's notes).
 */
function forgetOtherRoots(context: LoaderContext, base: string): void {
  const projectRoot = fileURLToPath(context.config.root);
  for (const id of context.store.keys()) {
    const file = context.store.get(id)?.filePath;
    if (file && path.relative(base, path.resolve(projectRoot, file)).startsWith('..')) context.store.delete(id);
  }
}

/** A record's data as the content check reads it: YAML without timestamps. */
function readData(
  collection: CollectionName,
  id: string,
  file: string | undefined,
  text: string,
  dev: boolean,
): Record<string, unknown> {
  if (!file) throw new Error(`yilu-content: ${collection}/${id} has no file`);
  const { entry, problems } = parseEntry(collection, id, file, text);
  if (entry) return entry.data as Record<string, unknown>;
  if (dev) return {};
  throw new Error(`${file}: ${problems.map((p) => p.message).join('；')}`);
}

/** What glob() calls to split a file into data and body. Astro passes these to loaders, though LoaderContext does not declare them. */
interface EntryType {
  getEntryInfo(params: { contents: string; fileUrl: URL }): unknown;
  getRenderFunction?: unknown;
}

/**
 * The entry types glob() is given: `.md` without its render function, so the store keeps
 * a Markdown record's data only and the pages render its body from the file
 * (src/site/markdown.ts): no HTML in the store, which Astro bundles for the pages. In
 * dev, also tolerant of broken YAML (tolerantEntryTypes).
 */
function recordEntryTypes(context: LoaderContext, dev: boolean): { entryTypes?: Map<string, EntryType> } {
  const given = (dev ? tolerantEntryTypes(context) : entryTypesOf(context)).entryTypes;
  if (!given) return {};
  const types = new Map(given);
  const md = types.get('.md');
  if (md) {
    const { getRenderFunction: _render, ...rest } = md;
    types.set('.md', rest);
  }
  return { entryTypes: types };
}

function entryTypesOf(context: LoaderContext): { entryTypes?: Map<string, EntryType> } {
  const entryTypes = (context as LoaderContext & { entryTypes?: Map<string, EntryType> }).entryTypes;
  return entryTypes instanceof Map ? { entryTypes } : {};
}

/**
 * In dev only: Astro's own YAML parse of a file with broken YAML throws, which at
 * start-up stops the whole dev server. Here it falls back to an empty record (with
 * the body after the frontmatter), so the server starts and shows the error.
 */
function tolerantEntryTypes(context: LoaderContext): { entryTypes?: Map<string, EntryType> } {
  const { entryTypes } = entryTypesOf(context);
  if (!entryTypes) return {};
  const tolerant = new Map<string, EntryType>();
  for (const [ext, type] of entryTypes) {
    tolerant.set(ext, {
      ...type,
      getEntryInfo: async (params) => {
        try {
          return await type.getEntryInfo(params);
        } catch {
          return { data: {}, body: splitFrontmatter(params.contents)?.body ?? params.contents };
        }
      },
    });
  }
  return { entryTypes: tolerant };
}
