/**
 * Round 234 (stop 73), from the 1,520 reports of the waves SY2 to YT2 pooled, on dates:
 * - a day written as eight digits before the time of day or a comma (`20131010上午，…`) is that day;
 * - a day without its month (`25日，…`) on a page dated nowhere else takes the year and month of the address's folder,
 *   written with the year in full (`/202510/`) as with two digits (`/2510/`), but not one that may be a year as well
 *   (`/2003/`). On the 1,520: 2 dates right that were missing, and one more from the eight digits.
 * On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { reportFacts } from '../support/import.ts';

describe('round 234', () => {
  it('reads a day written as eight digits', () => {
    expect(reportFacts('20131010上午，白江县甘蔗生产现场会在青禾乡召开，全县各乡镇领导参加会议。').startDate).toBe(
      '2013-10-10',
    );
  });

  it("takes the address's year and month for a day without its month", () => {
    const text = '25日，白江县2025年玉石文化嘉年华在青禾小镇开幕，县长李一青出席。';
    expect(reportFacts(text, 'http://www.example.gov.cn/bj/news/202510/0a3e3aa466c2.shtml').startDate).toBe(
      '2025-10-25',
    );
    expect(reportFacts(text, 'http://www.example.gov.cn/bj/news/2510/0a3e3aa466c2.shtml').startDate).toBe('2025-10-25');
    expect(reportFacts(text, 'http://www.example.gov.cn/bj/news/0a3e3aa466c2.shtml').startDate).toBeUndefined();
    // (Not a folder that may be a year as well: `/2003/` is 2003, or March 2020.)
    expect(reportFacts(text, 'http://www.example.com/daily/2003/news/082602.htm').startDate).toBeUndefined();
  });
});
