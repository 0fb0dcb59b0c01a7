/**
 * Where each collection's files live under the content root, and how a file's
 * path becomes its id. Shared by src/content.config.ts (Astro's loaders) and by
 * the content check in src/lib/content, so both read exactly the same files.
 */
import { RECORD_LABELS as L, type CollectionName } from './common.ts';
import { conference } from './conference.ts';
import { organization } from './organization.ts';
import { person } from './person.ts';
import { region } from './region.ts';
import { series } from './series.ts';
import { speech } from './speech.ts';

export const COLLECTIONS = {
  regions: { dir: 'regions', pattern: '*.yaml', schema: region, label: L.regions },
  series: { dir: 'series', pattern: '*.yaml', schema: series, label: L.series },
  people: { dir: 'people', pattern: '*.yaml', schema: person, label: L.people },
  organizations: { dir: 'organizations', pattern: '*.yaml', schema: organization, label: L.organizations },
  conferences: { dir: 'conferences', pattern: '*/index.{md,mdx}', schema: conference, label: L.conferences },
  speeches: { dir: 'conferences', pattern: '*/speeches/*.{md,mdx}', schema: speech, label: L.speeches },
} as const satisfies Record<CollectionName, { dir: string; pattern: string; schema: unknown; label: string }>;

export type { CollectionName };

/** Every collection name, in the order above (regions first: what others refer to comes first). */
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/**
 * The id of an entry from its path relative to its collection's dir:
 * `zhou-limin.yaml` → `zhou-limin`; `2024-chuanyu/index.mdx` → `2024-chuanyu`;
 * `2024-chuanyu/speeches/01-zhou-limin.md` → `2024-chuanyu/01-zhou-limin`.
 */
export function entryId(collection: CollectionName, relativePath: string): string {
  const parts = relativePath.replace(/\\/g, '/').split('/');
  const stem = (name: string) => name.replace(/\.(ya?ml|mdx?)$/, '');
  if (collection === 'conferences') return parts[0]!;
  if (collection === 'speeches') return `${parts[0]}/${stem(parts[2]!)}`;
  return stem(parts[0]!);
}

/** The content root: `content/` unless YILU_CONTENT points elsewhere (fixtures, benchmarks). */
export function contentRoot(env: Record<string, string | undefined> = process.env): string {
  return env.YILU_CONTENT || 'content';
}
