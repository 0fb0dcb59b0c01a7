/**
 * Round 222 (stop 72), from the 1,200 reports of the waves SY2 to XN2 pooled: one who only declares the event open
 * (`某某宣布某节开幕`) attended it (出席), as the readers' second wording says; its readers wrote 出席 for 22 of the 22 such
 * people, where the importer had written 其他 since stop 66. One who also speaks still takes the speech's role (the last
 * test holds before the round too, as its guard). On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { people } from '../support/import.ts';

describe('round 222', () => {
  it('gives 出席 to whoever only declares the event open', () => {
    expect(people('白江市副市长钱一宣布第三届青禾丝绸文化节开幕。')).toEqual([['钱一', '白江市副市长', '出席']]);
    expect(people('青禾县县长孙二出席并宣布活动开幕。')).toEqual([['孙二', '青禾县县长', '出席']]);
  });

  it('gives the speech its role when the one who declares it open also speaks', () => {
    expect(people('白江市副市长钱一致辞并宣布第三届青禾丝绸文化节开幕。')).toEqual([['钱一', '白江市副市长', '致辞']]);
  });
});
