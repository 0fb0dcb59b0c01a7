/**
 * Round 47 of the importer (from what the blind sets FU to FZ, collected during stop 38 and measured at bd6364e before
 * any change, read wrong): a headline, a labelled time stamp and the first paragraph run together on one line; a short
 * name in brackets after a quoted name; 指导 inside a body's name (`某服务指导中心`) is no role; a site's channel after a
 * dash is no part of the outlet; 认为 and 偕同 after a name, 选票 as no name, `从…到` as no post, 委员会 after what would
 * be a name, and a university's short name before `<name><title>`. On text written for the test (no sentence of any real
 * report is copied here).
 */
import { describe, expect, it } from 'vitest';
import { readOrganizers } from '../../src/lib/import/facts/organizers.ts';
import { eventTitle, factsOf, people } from '../support/import.ts';

describe('round 47: page and outlets', () => {
  it('splits a headline, a labelled time stamp and the first paragraph run together', () => {
    const got = factsOf(
      '【水务】白江供水分会2019年年会召开发表时间：2019-10-12 09:30 10月10日白江供水分会2019年年会在白江召开，来自各地水司的120余人参加了会议。白江住建厅副厅长王明远出席并讲话。',
    );
    expect(got.title).toBe('白江供水分会2019年年会');
    expect(got.startDate).toBe('2019-10-10');
    expect(got.published).toBe('2019-10-12 09:30');
  });

  it("reads a site's channel after a dash as no part of the outlet", () => {
    const got = factsOf(
      '白江登山大会举行\n2019年12月30日10:15 | 来源：白江网-体育频道\n12月28日，白江登山大会在白江举行，白江登山协会主席李青山致辞。',
    );
    expect(got.outlet).toBe('白江网');
  });
});

describe('round 47: event names and organizers', () => {
  it('leaves the short name in brackets after a quoted name out of it', () => {
    expect(
      eventTitle(['由白江某局牵头共同举办的「白江网络安全峰会2024」（峰会），于10月23日假白江会展中心举行。']),
    ).toBe('白江网络安全峰会2024');
  });

  it("reads 指导 inside a body's name as part of the name, not as a role", () => {
    const sentence =
      '此次活动以白江市商务委为指导单位，由白江市家政协会、白江市妇女儿童服务指导中心（巾帼园）、白江开放大学联合主办。';
    const got = readOrganizers([sentence], { sentence, title: '白江家政节' }, []);
    expect(got.organizers).toEqual(['白江市家政协会', '白江市妇女儿童服务指导中心（巾帼园）', '白江开放大学']);
  });
});

describe('round 47: people', () => {
  it('ends a name before 认为 and 偕同', () => {
    expect(people('白江信息研究院院长卢青山认为，这是好事。').map((p) => p.slice(0, 2))).toEqual([
      ['卢青山', '白江信息研究院院长'],
    ]);
    expect(people('白江银行业协会副秘书长盛青偕同有关人员出席。').map((p) => p.slice(0, 2))).toEqual([
      ['盛青', '白江银行业协会副秘书长'],
    ]);
  });

  it('reads 选票, a 从…到 clause and a body of 委员会 as no person', () => {
    expect(people('大会收回21张理事选票中有效票20张。')).toEqual([]);
    expect(people('在从人才培训到专家库建设的各方面，协会都做了工作。')).toEqual([]);
    expect(people('水利部长江水利委员会主任刘青山出席会议。').map((p) => p.slice(0, 2))).toEqual([
      ['刘青山', '水利部长江水利委员会主任'],
    ]);
  });

  it("reads a university's short name before a name and title as that person's body", () => {
    expect(people('西南交大王红叶副院长、副主任任青出席会议。').map((p) => p.slice(0, 2))).toEqual([
      ['王红叶', '西南交大副院长'],
      ['任青', '副主任'],
    ]);
  });
});
