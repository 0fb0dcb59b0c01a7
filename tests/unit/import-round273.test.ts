/**
 * Round 273 (stop 78), from the 80 of KE3 to KL3 (read as the honest test of round 272):
 * - people: `某大学教授某某少将`: 少, 中 or 上 before 将 opens a general's rank, not the name's last character;
 *   `某馆长某某·某某作了发言`: a transliterated name ends before 作了;
 * - event names: `某中学举行60周年华诞庆典仪式`: an anniversary held by a school, a hospital or a museum is named after it;
 *   `「某新春夜市」开幕典礼`: a night market's opening is the market, as a festival's is the festival.
 * On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { eventTitle, posts } from '../support/import.ts';

describe('round 273', () => {
  it('reads a general’s name without his rank, and a transliterated name without 作了', () => {
    expect(posts('会上，白江大学教授林小北少将，白江大学战略部副主任周明远分别作了发言。')).toContainEqual([
      '林小北',
      '白江大学教授',
    ]);
    expect(posts('馆长周明远、专家代表林小北和青禾国立博物馆馆长马丁·罗特作了发言。')).toContainEqual([
      '马丁·罗特',
      '青禾国立博物馆馆长',
    ]);
  });

  it('names a school’s anniversary after the school, and a night market without its opening', () => {
    expect(eventTitle(['11月19日，白江区青禾中学举行60周年华诞庆典仪式。'])).toMatch(/青禾中学60周年华诞庆典仪式$/);
    expect(eventTitle(['「青禾新春夜市」开幕典礼昨日举行，白江区议员周明远主礼。'])?.replace(/[「」]/g, '')).toBe(
      '青禾新春夜市',
    );
  });
});
