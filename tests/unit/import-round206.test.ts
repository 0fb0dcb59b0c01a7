/**
 * Round 206 (stop 70), from the 800 reports of the waves SY2 to VZ2 pooled: a body or a unit founded as its plaque is
 * unveiled (`某协会揭牌成立`, `首个县级某机构——某管理局揭牌成立`) is the event, named so, as readers of the 800 wrote it 3 times
 * of 3 where the report named no other event. A named meeting where it was founded still names the event (the third test
 * holds before the round too, as its guard). On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { eventTitle } from '../support/import.ts';

describe('round 206', () => {
  it('names a body founded with its plaque', () => {
    expect(eventTitle(['昨天(9月7日)，白江市射击运动协会揭牌成立，奥运冠军罗一舟任推广大使。'])).toBe(
      '白江市射击运动协会揭牌成立',
    );
    expect(eventTitle(['今天上午，白江市象棋协会正式揭牌成立。'])).toBe('白江市象棋协会揭牌成立');
  });

  it('names the unit after a dash that says what it is', () => {
    expect(eventTitle(['3月15日，青禾首个县级邮政管理机构——白江邮政管理局揭牌成立，这是全省第五个。'])).toBe(
      '白江邮政管理局揭牌成立',
    );
  });

  it('still names the meeting a body was founded at', () => {
    expect(eventTitle(['9月7日，白江市象棋协会成立大会在青禾召开，白江市象棋协会揭牌成立。'])).toBe(
      '白江市象棋协会成立大会',
    );
  });
});
