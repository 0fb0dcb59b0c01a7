import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { editDistance } from '../../src/lib/content/integrity.ts';
import { fieldName, formatProblem, formatReport, sortProblems, type Problem } from '../../src/lib/content/problems.ts';
import { todoWarnings } from '../../src/lib/content/warnings.ts';
import {
  classify,
  displayPath,
  listContent,
  parseEntry,
  patternToRegExp,
  splitFrontmatter,
} from '../../src/lib/content/read.ts';
import { describeAt } from '../../src/lib/content/schema-fields.ts';
import { z } from 'astro/zod';
import { conference } from '../../src/schemas/index.ts';
import { COLLECTIONS } from '../../src/schemas/layout.ts';

interface JsonSchema {
  description?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
}
import { miniArchive, writeTree, type Tree } from '../support/tree.ts';

const check = (tree: Tree) => {
  const dir = writeTree(tree);
  const result = checkContent(dir);
  const rel = (p: { file: string }) => path.relative(dir, path.resolve(p.file)).split(path.sep).join('/');
  return {
    ...result,
    dir,
    at: (code: string) => result.problems.filter((p) => p.code === code).map((p) => ({ ...p, file: rel(p) })),
  };
};

const edit = (tree: Tree, file: string, from: string | RegExp, to: string): Tree => {
  const text = tree[file]!;
  const next = text.replace(from, to);
  if (next === text) throw new Error(`edit did not apply to ${file}`);
  return { ...tree, [file]: next };
};

describe('a valid archive', () => {
  it('has no errors and no warnings', () => {
    const r = check(miniArchive());
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.files).toBe(11);
  });
});

describe('schema errors name the file, line and field', () => {
  it('rejects a date that does not exist even though YAML would roll it over', () => {
    const r = check(
      edit(miniArchive(), 'conferences/2022-xinan/index.mdx', 'startDate: 2022-05-20', 'startDate: 2024-13-45'),
    );
    const [p] = r.at('schema');
    expect(p).toMatchObject({
      file: 'conferences/2022-xinan/index.mdx',
      line: 5,
      field: 'startDate',
      severity: 'error',
    });
    expect(p!.message).toContain('不是真实存在的日期');
    expect(p!.hint).toContain('开幕日期');
  });
  it('names unknown fields, missing fields and bad enum values, all at once', () => {
    let tree = edit(miniArchive(), 'people/li-ming.yaml', 'pinyin: Lǐ Míng', 'pinyin: Lǐ Míng\nnmae: 李明');
    tree = edit(tree, 'conferences/2022-xinan/speeches/01-wang-fang.md', 'kind: 致辞\n', 'kind: 发言稿\n');
    tree = edit(tree, 'organizations/yishi-shanghui.yaml', 'type: chamber\n', '');
    const r = check(tree);
    const found = r.at('schema').map((p) => `${p.file}:${p.line} ${p.field}`);
    expect(found).toEqual([
      'conferences/2022-xinan/speeches/01-wang-fang.md:4 kind',
      'organizations/yishi-shanghui.yaml:1 type',
      'people/li-ming.yaml:3 nmae',
    ]);
  });
  it('reports broken YAML and missing frontmatter', () => {
    const r = check({
      ...miniArchive(),
      'people/li-ming.yaml': 'name: 李明\npinyin: [Lǐ Míng\n',
      'conferences/2022-xinan/speeches/02-li-ming.md': 'no frontmatter here\n',
    });
    expect(r.at('yaml')[0]).toMatchObject({ file: 'people/li-ming.yaml' });
    expect(r.at('frontmatter')[0]).toMatchObject({ file: 'conferences/2022-xinan/speeches/02-li-ming.md', line: 1 });
  });
});

