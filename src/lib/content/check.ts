/**
 * The content check: read every file, validate it with the schemas, check
 * references and uniqueness across records, then look for likely mistakes.
 * Used by `npm run check`, by the build (which refuses to publish on any error)
 * and by the tests. It never stops at the first problem.
 */
import fs from 'node:fs';
import path from 'node:path';
import { COLLECTIONS } from '../../schemas/layout.ts';
import { checkIntegrity, indexEntries, type ContentIndex } from './integrity.ts';
import { sortProblems, type Problem } from './problems.ts';
import { patternToRegExp, readContent } from './read.ts';
import { validateEntry, type ValidEntry } from './validate.ts';
import { findWarnings } from './warnings.ts';

export interface CheckResult {
  problems: Problem[];
  errors: Problem[];
  warnings: Problem[];
  index: ContentIndex;
  /** Number of content files read. */
  files: number;
}

export function checkContent(root: string, options: { warnings?: boolean } = {}): CheckResult {
  const { entries, problems } = readContent(root);
  problems.push(...strayFiles(root));
  const valid: ValidEntry[] = [];
  const texts = new Map<string, string>();
  for (const entry of entries) {
    const result = validateEntry(entry);
    problems.push(...result.problems);
    if (result.valid) valid.push(result.valid);
  }
  const { index, problems: idProblems } = indexEntries(valid);
  const present = Object.fromEntries(Object.keys(COLLECTIONS).map((k) => [k, new Set<string>()])) as Record<keyof typeof COLLECTIONS, Set<string>>;
  for (const e of entries) present[e.collection].add(e.id);
  const invalidConferences = new Map(
    entries.filter((e) => e.collection === 'conferences' && !index.conferences.has(e.id)).map((e) => [e.id, e.data]),
  );
  const validIds = new Set(valid.map((v) => `${v.collection}\u0000${v.id}`));
  const invalid = entries.filter((e) => !validIds.has(`${e.collection}\u0000${e.id}`));
  problems.push(...idProblems, ...checkIntegrity(index, present, invalidConferences, invalid));
  if (options.warnings !== false) {
    for (const e of entries) {
      const abs = path.resolve(e.file);
      if (fs.existsSync(abs)) texts.set(e.file, fs.readFileSync(abs, 'utf8'));
    }
    problems.push(...findWarnings(index, texts));
  }
  sortProblems(problems);
  return {
    problems,
    errors: problems.filter((p) => p.severity === 'error'),
    warnings: problems.filter((p) => p.severity === 'warning'),
    index,
    files: entries.length,
  };
}

/** Files under the content root that no collection reads: usually a misplaced or misnamed file. */
function strayFiles(root: string): Problem[] {
  const matchers = Object.values(COLLECTIONS).map((c) => ({ dir: c.dir, re: patternToRegExp(c.pattern) }));
  const out: Problem[] = [];
  const visit = (dir: string, rel: string) => {
    for (const d of fs.existsSync(dir) ? fs.readdirSync(dir, { withFileTypes: true }) : []) {
      if (d.name.startsWith('.')) continue;
      const r = rel ? `${rel}/${d.name}` : d.name;
      if (d.isDirectory()) visit(path.join(dir, d.name), r);
      else if (!/^README\.md$/i.test(r) && !/\.(png|jpe?g|webp|gif|svg|avif)$/i.test(r)) {
        const read = matchers.some((m) => r.startsWith(`${m.dir}/`) && m.re.test(r.slice(m.dir.length + 1)));
        if (!read) {
          const shown = path.relative(process.cwd(), path.join(dir, d.name)).split(path.sep).join('/');
          out.push({
            severity: 'warning',
            code: 'stray-file',
            file: shown,
            field: '',
            message: '此文件不会被读取：位置或扩展名不符合内容目录的约定',
            hint: '人物等记录是 content/<类别>/<id>.yaml；会议是 conferences/<slug>/index.mdx；发言是 conferences/<slug>/speeches/<nn>-<人物id>.md',
          });
        }
      }
    }
  };
  visit(root, '');
  return out;
}
