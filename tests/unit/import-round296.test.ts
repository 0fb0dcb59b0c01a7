/**
 * Round 296 (stop 79), from the 1,840 of stops 75 to 77, after round 293 read an event it had missed: `由甲协会发起、乙公司
 * 承办的…`: the body that set the event going, named before the host, organized it (its reader's organizer); it had been
 * read as a host, `发起` and all.
 * On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { reportFacts } from '../support/import.ts';

describe('round 296', () => {
  it('reads the body that set an event going as its organizer', () => {
    const facts = reportFacts(
      '8月12日上午，由白江市电动车行业协会发起、青禾公司承办的“十类违规骑行专项治理”交通安全科普主题活动在白江举行。',
    );
    expect(facts.organizers).toEqual(['白江市电动车行业协会']);
    expect(facts.hosts).toEqual(['青禾公司']);
  });
});
