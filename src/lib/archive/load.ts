/**
 * Loads every collection once per build and builds the archive graph (memoised:
 * pages call getArchive() freely; at 10,000 speeches per-page joins would make the
 * build quadratic). The only module in src/lib that imports Astro.
 */
import { getCollection } from 'astro:content';
import { buildArchive } from './build.ts';
import type { Archive, ArchiveInput, InputEntry } from './types.ts';

/** Set by src/integrations/content-check.ts: true under `astro dev` only. */
declare const __YILU_INCLUDE_DRAFTS__: boolean;
const includeDrafts = typeof __YILU_INCLUDE_DRAFTS__ !== 'undefined' && __YILU_INCLUDE_DRAFTS__;

let archive: Promise<Archive> | undefined;

async function load<N extends keyof ArchiveInput>(name: N): Promise<ArchiveInput[N]> {
  const entries = await getCollection(name);
  return entries.map((e) => ({ id: e.id, data: e.data, filePath: e.filePath, entry: e, body: 'body' in e ? e.body : undefined }) as InputEntry<unknown>) as ArchiveInput[N];
}

export function getArchive(): Promise<Archive> {
  if (includeDrafts) archive = undefined; // the dev server must see edits
  archive ??= (async () => {
    const [regions, series, people, organizations, conferences, speeches] = await Promise.all([
      load('regions'),
      load('series'),
      load('people'),
      load('organizations'),
      load('conferences'),
      load('speeches'),
    ]);
    return buildArchive(
      { regions, series, people, organizations, conferences, speeches },
      { includeDrafts },
    );
  })();
  return archive;
}
