/** `npm run new` for real: node scripts/new.ts in a temporary copy of the fixture archive, without a terminal (no prompts). */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { describeField, FIELDS } from '../../src/lib/scaffold/records.ts';
import { copyContent, runInTerminal, runScript, runScriptAsync, snapshot } from '../support/cli.ts';

const newRecord = (content: string, ...args: string[]) => runScript('scripts/new.ts', args, content);

describe('npm run new scaffolds valid records', () => {
  const content = copyContent();
  const person = newRecord(content, 'person', '--name', '欧阳明远', '--note', '白江市青年志愿者协会会长');
  const org = newRecord(content, 'organization', '--name', '白江市青年志愿者协会', '--region', 'xiling');
  const conf = newRecord(
    content,
    'conference',
    '--title',
    '2025西岭公益论坛',
    '--start-date',
    '2025-10-18',
    '--city',
    '白江市',
    '--series',
    'xiling-gongyi-luntan',
    '--organizers',
    'qingchuan-minzhengting',
    '--slug',
    '2025-xiling',
  );
  const speech = newRecord(
    content,
    'speech',
    '--conference',
    '2025-xiling',
    '--person',
    'ouyang-mingyuan',
    '--position',
    '白江市青年志愿者协会会长',
    '--kind',
    '致辞',
  );
  const speech2 = newRecord(
    content,
    'speech',
    '--conference',
    '2025-xiling',
    '--person',
    'lin-haiyan',
    '--position',
    '青川省民政厅厅长',
    '--kind',
    '讲话',
    '--title',
    '社区公益的下一步',
  );

  it('writes each file where the archive reads it', () => {
    for (const run of [person, org, conf, speech, speech2]) {
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
    }
    expect(fs.readFileSync(path.join(content, 'people/ouyang-mingyuan.yaml'), 'utf8')).toBe(
      'name: 欧阳明远\npinyin: Ōuyáng Míngyuǎn\nnote: 白江市青年志愿者协会会长\n',
    );
    expect(
      fs.readFileSync(path.join(content, 'organizations/baijiang-qingnian-zhiyuanzhe-xiehui.yaml'), 'utf8'),
    ).toContain('type: association\nregion: xiling');
    const c = fs.readFileSync(path.join(content, 'conferences/2025-xiling/index.mdx'), 'utf8');
    expect(c).toContain('regions:\n  - xiling');
    expect(c).toMatch(/^draft: true$/m);
    expect(fs.readdirSync(path.join(content, 'conferences/2025-xiling/speeches')).sort()).toEqual([
      '01-ouyang-mingyuan.md',
      '02-lin-haiyan.md',
    ]);
    expect(fs.readFileSync(path.join(content, 'conferences/2025-xiling/speeches/02-lin-haiyan.md'), 'utf8')).toContain(
      'session: main\norder: 2\nkind: 讲话\ntitle: 社区公益的下一步',
    );
  });
  it('passes the content check, with the TODOs left for the editor listed', () => {
    const r = checkContent(content);
    expect(r.errors).toEqual([]);
    expect(r.warnings.filter((w) => w.code === 'todo' && w.file.includes('2025-xiling')).length).toBeGreaterThan(0);
    expect(r.warnings.some((w) => w.code === 'todo' && w.file.includes('baijiang-qingnian-zhiyuanzhe-xiehui'))).toBe(
      true,
    );
  });
  it('refuses to overwrite a record', () => {
    const before = snapshot(content);
    const again = newRecord(content, 'person', '--name', '欧阳明远');
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/不会覆盖.*people\/ouyang-mingyuan\.yaml/);
    expect(snapshot(content)).toEqual(before);
  });
});

describe('npm run new refuses what would not be valid, and writes nothing', () => {
  // Each case runs side by side with the others, on a content copy of its own: a write by one cannot pass or fail another.
  const cases: [string, string[], RegExp][] = [
    ['no kind', [], /用法/],
    ['an unknown kind', ['meeting'], /不认识的类型/],
    [
      'a missing required flag, named with its schema description',
      ['speech', '--conference', '2023-xiling', '--person', 'he-ping'],
      /缺少必填项 --position（讲者当时的职务（时任）.*--kind（发言类型/,
    ],
    [
      'a date that does not exist',
      [
        'conference',
        '--title',
        '2025论坛',
        '--start-date',
        '2025-02-30',
        '--city',
        '白江市',
        '--series',
        'xiling-gongyi-luntan',
      ],
      /startDate: 不是真实存在的日期/,
    ],
    [
      'a reference to a record that does not exist',
      ['speech', '--conference', '2023-xiling', '--person', 'nobody', '--position', '会长', '--kind', '致辞'],
      /--person nobody：档案中没有这个 id/,
    ],
    [
      'a bad enum value',
      ['speech', '--conference', '2023-xiling', '--person', 'he-ping', '--position', '会长', '--kind', '演说'],
      /kind/,
    ],
    ['a flag the kind does not have', ['person', '--name', '张三', '--title', '局长'], /没有这些字段：--title/],
    ['a bad id', ['person', '--name', '张三', '--id', 'Zhang San'], /不能作为 id/],
  ];
  for (const [what, args, reason] of cases) {
    it.concurrent(what, async () => {
      const content = copyContent();
      const before = snapshot(content);
      const run = await runScriptAsync('scripts/new.ts', args, content);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(reason);
      expect(snapshot(content)).toEqual(before);
    });
  }
  it('prompts come from the schemas', () => {
    expect(describeField('person', FIELDS.person[0]!)).toBe('姓名（简体），例如 周利民');
    expect(describeField('speech', FIELDS.speech.find((f) => f.flag === 'kind')!)).toContain('致辞、讲话');
  });
});

describe('npm run new in a terminal asks for what the flags left out', () => {
  it("prompts with each field's schema description, name first, and writes what was typed", async () => {
    const content = copyContent();
    const answers: Record<string, string> = { name: '司马清和', note: '白江市社区基金会理事长' };
    const run = await runInTerminal(
      'scripts/new.ts',
      ['person', '--id', 'sima-qinghe'],
      content,
      (flag) => answers[flag] ?? '',
    );
    expect(run.status).toBe(0);
    // Every field without a flag is asked once: the name, then its pinyin (derived when left
    // empty), other forms, a note; the one given as a flag (--id) is not asked.
    expect(run.prompts).toEqual(['name', 'pinyin', 'variants', 'note']);
    // Each prompt is the schema's description of its field (src/schemas/person.ts).
    for (const text of [
      '姓名（简体），例如 周利民',
      '姓名拼音，姓与名分开，可带声调，例如 Zhōu Lìmín',
      '同名区分说明，例如 四川省民政厅社会组织管理局局长',
    ]) {
      expect(run.stdout).toContain(text);
    }
    expect(run.stdout).toContain('（可留空）');
    // Pinyin was left empty: the scaffold derives it from the name.
    expect(fs.readFileSync(path.join(content, 'people/sima-qinghe.yaml'), 'utf8')).toBe(
      'name: 司马清和\npinyin: Sīmǎ Qīnghé\nnote: 白江市社区基金会理事长\n',
    );
    expect(checkContent(content).errors).toEqual([]);
  });

  it('still refuses when a required answer is left empty, and writes nothing', async () => {
    const content = copyContent();
    const before = snapshot(content);
    const run = await runInTerminal('scripts/new.ts', ['person'], content, () => '');
    expect(run.status).toBe(1);
    expect(run.prompts[0]).toBe('name');
    expect(run.stdout + run.stderr).toMatch(/缺少必填项 --name/);
    expect(snapshot(content)).toEqual(before);
  });
});
