/**
 * Round 199 (stop 70), from the 800 reports of the waves SY2 to VZ2 pooled: the opening of a fashion week, an exhibition
 * (展, 展销会) or a carnival (嘉年华) is that event, as the opening of a fair, festival or forum already was (the readers'
 * convention in docs/blind-sets.md). A match's opening stays (the third test holds before the round too, as its guard).
 * On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { eventTitle } from '../support/import.ts';

describe('round 199', () => {
  it('names a fashion week and a carnival by themselves, not by their opening', () => {
    expect(eventTitle(['11月18日，第3届中国（白江）服装交易会暨2016青禾时装周开幕典礼在白江举行。'])).toBe(
      '第3届中国（白江）服装交易会暨2016青禾时装周',
    );
    expect(eventTitle(['10月1日，白江运动·文旅嘉年华开幕式在青禾公园举行。'])).toBe('白江运动·文旅嘉年华');
  });

  it('names an exhibition by itself, not by its opening', () => {
    expect(eventTitle(['5月2日，2014年中国（白江）盆景邀请展开幕式在青禾举行。'])).toBe('2014年中国（白江）盆景邀请展');
    expect(eventTitle(['5月2日，第五届白江农产品展销会开幕式在青禾举行。'])).toBe('第五届白江农产品展销会');
  });

  // (Since round 217 a match's opening is the match too: readers of the 1,040 pooled at stop 71 wrote it so 5 times of 6.)
  it('reads a match’s opening as the match, since round 217', () => {
    expect(eventTitle(['9月1日，2018年白江皮划艇锦标赛开幕式在青禾举行。'])).toBe('2018年白江皮划艇锦标赛');
  });
});
