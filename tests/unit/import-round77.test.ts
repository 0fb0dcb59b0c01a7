/**
 * Round 77 of the importer (stop 46). Written from what two readers of the same reports agreed on and the importer
 * did not read (a second reading of the blind sets OC to OJ), and kept only where it gained across all the blind sets at
 * once, not on one wave: a body's welcoming or founders' meeting named only by its kind; bodies parted by commas before
 * 举办的, and 联办. On text written for the test (no sentence of any real report is copied here).
 */
import { describe, expect, it } from 'vitest';
import { readOrganizers } from '../../src/lib/import/facts/organizers.ts';
import { eventTitle } from '../support/import.ts';

describe('round 77: event names', () => {
  it('puts the convening body in front of a festive meeting named only by its kind', () => {
    expect(eventTitle(['1月19日，白江区调解协会举办迎新年会，全区调解员欢聚一堂。'])).toBe('白江区调解协会迎新年会');
    expect(eventTitle(['1月28日下午，白江市舞蹈协会举办2019年迎新春会员大会暨颁奖典礼，会员300多人参会。'])).toBe(
      '白江市舞蹈协会2019年迎新春会员大会暨颁奖典礼',
    );
  });

  it('names a ceremony that only gave awards after the award the sentence quotes', () => {
    expect(eventTitle(['昨日，白江雕塑学会正式授予李青山“白江雕塑终身成就奖”，颁奖典礼在青山举行。'])).toBe(
      '白江雕塑终身成就奖颁奖典礼',
    );
  });

  it('reads a name across a way of holding it written with quotes', () => {
    expect(eventTitle(['近日，白江开发区协会产业专业委员会成立大会，通过“线上线下”相结合的方式在青山召开。'])).toBe(
      '白江开发区协会产业专业委员会成立大会',
    );
  });

  it('puts a centre in front of its own anniversary dinner, said to be grand', () => {
    expect(eventTitle(['白江和解中心于2023年10月22日举行了盛大的25周年晚宴，吸引了众多嘉宾。'])).toBe(
      '白江和解中心25周年晚宴',
    );
  });

  it('leaves out 的 before a ceremony', () => {
    expect(eventTitle(['10月8日，“青山杯”2020年白江青少年舞蹈网络大奖赛的云端开幕式及决赛在线上举行。'])).toBe(
      '“青山杯”2020年白江青少年舞蹈网络大奖赛云端开幕式及决赛',
    );
  });

  it('takes no phrase of degree for a name', () => {
    expect(eventTitle(['今年白江烘焙展更是第一次举办如此高规格媲美奥运竞赛的国际烘焙赛事。']) ?? '').not.toMatch(
      /如此/,
    );
  });

  it('leaves a welcoming forum or contest its own name', () => {
    expect(eventTitle(['3月2日，“迎新春”白江书画大赛在青山举行。'])).toBe('“迎新春”白江书画大赛');
  });
});

describe('round 77: organizers', () => {
  const title = '白江社会工作研讨会';
  it('reads bodies parted by commas before 举办的', () => {
    const s = `7月13日，由白江社会工作教育协会，青山大学社会工作系，白江社会工作协会举办的${title}在青山召开。`;
    expect(readOrganizers([s], { sentence: s, title }, []).organizers).toEqual([
      '白江社会工作教育协会',
      '青山大学社会工作系',
      '白江社会工作协会',
    ]);
  });

  it('reads bodies that 联办 an event as its organizers', () => {
    const s = `${title}由白江体育舞蹈协会及青山舞蹈学院联办，吸引了三百名选手。`;
    expect(readOrganizers([s], { sentence: s, title }, []).organizers).toEqual(['白江体育舞蹈协会', '青山舞蹈学院']);
  });

  it('reads no list when an item between the commas is no body', () => {
    const s = `7月13日，由于天气炎热，青山大学举办的${title}改在室内召开。`;
    expect(readOrganizers([s], { sentence: s, title }, []).organizers).toEqual([]);
  });
});
