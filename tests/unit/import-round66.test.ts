/**
 * Round 66 of the importer (stop 41, from what the blind sets KK to KR, collected this stop and measured at 26f7e28
 * before any change, read wrong): a convener with spaces around 于, the first of three or more meetings listed in one
 * name, a magazine named 某中国 before its dateline's city, and 未能 after a name. On text written for the test (no
 * sentence of any real report is copied here).
 */
import { describe, expect, it } from 'vitest';
import { eventTitle, factsOf, people } from '../support/import.ts';

describe('round 66', () => {
  it('reads the convener across spaces around 于 and the first of several meetings listed', () => {
    expect(eventTitle(['白江养猪协会 于 6月8日至9日在青山召开一届五次常务理事会暨养猪发展研讨会，理事出席。'])).toBe(
      '白江养猪协会一届五次常务理事会暨养猪发展研讨会',
    );
    expect(
      eventTitle(['4月27日，白江报刊协会第三次会员代表大会、第三届理事会第一次会议及监事会会议在青山召开。']),
    ).toBe('白江报刊协会第三次会员代表大会');
    expect(eventTitle(['4月27日，白江学会第十次会员代表大会、青山学会第九次会员代表大会在青山召开。'])).toBe(
      '白江学会第十次会员代表大会、青山学会第九次会员代表大会',
    );
  });

  it('splits the city off a magazine named 某中国 and ends a name before 未能', () => {
    expect(factsOf('白江学会大会召开\n\n绿水中国北京12月17日电 白江学会第六次会员代表大会在青山召开。').outlet).toBe(
      '绿水中国',
    );
    expect(people('第一届理事长吕青未能出席，白江学会会长李青山致辞。').map((p) => p[0])).toEqual(['李青山']);
  });
});
