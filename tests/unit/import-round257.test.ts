/**
 * Round 257 (stop 76), from the 880 of BW3 to FF3 and the 80 of FG3 to FN3 (read first, as round 256's honest test):
 * - place: a city abroad that begins with a county's short name (`吉隆坡`, not 吉隆县) is no division (two cities read
 *   wrong on the 960, now none); a name abroad that is also a division's short name (`泗水`, 泗水县's) still places;
 * - organizers: a body that convenes its own meeting (`某同乡会举行成立二十六周年典礼`) is its organizer, as the readers'
 *   convention since stop 74 says (the body that 召开/举办 it): on the 960, 8 more right and 1 wrong; the shared corpus
 *   the same. Thirteen older tests that said otherwise now say so.
 * On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { placeAt } from '../../src/lib/import/divisions.ts';
import { reportFacts } from '../support/import.ts';

describe('round 257', () => {
  it('places no city abroad in a county whose short name it begins with', () => {
    expect(placeAt('吉隆坡会展中心', { shortNames: true })).toBeUndefined();
    expect(placeAt('泗水', { shortNames: true })?.division.name).toBe('泗水县');
    const facts = reportFacts('白江会馆周年庆\n12月10日，白江会馆在吉隆坡一家酒楼举行111周年庆联欢晚宴。');
    expect(facts.place).toBeUndefined();
  });

  it('lists the body that holds its own anniversary as its organizer', () => {
    const facts = reportFacts(
      '白江同乡会周年典礼\n11月2日，香港白江同乡会举行成立26周年典礼和文艺晚会，会长甲乙丙致辞。',
    );
    expect(facts.organizers).toEqual(['香港白江同乡会']);
  });
});
