/**
 * Round 279 (stop 79), from the 80 of LK3 to LR3 (read as the honest test of rounds 275 to 278): events listed as what
 * was held (`甲论坛、乙博览会、丙公开赛在某地举行`) under a headline that names only the first (`甲论坛举行`) are reported
 * for the first; a list the headline does not single out stays whole.
 * On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { reportFacts } from '../support/import.ts';

describe('round 279', () => {
  it('takes the listed event the headline names', () => {
    const facts = reportFacts(
      '2016白江国际海岛论坛举行\n6月25日，2016中国·白江国际海岛论坛、中国·白江海洋休闲运动博览会、“青禾杯”中国·白江国际自行车公开赛在白江举行。来自各地的120多位专家学者参加了论坛。',
    );
    expect(facts.title).toBe('2016中国·白江国际海岛论坛');
  });

  it('keeps the list when the headline names none of its items alone', () => {
    const facts = reportFacts(
      '白江举行两会\n6月25日，第十四届白江两岸经贸交易会、第九届中国青禾商品交易会在白江举行。来自各地的客商参加了交易会。',
    );
    expect(facts.title).toBe('第十四届白江两岸经贸交易会、第九届中国青禾商品交易会');
  });
});
