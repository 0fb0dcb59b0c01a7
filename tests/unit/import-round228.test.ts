/**
 * Round 228 (stop 72), from the 1,200 reports of the waves SY2 to XN2 pooled: officiating at a race's start
 * (`为某马拉松主持鸣枪起步仪式`, `主持挥旗仪式`, as Hong Kong, Macau and Malaysia write it) is attending the event (出席),
 * not presiding over a meeting; readers wrote 出席 for 11 of the 13 such people. Presiding over a meeting stays 主持 (the
 * last test holds before the round too, as its guard). On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { people } from '../support/import.ts';

describe('round 228', () => {
  it("gives 出席 to those who officiate at a race's start", () => {
    expect(people('白江特区行政长官钱青禾、青禾基金会主席孙白江为白江国际马拉松主持鸣枪起步仪式。')).toEqual([
      ['钱青禾', '白江特区行政长官', '出席'],
      ['孙白江', '青禾基金会主席', '出席'],
    ]);
  });

  it('keeps 主持 for who presides over a meeting', () => {
    expect(people('会议由白江市副市长钱青禾主持。')).toEqual([['钱青禾', '白江市副市长', '主持']]);
  });
});
