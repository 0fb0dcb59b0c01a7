/**
 * Round 31 of the importer (from what sets CU to DB, measured blind at round 30, read wrong): outlets that were labels
 * or days, and people listed after an organization named by a short 协 or 联; each rule on text written for the test (no
 * sentence of any real report is copied here).
 */
import { describe, expect, it } from 'vitest';
import { readByline, readOutlet } from '../../src/lib/import/facts/source.ts';
import { people, report } from '../support/import.ts';

const outlet = (info: string[], lines = ['1月10日，白江青禾协会召开会员大会。']) =>
  readOutlet(report(lines, { info }), readByline(lines))?.value;

describe('round 31: what is no outlet', () => {
  it('does not read a label as an outlet: an empty 来源 before 字体, an 作者 after the time', () => {
    expect(outlet(['发布时间：2022-09-21 作者：王明远编辑：李青山来源： 字体：'])).toBeUndefined();
    expect(outlet(['发布时间：2015-10-11 22:03:49 作者：青禾作文网 发布者：abc123 浏览次数：30'])).toBeUndefined();
  });

  it('does not read a dateline’s day and city as an outlet', () => {
    expect(outlet([], ['【2016年11月1日 白江讯】 白江青禾总会今日下午举办商人节颁奖典礼。'])).toBeUndefined();
    // An outlet with its time stamp is still read.
    expect(outlet(['2022-09-21 10:30 青禾日报'])).toBe('青禾日报');
  });
});

describe('round 31: people listed after an organization named by a short 协 or 联', () => {
  it('ends a list item at <organization><name><title> when the organization is a 科协, 侨联, 妇联…', () => {
    expect(people('白江省科协王青山副主席、白江农业大学书记李明远出席开幕式并致辞。')).toEqual([
      ['王青山', '白江省科协副主席', '致辞'],
      ['李明远', '白江农业大学书记', '致辞'],
    ]);
    expect(people('白江市侨联陈青禾主席、白江商会会长李明远出席。')).toEqual([
      ['陈青禾', '白江市侨联主席', '出席'],
      ['李明远', '白江商会会长', '出席'],
    ]);
  });

  it('reads the post after who handed something to its holder (颁给, 颁发给)', () => {
    expect(people('青禾社潘董事长颁发给白江大学讲座教授陈明远。').map((p) => p.slice(0, 2))).toContainEqual([
      '陈明远',
      '白江大学讲座教授',
    ]);
  });

  it('reads Taiwanese legislators listed as <name>立法委员 as people, not as the next guest’s post', () => {
    expect(people('卢青山立法委员、吕明远立法委员、白江县公会理事长邱志扬等人出席。')).toEqual([
      ['卢青山', '立法委员', '出席'],
      ['吕明远', '立法委员', '出席'],
      ['邱志扬', '白江县公会理事长', '出席'],
    ]);
    // Not the 立委 in the middle of 成立委员会.
    expect(people('白江青禾成立委员会主任王明远致辞。')).toEqual([['王明远', '白江青禾成立委员会主任', '致辞']]);
  });
});