describe('cross-record checks', () => {
  it('reports every dangling reference with a suggestion', () => {
    let tree = edit(
      miniArchive(),
      'conferences/2022-xinan/speeches/02-li-ming.md',
      'person: li-ming',
      'person: li-mign',
    );
    tree = edit(tree, 'conferences/2022-xinan/index.mdx', 'series: xinan-luntan', 'series: nowhere');
    tree = edit(tree, 'conferences/2022-xinan/speeches/01-wang-fang.md', 'session: opening', 'session: closing');
    const r = check(tree);
    const refs = [...r.at('reference'), ...r.at('unknown-session')];
    expect(refs.map((p) => `${p.file}:${p.line} ${p.field}`)).toEqual([
      'conferences/2022-xinan/index.mdx:4 series',
      'conferences/2022-xinan/speeches/02-li-ming.md:7 speakers[0].person',
      'conferences/2022-xinan/speeches/01-wang-fang.md:2 session',
    ]);
    expect(refs[1]!.hint).toContain('是不是 li-ming');
  });
  it('rejects duplicate speech order, bad ids and a speech with no conference', () => {
    const tree = edit(miniArchive(), 'conferences/2022-xinan/speeches/02-li-ming.md', 'order: 2', 'order: 1');
    tree['people/Li Ming.yaml'] = 'name: 李明\npinyin: Lǐ Míng\nnote: 另一位\n';
    tree['conferences/2021-lost/speeches/01-li-ming.md'] = tree['conferences/2022-xinan/speeches/02-li-ming.md']!;
    const r = check(tree);
    expect(r.at('duplicate-order')[0]).toMatchObject({
      field: 'order',
      file: 'conferences/2022-xinan/speeches/02-li-ming.md',
    });
    expect(r.at('bad-id')[0]!.file).toBe('people/Li Ming.yaml');
    expect(r.at('orphan-speech')[0]!.file).toBe('conferences/2021-lost/speeches/01-li-ming.md');
  });
  it('catches end dates before start dates and organization parent cycles', () => {
    let tree = edit(
      miniArchive(),
      'conferences/2022-xinan/index.mdx',
      'startDate: 2022-05-20',
      'startDate: 2022-05-20\nendDate: 2022-05-19',
    );
    tree = edit(
      tree,
      'organizations/jiasheng-minzhengting.yaml',
      'region: xinan',
      'region: xinan\nparent: jiasheng-minzhengting-shezuju',
    );
    const r = check(tree);
    expect(r.at('date-order')[0]!.field).toBe('endDate');
    expect(r.at('cycle').length).toBeGreaterThan(0);
  });
});

