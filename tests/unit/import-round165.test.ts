/**
 * Round 165 of the importer (stop 65), from the organizers readers wrote that the importer missed on the 1,040 blind
 * reports of stops 62 to 64 and the 80 of stop 65: a sub-district (`某某街道`) is a body that can hold an event; one item
 * that ends like no body beside a single body (`由某联合会、某某本地生活联合主办`) is left out and the body read (since round 188, read as one of them), as in
 * longer lists; an officer's rank (`大校`) ends no body's name. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { isOrganization } from '../../src/lib/import/facts/organizers.ts';
import { reportFacts } from '../support/import.ts';

describe('round 165', () => {
  it('reads a sub-district as the body that held the event', () => {
    const facts = reportFacts('3月18日，由白江街道主办的第五届白江风筝节在白江广场开幕，街道党工委书记张白江致辞。');
    expect(facts.organizers).toEqual(['白江街道']);
    expect(isOrganization('街道')).toBe(false);
  });

  // (Round 188, stop 68: the other item read as one of them, not left out.)
  it('reads a two-item list whose other item ends like no body', () => {
    const facts = reportFacts(
      '3月18日，由白江风筝联合会、白江本地生活联合主办的第五届白江风筝节在白江广场开幕，会长张白江致辞。',
    );
    expect(facts.organizers).toEqual(['白江风筝联合会', '白江本地生活']);
  });

  it('takes no officer for a body by his rank', () => {
    expect(isOrganization('白江警备区保障部部长张白江大校')).toBe(false);
    expect(isOrganization('白江大学')).toBe(true);
  });
});
