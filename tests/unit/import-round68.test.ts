/**
 * Round 68 of the importer (stop 42, from what the blind sets LI to LP, collected this stop and measured at 3bdc477
 * before any change, read wrong): a month and day run together without their year or without 日, the day of an earlier
 * decision, a body named by its level alone whose full name the text gives elsewhere, a third meeting after a pair
 * joined by 暨, the quoted event last in a list, a speaker's 在这里, a school taken for a name. On text written for the
 * test (no sentence of any real report is copied here).
 */
import { describe, expect, it } from 'vitest';
import { chineseNumeralDates } from '../../src/lib/import/clean.ts';
import { readDates } from '../../src/lib/import/facts/dates.ts';
import { eventTitle, people } from '../support/import.ts';

describe('round 68: dates', () => {
  it('reads a month and day run together without a year, or with a year but no 日, when only one split is real', () => {
    expect(chineseNumeralDates('516日，白江医药协会成立大会在青山召开。')).toContain('5月16日，');
    expect(chineseNumeralDates('2008520，白江慈善总会召开第三次会员代表大会。')).toContain('2008年5月20日，');
    // 1月12日 or 11月2日; an ordinal; a count.
    expect(chineseNumeralDates('112日，白江协会召开年会。')).toContain('112日');
    expect(chineseNumeralDates('第516日，白江协会召开年会。')).toContain('第516日');
    expect(chineseNumeralDates('白江协会历时516日，召开年会。')).toContain('516日');
  });

  it('does not date the event by the day of an earlier decision', () => {
    expect(
      readDates(['经2017年6月20日会员大会通过，白江协会新一届理监事于7月21日晚举行就职仪式。'], {
        published: '2017-07-24',
      }).start,
    ).toBe('2017-07-21');
  });
});

describe('round 68: event names and people', () => {
  it('gives a body named by its level alone the full name the text writes elsewhere', () => {
    expect(eventTitle(['1月29日，省奶业协会副会长单位座谈会在青山召开。', '黑龙江省奶业协会秘书长李青山讲话。'])).toBe(
      '黑龙江省奶业协会副会长单位座谈会',
    );
  });

  it('leaves out a third meeting after a pair joined by 暨, and takes the quoted event named last in a list', () => {
    expect(eventTitle(['日前，白江诗词学会成立大会暨首次会员大会、一届一次理事会会议在青山举行。'])).toBe(
      '白江诗词学会成立大会暨首次会员大会',
    );
    expect(eventTitle(['融合各地的「白江奖」公益奖、「第17届·2022白江奖颁奖典礼」，日前在青山举行。'])).toBe(
      '第17届·2022白江奖颁奖典礼',
    );
  });

  it('reads the report’s own sentence before a speaker’s 今天…在这里', () => {
    expect(
      eventTitle([
        '2007年11月18日，白江电信20年高峰论坛在青山举行。',
        '今天白江电信二十年高峰论坛在这里隆重开幕，请允许我代表主办方欢迎出席论坛的各位来宾。',
      ]),
    ).toBe('白江电信20年高峰论坛');
  });

  it('takes no school for a person’s name', () => {
    expect(people('白江大学党委书记李青山在开幕式上讲话，代表白江大学表示欢迎。').map((p) => p[0])).toEqual(['李青山']);
  });
});
