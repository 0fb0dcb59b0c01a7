/**
 * Round 244 (stop 74), from the one report the wave AY3 to BF3 refused (read once at da1f3e3):
 * - `某比赛昨天在某礼堂决赛`: a contest holds its final there, the clause ending with it, as a verb of holding;
 * - `（《某某早报》,23/03/2008）` over a blog's copy: the paper it was taken from;
 * - `这项比赛由…主办`: 这项 refers to the event, as 本次 does, for who held it.
 * On the 80: the refused report read (its event name and outlet right). On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { eventTitle, reportFacts } from '../support/import.ts';

describe('round 244', () => {
  it('reads a contest that held its final at a place', () => {
    expect(eventTitle(['白江中学生青禾演讲比赛昨天在白江报业礼堂决赛，10名学生一决高低。'])).toBe(
      '白江中学生青禾演讲比赛',
    );
  });

  it("reads the paper a blog's copy credits, and who held the event after 这项", () => {
    const facts = reportFacts(
      '23.3.08\n\n白江中学生演讲赛 青禾中学夺冠\n\n(《白江早报》,23/03/2008)\n\n白江中学生青禾演讲比赛昨天在白江报业礼堂决赛，10名学生一决高低。\n\n这项比赛由白江中学华文教师会和青禾文化协会联办。',
    );
    expect(facts.outlet).toBe('白江早报');
    expect(facts.organizers).toEqual(['白江中学华文教师会', '青禾文化协会']);
  });
});
