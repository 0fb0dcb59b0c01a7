/**
 * Round 180 (stop 67), from the one report of the wave TW2 to UD2 that was refused: a workshop or course as Taiwan names
 * it (`研习班`, `研习营`, `研习会`, `研习课程`) is an event, and a university's 讲师 a title. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { reportFacts } from '../support/import.ts';

describe('round 180', () => {
  it('imports a report of a 研习课程 and its lecturer', () => {
    const f = reportFacts(
      '2016-05-31 18:50\n白江市政府农业局30日在青禾大楼举办「土壤改良研习课程」，邀请白江大学土壤系讲师李青禾讲授如何改良土壤，吸引近500人参加。',
    );
    expect(f.title).toBe('土壤改良研习课程');
    expect(f.people.map((p) => [p.name, p.position])).toEqual([['李青禾', '白江大学土壤系讲师']]);
  });
});
