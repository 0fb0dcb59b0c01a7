import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import rehypeParagraphAnchors from '../../src/lib/markdown/paragraph-anchors.ts';
import { footnoteOptions } from '../../src/lib/markdown/footnotes.ts';

const render = async (md: string, options: { within?: string; file?: string } = {}) => {
  const processor = await createMarkdownProcessor({
    remarkPlugins: [remarkGfm],
    rehypePlugins: [[rehypeParagraphAnchors, { within: options.within }]],
    remarkRehype: footnoteOptions,
  } as Parameters<typeof createMarkdownProcessor>[0]);
  return (await processor.render(md, options.file ? { fileURL: pathToFileURL(options.file) } : {})).code;
};

describe('paragraph anchors', () => {
  it('numbers top-level paragraphs and list items in order, with a permalink each', async () => {
    const html = await render('第一段。\n\n- 要点甲\n- 要点乙\n\n## 小标题\n\n第四段。');
    expect([...html.matchAll(/ id="(p-\d+)"/g)].map((m) => m[1])).toEqual(['p-1', 'p-2', 'p-3', 'p-4']);
    expect(html).toMatch(
      /<li id="p-3">要点乙 <a href="#p-3" aria-label="第3段的链接" data-en-aria-label="Link to paragraph 3" data-para-link="">¶<\/a><\/li>/,
    );
    expect(html).not.toMatch(/<h2[^>]*id="p-/);
  });
  it('keeps ids stable when a paragraph is corrected', async () => {
    const before = await render('甲。\n\n乙。\n\n丙。');
    const after = await render('甲。\n\n乙（更正）。\n\n丙。');
    const idOf = (html: string, text: string) => html.match(new RegExp(`id="(p-\\d+)">${text}`))?.[1];
    expect(idOf(after, '丙')).toBe(idOf(before, '丙'));
  });
  it('puts the link inside the paragraph of a loose list item', async () => {
    const html = await render('- 甲\n\n- 乙\n');
    expect(html).toMatch(/<li id="p-1">\s*<p>甲 <a href="#p-1"/);
  });
  it('anchors the records under the content root only, not the site’s own prose', async () => {
    const root = path.resolve('content');
    expect(await render('甲。', { within: root, file: path.join(root, 'conferences/x/index.mdx') })).toContain(
      'id="p-1"',
    );
    expect(await render('甲。', { within: root, file: path.resolve('src/prose/about.zh.mdx') })).not.toContain(
      'id="p-1"',
    );
    expect(await render('甲。', { within: root, file: path.resolve('content-other/x.md') })).not.toContain('id="p-1"');
  });
  it('does not anchor nested lists or quotes', async () => {
    const html = await render('- 甲\n  - 子项\n\n> 引文\n');
    expect([...html.matchAll(/ id="p-/g)]).toHaveLength(1);
  });
});

describe('footnotes', () => {
  it('labels GFM footnotes in Chinese', async () => {
    const html = await render('正文[^1]。\n\n[^1]: 注释内容。');
    expect(html).toMatch(/<h2[^>]*id="footnote-label"[^>]*>注释<\/h2>/);
    expect(html).toContain('aria-label="返回正文第1处注释引用"');
  });
});
