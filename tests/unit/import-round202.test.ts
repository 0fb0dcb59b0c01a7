/**
 * Round 202 (stop 70), from the 800 reports of the waves SY2 to VZ2 pooled: a station's completion ceremony (`建成仪式`)
 * is the opening of a place, named by the place (`某加氢站26日举行建成仪式` → `某加氢站建成仪式`), also where the sentence
 * says first what the place is and names it after a dash (`香港首座…的加氢站——某加氢站`). A place at its own opening is
 * what opened, not who held it: it is no organizer (readers of the 800 left it out 11 times of 12). On text written for
 * the test.
 */
import { describe, expect, it } from 'vitest';
import { reportFacts } from '../support/import.ts';

const facts = (sentence: string) => reportFacts(`发布时间：2024-11-27\n${sentence}`);

describe('round 202', () => {
  it('names a station’s completion ceremony by the station, after the dash that names it', () => {
    expect(facts('白江首座面向公众开放的加氢站——青禾加氢站26日举行建成仪式。青禾市副市长罗一舟致辞。').title).toBe(
      '青禾加氢站建成仪式',
    );
    expect(facts('青禾加氢站26日举行建成仪式。青禾市副市长罗一舟致辞。').title).toBe('青禾加氢站建成仪式');
  });

  it('reads the place at its own opening as no organizer', () => {
    expect(facts('青禾加氢站26日举行建成仪式。青禾市副市长罗一舟致辞。').organizers).toEqual([]);
    expect(facts('白江长者综合服务中心今日举行启用仪式。青禾市副市长罗一舟致辞。').organizers).toEqual([]);
  });
});
