/**
 * Validates raw entries with the entity schemas — the same ones Astro's loaders use —
 * and turns every Zod issue into a Problem with file, line, field and a hint taken
 * from the field's own description (schema-fields.ts).
 */
import { z } from 'astro/zod';
import { COLLECTIONS, type CollectionName } from '../../schemas/layout.ts';
import type { RawEntry } from './read.ts';
import { fieldName, type FieldPath, type Problem } from './problems.ts';
import { describeAt } from './schema-fields.ts';

z.config(z.locales.zhCN());

export interface ValidEntry<D = unknown> {
  collection: CollectionName;
  id: string;
  file: string;
  data: D;
  body: string;
  lineOf: RawEntry['lineOf'];
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
    } else if (issue.code === 'invalid_type') {
      const value = valueAt(entry.data, path);
      if (value === undefined) message = '缺少必填字段';
      else if (value === null) message = '冒号后没有填写内容';
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

/** The raw value at `path`, or undefined when the path does not exist. */
function valueAt(data: unknown, path: FieldPath): unknown {
  let v = data;
  for (const part of path) v = v && typeof v === 'object' ? (v as Record<string | number, unknown>)[part] : undefined;
  return v;
}
