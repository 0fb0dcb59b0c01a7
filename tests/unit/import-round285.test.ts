/**
 * Rounds 285 to 287 (stop 79), from the 80 of MA3 to MH3 (read as the honest test of rounds 283 and 284):
 * - 285: an address dated the first day of 1970 (`/t19700101_3247011.shtml`), a site's stand-in for a date it never
 *   stored, dates neither the page nor the event (the event had been dated 1969);
 * - 286: `举行年“6·16”…活动`: a year whose digits the page lost, before a quoted name, is left out of it;
 * - 287: `代号「某某」首次跨部门反恐演习`: a drill named by its code name and the drill.
 * On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { dateFromUrl } from '../../src/lib/import/facts/source.ts';
import { eventTitle, reportFacts } from '../support/import.ts';

describe('rounds 285 to 287', () => {
  it('takes no date from an address dated 1970-01-01', () => {
    expect(dateFromUrl('http://example.gov.cn/xwzx/t19700101_3247011.shtml')).toBeUndefined();
    expect(dateFromUrl('http://example.gov.cn/xwzx/t20230401_3247011.shtml')).toBe('2023-04-01');
    const facts = reportFacts(
      '4月1日，白江、青禾两县联合税收宣传活动在白江举行。',
      'http://example.gov.cn/xwzx/t19700101_3247011.shtml',
    );
    expect(facts.startDate ?? '').not.toMatch(/^19[67]/);
  });

  it('leaves a lost year’s 年 out before a quoted name', () => {
    expect(
      eventTitle(['6月14日晚，白江市在市民文化广场举行年“6·16”安全生产宣传咨询日活动。'])?.replace(/[“”]/g, ''),
    ).toBe('6·16安全生产宣传咨询日活动');
  });

  it('names a drill by its code name', () => {
    expect(eventTitle(['8月28日，白江警方举行代号「青禾」首次跨部门反恐演习。'])).toBe('青禾跨部门反恐演习');
  });
});
