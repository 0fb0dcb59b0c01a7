/**
 * The importer's known bugs (docs/testing.md, found by the mutation tests), each on sentences written for the test
 * (no sentence of any real report is copied here).
 */
import { describe, expect, it } from 'vitest';
import { people, report } from '../support/import.ts';
import { cleanText } from '../../src/lib/import/clean.ts';
import { extractFacts } from '../../src/lib/import/extract.ts';
import { readConvener } from '../../src/lib/import/facts/organizers.ts';

/** People sorted by name, for lists whose readers add them in different orders. */
const byName = (found: string[][]) => found.sort((a, b) => a[0]!.localeCompare(b[0]!));

describe('people: a list of <organization><name><title> items', () => {
  it('reads each item on its own when the organization has fewer than four characters', () => {
    expect(people('民政局王五调研员、财政局李四科长出席会议。')).toEqual([
      ['王五', '民政局调研员', '出席'],
      ['李四', '财政局科长', '出席'],
    ]);
  });
});

describe('people: who gives and who receives (为…颁发)', () => {
  it('leaves the giver and 为 out of the position of the receiver', () => {
    expect(byName(people('会上，王五为青川协会会长李四颁发证书。'))).toEqual(
      byName([
        ['李四', '青川协会会长', '受奖'],
        ['王五', '', '颁奖'],
      ]),
    );
    // A body whose name has 为 in it (为民, 为老) stays whole.
    expect(people('白江为民服务中心主任李四出席会议。')).toEqual([['李四', '白江为民服务中心主任', '出席']]);
  });

  it('takes the giver named after a post, and each receiver of a list after 为', () => {
    expect(byName(people('会长王五为副会长李四、秘书长赵六颁发证书。'))).toEqual(
      byName([
        ['王五', '会长', '颁奖'],
        ['李四', '副会长', '受奖'],
        ['赵六', '秘书长', '受奖'],
      ]),
    );
  });
});

describe('people: 以 before a title', () => {
  it('ends the name before 以 when a space stands between 以 and the title', () => {
    const found = extractFacts(report(['白江市副市长王五以 《青川的发展》为题作报告。'])).people;
    expect(found.map((p) => [p.name, p.position, p.role, p.title])).toEqual([
      ['王五', '白江市副市长', '发言', '青川的发展'],
    ]);
    // A name that ends in 以 before a space and a deed stays whole.
    expect(people('白江市副市长张可以 出席会议。')).toEqual([['张可以', '白江市副市长', '出席']]);
  });
});

describe('clean: editors at the end of the text', () => {
  const P1 = '白江公益论坛在青川市民中心开幕，各地社会组织代表出席。';

  it('reads the editor of a line that also gives the source, and keeps the line for the source record', () => {
    const c = cleanText([P1, '责任编辑：王某 来源：白江日报'].join('\n'));
    expect(c.editors).toEqual(['王某']);
    expect(c.info).toEqual(['责任编辑：王某 来源：白江日报']);
    expect(c.lines).toEqual([P1]);
  });

  it('keeps a short last sentence before （完） and reads the editor after it', () => {
    const c = cleanText([P1, '论坛闭幕。 （完）【编辑：王某】'].join('\n'));
    expect(c.lines).toEqual([P1, '论坛闭幕。']);
    expect(c.editors).toEqual(['王某']);
    expect(c.removed).toEqual([{ line: '（完）【编辑：王某】', why: '文末标记' }]);
  });
});

describe('organizers: the convener after a purpose clause', () => {
  it('reads the subject of the clause that convenes an event named with its theme', () => {
    const sentence = '为推动公益，青川协会召开以“爱心”为主题的公益大会。';
    expect(readConvener(sentence, '公益大会')).toBe('青川协会');
    expect(extractFacts(report([sentence])).organizers).toEqual(['青川协会']);
  });

  it('leaves out a purpose clause after the date too', () => {
    expect(readConvener('5月1日，为推动公益，青川协会召开公益大会。', '公益大会')).toBe('青川协会');
    expect(readConvener('近日，围绕公益，青川协会召开以“爱心”为主题的公益大会。', '公益大会')).toBe('青川协会');
  });
});
