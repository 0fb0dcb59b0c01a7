/**
 * Round 200 (stop 70), from the 800 reports of the waves SY2 to VZ2 pooled: a paper or a mirror citing an agency's or a
 * site's dispatch without its day, before its reporters' names alone (`据某网电（甲 乙 丙）`), as it already did before
 * `（记者 甲）`. The dispatch names the outlet, and the event's name starts after it. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { readByline } from '../../src/lib/import/facts/source.ts';
import { eventTitle } from '../support/import.ts';

const line = '据中新网电（罗一舟 白青禾 韩江）2024年白江种苗技术研讨会近日在青禾举办。';

describe('round 200', () => {
  it('reads a dayless dispatch before its reporters’ names', () => {
    const byline = readByline([line]);
    expect(byline?.outlet).toBe('中新网');
    expect(byline?.reporters).toEqual(['罗一舟', '白青禾', '韩江']);
    expect(readByline(['据青禾社电(罗一舟)白江论坛近日举办。'])?.outlet).toBe('青禾社');
  });

  it('names the event after the dispatch, not with it', () => {
    expect(eventTitle([line])).toBe('2024年白江种苗技术研讨会');
  });
});
