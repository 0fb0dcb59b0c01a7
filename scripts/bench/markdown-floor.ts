#!/usr/bin/env node
/**
 * The Markdown floor: every .md/.mdx body under a content root through unified +
 * remark-parse + remark-gfm + remark-rehype + rehype-stringify, one after
 * another, output discarded. Prints `{"files":N,"chars":M}`. Run by floors.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { splitFrontmatter } from './floors.ts';

const root = process.argv[2];
if (!root) {
  console.error('usage: markdown-floor.ts <content-dir>');
  process.exit(2);
}
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeStringify);
let files = 0;
let chars = 0;
for (const e of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
  if (!e.isFile() || !/\.mdx?$/.test(e.name)) continue;
  const { body } = splitFrontmatter(fs.readFileSync(path.join(e.parentPath, e.name), 'utf8'));
  chars += String(processor.processSync(body)).length;
  files += 1;
}
console.log(JSON.stringify({ files, chars }));
