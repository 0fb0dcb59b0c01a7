/**
 * Round 226 (stop 72), from the 1,280 reports of the waves SY2 to XV2 pooled: when, between a convener's short name in
 * brackets and the venue (`某联会(某联)昨晚假某中心举行…`), is no part of who held it, as it is right after the name
 * (`某联会昨晚假某中心举行…`, which the second test reads before the round too, as its guard). On text written for the
 * test.
 */
import { describe, expect, it } from 'vitest';
import { readOrganizers } from '../../src/lib/import/facts/organizers.ts';
import { sentences } from '../../src/lib/import/text.ts';

const organizers = (title: string, text: string) => {
  const all = sentences([text]);
  return readOrganizers(all, { sentence: all[0]!, title }, []).organizers;
};

const title = '庆祝白江青联20周年会庆及会董会就职典礼';

describe('round 226', () => {
  it('reads the convener named with its short name, then when', () => {
    expect(organizers(title, `■白江青年联会(青联)昨晚假青禾会展中心举行「${title}」。`)).toEqual(['白江青年联会']);
  });

  it('reads the convener named without it', () => {
    expect(organizers(title, `白江青年联会昨晚假青禾会展中心举行「${title}」。`)).toEqual(['白江青年联会']);
  });
});
