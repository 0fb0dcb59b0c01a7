/**
 * Round 256 (stop 76), from the 800 of BW3 to EX3 and the 80 of EY3 to FF3 (read first, as round 255's honest test):
 * event names. A hospital's, a school's or a museum's anniversary named by its founding alone (`建院60周年庆祝大会`,
 * `建校七十周年庆典`, `20周年院庆`) takes the institution before it in the sentence (`某市中医医院召开…`), as a body's own
 * anniversary does. On the 880: one event name more right (its organizer, the hospital, is then left out as the body
 * holding its own anniversary, as for any body). On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { eventTitle } from '../support/import.ts';

describe('round 256', () => {
  it("names an institution's anniversary after the institution", () => {
    expect(eventTitle(['11月30日，白江市中医医院召开建院60周年庆祝大会。'])).toBe('白江市中医医院建院60周年庆祝大会');
    expect(eventTitle(['5月4日，青禾市白江中学隆重举行建校七十周年庆典。'])).toBe('青禾市白江中学建校七十周年庆典');
  });

  it('leaves a body that is no institution out of the name', () => {
    expect(eventTitle(['5月4日，白江街道在青禾广场举行建校七十周年庆典。'])).not.toMatch(/^白江街道/);
  });
});
