/**
 * Loads every collection once per build and builds the archive graph (memoised:
 * pages call getArchive() freely; at 10,000 speeches per-page joins would make the
 * build quadratic). Reads Astro's content store, so it lives in src/site/, not src/lib/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { getCollection } from 'astro:content';
import { splitFrontmatter } from '../lib/content/read.ts';
import { liveCheck, storeBehind, UNCHECKED } from '../lib/content/live-channel.ts';
import { formatReport } from '../lib/content/problems.ts';
import { buildArchive } from '../lib/archive/build.ts';
import type { Archive, ArchiveInput, InputEntry } from '../lib/archive/types.ts';

let archive: Promise<Archive> | undefined;

/**
 * A Markdown record's body as written. The content store does not keep bodies
 * (src/integrations/content-loader.ts: at 10,000 speeches they were a third of it),
 * so it is read from the file (about half a second for 10,000 speeches).
 */
function bodyOf(filePath: string | undefined): string | undefined {
  if (!filePath || !/\.mdx?$/.test(filePath)) return undefined;
  return splitFrontmatter(fs.readFileSync(path.resolve(filePath), 'utf8'))?.body;
}

async function load<N extends keyof ArchiveInput>(name: N): Promise<ArchiveInput[N]> {
  const entries = await getCollection(name);
  return entries.map(
    (e) =>
      ({ id: e.id, data: e.data, filePath: e.filePath, entry: e, body: bodyOf(e.filePath) }) as InputEntry<unknown>,
  ) as ArchiveInput[N];
}

/** Thrown in the dev server while the content has errors: the graph is not built from data the build would refuse. */
export class ContentErrorsError extends Error {
  override name = 'ContentErrorsError';
}

export function getArchive(): Promise<Archive> {
  // The live check runs in `astro dev` only (src/integrations/content-check.ts), whatever NODE_ENV or
  // Vite's mode says: the preview shows drafts, a build never does.
  const live = liveCheck();
  const includeDrafts = live !== undefined;
  const errors = live?.result.errors ?? [];
  if (errors.length)
    return Promise.reject(
      new ContentErrorsError(`内容有 ${errors.length} 个错误，正式构建会拒绝发布：\n${formatReport(errors)}`),
    );
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
    const input = { regions, series, people, organizations, conferences, speeches };
    const behind = Object.values(input)
      .flat()
      .filter((e) => (e.data as Record<string, unknown>)[UNCHECKED]);
    if (behind.length) {
      // The dev server's store still holds a record as it was before the editor fixed it: never render it,
      // and have the dev server catch up (src/integrations/store-catch-up.ts).
      storeBehind(behind.flatMap((e) => (e.filePath ? [e.filePath] : [])));
      throw new ContentErrorsError('内容正在重新载入：刚修改的文件还没有读入，页面稍后会自动刷新');
    }
    return buildArchive(input, { includeDrafts });
  })();
  return archive;
}