describe('warnings for likely mistakes', () => {
  it('flags drafts, TODOs, missing summaries, namesakes, orphans, position changes and stray files', () => {
    let tree = edit(miniArchive(), 'conferences/2022-xinan/speeches/02-li-ming.md', 'summary: 测试摘要二。\n', '');
    tree = edit(
      tree,
      'conferences/2022-xinan/index.mdx',
      'summary: 测试用会议概括。',
      'summary: 测试用会议概括。\ndraft: true\n# TODO 核对主办单位',
    );
    tree = edit(tree, 'conferences/2022-xinan/index.mdx', 'position: 甲省民政厅副厅长', 'position: 甲省民政厅厅长');
    tree['people/li-ming-2.yaml'] = 'name: 李明\npinyin: Lǐ Míng\n';
    tree['conferences/2022-xinan/speeches/03-zhao-gang.md'] =
      '---\nsession: talks\norder: 3\nkind: 讲话\nspeakers:\n  - person: zhao-gang\n    position: 甲省民政厅副厅长\nsummary: 测试。\n---\n';
    tree['people/notes.txt'] = 'stray';
    const codes = new Set(check(tree).warnings.map((w) => w.code));
    for (const code of ['draft', 'todo', 'no-summary', 'namesake', 'orphan', 'position-differs', 'stray-file']) {
      expect(codes, code).toContain(code);
    }
  });
  it('checks attendees: a dangling person is an error, one who also spoke or presided a warning', () => {
    const attend = (people: string) =>
      edit(
        miniArchive(),
        'conferences/2022-xinan/index.mdx',
        'sources:\n',
        `attendance:\n  people:\n${people}sources:\n`,
      );
    const dangling = check(attend('    - { person: li-mign, position: 乙市青年商会会长 }\n'));
    expect(dangling.at('reference').map((p) => `${p.file} ${p.field}`)).toEqual([
      'conferences/2022-xinan/index.mdx attendance.people[0].person',
    ]);
    const twice = check(attend('    - { person: zhao-gang, position: 甲省民政厅副厅长 }\n'));
    expect(twice.errors).toEqual([]);
    expect(twice.at('attendee-active')[0]).toMatchObject({ field: 'attendance.people[0].person' });
    // Someone named only as present is referred to: not an orphan.
    const tree = attend('    - { person: solo, position: 丙县民政局局长 }\n');
    tree['people/solo.yaml'] = 'name: 孙一\npinyin: Sūn Yī\n';
    expect(check(tree).warnings.filter((w) => w.file === 'people/solo.yaml')).toEqual([]);
  });
  it('flags an affiliation the position never mentions', () => {
    const tree = edit(
      miniArchive(),
      'conferences/2022-xinan/speeches/02-li-ming.md',
      'position: 乙市青年商会会长',
      'position: 某大学教授',
    );
    expect(check(tree).at('affiliation-mismatch')[0]!.field).toBe('speakers[0].affiliations[0]');
  });
  it('flags a note that speaks to editors (shown to readers) and points to a TODO comment', () => {
    const tree = edit(
      miniArchive(),
      'organizations/yishi-shanghui.yaml',
      'type: chamber\n',
      'type: chamber\nnote: 所在地待核实\n',
    );
    const [w] = check(tree).at('editor-note');
    expect(w).toMatchObject({ file: 'organizations/yishi-shanghui.yaml', field: 'note' });
    expect(w!.message).toContain('待核实');
    expect(w!.hint).toContain('# TODO');
    // The same words as a YAML comment are the editors' to-do list, not the reader's.
    const comment = edit(
      miniArchive(),
      'organizations/yishi-shanghui.yaml',
      'type: chamber\n',
      'type: chamber\n# TODO: 所在地待核实\n',
    );
    expect(check(comment).at('editor-note')).toEqual([]);
    expect(
      check(comment)
        .at('todo')
        .map((p) => p.message),
    ).toEqual(['待办：所在地待核实']);
  });
});

