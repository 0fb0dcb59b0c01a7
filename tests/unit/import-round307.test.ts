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
});
