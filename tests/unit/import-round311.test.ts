/**
 * Round 311 (stop 81), from RG3 to RN3 (read at round 310, its honest test): two places a name opens with, sharing the
 * rest (`甲、乙沙地歼灭战片区推进会`), make one name (RJ302 had been refused); a name after a quoted slogan that starts
 * with 和 or 与 (`“和满京城，奋进九州”第二届某节`) is read, as after any other (it had been taken for the end of a clause
 * cut after a conjunction); a caption's marks before a name and 会议 after a meeting named by its kind (`某工作部署会会议`)
 * are no part of it. (Leaving out a slogan of two phrases joined by · before the year or edition was tried and dropped:
 * readers of stops 75 to 81 left such slogans out 5 times of 5, but rounds 171 and 220 keep them on purpose, from readers
 * who kept them.)
 * On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { eventTitle } from '../support/import.ts';

describe('round 311', () => {
  it('reads a name that opens with two places sharing the rest', () => {
    expect(eventTitle(['8月3日，白江局在青禾林场召开白江、青禾沙地歼灭战片区推进会。'])).toBe(
      '白江、青禾沙地歼灭战片区推进会',
    );
    // (Not events listed, the first ending in its kind: `某年会开幕式、多个某专项活动`.)
    expect(eventTitle(['白江代表团参加了年会开幕式、多场青禾科技创新专项活动，以及闭幕式。'])).not.toMatch(
      /^年会开幕式、/,
    );
  });

  it('reads a name after a quoted slogan that starts with 和', () => {
    expect(eventTitle(['“和满京城，奋进九州”第二届白江扇子文化节今天在青禾文化馆开幕。'])).toBe('第二届白江扇子文化节');
    expect(eventTitle(['“和美白江”第二届白江扇子文化节今天在青禾文化馆开幕。'])).toBe('“和美白江”第二届白江扇子文化节');
  });

  it("leaves a caption's marks and 会议 after a meeting's kind out of the name", () => {
    expect(eventTitle(['▲▼白江市第三届市长杯扯铃竞赛10日上午于青禾附小热闹登场。'])).toBe('白江市第三届市长杯扯铃竞赛');
    expect(eventTitle(['10月14日，我县召开2024年秋季白江沙地歼灭战工作部署会会议，贯彻落实讲话精神。'])).toBe(
      '2024年秋季白江沙地歼灭战工作部署会',
    );
  });
});
