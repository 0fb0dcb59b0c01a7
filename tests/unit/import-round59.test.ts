/**
 * Round 59 of the importer (stop 40, from what the blind sets IO to IT, collected this stop and measured at 6bd196d
 * before any change, read wrong): a meeting named where the report says what was done at it (某会员大会上选举…, without
 * 在); 正 before the verb (正热烈召开); 暨改选 ending a name; 昨日（5日）; a lead sentence dated after its dateline; 与
 * before a two-character post. On text written for the test (no sentence of any real report is copied here).
 */
import { describe, expect, it } from 'vitest';
import { eventTitle, factsOf, people } from '../support/import.ts';

describe('round 59: event names and dates', () => {
  it('reads the meeting at which the report’s election was held, dated by the lead after its dateline', () => {
    const got = factsOf(
      '李青山当选白江拳击协会会长\n\n来源：白江晨报 2019-08-02 09:33\n\n白江社青山7月31日电(王白江)7月31日，白江拳击协会迎来新会长。白江拳击协会第五届会员大会上，选举了新一届领导成员，李青山当选会长。',
    );
    expect(got.title).toBe('白江拳击协会第五届会员大会');
    expect(got.startDate).toBe('2019-07-31');
  });

  it('leaves 正 out of a name before its verb, and keeps 暨改选 at its end', () => {
    expect(eventTitle(['在白江饭店内，白江制冷协会一届五次会员代表大会暨新春团拜会正热烈召开。'])).toBe(
      '白江制冷协会一届五次会员代表大会暨新春团拜会',
    );
    expect(eventTitle(['白江柔道总会4日举行会员大会暨改选，理事长李青山致辞。'])).toBe('白江柔道总会会员大会暨改选');
  });

  it('reads the day in brackets after 昨日', () => {
    expect(
      factsOf(
        '[日期：2009-12-07] 来源：白江报\n\n昨日（5日）上午，白江电影协会2009年度代表大会在白江大酒店举行，会长李青山致辞。',
      ).startDate,
    ).toBe('2009-12-05');
  });
});

describe('round 59: people', () => {
  it('drops 与 before a two-character post', () => {
    expect(
      people('白江协会主席张青与白江大学党委书记王白江共同揭牌，并与校长李青山签署协议。').at(-1)?.slice(0, 2),
    ).toEqual(['李青山', '校长']);
  });
});
