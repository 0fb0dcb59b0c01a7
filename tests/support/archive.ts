/** Builds the archive graph from a content tree on disk, through the same check the build runs. */
import { buildArchive, type BuildOptions } from '../../src/lib/archive/build.ts';
import type { ArchiveInput } from '../../src/lib/archive/types.ts';
import { checkContent } from '../../src/lib/content/check.ts';

export function archiveFrom(dir: string, options: BuildOptions = {}) {
  const { index, errors } = checkContent(dir, { warnings: false });
  if (errors.length) throw new Error(`fixture has errors: ${errors.map((e) => e.message).join('; ')}`);
  const input = Object.fromEntries(
    Object.entries(index).map(([name, map]) => [name, [...map.values()].map((e) => ({ id: e.id, data: e.data, filePath: e.file }))]),
  ) as unknown as ArchiveInput;
  return buildArchive(input, options);
}
