/**
 * What refers to what, derived from the schemas' `ref()` declarations
 * (src/schemas/common.ts): the one table the content check, the archive graph,
 * drafts and incremental-build keys all read. Declaring a new reference field in
 * a schema is all it takes for it to be checked, resolved and keyed.
 */
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName } from '../../schemas/layout.ts';
import type { FieldPath } from './problems.ts';
import { referenceFields, type FieldPattern } from './schema-fields.ts';

export interface ReferenceField {
  /** Where the ids are, `*` for every item of a list: `['speakers', '*', 'affiliations', '*', 'organization']`. */
  path: FieldPattern;
  /** The collection they point into. */
  collection: CollectionName;
}

/** Every collection's reference fields, read once from its schema. */
export const REFERENCES: Readonly<Record<CollectionName, readonly ReferenceField[]>> = Object.fromEntries(
  COLLECTION_NAMES.map((name) => [name, referenceFields(COLLECTIONS[name].schema)]),
) as Record<CollectionName, ReferenceField[]>;

/** One reference found in a record: its concrete path, the collection and the id. */
export interface Reference {
  path: FieldPath;
  collection: CollectionName;
  id: string;
}

/**
 * Every reference in a record's data, valid or not: tolerant of any shape, so the
 * references of a record that failed validation are still checked.
 */
export function referencesIn(collection: CollectionName, data: unknown): Reference[] {
  const out: Reference[] = [];
  for (const field of REFERENCES[collection]) {
    for (const [path, id] of valuesAt(data, field.path)) {
      if (typeof id === 'string') out.push({ path, collection: field.collection, id });
    }
  }
  return out;
}

/** The values at `pattern` in `data`, each with its concrete path. */
function valuesAt(
  data: unknown,
  pattern: FieldPattern,
  at: (string | number)[] = [],
): [(string | number)[], unknown][] {
  if (!pattern.length) return [[at, data]];
  const [head, ...rest] = pattern;
  if (head === '*') return Array.isArray(data) ? data.flatMap((item, i) => valuesAt(item, rest, [...at, i])) : [];
  if (data && typeof data === 'object' && head! in data)
    return valuesAt((data as Record<string, unknown>)[head!], rest, [...at, head!]);
  return [];
}
