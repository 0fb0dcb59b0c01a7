/**
 * Round 307 (stop 80), from PS3 to PZ3 (read at round 306, its honest test; the one report it refused): a quoted place or
 * body, then the ceremony held for it (`“某传承基地”挂牌仪式在某学校挂牌`), is that ceremony, whatever verb follows.
 * On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { eventTitle } from '../support/import.ts';

describe('round 307', () => {
  it('reads the ceremony held for a quoted place, whatever verb follows', () => {
    expect(eventTitle(['6月9日上午，“白江关氏皮影传承基地”挂牌仪式在青禾学校挂牌，学校皮影剧团同时成立。'])).toBe(
      '“白江关氏皮影传承基地”挂牌仪式',
    );
  });

  it('does not take a ceremony held during an event for the event', () => {
    expect(
      eventTitle([
        '白江省副省长林青禾等分别讲话。企业代表发言，并举行第二批“白江花文化基地”授牌仪式。',
        '随后，白江花卉协会副会长周明远宣布第十八届白江花木交易博览会开幕。',
      ]),
    ).toBe('第十八届白江花木交易博览会');
  });
});
