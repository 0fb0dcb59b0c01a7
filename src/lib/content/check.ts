/**
 * The content check: read every file, validate it with the schemas, check
 * references and uniqueness across records, then look for likely mistakes.
 * Used by `npm run check`, by the build (which refuses to publish on any error),
 * by the dev server's live preview (live.ts, which re-checks only the files that
 * changed) and by the tests. It never stops at the first problem.
 *
 * Two phases: each file on its own (checkFile: parse, schema, TODOs), then the
 * rules across records over all of them (checkAcross: ids, references, orders,
 * warnings).
 */
import fs from 'node:fs';
import { checkIntegrity, indexEntries, type ContentIndex } from './integrity.ts';
import { sortProblems, type Problem } from './problems.ts';
import { displayPath, listContent, parseEntry, type ContentFile, type RawEntry } from './read.ts';
import { validateEntry, type ValidEntry } from './validate.ts';
import { findWarnings, todoWarnings } from './warnings.ts';
import { COLLECTION_NAMES, type CollectionName } from '../../schemas/layout.ts';

export interface CheckResult {
  problems: Problem[];
  errors: Problem[];
  warnings: Problem[];
  index: ContentIndex;
  /** Number of content files read. */
  files: number;
}

export interface CheckOptions {
  /** Look for likely mistakes too (default true); the build only needs errors. */
  warnings?: boolean;
}

/** One content file checked on its own. */
export interface FileCheck {
  file: ContentFile;
  /** Parsed, when its YAML could be read. */
  raw?: RawEntry;
  /** Validated, when the schema accepted it. */
  valid?: ValidEntry;
  /** Its YAML and schema errors, and the TODOs left in it. */
  problems: Problem[];
}

export function checkContent(root: string, options: CheckOptions = {}): CheckResult {
  const { files, stray } = listContent(root);
  return checkAcross(files.map(checkFile), stray, options);
}

/** Parses and validates one file, and notes its TODOs. */
export function checkFile(file: ContentFile): FileCheck {
  const text = fs.readFileSync(file.path, 'utf8');
  const parsed = parseEntry(file.collection, file.id, file.path, text);
  const problems = [...parsed.problems, ...todoWarnings(displayPath(file.path), text)];
  if (!parsed.entry) return { file, problems };
  const validated = validateEntry(parsed.entry);
  return { file, raw: parsed.entry, valid: validated.valid, problems: [...problems, ...validated.problems] };
}

/** The rules across records, over files already checked one by one; `stray` are files no collection reads. */
export function checkAcross(
  checks: readonly FileCheck[],
  stray: readonly string[],
  options: CheckOptions = {},
): CheckResult {
  const withWarnings = options.warnings !== false;
  const problems = checks.flatMap((c) =>
    withWarnings ? c.problems : c.problems.filter((p) => p.severity === 'error'),
  );
  if (withWarnings) problems.push(...stray.map(strayFile));
  const { index, problems: idProblems } = indexEntries(checks.flatMap((c) => (c.valid ? [c.valid] : [])));
  const present = Object.fromEntries(COLLECTION_NAMES.map((k) => [k, new Set<string>()])) as Record<
    CollectionName,
    Set<string>
  >;
  for (const c of checks) present[c.file.collection].add(c.file.id); // read, even if it failed to parse: its own errors say why
  const invalid = checks.flatMap((c) => (c.raw && !c.valid ? [c.raw] : []));
  const invalidConferences = new Map(
    invalid.filter((e) => e.collection === 'conferences' && !index.conferences.has(e.id)).map((e) => [e.id, e.data]),
  );
  problems.push(...idProblems, ...checkIntegrity(index, present, invalidConferences, invalid));
  if (withWarnings) problems.push(...findWarnings(index));
  sortProblems(problems);
  return {
    problems,
    errors: problems.filter((p) => p.severity === 'error'),
    warnings: problems.filter((p) => p.severity === 'warning'),
    index,
    files: checks.length,
  };
}

/** A file under the content root that no collection reads: usually a misplaced or misnamed file. */
function strayFile(file: string): Problem {
  return {
    severity: 'warning',
    code: 'stray-file',
    file: displayPath(file),
    field: '',
    message: '此文件不会被读取：位置或扩展名不符合内容目录的约定',
    hint: '人物等记录是 content/<类别>/<id>.yaml；会议是 conferences/<slug>/index.mdx；发言是 conferences/<slug>/speeches/<nn>-<人物id>.md',
  };
}
