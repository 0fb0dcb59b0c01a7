/**
 * Round 268 (stop 78), from the 80 of IY3 to JF3 (read as the honest test of stop 77's final main): `我校`, a school's
 * own, is left out of a name before a quoted name (`我校“某某”2025年校友返校日活动`) or a year (`我校1996届校友…`), as
 * `我市` and `我校` before four characters already were.
 * On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { eventTitle } from '../support/import.ts';

describe('round 268', () => {
  it('leaves 我校 out before a quoted name or a year', () => {
    expect(eventTitle(['6月1日，我校“青禾·归来”2025年校友返校日活动在白江图书馆前开幕。'])).toBe(
      '“青禾·归来”2025年校友返校日活动',
    );
    expect(eventTitle(['2016年6月25日，我校1996届毕业生二十周年重聚返校活动在白江校区礼堂举行。'])).toBe(
      '1996届毕业生二十周年重聚返校活动',
    );
  });
});
