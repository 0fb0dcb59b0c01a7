/**
 * Round 269 (stop 78), dates, from the 80 of IY3 to JF3:
 * - `2024年元旦某某活动启动仪式` on 12月30日, on a page of 2024-01-02: New Year's Day is the turn of the year, so the day
 *   is the December before it;
 * - `每年11月1日设立为某某日`: a day that comes back every year dates no event;
 * - `2 9日下午`: a space a mirror put between the two digits of a day.
 * On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { reportFacts } from '../support/import.ts';

describe('round 269', () => {
  it('dates a New Year event held in December in the year before the one it names', () => {
    const facts = reportFacts(
      '白江区举行2024年元旦青禾市集启动仪式\n发布时间:2024-01-02\n12月30日，白江区在青禾广场举行2024年元旦青禾市集启动仪式，区委常委周明远出席并讲话。',
    );
    expect(facts.startDate).toBe('2023-12-30');
  });

  it('takes no yearly day as the event’s', () => {
    const facts = reportFacts(
      '白江市召开企业家日座谈会\n发布时间:2023-11-03\n今年起，白江将每年11月1日设立为“白江企业家日”。首个白江企业家日前夕，市委、市政府举行座谈会，市委书记周明远出席并讲话。',
    );
    expect(facts.startDate).not.toBe('2023-11-01');
  });

  it('joins a day’s two digits a space split', () => {
    const facts = reportFacts(
      '白江区律师工作会议举行\n日期:2010-02-01\n在新春即将到来之际，2 9日下午，白江区律师工作委员会举办白江区律师工作会议暨迎春联谊会。',
    );
    expect(facts.startDate).toBe('2010-01-29');
  });
});
