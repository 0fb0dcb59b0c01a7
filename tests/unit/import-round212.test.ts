/**
 * Round 212 (stop 71), from the 960 reports of the waves SY2 to WP2 pooled: what a guest presided over and who ran an
 * event are no part of its name. `为某论坛主持开幕` (Malaysian and Hong Kong papers: a minister opened it) names the
 * event opened; `…研讨会主持仪式` and `“某论坛”主持` lose the presiding; `某书斋统筹的「某嘉年华」` and `某局牵头的某会`
 * lose who ran it, as `主办的` did before; `简单而隆重的开幕仪式` is praise of a ceremony, not part of its name (whose
 * ceremony it was, the report does not say: the editor names it). On text written for
 * the test.
 */
import { describe, expect, it } from 'vitest';
import { eventTitle } from '../support/import.ts';

describe('round 212', () => {
  it('names the event a guest opened', () => {
    expect(
      eventTitle(['白江州务大臣昨早为由青禾灌溉机构主办的“第9届白江水利论坛”主持开幕仪式后，对记者这么说。']),
    ).toBe('第9届白江水利论坛');
  });

  it('leaves out praise in front of a quoted name', () => {
    expect(eventTitle(['白江州苏丹昨晚为东南亚最盛大“第3届白江彩灯音乐节”主持开幕和亮灯仪式。'])).toBe(
      '第3届白江彩灯音乐节',
    );
  });

  it('leaves out the presiding after a name', () => {
    expect(eventTitle(['白江州议员罗一舟今日出席2023年白江州消防安全研讨会主持仪式时指出，安全是第一位的。'])).toBe(
      '2023年白江州消防安全研讨会',
    );
  });

  it('leaves out who ran the event before its name', () => {
    expect(
      eventTitle(['由白江阅读促进会主办，青禾基金会赞助、一苇书斋统筹的「第十届白江书市嘉年华」，昨早举行开幕。']),
    ).toBe('第十届白江书市嘉年华');
  });

  it('reads only the kind of ceremony, not the praise of it', () => {
    expect(eventTitle(['白江纸业公司总裁罗一舟一起主持简单而隆重的开幕仪式。'])).toBe('开幕仪式');
  });
});
