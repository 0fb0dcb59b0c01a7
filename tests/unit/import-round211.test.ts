/**
 * Round 211 (stop 71), from the 960 reports of the waves SY2 to WP2 pooled: two more forms of a day in a page's address,
 * used by many sites' publishing systems: a year, then a channel's folder ending in the month and day
 * (`/html/2018/bendi_1019/`, `/2017/1027_25010.html`), and a date written with underscores (`/detail2_2019_07/12/`,
 * `/news_2025_04_05_750589`). Over the 960 the change found 7 more publication days and 2 more event days, and lost none. The third test holds before the round too, as its guard.
 */
import { describe, expect, it } from 'vitest';
import { dateFromUrl } from '../../src/lib/import/facts/source.ts';
import { reportFacts } from '../support/import.ts';

describe('round 211', () => {
  it("reads the day from a channel's folder after the year", () => {
    expect(dateFromUrl('http://example.cn/html/2018/bendi_1019/4645.html')).toBe('2018-10-19');
    expect(dateFromUrl('http://example.org/sntd/2017/1027_25010.html')).toBe('2017-10-27');
    expect(dateFromUrl('http://example.cn/html/2020/xqdt2_0424/80027.html')).toBe('2020-04-24');
  });

  it('reads a date written with underscores', () => {
    expect(dateFromUrl('http://example.com.cn/boji/detail2_2019_07/12/1300023.html')).toBe('2019-07-12');
    expect(dateFromUrl('https://example.com/2025/paper/news_2025_04_05_750589')).toBe('2025-04-05');
  });

  it('reads no day where the folder holds no real one', () => {
    expect(dateFromUrl('http://example.cn/html/2018/bendi_1399/4645.html')).toBeUndefined();
    expect(dateFromUrl('http://example.cn/html/2018/bendi/4645.html')).toBeUndefined();
  });

  it("dates yesterday's meeting from the address", () => {
    const facts = reportFacts(
      '本报讯（记者 罗一舟）昨(18)日，白江市竹编产业招商洽谈会在青禾市举行。',
      'http://example.cn/html/2018/bendi_1019/4645.html',
    );
    expect(facts.startDate).toBe('2018-10-18');
  });
});
