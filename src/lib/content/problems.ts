/**
 * A problem found in the content: where (file, line, field), what, and how to fix it.
 * Errors stop a build; warnings are likely mistakes an editor should look at.
 */
export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  /** Path of the file, relative to the repository (or content root). */
  file: string;
  /** 1-based line of the field in that file, when known. */
  line?: number;
  /** The field, as a dotted path with indexes: `speakers[0].person`. Empty for the whole file. */
  field: string;
  message: string;
  /** What to do, usually the field's own description from the schema. */
  hint?: string;
  /** Machine-readable kind, for tests and filtering. */
  code: ProblemCode;
}

/** Every kind of error the content check reports; each has a bad-content case in tests/support/mistakes.ts. */
export const ERROR_CODES = [
  'yaml',
  'frontmatter',
  'schema',
  'bad-id',
  'duplicate-id',
  'orphan-speech',
  'reference',
  'cycle',
  'duplicate',
  'date-order',
  'duplicate-session',
  'duplicate-order',
  'date-range',
  'unknown-session',
  'tag-address',
] as const;

/** Every kind of warning (likely mistakes that do not stop a build). */
export const WARNING_CODES = [
  'stray-file',
  'todo',
  'draft',
  'no-summary',
  'file-order',
  'file-speaker',
  'namesake',
  'orphan',
  'position-differs',
  'attendee-active',
  'affiliation-mismatch',
  'editor-note',
] as const;

export type ProblemCode = (typeof ERROR_CODES)[number] | (typeof WARNING_CODES)[number];

export type FieldPath = ReadonlyArray<string | number>;

/** `['speakers', 0, 'person']` → `speakers[0].person`. */
export function fieldName(path: FieldPath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${part}` : part;
  }
  return out;
}

/** A problem at a field of a content file: the field's line in the file and its dotted name, from its path. */
export function problemAt(
  severity: Severity,
  code: ProblemCode,
  entry: { file: string; lineOf(path: FieldPath): number | undefined },
  path: FieldPath,
  message: string,
  hint?: string,
): Problem {
  return { severity, code, file: entry.file, line: entry.lineOf(path), field: fieldName(path), message, hint };
}

/** One line per problem: `file:line field: message（提示：hint）`. */
export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  const field = p.field ? ` ${p.field}` : '';
  const hint = p.hint ? `（提示：${p.hint}）` : '';
  return `${where}${field}: ${p.message}${hint}`;
}

/** The whole report: errors, then warnings, then a count line. */
export function formatReport(problems: readonly Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  const lines: string[] = [];
  if (errors.length) lines.push('错误 errors:', ...errors.map((p) => `  ${formatProblem(p)}`));
  if (warnings.length) lines.push('提醒 warnings:', ...warnings.map((p) => `  ${formatProblem(p)}`));
  lines.push(
    `${errors.length} 个错误，${warnings.length} 个提醒 (${errors.length} errors, ${warnings.length} warnings)`,
  );
  return lines.join('\n');
}

/** Sorts problems by file, then line, so a report reads top to bottom. */
export function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.field.localeCompare(b.field),
  );
}
