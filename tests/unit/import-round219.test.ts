/**
 * Round 219 (stop 71), after the honest run of WY2 to XF2, whose one refused report named its event only as
 * `本次“某某”宣讲活动由某部、某局和某校联合开展`: the event referred to as 本次 (此次, 这次, 本届), named by its quoted name and
 * kind right before who held it, is a candidate for the event's name, and the report is no longer refused. On text
 * written for the test.
 */
import { describe, expect, it } from 'vitest';
import { eventTitle, reportFacts } from '../support/import.ts';

describe('round 219', () => {
  it('names the event referred to as 本次 by its quoted name and kind', () => {
    expect(
      eventTitle([
        '据了解，本次“税法进校园·青禾伴成长”宣讲活动由白江区委宣传部、区税务局和青禾学校联合开展，师生踊跃参与。',
      ]),
    ).toBe('“税法进校园·青禾伴成长”宣讲活动');
  });

  it('no longer refuses a report that names its event only so', () => {
    const facts = reportFacts(
      [
        '4月11日，白江区以第34个全国税收宣传月为契机，为青禾学校的学生们带来了一场税收宣传活动。',
        '据了解，本次“税法进校园·青禾伴成长”宣讲活动由白江区委宣传部、区税务局和青禾学校联合开展，师生踊跃参与。',
      ].join('\n'),
    );
    expect(facts.title).toBe('“税法进校园·青禾伴成长”宣讲活动');
  });
});
