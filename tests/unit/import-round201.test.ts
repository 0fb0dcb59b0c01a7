/**
 * Round 201 (stop 70), from the 800 reports of the waves SY2 to VZ2 pooled: 由 before a day is the 由 of when (`由9月25日
 * 起至28日，期间将在某中心举办…`: from that day), and what follows it up to 举办 names no body that held anything. 由 of who
 * held it is read as before (the second test holds before the round too, as its guard). On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { readOrganizers } from '../../src/lib/import/facts/organizers.ts';
import { sentences } from '../../src/lib/import/text.ts';

const organizers = (title: string, text: string) => {
  const all = sentences([text]);
  return readOrganizers(all, { sentence: all[0]!, title }, []).organizers;
};

describe('round 201', () => {
  it('reads no organizer from the 由 of a day', () => {
    expect(
      organizers('白江博览会', '白江博览会共办五天，由9月25日起至29日，期间将在青禾会展中心举办多场推介会。'),
    ).toEqual([]);
  });

  it('still reads the 由 of who held it', () => {
    expect(organizers('白江大会', '此次白江大会由青禾市人民政府举办，为期四天。')).toEqual(['青禾市人民政府']);
  });
});
