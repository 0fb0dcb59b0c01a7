/**
 * Round 43 of the importer (from what the blind sets EW to FB, collected during stop 37 and measured at 919991d before
 * any change, read wrong): a quoted name inside what the report calls the event, a subtitle naming it after a dash,
 * clauses that refer back to the event, a completed building's ceremony that needs its body, invitational contests,
 * 本月 with a day, names after a count of people or 公推, 宣布 after a name and title, a branch elected to, military
 * ranks, and 隆重 as no name. On text written for the test (no sentence of any real report is copied here).
 */
import { describe, expect, it } from 'vitest';
import { chineseNumeralDates } from '../../src/lib/import/clean.ts';
import { readDates } from '../../src/lib/import/facts/dates.ts';
import { readEvent } from '../../src/lib/import/facts/event.ts';
import { sentences } from '../../src/lib/import/text.ts';
import { eventTitle, people } from '../support/import.ts';

describe('round 43: event names', () => {
  it('takes the quoted name out of what the report calls the event, keeping an edition in front', () => {
    expect(eventTitle(['白江年度盛会「白江图书馆学会第9届第2次会员大会」于今日举行。'])).toBe(
      '白江图书馆学会第9届第2次会员大会',
    );
    expect(eventTitle(['白江校友会今日举行「2022年白江校友会第三届桥牌邀请赛」活动。'])).toBe(
      '2022年白江校友会第三届桥牌邀请赛',
    );
    expect(eventTitle(['3月29日，白江县召开首届“公益大会”，出台意见。'])).toBe('首届“公益大会”');
  });

  it('reads a subtitle that names the event after a dash', () => {
    expect(eventTitle(['——暨白江大学生动保联盟成立大会'])).toBe('白江大学生动保联盟成立大会');
  });

  it('reads no clause that refers back to the event, or names one of several, as a name', () => {
    expect(eventTitle(['白江协会常务副会长王明远前辈为本次成立大会开幕致辞。'])).toBeUndefined();
    expect(eventTitle(['第三届会议主办方之一暨白江拥军促进会会长与第四届会议举办方进行了交接。'])).toBeUndefined();
  });

  it("gives a completed building's ceremony its body, and leaves it to the editor when none is said", () => {
    expect(eventTitle(['白江兽医师公会今天举行新会馆落成揭牌典礼。'])).toBe('白江兽医师公会新会馆落成揭牌典礼');
    expect(readEvent(sentences(['随后举行了落成典礼，嘉宾剪彩。']))?.bare).toBe(true);
  });
});

describe('round 43: dates', () => {
  it('reads a day of 本月 against the page date', () => {
    expect(
      readDates([chineseNumeralDates('白江体育会于本月二十二日晚在某宴会厅举行成立联欢晚会')], {
        published: '2014-05-24',
      }).start,
    ).toBe('2014-05-22');
  });
});

describe('round 43: people', () => {
  it('reads names after a count of people, and names 公推 to a post', () => {
    expect(people('选举罗明桥同志为白江象棋协会会长，洪青、徐鹤青2位同志为副会长。').map((p) => p.slice(0, 2))).toEqual(
      [
        ['罗明桥', '白江象棋协会会长'],
        ['洪青', '副会长'],
        ['徐鹤青', '副会长'],
      ],
    );
    expect(people('本会成立初期，公推郑桂青为会长，黄彼青为主席。').map((p) => p.slice(0, 2))).toEqual([
      ['郑桂青', '会长'],
      ['黄彼青', '主席'],
    ]);
  });

  it('reads a name and title before 宣布, one elected to a branch, military ranks, and no 隆重 as a name', () => {
    expect(people('由白江门球协会白青主席宣布开幕。').map((p) => p.slice(0, 2))).toEqual([
      ['白青', '白江门球协会主席'],
    ]);
    expect(people('会上，周庆青当选宠物产业分会会长。').map((p) => p.slice(0, 2))).toEqual([['周庆青', '会长']]);
    expect(people('中将杨发青、中将蔡仁青出席联欢会。').map((p) => p.slice(0, 2))).toEqual([
      ['杨发青', '中将'],
      ['蔡仁青', '中将'],
    ]);
    expect(people('白江处王处长隆重介绍来宾。')).toEqual([]);
  });
});
