/**
 * Round 278 (stop 79), from the 80 of LC3 to LJ3: a preparatory meeting called 预备会 (`某委员会成立预备会在某地召开`)
 * is an event's name; it had not been read, and a meeting the report said was still to come (`争取早日召开成立大会`)
 * was taken instead.
 * On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { eventTitle } from '../support/import.ts';

describe('round 278', () => {
  it('reads a 预备会 as the event, not the congress still to come', () => {
    expect(
      eventTitle([
        '2010年1月19日，白江保险业协会发展委员会成立预备会于青禾召开。',
        '协会将抓紧完成剩余筹备事项，力争早日召开成立大会。',
      ]),
    ).toBe('白江保险业协会发展委员会成立预备会');
  });
});
