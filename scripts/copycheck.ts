#!/usr/bin/env node
/**
 * `npm run copycheck [-- --root <dir>] [--sources <dir> …]`: lists every run of
 * 16 or more Han characters in the project's own text (content/, src/, docs/,
 * tests/, scripts/, README.md) that also stands in a source report, compared as
 * Simplified text. Facts may match (titles in 《》, names, positions and the other
 * fact fields of content records: src/lib/text/copycheck.ts); sentences must not.
 *
 * Source texts: ../shared/sources, ../shared/sources/more, ../shared/reports and
 * the git-ignored .sources/ (where editors keep the text of any further report
 * they used), every `.txt` file, UTF-8 or GB18030. Exits 1 when something
 * matches, 2 when there is no source text to compare with.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { decodeBytes } from '../src/lib/import/decode.ts';
import {
  factSpans,
  findCopied,
  frontmatter,
  hanStream,
  MIN_RUN,
  shingles,
  type CheckedText,
} from '../src/lib/text/copycheck.ts';
import { toSimplified } from '../src/lib/text/t2s.ts';

const USAGE = '用法 usage: npm run copycheck [-- --root <项目目录>] [--sources <来源目录> …]';
const PROJECT_DIRS = ['content', 'src', 'docs', 'tests', 'scripts'];
const PROJECT_FILES = ['README.md'];
const SKIP_DIRS = new Set(['node_modules', 'dist', '.astro', '.cache', '.sources', 'test-results']);
const TEXT_FILE = /\.(md|mdx|ya?ml|json|astro|ts|mjs|js|txt|html|css)$/;

function fail(message: string, code = 2): never {
  console.error(`复制检查无法进行：${message}`);
  process.exit(code);
}

const args = (() => {
  try {
    return parseArgs({
      options: {
        root: { type: 'string' },
        sources: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return fail(`${(error as Error).message.split('\n')[0]}；${USAGE}`);
  }
})();
if (args.values.help) {
  console.log(
    `${USAGE}\n列出项目文本中与来源报道相同的 ${MIN_RUN} 字以上汉字串（按简体比较）。书名号内的题目和内容记录中的事实字段（姓名、职务、题目等）不算。`,
  );
  process.exit(0);
}
const root = path.resolve(args.values.root ?? '.');
const defaults = ['../shared/sources', '../shared/sources/more', '../shared/reports', '.sources'].map((d) =>
  path.resolve(root, d),
);
const sourceDirs = args.values.sources?.map((d) => path.resolve(d)) ?? defaults;

const sourceFiles: string[] = [];
for (const dir of sourceDirs) {
  if (!fs.existsSync(dir)) {
    if (args.values.sources) fail(`找不到来源目录 ${dir}`);
    console.warn(`提醒：没有来源目录 ${path.relative(root, dir) || dir}，跳过`);
    continue;
  }
  for (const name of fs.readdirSync(dir).sort()) if (name.endsWith('.txt')) sourceFiles.push(path.join(dir, name));
}
if (!sourceFiles.length) fail(`没有找到任何来源文本（${sourceDirs.join('、')}）`);

const known = shingles(sourceFiles.map((f) => hanStream(decodeBytes(fs.readFileSync(f)).text, toSimplified)));

function walk(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return SKIP_DIRS.has(d.name) ? [] : walk(p);
    return TEXT_FILE.test(d.name) ? [p] : [];
  });
}
const files = [
  ...PROJECT_DIRS.flatMap((d) => walk(path.join(root, d))),
  ...PROJECT_FILES.map((f) => path.join(root, f)).filter((f) => fs.existsSync(f)),
];

// Fact fields are exempt where they stand, and the same facts wherever else they are quoted.
const checked: CheckedText[] = [];
const facts = new Set<string>();
for (const file of files) {
  const text = fs.readFileSync(file, 'utf8');
  const yaml = /\.ya?ml$/.test(file) ? { yaml: text, offset: 0 } : /\.mdx?$/.test(file) ? frontmatter(text) : undefined;
  const { spans, values } = yaml ? factSpans(yaml.yaml, yaml.offset) : { spans: [], values: [] };
  if (file.startsWith(path.join(root, 'content') + path.sep)) values.forEach((v) => facts.add(v));
  checked.push({ file: path.relative(root, file), text, exempt: spans });
}
const factList = [...facts].sort((a, b) => b.length - a.length);

const findings = checked.flatMap((f) => findCopied(f, known, toSimplified, factList));
for (const f of findings) console.log(`${f.file}:${f.line}: ${f.run}`);
console.log(
  findings.length
    ? `${findings.length} 处与来源报道相同的文字（${MIN_RUN} 字以上）：事实（职务加姓名、题目）可以保留，句子须用自己的话改写 (${findings.length} runs match the sources)`
    : `没有与来源报道相同的句子：已比较 ${checked.length} 个项目文件与 ${sourceFiles.length} 篇来源 (no copied runs: ${checked.length} files against ${sourceFiles.length} sources)`,
);
process.exit(findings.length ? 1 : 0);
