/**
 * Round 217 (stop 71), from the 1,040 reports of the waves SY2 to WX2 pooled (after the honest run of WQ2 to WX2): the
 * opening of a match, a games or a marathon is that event, as round 199 made a festival's, a fair's or an exhibition's:
 * where a report wrote both, readers of the 1,040 named the match without its opening 5 times of 6. A ceremony joined by
 * 暨 still keeps its name (that test holds before the round too, as its guard). Since round 247 (stop 75), a festival's
 * name joined by 暨 to a contest (`某文化节暨某大赛开幕式`) is read without the opening: readers of BW3 to CL3 named all
 * three such events so, and the guard here now holds a ceremony's name only. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { eventTitle } from '../support/import.ts';

describe('round 217', () => {
  it("reads a match's opening as the match", () => {
    expect(eventTitle(['6月14日，2024第二届白江国际马术公开赛开幕式在青禾马术中心举行。'])).toBe(
      '2024第二届白江国际马术公开赛',
    );
    expect(eventTitle(['4月21日上午，2019白江国际半程马拉松赛开幕式在青禾广场举行。'])).toBe(
      '2019白江国际半程马拉松赛',
    );
  });

  it('keeps a ceremony joined by 暨', () => {
    expect(eventTitle(['9月9日，白江极限运动周启动仪式暨第十一届白江极限运动大赛开幕式在青禾举行。'])).toBe(
      '白江极限运动周启动仪式暨第十一届白江极限运动大赛开幕式',
    );
  });
});
