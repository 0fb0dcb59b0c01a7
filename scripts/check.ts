#!/usr/bin/env node
/**
 * `npm run check [-- <content-dir>] [--quiet]`: validates every content file with
 * the same schemas and cross-checks the build uses, and lists every problem at
 * once as `file:line field: message（提示：…）`, then a count. Exits 1 on errors.
 */
import { parseArgs } from 'node:util';
import { checkContent } from '../src/lib/content/check.ts';
import { formatReport } from '../src/lib/content/problems.ts';
import { contentRoot } from '../src/schemas/layout.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { quiet: { type: 'boolean', short: 'q' }, help: { type: 'boolean', short: 'h' } },
});
if (values.help) {
  console.log('用法 usage: npm run check [-- <content-dir>] [--quiet]\n检查 content/ 下所有文件，列出全部错误与提醒。');
  process.exit(0);
}
const root = positionals[0] ?? contentRoot();
const result = checkContent(root);
console.log(formatReport(values.quiet ? result.errors : result.problems));
console.log(`已检查 ${result.files} 个文件 (checked ${result.files} files in ${root})`);
process.exit(result.errors.length ? 1 : 0);
