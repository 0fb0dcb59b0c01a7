/** Builds the archive graph from a content tree on disk, through the same check the build runs. */
import { buildArchive, type BuildOptions } from '../../src/lib/archive/build.ts';
import type { ArchiveInput } from '../../src/lib/archive/types.ts';
import { checkContent } from '../../src/lib/content/check.ts';

/** The records of a content tree, validated, as a loader would hand them to buildArchive. */
export function inputFrom(dir: string): ArchiveInput {
  const { index, errors } = checkContent(dir, { warnings: false });
  if (errors.length) throw new Error(`fixture has errors: ${errors.map((e) => e.message).join('; ')}`);
  return Object.fromEntries(
    Object.entries(index).map(([name, map]) => [
      name,
      [...map.values()].map((e) => ({ id: e.id, data: e.data, filePath: e.file })),
    ]),
  ) as unknown as ArchiveInput;
}

export function archiveFrom(dir: string, options: BuildOptions = {}) {
  return buildArchive(inputFrom(dir), options);
}
