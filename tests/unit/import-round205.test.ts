/**
 * Round 205 (stop 70), from the 800 reports of the waves SY2 to VZ2 pooled: what the event fell in with (`恰逢「某博览会」
 * 办理期间`, `适逢某节`, `正值…`) is not the event reported, even quoted: it is no candidate for the event's name (on
 * the blind report that had it, it was taken for the event, the meeting being named plainly only in the headline). The
 * second test holds before the round too, as its guard. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { eventCandidates } from '../../src/lib/import/facts/event.ts';
import { sentences } from '../../src/lib/import/text.ts';

const names = (...lines: string[]) => eventCandidates(sentences(lines)).map((c) => c.name);

describe('round 205', () => {
  it('does not take the event a meeting fell in with for an event of the report', () => {
    expect(names('研讨会恰逢「2018白江世界茶业博览会」办理期间，县长邀请与会人员品茗。')).toEqual([]);
    expect(names('大会适逢第五届白江国际茶文化节举办，与会者参观了展会。')).toEqual([]);
  });

  it('still takes an event named plainly beside it', () => {
    expect(names('第三届白江茶业博览会12日在青禾开幕，适逢青禾建城百年。')).toEqual(['第三届白江茶业博览会']);
  });
});
