/**
 * The importer's steps in this test process, on the fixture report gb18030.txt and a copy of
 * the invented fixture archive: the draft is valid, and writing it is all or nothing; and what
 * the dry run prints (explain.ts).
 * (import-cli.test.ts runs `npm run import` itself, as a child process.)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyArchive, readArchive } from '../../src/lib/import/archive.ts';
import type { Draft } from '../../src/lib/import/draft/index.ts';
import { explain } from '../../src/lib/import/explain.ts';
import type { Facts } from '../../src/lib/import/facts/types.ts';
import { ImportError, importReport, readFacts, validateDraft } from '../../src/lib/import/index.ts';
import type { Report } from '../../src/lib/import/read.ts';
import { existing, writeAllOrNothing } from '../../src/lib/import/write.ts';
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

describe('writing: what moves as one, and what a failure leaves', () => {
  const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'yilu-write-'));
  const conference = [
    { path: 'conferences/2024-baijiang/index.md', text: '会议\n' },
    { path: 'conferences/2024-baijiang/speeches/01-zhao-yun.md', text: '发言\n' },
    { path: 'people/zhao-yun.yaml', text: 'name: 赵云\n' },
  ];
  it('writes a new conference and its records into a folder that did not exist yet', () => {
    const root = path.join(tmp(), 'new', 'content');
    writeAllOrNothing(root, conference);
    expect(Object.keys(snapshot(root)).sort()).toEqual([
      'conferences/',
      'conferences/2024-baijiang/',
      'conferences/2024-baijiang/index.md',
      'conferences/2024-baijiang/speeches/',
      'conferences/2024-baijiang/speeches/01-zhao-yun.md',
      'people/',
      'people/zhao-yun.yaml',
    ]);
    for (const f of conference) expect(fs.readFileSync(path.join(root, f.path), 'utf8')).toBe(f.text);
    // Written once, each file clashes by itself.
    expect(existing(root, conference)).toEqual(conference.map((f) => f.path));
    // A speech added to that conference is a file of its own: no clash, and only it is added.
    const speech = [{ path: 'conferences/2024-baijiang/speeches/02-sun-li.md', text: '又一篇\n' }];
    expect(existing(root, speech)).toEqual([]);
    writeAllOrNothing(root, speech);
    expect(fs.readFileSync(path.join(root, speech[0]!.path), 'utf8')).toBe('又一篇\n');
    expect(fs.readFileSync(path.join(root, conference[1]!.path), 'utf8')).toBe('发言\n');
  });
  it('removes the folders it made when a write fails: the content root, or a record folder', () => {
    const parent = tmp();
    const root = path.join(parent, 'new', 'content');
    // A file and a folder of the same name cannot both be written.
    expect(() =>
      writeAllOrNothing(root, [
        { path: 'people/zhao-yun.yaml', text: 'name: 赵云\n' },
        { path: 'people/zhao-yun.yaml/x', text: '' },
      ]),
    ).toThrow();
    expect(fs.readdirSync(parent)).toEqual([]);
    // In an existing root: organizations/ is made for the first record, regions/ is there for the
    // second, and the third cannot move; the error is the one that stopped the write.
    const content = path.join(tmp(), 'content');
    fs.mkdirSync(path.join(content, 'regions'), { recursive: true });
    fs.writeFileSync(path.join(content, 'people'), 'not a folder');
    const before = snapshot(content);
    let error: NodeJS.ErrnoException | undefined;
    try {
      writeAllOrNothing(content, [
        { path: 'organizations/baijiang-cishan.yaml', text: 'name: 白江慈善会\n' },
        { path: 'regions/baijiang.yaml', text: 'name: 白江\n' },
        { path: 'people/zhao-yun.yaml', text: 'name: 赵云\n' },
      ]);
    } catch (e) {
      error = e as NodeJS.ErrnoException;
    }
    expect(error?.code).toBe('EEXIST');
    expect(snapshot(content)).toEqual(before);
  });
  it('names every file it will not overwrite', () => {
    const content = path.join(tmp(), 'content');
    fs.mkdirSync(path.join(content, 'people'), { recursive: true });
    for (const id of ['zhao-yun', 'qian-li']) fs.writeFileSync(path.join(content, `people/${id}.yaml`), 'name: 某\n');
    expect(() =>
      writeAllOrNothing(content, [
        { path: 'people/zhao-yun.yaml', text: '' },
        { path: 'people/sun-li.yaml', text: '' },
        { path: 'people/qian-li.yaml', text: '' },
      ]),
    ).toThrow(new ImportError('不会覆盖已有的文件：people/zhao-yun.yaml、people/qian-li.yaml (refusing to overwrite)'));
  });
});

describe('what the archive holds, and the checks around a draft', () => {
  it('an empty archive knows nothing', () => {
    expect(emptyArchive()).toEqual({
      people: [],
      organizations: [],
      series: [],
      regions: [],
      taken: {
        people: new Set(),
        organizations: new Set(),
        series: new Set(),
        regions: new Set(),
        conferences: new Set(),
      },
    });
  });
  it('takes every id in use, valid record or not, and a conference folder without an index', () => {
    const content = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'yilu-archive-')), 'content');
    fs.mkdirSync(path.join(content, 'people'), { recursive: true });
    fs.writeFileSync(path.join(content, 'people/zhao-yun.yaml'), 'name: 赵云\npinyin: Zhào Yún\n');
    fs.writeFileSync(path.join(content, 'people/qian-li.yaml'), 'name: 钱立\n');
    // No conferences folder at all.
    const known = readArchive(content);
    expect(known.people).toEqual([{ id: 'zhao-yun', names: ['赵云'], note: undefined }]);
    expect([...known.taken.people].sort()).toEqual(['qian-li', 'zhao-yun']);
    expect(known.taken.conferences).toEqual(new Set());
    fs.mkdirSync(path.join(content, 'conferences/2024-baijiang'), { recursive: true });
    expect(readArchive(content).taken.conferences).toEqual(new Set(['2024-baijiang']));
  });
  it('refuses a report that names no conference, organizer or participant, and accepts one that names a person', () => {
    const utf8 = (s: string) => new TextEncoder().encode(s);
    const none = utf8('一段与会议无关的中文文字，没有日期，也没有人物，只是随便写下的一些句子而已。');
    expect(() => readFacts(none, emptyArchive())).toThrow(
      new ImportError('在文中找不到会议：没有会议名称、主办单位或与会者 (no conference found in the report)'),
    );
    const person = utf8('白江市民政局局长张明出席活动并致辞，随后走访了几家养老院。');
    const { facts } = readFacts(person, emptyArchive());
    expect(facts.title).toBeUndefined();
    expect(facts.organizers).toEqual([]);
    expect(facts.people.map((p) => p.name)).toEqual(['张明']);
  });
  it('validateDraft lists each file’s problems by path and field', () => {
    const files = [
      { path: 'people/zhao-yun.yaml', text: 'name: 赵云\n' },
      { path: 'people/qian-li.yaml', text: 'name: 钱立\npinyin: Qián Lì\n' },
    ];
    expect(validateDraft({ files } as Draft)).toEqual(['people/zhao-yun.yaml pinyin: 缺少必填字段']);
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
  it('gives page lines, addresses and page parts as they are, and quotes a sentence that only mentions them', () => {
    const out = explained(
      [
        { fact: '发布媒体', value: '白江网', from: '网页标题：白江网' },
        { fact: '发布时间', value: '2024-05-06', from: '页面上的发布时间' },
        { fact: '会议名称', value: '西岭论坛', from: '西岭论坛的网址、网页和页面都已更新' },
      ],
      [],
      [],
    );
    expect(out.split('\n').slice(1, 7)).toEqual([
      '  发布媒体：白江网',
      '      ← 网页标题：白江网',
      '  发布时间：2024-05-06',
      '      ← 页面上的发布时间',
      '  会议名称：西岭论坛',
      '      ← “西岭论坛的网址、网页和页面都已更新”',
    ]);
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