describe('rules around an invalid record', () => {
  it("still checks a speech's session against a conference that failed validation", () => {
    let tree = edit(
      miniArchive(),
      'conferences/2022-xinan/index.mdx',
      'startDate: 2022-05-20',
      'startDate: 2022-02-30',
    );
    tree = edit(tree, 'conferences/2022-xinan/speeches/02-li-ming.md', 'session: talks', 'session: talk');
    const r = check(tree);
    expect(
      r.errors.map(
        (e) => `${path.relative(r.dir, path.resolve(e.file))}:${e.line} ${e.field}: ${e.message}（${e.hint}）`,
      ),
    ).toEqual([
      'conferences/2022-xinan/index.mdx:5 startDate: 不是真实存在的日期（开幕日期 YYYY-MM-DD）',
      'conferences/2022-xinan/speeches/02-li-ming.md:2 session: 找不到环节“talk”（应是 conferences/2022-xinan/index.mdx 中 sessions 的 id：opening、talks）',
    ]);
    // Sessions that cannot be read (one without an id) say nothing about the speeches.
    tree = edit(tree, 'conferences/2022-xinan/index.mdx', '  - id: talks\n', '  - \n');
    expect(check(tree).at('unknown-session')).toEqual([]);
  });
  it('checks dates against both ends: a session before the first day is outside; a one-day conference may say so', () => {
    const early = edit(
      miniArchive(),
      'conferences/2022-xinan/index.mdx',
      '    order: 1\n',
      '    order: 1\n    date: 2022-05-19\n',
    );
    const r = check(early);
    expect(
      r.errors.map((e) => `${e.code} ${path.relative(r.dir, path.resolve(e.file))}:${e.line} ${e.field}: ${e.message}`),
    ).toEqual([
      'date-range conferences/2022-xinan/index.mdx:17 sessions[0].date: 环节日期 2022-05-19 不在会议日期之内',
    ]);
    const oneDay = edit(
      miniArchive(),
      'conferences/2022-xinan/index.mdx',
      'startDate: 2022-05-20',
      'startDate: 2022-05-20\nendDate: 2022-05-20',
    );
    expect(check(oneDay).errors).toEqual([]);
  });
  it('names every unknown field in one error, at the first', () => {
    const tree = miniArchive();
    tree['people/li-ming.yaml'] += 'nmae: x\nttile: y\n';
    const r = check(tree);
    expect(
      r.errors.map((e) => `${path.relative(r.dir, path.resolve(e.file))}:${e.line} ${e.field}: ${e.message}`),
    ).toEqual(['people/li-ming.yaml:3 nmae: 未知字段 nmae、ttile（可能拼错了字段名）']);
  });
  it('takes only text as a reference, and reads references of any shape without failing', () => {
    const where = (tree: Tree) => {
      const r = check(tree);
      return r.errors.map((e) => `${e.code} ${path.relative(r.dir, path.resolve(e.file))}:${e.line} ${e.field}`);
    };
    // A number where an id belongs is a schema error, not also a missing organization “123”.
    const number = edit(
      miniArchive(),
      'conferences/2022-xinan/index.mdx',
      'organizers: [jiasheng-minzhengting]',
      'organizers: [123]',
    );
    expect(where(number)).toEqual(['schema conferences/2022-xinan/index.mdx:10 organizers[0]']);
    // A presider written as a bare id instead of { person, position }.
    const bare = edit(
      miniArchive(),
      'conferences/2022-xinan/index.mdx',
      '    presiders:\n      - person: zhao-gang\n        position: 甲省民政厅副厅长\n',
      '    presiders: [zhao-gang]\n',
    );
    expect(where(bare)).toEqual(['schema conferences/2022-xinan/index.mdx:17 sessions[0].presiders[0]']);
  });
  it('reports a cycle of parents on its members only', () => {
    let tree = edit(
      miniArchive(),
      'organizations/jiasheng-minzhengting.yaml',
      'region: xinan',
      'region: xinan\nparent: jiasheng-minzhengting-shezuju',
    );
    tree = edit(
      tree,
      'organizations/yishi-shanghui.yaml',
      'type: chamber\n',
      'type: chamber\nparent: jiasheng-minzhengting\n',
    );
    const r = check(tree);
    expect(r.at('cycle').map((p) => `${p.file}:${p.line} ${p.field}: ${p.message}`)).toEqual([
      'organizations/jiasheng-minzhengting-shezuju.yaml:3 parent: 上级机构形成循环：jiasheng-minzhengting-shezuju → jiasheng-minzhengting → jiasheng-minzhengting-shezuju',
      'organizations/jiasheng-minzhengting.yaml:4 parent: 上级机构形成循环：jiasheng-minzhengting → jiasheng-minzhengting-shezuju → jiasheng-minzhengting',
    ]);
  });
  it('measures edit distance up to three characters of difference in length', () => {
    expect(editDistance('abc', 'abcdef')).toBe(3);
    expect(editDistance('li-ming', 'li-ming')).toBe(0);
  });
});

