/**
 * Reading the entity schemas field by field, through Zod's public API only
 * (`instanceof`, `.shape`, `.element`, `.unwrap()`, a pipe's `.out`, registries):
 * the description of a field for hints and prompts, and where the reference
 * fields are. Nothing here reads Zod's internals, so a Zod upgrade that keeps
 * its documented API keeps this working.
 */
import { z } from 'astro/zod';
import { references, type CollectionName } from '../../schemas/common.ts';
import type { FieldPath } from './problems.ts';

/** A field path in a schema, `*` standing for every item of a list: `['speakers', '*', 'person']`. */
export type FieldPattern = readonly (string | '*')[];

/** The schema inside optional, nullable, default and pipe wrappers: the one that holds the shape. */
export function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  for (;;) {
    if (
      s instanceof z.ZodOptional ||
      s instanceof z.ZodNullable ||
      s instanceof z.ZodDefault ||
      s instanceof z.ZodPrefault
    ) {
      s = s.unwrap() as z.ZodType;
    } else if (s instanceof z.ZodPipe) s = s.out as z.ZodType;
    else return s;
  }
}

/** The schema one step further along `part` (an object key or a list index), if there is one. */
function step(schema: z.ZodType, part: string | number): z.ZodType | undefined {
  const inner = unwrap(schema);
  if (typeof part === 'number' || part === '*')
    return inner instanceof z.ZodArray ? (inner.element as z.ZodType) : undefined;
  return inner instanceof z.ZodObject ? (inner.shape as Record<string, z.ZodType>)[part] : undefined;
}

/** The `.describe()` text of the field at `path`, or of the nearest field above it that has one. */
export function describeAt(schema: z.ZodType, path: FieldPath): string | undefined {
  let s: z.ZodType | undefined = schema;
  let description = schema.description;
  for (const part of path) {
    s = step(s, part);
    if (!s) return description;
    description = s.description ?? unwrap(s).description ?? description;
  }
  return description;
}

/** The collection a reference declared with `ref()` points into, for the schema itself or, through wrappers, the schema it wraps. */
function referenceOf(schema: z.ZodType): CollectionName | undefined {
  return (references.get(schema) ?? references.get(unwrap(schema)))?.collection;
}

/** The collection the field at `path` refers to (for a list of references, the list's path will do). */
export function referenceAt(schema: z.ZodType, path: FieldPath): CollectionName | undefined {
  let s: z.ZodType | undefined = schema;
  for (const part of path) s = s && step(s, part);
  if (!s) return undefined;
  const inner = unwrap(s);
  return referenceOf(s) ?? (inner instanceof z.ZodArray ? referenceOf(inner.element as z.ZodType) : undefined);
}

/** Every reference field of a schema: where it is and what it points into, in the schema's field order. */
export function referenceFields(
  schema: z.ZodType,
  at: FieldPattern = [],
): { path: FieldPattern; collection: CollectionName }[] {
  const collection = referenceOf(schema);
  if (collection) return [{ path: at, collection }];
  const inner = unwrap(schema);
  if (inner instanceof z.ZodArray) return referenceFields(inner.element as z.ZodType, [...at, '*']);
  if (inner instanceof z.ZodObject) {
    return Object.entries(inner.shape as Record<string, z.ZodType>).flatMap(([key, field]) =>
      referenceFields(field, [...at, key]),
    );
  }
  return [];
}
