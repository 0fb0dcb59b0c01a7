#!/usr/bin/env node
/**
 * `npm run import -- <file> [--slug <id>] [--dry-run]`: turns a saved news report
 * (text or HTML; UTF-8 or GB18030) into a draft conference under the content root
 * (YILU_CONTENT, default content/). Never overwrites; writes all files or none.
 * The work is done in src/lib/import/; this file only reads, prints and exits.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
// Only the light decoder is loaded up front, so bad input is refused at once;
// the schemas, converters and content check are loaded once the input is readable.
import { assertChinese, decodeBytes, ImportError, MAX_INPUT_BYTES } from '../src/lib/import/decode.ts';

const USAGE = '用法 usage: npm run import -- <报道文件.txt|.html> [--slug <会议id>] [--dry-run]';

function fail(message: string): never {
  console.error(`导入失败：${message}`);
  process.exit(1);
}

const args = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: { slug: { type: 'string' }, 'dry-run': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    return fail(`${(error as Error).message.split('\n')[0]}；${USAGE}`);
  }
})();
const { values, positionals } = args;
if (values.help) {
  console.log(
    `${USAGE}\n把保存的新闻报道（纯文本或网页，UTF-8 或 GB18030）导入为草稿会议，写入 YILU_CONTENT（默认 content/）。--dry-run 不写入，只列出读到的每项事实及其出处、去掉的页面杂项、留作 TODO 的项和原因，以及将写入的文件。`,
  );
  process.exit(0);
}
const [file, ...extra] = positionals;
if (!file || extra.length) fail(`需要且只需要一个报道文件；${USAGE}`);
if (values.slug !== undefined && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(values.slug))
  fail(`--slug “${values.slug}” 不能作为 id：只能用小写字母、数字和单个连字符，例如 2025-qiangui`);

try {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new ImportError(`找不到文件 ${file} (no such file)`);
  }
  if (!stat.isFile()) throw new ImportError(`${file} 不是文件 (not a file)`);
  if (stat.size > MAX_INPUT_BYTES)
    throw new ImportError(
      `文件超过 5 MB，不像一篇新闻报道 (input is ${(stat.size / 1024 / 1024).toFixed(1)} MB, limit 5 MB)`,
    );
  const started = performance.now();
  const bytes = fs.readFileSync(file);
  assertChinese(decodeBytes(bytes).text);
  const [
    { checkContent },
    { formatProblem },
    { readArchive },
    { importReport, validateDraft },
    { writeAllOrNothing },
    { contentRoot },
  ] = await Promise.all([
    import('../src/lib/content/check.ts'),
    import('../src/lib/content/problems.ts'),
    import('../src/lib/import/archive.ts'),
    import('../src/lib/import/index.ts'),
    import('../src/lib/import/write.ts'),
    import('../src/schemas/layout.ts'),
  ]);
  const root = contentRoot();
  const { draft, report, facts } = importReport(bytes, readArchive(root), { slug: values.slug });
  const invalid = validateDraft(draft);
  if (invalid.length) throw new Error(`生成的草稿未通过校验（导入程序的缺陷，请报告）：${invalid.join('；')}`);

  const summary = [
    `会议 conferences/${draft.slug}/：${draft.files.filter((f) => f.path.includes('/speeches/')).length} 篇发言草稿`,
    `新建记录 ${draft.files.filter((f) => f.record).length} 个；沿用已有人物 ${draft.reused.people.length} 位、机构 ${draft.reused.organizations.length} 个${draft.reused.series ? `、系列 ${draft.reused.series}` : ''}`,
    `读入：${report.encoding}${report.html ? '，网页' : ''}${report.notes.length ? `；${report.notes.join('；')}` : ''}`,
  ];
  if (values['dry-run']) {
    const { explain } = await import('../src/lib/import/explain.ts');
    console.log(explain(facts, report, draft));
    for (const f of draft.files) console.log(`\n=== ${path.join(root, f.path)} ===\n${f.text}`);
    console.log(`\n演练 dry run：以上 ${draft.files.length} 个文件不会写入。\n${summary.join('\n')}`);
    process.exit(0);
  }
  writeAllOrNothing(root, draft.files);
  const written = new Set(draft.files.map((f) => path.resolve(root, f.path)));
  const result = checkContent(root);
  const mine = result.problems.filter((p) => written.has(path.resolve(p.file)));
  console.log(`已写入 ${draft.files.length} 个文件 (wrote ${draft.files.length} files):`);
  for (const f of draft.files) console.log(`  ${path.join(root, f.path)}`);
  console.log(summary.join('\n'));
  const errors = mine.filter((p) => p.severity === 'error');
  const todos = mine.filter((p) => p.severity === 'warning');
  if (todos.length)
    console.log(
      `待核对 ${todos.length} 项（npm run check 会一直列出，直到处理完）：\n${todos.map((p) => `  ${formatProblem(p)}`).join('\n')}`,
    );
  if (errors.length) {
    console.error(`草稿有 ${errors.length} 个错误：\n${errors.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
    process.exit(1);
  }
  console.log(
    `完成，用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒。下一步：按 docs/editing.md 核对草稿。`,
  );
} catch (error) {
  if (error instanceof ImportError) fail(error.message);
  fail(((error as Error).stack ?? String(error)).split('\n')[0]!);
}
