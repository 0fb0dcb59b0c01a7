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
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { parseEntry, splitFrontmatter } from '../lib/content/read.ts';
import { COLLECTIONS, entryId, type CollectionName } from '../schemas/layout.ts';

export function contentLoader(collection: CollectionName, root: string): Loader {
  const { dir, pattern } = COLLECTIONS[collection];
  const files = glob({ pattern, base: `${root}/${dir}`, generateId: ({ entry }) => entryId(collection, entry) });
  return {
    name: 'yilu-content',
    load: (context) => {
      const dev = !!context.watcher;
      const parseData: LoaderContext['parseData'] = async (props) => {
        const data = readData(collection, props.id, props.filePath, dev) as typeof props.data;
        try {
          return await context.parseData({ ...props, data });
        } catch (error) {
          if (dev) return data;
          throw error;
        }
      };
      return files.load({ ...context, parseData, ...(dev ? tolerantEntryTypes(context) : {}) });
    },
  };
}

/** A record's data as the content check reads it: YAML without timestamps. */
function readData(collection: CollectionName, id: string, file: string | undefined, dev: boolean): Record<string, unknown> {
  if (!file) throw new Error(`yilu-content: ${collection}/${id} has no file`);
  const { entry, problems } = parseEntry(collection, id, file, fs.readFileSync(file, 'utf8'));
  if (entry) return entry.data as Record<string, unknown>;
  if (dev) return {};
  throw new Error(`${file}: ${problems.map((p) => p.message).join('；')}`);
}

/** What glob() calls to split a file into data and body. Astro passes these to loaders, though LoaderContext does not declare them. */
interface EntryType {
  getEntryInfo(params: { contents: string; fileUrl: URL }): unknown;
}

/**
 * In dev only: Astro's own YAML parse of a file with broken YAML throws, which at
 * start-up stops the whole dev server. Here it falls back to an empty record (with
 * the body after the frontmatter), so the server starts and shows the error.
 */
function tolerantEntryTypes(context: LoaderContext): { entryTypes?: Map<string, EntryType> } {
  const entryTypes = (context as LoaderContext & { entryTypes?: Map<string, EntryType> }).entryTypes;
  if (!(entryTypes instanceof Map)) return {};
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
