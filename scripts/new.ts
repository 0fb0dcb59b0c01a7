#!/usr/bin/env node
/**
 * `npm run new -- <conference|speech|person|organization> [--flag value…] [--dry-run]`:
 * scaffolds a valid record under the content root. Missing values are asked for
 * when run in a terminal (each prompt is the schema's description of the field);
 * otherwise missing required flags are an error. Never overwrites a file.
 * The work is done in src/lib/scaffold/; this file only parses, prompts and writes.
 */
import { createInterface } from 'node:readline/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readArchive } from '../src/lib/import/archive.ts';
import { ImportError } from '../src/lib/import/decode.ts';
import { writeAllOrNothing } from '../src/lib/import/write.ts';
import {
  FIELDS,
  KINDS,
  describeField,
  missingReferences,
  scaffold,
  validate,
  type Kind,
  type Values,
} from '../src/lib/scaffold/records.ts';
import { ID_PATTERN } from '../src/schemas/common.ts';
import { contentRoot } from '../src/schemas/layout.ts';

const USAGE = `用法 usage: npm run new -- <${KINDS.join('|')}> [--字段 值…] [--dry-run]`;
const fail = (message: string): never => {
  console.error(`新建失败：${message}`);
  process.exit(1);
};

const flags = [...new Set(Object.values(FIELDS).flatMap((fs) => fs.map((f) => f.flag)))];
const parsed = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        ...Object.fromEntries(flags.map((f) => [f, { type: 'string' as const }])),
        'dry-run': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return fail(`${(error as Error).message.split('\n')[0]}；${USAGE}`);
  }
})();
const { positionals } = parsed;
const raw = parsed.values as Record<string, string | boolean | undefined>;
const kind = positionals[0] as Kind | undefined;
if (raw.help || !kind) {
  const lines = [USAGE, ''];
  for (const k of KINDS) {
    lines.push(`${k}:`);
    for (const f of FIELDS[k]) lines.push(`  --${f.flag}${f.required ? '（必填）' : ''}  ${describeField(k, f)}`);
  }
  (raw.help ? console.log : console.error)(lines.join('\n'));
  process.exit(raw.help ? 0 : 1);
}
if (!KINDS.includes(kind)) fail(`不认识的类型“${kind}”，应为 ${KINDS.join('、')} 之一`);
if (positionals.length > 1) fail(`多余的参数：${positionals.slice(1).join(' ')}；${USAGE}`);
const fields = FIELDS[kind];
const stray = flags.filter((f) => raw[f] !== undefined && !fields.some((x) => x.flag === f));
if (stray.length) fail(`${kind} 没有这些字段：${stray.map((f) => `--${f}`).join(' ')}`);

const values: Values = Object.fromEntries(
  fields.map((f) => [f.flag, (raw[f.flag] as string | undefined)?.trim() || undefined]),
);
if (process.stdin.isTTY && process.stdout.isTTY) {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  for (const f of fields) {
    if (values[f.flag] !== undefined) continue;
    const answer = (
      await rl.question(`${describeField(kind, f)}${f.required ? '' : '（可留空）'}\n--${f.flag} > `)
    ).trim();
    if (answer) values[f.flag] = answer;
  }
  rl.close();
}
const missing = fields.filter((f) => f.required && !values[f.flag]);
if (missing.length) fail(`缺少必填项 ${missing.map((f) => `--${f.flag}（${describeField(kind, f)}）`).join('，')}`);
for (const f of ['id', 'slug'] as const)
  if (values[f] && !ID_PATTERN.test(values[f]!))
    fail(`--${f} “${values[f]}” 不能作为 id：只能用小写字母、数字和单个连字符`);

const root = contentRoot();
const archive = readArchive(root);
const refs = missingReferences(kind, values, archive);
if (refs.length) fail(`${refs.join('；')}（先用 npm run new 建立被引用的记录）`);
const record = scaffold(kind, values, archive, root);
const problems = validate(kind, record.data);
if (problems.length) fail(problems.join('；'));
if (raw['dry-run']) {
  console.log(`=== ${path.join(root, record.path)} ===\n${record.text}\n演练 dry run：不会写入。`);
  process.exit(0);
}
try {
  writeAllOrNothing(root, [record]);
} catch (error) {
  if (error instanceof ImportError) fail(error.message);
  throw error;
}
console.log(`已写入 ${path.join(root, record.path)}\n下一步：编辑该文件，处理其中的 TODO，然后运行 npm run check。`);
