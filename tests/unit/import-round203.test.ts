/**
 * Round 203 (stop 70), from the 800 reports of the waves SY2 to VZ2 pooled: the event a speaker `发表讲话` at
 * (`在某论坛上发表讲话时，…`), as `在某论坛上讲话` already named it; a list of organizers with a name of several words in
 * Latin letters between its Chinese names (`由甲会与Qube Integrated Malaysia Sdn Bhd和乙商会共同主办`); and what a body
 * is, said before its name (`第三方智库某某会`), no part of it. The report that held all three had been refused. On text
 * written for the test.
 */
import { describe, expect, it } from 'vitest';
import { splitOrganizations } from '../../src/lib/import/facts/organizers.ts';
import { eventTitle, reportFacts } from '../support/import.ts';

describe('round 203', () => {
  it('names the event a speaker gave a speech at', () => {
    expect(eventTitle(['在白江-青禾氢能汽车论坛上发表讲话时，她提到了合作。'])).toBe('白江-青禾氢能汽车论坛');
  });

  it('parts a list around a name in Latin letters of several words', () => {
    expect(splitOrganizations('白江汽车百人会与Qube Integrated Holdings Sdn Bhd和青禾商会')).toEqual([
      '白江汽车百人会',
      'Qube Integrated Holdings Sdn Bhd',
      '青禾商会',
    ]);
  });

  it('reads the organizers of the forum the report refers back to', () => {
    const f = reportFacts(
      '在白江-青禾氢能汽车论坛上发表讲话时，她提到了合作。\n该论坛于12月17日举行，由第三方智库白江汽车百人会与Qube Integrated Holdings Sdn Bhd和青禾商会共同主办。',
    );
    expect(f.title).toBe('白江-青禾氢能汽车论坛');
    expect(f.organizers).toEqual(['白江汽车百人会', 'Qube Integrated Holdings Sdn Bhd', '青禾商会']);
  });
});
