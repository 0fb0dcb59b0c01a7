/**
 * Round 16 of the importer (development sets AK and AL, after their blind runs): each rule on sentences written for
 * the test, in the shapes the reports use (no sentence of any real report is copied here).
 */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/import/extract.ts';
import { eventKey } from '../../src/lib/import/score.ts';
import { report } from '../support/import.ts';

const title = (...lines: string[]) => extractFacts(report(lines)).title;

describe('round 16: event names', () => {
  it('reads a body founded at the end of a dated sentence, after a dash, as its 成立大会', () => {
    expect(
      title('4月28日，继甲地、乙地之后，第三个旅外商会——白江青禾商会正式成立。副区长周明远参加成立大会并致辞。'),
    ).toBe('白江青禾商会成立大会');
  });

  it('leaves out how a meeting was held or approved before its name (当天召开的, 经某会批准成立的)', () => {
    expect(title('在当天召开的白江青禾联合会成立大会上，局长周明远宣读了决定书。')).toBe('白江青禾联合会成立大会');
    expect(title('经白江总会批准成立的白江总会青禾分会成立大会于2019年8月28日下午在某宾馆隆重举行。')).toBe(
      '白江总会青禾分会成立大会',
    );
  });

  it('reads a name followed by its day and hours of this month, then the venue after a comma', () => {
    expect(title('【本报讯】白江中华总商会百龄会庆庆典本月2日下午6时至9时，在某会展中心隆重举行。')).toBe(
      '白江中华总商会百龄会庆庆典',
    );
  });

  it('reads a lecture series (大讲堂) as an event', () => {
    expect(title('白江市民政局于4月11日下午在某宾馆会议室举行社会工作专题大讲堂，副局长周明远列席。')).toBe(
      '社会工作专题大讲堂',
    );
  });
});

describe('round 16: scoring', () => {
  it('compares event names without the quotes around a part of them', () => {
    expect(eventKey('“白江市2018年社工主题宣传月”启动仪式')).toBe(eventKey('白江市2018年社工主题宣传月启动仪式'));
  });
});

describe('round 16: roles', () => {
  it('reads those seated on the platform as attending, and who declared the meeting open as presiding', () => {
    const facts = extractFacts(
      report([
        '在主席台就座的各地来宾，各国代表团团长有：青禾市议长周明远、白江商会荣誉主席吴海平。',
        '大会执行主席郑小东宣布庆典大会开始。',
      ]),
    );
    expect(facts.people.map((p) => [p.name, p.role])).toEqual([
      ['周明远', '出席'],
      ['吴海平', '出席'],
      ['郑小东', '主持'],
    ]);
  });
});

describe('round 16: names', () => {
  it('takes no 荣誉 and no three-character place for a name, and no 进行 or 有： in a position', () => {
    const facts = extractFacts(
      report([
        '白江商会会长荣誉出席。',
        '白江省计生协第一副会长、幸福工程省组委会副主任岳阳市出席。',
        '会上进行第八届理事长周明远与第九届理事长吴海平的交接。',
      ]),
    );
    expect(facts.people.map((p) => [p.name, p.position])).not.toContainEqual(expect.arrayContaining(['荣誉']));
    expect(facts.people.map((p) => p.name)).not.toContain('岳阳市');
    expect(facts.people.find((p) => p.name === '周明远')?.position).toBe('第八届理事长');
  });
});
