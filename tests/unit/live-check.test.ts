/**
 * The live content check of the editors' preview: after each change it reports
 * what `npm run check` would on the tree as it now is, having re-read only the
 * files that changed; and the page the dev server shows in place of any page
 * while errors stand.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { LiveCheck } from '../../src/lib/content/live.ts';
import { formatProblem, type Problem } from '../../src/lib/content/problems.ts';
import { problemsPage } from '../../src/lib/content/problems-page.ts';
import { miniArchive, writeTree } from '../support/tree.ts';

const lines = (problems: readonly Problem[]) => problems.map(formatProblem);

describe('LiveCheck', () => {
  it('re-reads only what changed, and always says what a full check says', () => {
    const dir = writeTree(miniArchive());
    const live = new LiveCheck(dir);
    expect(live.result.errors).toEqual([]);
    expect(live.refresh().changed).toEqual([]);

    const speech = path.join(dir, 'conferences/2022-xinan/speeches/02-li-ming.md');
    const text = fs.readFileSync(speech, 'utf8');
    const steps: [string, () => void, string[]][] = [
      ['a duplicate order', () => fs.writeFileSync(speech, text.replace('order: 2', 'order: 1')), [speech]],
      ['the fix', () => fs.writeFileSync(speech, text), [speech]],
      [
        'a new file referring to nobody',
        () => fs.writeFileSync(path.join(dir, 'people/zhou-li.yaml'), 'name: 周立\npinyin: Zhōu Lì\n'),
        [path.join(dir, 'people/zhou-li.yaml')],
      ],
      [
        'a record removed that others refer to',
        () => fs.rmSync(path.join(dir, 'organizations/yishi-shanghui.yaml')),
        [path.join(dir, 'organizations/yishi-shanghui.yaml')],
      ],
      [
        'a stray file',
        () => fs.writeFileSync(path.join(dir, 'people/notes.txt'), 'x'),
        [path.join(dir, 'people/notes.txt')],
      ],
    ];
    for (const [what, change, changed] of steps) {
      change();
      expect(live.refresh().changed, what).toEqual(changed);
      expect(lines(live.result.problems), what).toEqual(lines(checkContent(dir).problems));
    }
    expect(live.refresh().changed).toEqual([]);
    expect(live.result.errors.map((p) => p.code)).toContain('reference');
    expect(live.result.warnings.map((p) => p.code)).toContain('stray-file');
  });

  it('looks only at the paths a watcher reports, and at the whole tree when a folder comes or goes', () => {
    const dir = writeTree(miniArchive());
    const live = new LiveCheck(dir);
    const full = () => lines(checkContent(dir).problems);
    expect(live.result.errors).toEqual([]);
    const speech = path.join(dir, 'conferences/2022-xinan/speeches/02-li-ming.md');
    const text = fs.readFileSync(speech, 'utf8');
    fs.writeFileSync(speech, text.replace('person: li-ming', 'person: li-mign'));
    const other = path.join(dir, 'people/li-ming.yaml');
    fs.appendFileSync(other, 'nmae: x\n'); // changed, but not reported: not looked at
    expect(live.refresh([speech]).changed).toEqual([speech]);
    expect(live.result.errors.map((p) => p.code)).toEqual(['reference']);
    expect(live.refresh([other]).changed).toEqual([other]);
    expect(lines(live.result.problems)).toEqual(full());
    const stray = path.join(dir, 'people/notes.txt');
    fs.writeFileSync(stray, 'x');
    expect(live.refresh([stray, path.join(dir, '.hidden'), path.join(dir, '..', 'outside.yaml')]).changed).toEqual([
      stray,
    ]);
    fs.rmSync(speech);
    expect(live.refresh([speech]).changed).toEqual([speech]);
    expect(lines(live.result.problems)).toEqual(full());
    fs.cpSync(path.join(dir, 'conferences/2022-xinan'), path.join(dir, 'conferences/2023-xinan'), { recursive: true });
    expect(live.refresh([path.join(dir, 'conferences/2023-xinan')]).changed.length).toBeGreaterThan(1);
    expect(lines(live.result.problems)).toEqual(full());
    fs.rmSync(path.join(dir, 'conferences/2023-xinan'), { recursive: true });
    live.refresh([path.join(dir, 'conferences/2023-xinan')]);
    expect(lines(live.result.problems)).toEqual(full());
  });

  it("gives a conference page its own file's problems and its speeches'", () => {
    const tree = miniArchive();
    tree['conferences/2022-xinan/index.mdx'] = tree['conferences/2022-xinan/index.mdx']!.replace(
      'summary:',
      'draft: true\nsummary:',
    );
    tree['conferences/2022-xinan/speeches/02-li-ming.md'] = tree[
      'conferences/2022-xinan/speeches/02-li-ming.md'
    ]!.replace('summary: 测试摘要二。\n', '');
    const dir = writeTree(tree);
    const live = new LiveCheck(dir);
    const codes = (file: string) => live.problemsOf(path.join(dir, file)).map((p) => p.code);
    expect(codes('conferences/2022-xinan/index.mdx').sort()).toEqual(['draft', 'no-summary']);
    expect(codes('conferences/2022-xinan/speeches/02-li-ming.md')).toEqual(['no-summary']);
    expect(codes('conferences/2022-xinan/speeches/01-wang-fang.md')).toEqual([]);
  });
  it('leaves other files out of a conference page, also when its index is plain Markdown', () => {
    const tree = miniArchive();
    tree['conferences/2022-xinan/index.md'] = tree['conferences/2022-xinan/index.mdx']!.replace(
      'summary:',
      'draft: true\nsummary:',
    );
    delete tree['conferences/2022-xinan/index.mdx'];
    tree['conferences/2022-xinan/speeches/02-li-ming.md'] = tree[
      'conferences/2022-xinan/speeches/02-li-ming.md'
    ]!.replace('summary: 测试摘要二。\n', '');
    tree['people/solo.yaml'] = 'name: 孙一\npinyin: Sūn Yī\n';
    const dir = writeTree(tree);
    const live = new LiveCheck(dir);
    expect(live.result.warnings.map((p) => p.code).sort()).toEqual(['draft', 'no-summary', 'orphan']);
    expect(
      live
        .problemsOf(path.join(dir, 'conferences/2022-xinan/index.md'))
        .map((p) => p.code)
        .sort(),
    ).toEqual(['draft', 'no-summary']);
    expect(live.problemsOf(path.join(dir, 'people/solo.yaml')).map((p) => p.code)).toEqual(['orphan']);
  });
});

describe('the page shown while errors stand', () => {
  const error: Problem = {
    severity: 'error',
    code: 'schema',
    file: 'content/conferences/x/index.mdx',
    line: 6,
    field: 'startDate',
    message: '不是真实存在的日期',
    hint: '开幕日期 YYYY-MM-DD',
  };
  it('lists every error as npm run check prints it, with its line, and reloads itself', () => {
    const html = problemsPage({
      errors: [error, { ...error, line: undefined, field: '', message: '<b>YAML</b> 格式错误', hint: undefined }],
      warnings: 2,
      url: '/conferences/x/',
      client: '/@vite/client',
      lineText: (file, line) => (file === error.file && line === 6 ? 'startDate: 2024-13-45' : undefined),
    });
    expect(html).toContain('<title>内容有 2 个错误 · 议录预览</title>');
    expect(html).toContain(
      '<code>content/conferences/x/index.mdx:6 startDate: 不是真实存在的日期（提示：开幕日期 YYYY-MM-DD）</code>',
    );
    expect(html).toContain('<pre><span aria-hidden="true">6 | </span>startDate: 2024-13-45</pre>');
    expect(html).toContain('<code>content/conferences/x/index.mdx: &lt;b&gt;YAML&lt;/b&gt; 格式错误</code>');
    expect(html).toContain('<script type="module" src="/@vite/client"></script>');
    expect(html).toContain('<code>/conferences/x/</code>');
    expect(html).toContain('另有 2 条提醒');
    expect(html).toMatch(/^<!doctype html>\n<html lang="zh-CN">/);
  });
  it('escapes quotes and ampersands too, lists one error a line, and without a source of lines or a client shows neither', () => {
    const html = problemsPage({
      errors: [
        { ...error, message: '“A & B” 与 "C"' },
        { ...error, line: 7, field: 'endDate' },
      ],
      warnings: 0,
      url: '/a?b="c"&d',
    });
    expect(html).toContain(
      '<code>content/conferences/x/index.mdx:6 startDate: “A &amp; B” 与 &quot;C&quot;（提示：开幕日期 YYYY-MM-DD）</code>',
    );
    expect(html).toContain('<code>/a?b=&quot;c&quot;&amp;d</code>');
    expect(html).toContain('</code></p></li>\n<li><p><code>content/conferences/x/index.mdx:7 endDate:');
    expect(html).not.toContain('<pre>');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('另有');
  });
});
