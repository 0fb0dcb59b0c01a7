/**
 * The importer's steps in this test process, on the fixture report gb18030.txt and a copy of
 * the invented fixture archive: the draft is valid, and writing it is all or nothing; and what
 * the dry run prints (explain.ts).
 * (import-cli.test.ts runs `npm run import` itself, as a child process.)
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArchive } from '../../src/lib/import/archive.ts';
import type { Draft } from '../../src/lib/import/draft/index.ts';
import { explain } from '../../src/lib/import/explain.ts';
import type { Facts } from '../../src/lib/import/facts/types.ts';
import { importReport, validateDraft } from '../../src/lib/import/index.ts';
import type { Report } from '../../src/lib/import/read.ts';
import { writeAllOrNothing } from '../../src/lib/import/write.ts';
import { copyContent, repoRoot, snapshot } from '../support/cli.ts';

const fixture = (name: string) => path.join(repoRoot, 'tests/fixtures/import', name);

describe('writing all or nothing', () => {
  it('never overwrites, and undoes every move when one fails', () => {
    const content = copyContent();
    const { draft } = importReport(fs.readFileSync(fixture('gb18030.txt')), readArchive(content));
    expect(validateDraft(draft)).toEqual([]);
    // A file where the people folder should be makes the last moves fail.
    fs.rmSync(path.join(content, 'people'), { recursive: true });
    fs.writeFileSync(path.join(content, 'people'), 'not a folder');
    const before = snapshot(content);
    expect(() => writeAllOrNothing(content, draft.files)).toThrow();
    expect(snapshot(content)).toEqual(before);
    expect(fs.readdirSync(path.dirname(content)).filter((n) => n.includes('-import-'))).toEqual([]);
  });
  it('refuses when any target exists', () => {
    const content = copyContent();
    const { draft } = importReport(fs.readFileSync(fixture('gb18030.txt')), readArchive(content));
    fs.mkdirSync(path.join(content, 'people'), { recursive: true });
    fs.writeFileSync(path.join(content, 'people/yang-fan.yaml'), 'name: 杨帆\npinyin: Yáng Fān\n');
    const before = snapshot(content);
    expect(() => writeAllOrNothing(content, draft.files)).toThrow(/不会覆盖.*people\/yang-fan\.yaml/);
    expect(snapshot(content)).toEqual(before);
  });
});

describe('what the dry run prints', () => {
  const explained = (evidence: Facts['evidence'], removed: Report['removed'], todos: string[]) =>
    explain({ evidence } as Facts, { removed } as Report, { todos } as Draft);
  it('each fact over its source, long sources and dropped lines cut short, then the TODOs', () => {
    expect(
      explained(
        [
          { fact: '会议名称', value: '西岭论坛', from: '西'.repeat(161) },
          { fact: '主题', value: '公益同行', from: '岭'.repeat(160) },
          { fact: '发布媒体', value: '白江网', from: '网址 https://example.org/a.html', how: '按网址' },
        ],
        [
          { why: '页脚', line: '江'.repeat(61) },
          { why: '导航', line: '白'.repeat(60) },
        ],
        ['city：请补充'],
      ),
    ).toBe(
      [
        '读到的事实（每项下面是它的出处）：',
        '  会议名称：西岭论坛',
        `      ← “${'西'.repeat(160)}…”`,
        '  主题：公益同行',
        `      ← “${'岭'.repeat(160)}”`,
        '  发布媒体：白江网',
        '      ← 网址 https://example.org/a.html（按网址）',
        '',
        '当作页面杂项去掉的文字（2 处）：',
        `  [页脚] ${'江'.repeat(60)}…`,
        `  [导航] ${'白'.repeat(60)}`,
        '',
        '留作 TODO 的（1 项，写入后 npm run check 会一直列出）：',
        '  - city：请补充',
      ].join('\n'),
    );
  });
  it('says when it read no fact, and leaves out the dropped lines when there are none', () => {
    expect(explained([], [], [])).toBe(
      '读到的事实（每项下面是它的出处）：\n  （没有）\n\n留作 TODO 的（0 项，写入后 npm run check 会一直列出）：',
    );
  });
  it('on a saved page: a page line given as it is, the chrome dropped with its reason', () => {
    const { facts, report, draft } = importReport(
      fs.readFileSync(fixture('portal-traditional.txt')),
      readArchive(path.join(repoRoot, 'tests/fixtures/archive')),
    );
    const out = explain(facts, report, draft);
    expect(out).toContain('  报道标题：湾区社会组织协作论坛在广州南沙开幕\n      ← 页面标题行\n');
    expect(out).toContain('\n当作页面杂项去掉的文字（7 处）：\n  [镜像网站插入的广告词] 吉祥彩票官网登录入口\n');
    expect(out).toContain('\n留作 TODO 的（9 项，写入后 npm run check 会一直列出）：\n');
  });
});