describe('each warning, exactly', () => {
  it('names file, line and field, and says what is wrong and what to do', () => {
    const X = 'conferences/2022-xinan/index.mdx';
    const S = 'conferences/2022-xinan/speeches';
    let tree = edit(miniArchive(), `${S}/02-li-ming.md`, 'summary: 测试摘要二。\n', '');
    tree = edit(tree, X, 'summary: 测试用会议概括。\n', 'summary: 测试用会议概括。\ndraft: true\n');
    // 赵刚 presides the second session under another title than the first.
    tree = edit(
      tree,
      X,
      '    order: 2\noutcomes:',
      '    order: 2\n    presiders:\n      - person: zhao-gang\n        position: 甲省民政厅厅长\noutcomes:',
    );
    // Attendees: one who presided, one who spoke, one who did neither.
    tree = edit(
      tree,
      X,
      'sources:\n',
      'attendance:\n  people:\n    - { person: zhao-gang, position: 甲省民政厅厅长 }\n    - { person: li-ming, position: 乙市青年商会会长 }\n    - { person: li-ming-2, position: 丙市社工 }\nsources:\n',
    );
    // File 03 with order 5; its speaker presided as 副厅长; its affiliation is named nowhere in the position.
    tree[`${S}/03-zhao-gang.md`] =
      '---\nsession: talks\norder: 5\nkind: 讲话\nspeakers:\n  - person: zhao-gang\n    position: 甲省民政厅厅长\n    affiliations:\n      - { organization: yishi-shanghui, role: 会长 }\nsummary: 测试。\n---\n';
    // File 04 named after someone who is not its speaker; the affiliation is named (by the organization, not the role).
    tree[`${S}/04-wang-fang.md`] =
      '---\nsession: talks\norder: 4\nkind: 讲话\nspeakers:\n  - person: li-ming\n    position: 乙市青年商会会长\n    affiliations:\n      - { organization: yishi-shanghui, role: 理事 }\nsummary: 测试。\n---\n';
    // Namesakes: 李明 twice without a note (the second only attends); 王芳 twice, the second with a note and referred to by nothing.
    tree['people/li-ming-2.yaml'] = 'name: 李明\npinyin: Lǐ Míng\n';
    tree['people/wang-fang-2.yaml'] = 'name: 王芳\npinyin: Wáng Fāng\nnote: 乙市社工\n';
    tree['organizations/bing-shanghui.yaml'] = 'name: 丙市商会\ntype: chamber\n';
    const r = check(tree);
    expect(r.errors).toEqual([]);
    // Files are named as the check was given them (here, under a temporary folder).
    const shown = (text: string) => text.replaceAll(`${r.dir}${path.sep}`, '');
    expect(r.warnings.map((w) => `${w.code} ${shown(formatProblem(w))}`).sort()).toEqual(
      [
        `draft ${X}:10 draft: 草稿：不会出现在正式发布的网站上（提示：核对完成后删除 draft: true）`,
        `no-summary ${S}/02-li-ming.md:2 summary: 发言没有摘要（提示：用自己的话写一两句话概括发言）`,
        `file-order ${S}/03-zhao-gang.md:3 order: 文件名序号 03 与 order 5 不一致（提示：按 order 重命名文件，便于编辑按顺序浏览（网址随文件名而定，发布后不要改名））`,
        `file-speaker ${S}/04-wang-fang.md:6 speakers[0].person: 文件名中的人物“wang-fang”不是本发言的讲者`,
        'namesake people/li-ming.yaml:1 name: 与 li-ming-2 同名“李明”，但没有区分说明（提示：在 note 中写明此人的单位或职务，帮助读者区分）',
        'namesake people/li-ming-2.yaml:1 name: 与 li-ming 同名“李明”，但没有区分说明（提示：在 note 中写明此人的单位或职务，帮助读者区分）',
        'namesake people/wang-fang.yaml:1 name: 与 wang-fang-2 同名“王芳”，但没有区分说明（提示：在 note 中写明此人的单位或职务，帮助读者区分）',
        'orphan people/wang-fang-2.yaml:1: 没有任何发言或会议引用此人物（提示：可能是拼错了引用它的 id，或是多余的记录）',
        'orphan organizations/bing-shanghui.yaml:1: 没有任何会议、发言或下级机构引用此机构（提示：可能是拼错了引用它的 id，或是多余的记录）',
        `position-differs ${X}:35 attendance.people[0].position: zhao-gang 在同一会议中的职务不一致：“甲省民政厅厅长” 与 ${X} 中的 “甲省民政厅副厅长”（提示：同一会议中一个人只有一个时任职务，核对报道）`,
        `position-differs ${X}:27 sessions[1].presiders[0].position: zhao-gang 在同一会议中的职务不一致：“甲省民政厅厅长” 与 ${X} 中的 “甲省民政厅副厅长”（提示：同一会议中一个人只有一个时任职务，核对报道）`,
        `position-differs ${S}/03-zhao-gang.md:7 speakers[0].position: zhao-gang 在同一会议中的职务不一致：“甲省民政厅厅长” 与 ${X} 中的 “甲省民政厅副厅长”（提示：同一会议中一个人只有一个时任职务，核对报道）`,
        `attendee-active ${X}:35 attendance.people[0].person: zhao-gang 已在本会议中发言或主持，不必再列为出席者（提示：删去 attendance.people 中的这一项）`,
        `attendee-active ${X}:36 attendance.people[1].person: li-ming 已在本会议中发言或主持，不必再列为出席者（提示：删去 attendance.people 中的这一项）`,
        `affiliation-mismatch ${S}/03-zhao-gang.md:9 speakers[0].affiliations[0]: 职务“甲省民政厅厅长”中既没有机构“乙市青年商会”也没有职务“会长”（提示：核对 affiliations 与 position 是否对应）`,
      ].sort(),
    );
  });
  it('names a file no collection reads, and how files are laid out', () => {
    const tree = { ...miniArchive(), 'people/notes.txt': 'stray' };
    const r = check(tree);
    expect(r.warnings.map((w) => formatProblem({ ...w, file: path.relative(r.dir, path.resolve(w.file)) }))).toEqual([
      'people/notes.txt: 此文件不会被读取：位置或扩展名不符合内容目录的约定（提示：人物等记录是 content/<类别>/<id>.yaml；会议是 conferences/<slug>/index.mdx；发言是 conferences/<slug>/speeches/<nn>-<人物id>.md）',
    ]);
  });
  it('leaves warnings out when asked to (the benchmark generator, the build), keeping every error', () => {
    let tree = edit(
      miniArchive(),
      'conferences/2022-xinan/index.mdx',
      'summary: 测试用会议概括。\n',
      'summary: 测试用会议概括。\ndraft: true\n# TODO 核对\n',
    );
    tree = edit(tree, 'people/li-ming.yaml', 'pinyin: Lǐ Míng', 'pinyin: 李明');
    tree['people/notes.txt'] = 'stray';
    const dir = writeTree(tree);
    const all = checkContent(dir);
    expect(all.warnings.map((w) => w.code).sort()).toEqual(['draft', 'stray-file', 'todo']);
    const quiet = checkContent(dir, { warnings: false });
    expect(quiet.warnings).toEqual([]);
    expect(quiet.problems).toEqual(all.errors);
    expect(quiet.errors.map((e) => `${e.code} ${e.field}`)).toEqual(['schema pinyin']);
  });
  it('reports an invalid conference once: its speeches are not errors of their own', () => {
    const tree = edit(
      miniArchive(),
      'conferences/2022-xinan/index.mdx',
      'startDate: 2022-05-20',
      'startDate: 2022-02-30',
    );
    const r = check(tree);
    expect(r.errors.map((e) => `${path.relative(r.dir, path.resolve(e.file))}:${e.line} ${e.field}`)).toEqual([
      'conferences/2022-xinan/index.mdx:5 startDate',
    ]);
  });
  it('lists each TODO with its line, and the words after it', () => {
    expect(
      todoWarnings('a.yaml', 'name: 甲\n# TODO：核对职务\r\nnote: 乙 # TODO: 补来源\n# TODO\n').map(
        (w) => `${w.code} ${w.line} ${w.field || '-'} ${w.message}`,
      ),
    ).toEqual(['todo 2 - 待办：核对职务', 'todo 3 - 待办：补来源', 'todo 4 - 待办：# TODO']);
  });
});

