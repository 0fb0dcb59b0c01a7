/**
 * Round 184 (stop 68), from the 400 reports of the waves SY2 to UL2 pooled: the day in the addresses of two outlets'
 * stories, 联合早报's (`/story20230728-1418512`) and 大纪元's (`/b5/7/7/28/n1785876.htm`, the year's last digits, month
 * and day unpadded), dates a report that gives its day without a year. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { dateFromUrl } from '../../src/lib/import/facts/source.ts';
import { extractFacts } from '../../src/lib/import/extract.ts';
import { report } from '../support/import.ts';

describe('round 184', () => {
  it('reads the day in the two outlets’ addresses, and only on their sites', () => {
    expect(dateFromUrl('https://www.zaobao.com.sg/news/singapore/story20230728-1418512')).toBe('2023-07-28');
    expect(dateFromUrl('http://cn.epochtimes.com/b5/7/7/28/n1785876.htm')).toBe('2007-07-28');
    expect(dateFromUrl('https://www.epochtimes.com/gb/24/3/3/n14193965.htm')).toBe('2024-03-03');
    expect(dateFromUrl('https://www.example.com/b5/7/7/28/n1785876.htm')).toBeUndefined();
  });

  it('dates a report by its address when the text gives no year', () => {
    const at = (url: string) => extractFacts(report(['7月28日，白江兰花展在青禾开幕。'], { meta: { url } })).startDate;
    expect(at('https://www.zaobao.com.sg/news/singapore/story20230728-1418512')).toBe('2023-07-28');
  });
});
