/**
 * Round 182 (stop 67), from the wave UE2 to UL2: two horizontal bars (U+2015) typed for the dash, so that a description
 * before them (`某领域的盛会――某论坛`) is left out of the name as before a dash; and what the event is part of, said after
 * it before who held it (`本次赛事是“某节”活动的一个重要组成部分，由…主办`). On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { reportFacts } from '../support/import.ts';

describe('round 182', () => {
  it('reads two horizontal bars as a dash', () => {
    const f = reportFacts('发布时间：2010-08-09\n8月8日，白江幼教领域的盛会――白江早教论坛第二届年会在北京举行。');
    expect(f.title).toBe('白江早教论坛第二届年会');
  });

  it('reads who held the event said to be part of another', () => {
    const f = reportFacts(
      '发布时间：2019-08-25\n8月24日，2019白江马球公开赛总决赛在青禾举行。本次赛事是“第二届白江马文化节”活动的一个重要组成部分，由白江马业协会、青禾市体育局主办。',
    );
    expect(f.organizers).toEqual(['白江马业协会', '青禾市体育局']);
  });
});