describe('helpers', () => {
  it('formats problems on one line', () => {
    const p = {
      severity: 'error' as const,
      code: 'reference' as const,
      file: 'a.yaml',
      line: 3,
      field: 'speakers[0].person',
      message: '找不到',
      hint: '提示',
    };
    expect(formatProblem(p)).toBe('a.yaml:3 speakers[0].person: 找不到（提示：提示）');
    expect(formatReport([p])).toMatch(/1 个错误，0 个提醒/);
    const w: Problem = { severity: 'warning', code: 'draft', file: 'b.md', line: 2, field: 'draft', message: '草稿' };
    expect(formatReport([p, w])).toBe(
      [
        '错误 errors:',
        '  a.yaml:3 speakers[0].person: 找不到（提示：提示）',
        '提醒 warnings:',
        '  b.md:2 draft: 草稿',
        '1 个错误，1 个提醒 (1 errors, 1 warnings)',
      ].join('\n'),
    );
    expect(formatReport([w])).toBe(
      ['提醒 warnings:', '  b.md:2 draft: 草稿', '0 个错误，1 个提醒 (0 errors, 1 warnings)'].join('\n'),
    );
    expect(formatReport([])).toBe('0 个错误，0 个提醒 (0 errors, 0 warnings)');
    expect(formatProblem({ ...w, line: undefined, field: '' })).toBe('b.md: 草稿');
    expect(fieldName(['a', 0, 'b'])).toBe('a[0].b');
  });
  it('lists content files in collection order, then by path, skipping hidden files and naming stray ones', () => {
    const tree = {
      ...miniArchive(),
      '.git/config': 'x',
      'people/.li-ming.yaml.swp': 'x',
      'people/README.md': '说明',
      'people/notes.': 'x',
    };
    const dir = writeTree(tree);
    const { files, stray } = listContent(dir);
    expect(files.map((f) => `${f.collection} ${path.relative(dir, f.path)}`)).toEqual([
      'regions regions/xinan.yaml',
      'series series/xinan-luntan.yaml',
      'people people/li-ming.yaml',
      'people people/wang-fang.yaml',
      'people people/zhao-gang.yaml',
      'organizations organizations/jiasheng-minzhengting-shezuju.yaml',
      'organizations organizations/jiasheng-minzhengting.yaml',
      'organizations organizations/yishi-shanghui.yaml',
      'conferences conferences/2022-xinan/index.mdx',
      'speeches conferences/2022-xinan/speeches/01-wang-fang.md',
      'speeches conferences/2022-xinan/speeches/02-li-ming.md',
    ]);
    // A name ending in a dot is not hidden: it is a misnamed file.
    expect(stray.map((f) => path.relative(dir, f))).toEqual(['people/notes.']);
    expect(classify(dir, '.git/config')).toBeUndefined();
    expect(classify(dir, 'conferences/.drafts/index.mdx')).toBeUndefined();
    expect(classify(dir, 'people/a.b.')).toBe('stray');
    expect(listContent(path.join(dir, 'no-such-folder'))).toEqual({ files: [], stray: [] });
  });
  it('reads frontmatter only at the start, empty or at the end of a file', () => {
    expect(splitFrontmatter('正文\n---\na: 1\n---\n')).toBeNull();
    expect(splitFrontmatter('---\n---\nbody')).toEqual({ yaml: '', body: 'body', yamlLine: 2 });
    expect(splitFrontmatter('--- \na: 1\n---\t\nbody')).toEqual({ yaml: 'a: 1', body: 'body', yamlLine: 2 });
    expect(splitFrontmatter('---\na: 1\n---')).toEqual({ yaml: 'a: 1', body: '', yamlLine: 2 });
  });
  it('shows paths under the working folder relative to it, others as given', () => {
    expect(displayPath(path.join(process.cwd(), 'content', 'people', 'a.yaml'))).toBe('content/people/a.yaml');
    expect(displayPath('/elsewhere/people/a.yaml')).toBe('/elsewhere/people/a.yaml');
    expect(displayPath(process.cwd())).toBe(process.cwd());
  });
  it('points a missing field at the start of the record, after any comment', () => {
    const { entry } = parseEntry('people', 'jia', '/x/people/jia.yaml', '# 注释\nname: 甲\n');
    expect(entry!.lineOf(['pinyin'])).toBe(2);
    expect(entry!.lineOf(['name'])).toBe(2);
    const md = parseEntry(
      'speeches',
      '2022-x/01-jia',
      '/x/conferences/2022-x/speeches/01-jia.md',
      '---\n# 注释\nsession: a\n---\n正文\n',
    );
    expect(md.entry!.lineOf(['summary'])).toBe(3);
    expect(md.entry!.body).toBe('正文\n');
  });
  it('sorts problems by file, then line (by number; none first), then field', () => {
    const at = (file: string, line: number | undefined, field: string): Problem => ({
      severity: 'error',
      code: 'schema',
      file,
      line,
      field,
      message: '',
    });
    const sorted = sortProblems([
      at('b.yaml', 1, ''),
      at('a.yaml', 10, 'x'),
      at('a.yaml', 9, 'y'),
      at('a.yaml', undefined, ''),
      at('a.yaml', 9, 'b'),
    ]);
    expect(sorted.map((p) => `${p.file}:${p.line ?? '-'} ${p.field}`)).toEqual([
      'a.yaml:- ',
      'a.yaml:9 b',
      'a.yaml:9 y',
      'a.yaml:10 x',
      'b.yaml:1 ',
    ]);
  });
  it('reads descriptions and patterns', () => {
    expect(describeAt(conference, ['sessions', 0, 'presiders', 0, 'position'])).toContain('时任');
    expect(patternToRegExp('*/index.{md,mdx}').test('x/index.mdx')).toBe(true);
    expect(patternToRegExp('*/index.{md,mdx}').test('x/y/index.md')).toBe(false);
    expect(patternToRegExp('*/index.{md,mdx}').test('x/index.md')).toBe(true);
    expect(patternToRegExp('*/index.{md,mdx}').test('x/index.{md')).toBe(false);
    expect(splitFrontmatter('---\na: 1\n---\nbody')).toEqual({ yaml: 'a: 1', body: 'body', yamlLine: 2 });
    expect(editDistance('li-mign', 'li-ming')).toBe(2);
  });
  it("gives each field the description /api/schema.json publishes (npm run check's hints and npm run new's prompts read describeAt)", () => {
    let fields = 0;
    for (const spec of Object.values(COLLECTIONS)) {
      const schema = spec.schema as z.ZodType;
      const visit = (node: JsonSchema, at: (string | number)[]) => {
        for (const [key, prop] of Object.entries(node.properties ?? {})) {
          fields++;
          expect(describeAt(schema, [...at, key]), `${spec.dir} ${[...at, key].join('.')}`).toBe(prop.description);
          visit(prop, [...at, key]);
        }
        if (node.items) visit(node.items, [...at, 0]);
        node.anyOf?.forEach((option) => visit(option, at));
      };
      visit(z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) as JsonSchema, []);
    }
    expect(fields).toBeGreaterThan(90);
  });
  it('does not touch the files it checks', () => {
    const dir = writeTree(miniArchive());
    const before = fs.readFileSync(path.join(dir, 'people/li-ming.yaml'), 'utf8');
    checkContent(dir);
    expect(fs.readFileSync(path.join(dir, 'people/li-ming.yaml'), 'utf8')).toBe(before);
  });
});
