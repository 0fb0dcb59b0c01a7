/**
 * Round 276 (stop 79), from the 560 of stop 78 (KU3 to LB3 and the waves before it): a school's ceremony named by its
 * term or class alone (`2023届毕业典礼`, `2019学年开学典礼`, `2017年季开学典礼`) is named after the school that held it
 * (`某老年大学某分校在某校区举行了2023届毕业典礼`), as its readers named it 6 times of 8.
 * On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { eventTitle } from '../support/import.ts';

describe('round 276', () => {
  it('names a class’s graduation and a term’s opening after the school', () => {
    expect(eventTitle(['7月6日，白江老年大学青禾分校在莲华校区礼堂举行了2023届毕业典礼暨汇报演出。'])).toMatch(
      /^白江老年大学青禾分校2023届毕业典礼/,
    );
    expect(eventTitle(['2017年9月1日上午，白江区老年大学举行2017年秋季开学典礼。'])).toBe(
      '白江区老年大学2017年秋季开学典礼',
    );
  });
});
