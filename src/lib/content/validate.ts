/**
 * Validates raw entries with the entity schemas — the same ones Astro's loaders use —
 * and turns every Zod issue into a Problem with file, line, field and a hint taken
 * from the field's own description.
 */
import { z } from 'astro/zod';
import { COLLECTIONS, type CollectionName } from '../../schemas/layout.ts';
import type { RawEntry } from './read.ts';
import { fieldName, type FieldPath, type Problem } from './problems.ts';

z.config(z.locales.zhCN());

export interface ValidEntry<D = unknown> {
  collection: CollectionName;
  id: string;
  file: string;
  data: D;
  body: string;
  lineOf: RawEntry['lineOf'];
}

/** Unwraps optional/default/nullable/pipe wrappers to reach the schema that holds the shape. */
function unwrap(schema: z.ZodType): z.ZodType {
  let s: z.ZodType = schema;
  for (let i = 0; i < 10; i++) {
    const def = (s as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
    if (def.innerType) s = def.innerType as z.ZodType;
    else if (def.type === 'pipe') s = (def.out as z.ZodType) ?? s;
    else break;
  }
  return s;
}

/** A schema's `.describe()` text, or that of the schema it wraps (`text('…').optional()` describes the inner string). */
function descriptionOf(schema: z.ZodType): string | undefined {
  let s: z.ZodType = schema;
  for (let i = 0; i < 10; i++) {
    if (s.description) return s.description;
    const def = (s as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
    if (def.innerType) s = def.innerType as z.ZodType;
    else if (def.type === 'pipe') s = (def.out as z.ZodType) ?? s;
    else return undefined;
  }
  return undefined;
}

/** The `.describe()` text of the field at `path` in `schema`, if any. */
export function describeAt(schema: z.ZodType, path: FieldPath): string | undefined {
  let s: z.ZodType | undefined = schema;
  let description = descriptionOf(schema);
  for (const part of path) {
    if (!s) return description;
    const inner = unwrap(s);
    const def = (inner as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
    if (typeof part === 'number' && def.type === 'array') s = def.element as z.ZodType;
    else if (typeof part === 'string' && def.type === 'object') s = (def.shape as Record<string, z.ZodType>)[part];
    else return description;
    const own = s && descriptionOf(s);
    if (own) description = own;
  }
  return description;
}

export function validateEntry(entry: RawEntry): { valid?: ValidEntry; problems: Problem[] } {
  const schema = COLLECTIONS[entry.collection].schema as z.ZodType;
  const result = schema.safeParse(entry.data);
  if (result.success) return { valid: { ...entry, data: result.data }, problems: [] };
  const problems = result.error.issues.map((issue): Problem => {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    let message = issue.message;
    if (issue.code === 'unrecognized_keys') {
      message = `未知字段 ${issue.keys.join('、')}（可能拼错了字段名）`;
    }
    return {
      severity: 'error',
      code: 'schema',
      file: entry.file,
      line: entry.lineOf(issue.code === 'unrecognized_keys' ? [...path, issue.keys[0]!] : path),
      field: fieldName(issue.code === 'unrecognized_keys' ? [...path, issue.keys[0]!] : path),
      message,
      hint: describeAt(schema, path),
    };
  });
  return { problems };
}
