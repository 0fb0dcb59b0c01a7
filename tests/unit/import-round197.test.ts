/**
 * Round 197 (stop 69), from the 640 reports of the waves SY2 to VJ2 pooled: two openings that name the outlet. A news
 * app's report and a colon, then the day (`云上某某报道：12月28日，…`), of a name of any ending; and a site's dispatch
 * that says 报道 where others say 讯 or 电 (`某网库9月19日报道 为…`). Not a paper cited in a sentence
 * (`某社9月19日报道，…`; the third test holds before the round too, as its guard). On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { readByline } from '../../src/lib/import/facts/source.ts';

describe('round 197', () => {
  it('reads a news app’s report opening the article', () => {
    expect(readByline(['云上青禾报道：12月28日，白江湖长办公室召开督查座谈会。'])?.outlet).toBe('云上青禾');
  });

  it('reads a dispatch that says 报道, with its day', () => {
    const byline = readByline(['白江网库9月19日报道 为推动行业发展，青禾餐饮协会召开会员大会。']);
    expect(byline?.outlet).toBe('白江网库');
    expect([byline?.month, byline?.day]).toEqual([9, 19]);
  });

  it('reads no outlet from a report cited in a sentence', () => {
    expect(readByline(['白江社9月19日报道，青禾协会召开会员大会。'])?.outlet).toBeUndefined();
  });
});
