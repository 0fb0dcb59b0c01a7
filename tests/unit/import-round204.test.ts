/**
 * Round 204 (stop 70), from the 800 reports of the waves SY2 to VZ2 pooled: a span of years before a season's name
 * (`2018—2019年首届某冰雪旅游节`) is part of the name, not a slogan before a dash. A slogan before a dash still is (the
 * second test holds before the round too, as its guard). On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { eventTitle } from '../support/import.ts';

describe('round 204', () => {
  it('keeps a span of years before a season’s name', () => {
    expect(eventTitle(['2018年12月29日上午，2018—2019年首届白江湖冰雪旅游节在青禾开幕。'])).toBe(
      '2018—2019年首届白江湖冰雪旅游节',
    );
  });

  it('still reads a slogan before a dash as no part of the name', () => {
    expect(eventTitle(['5月2日，青山绿水——第三届白江生态论坛在青禾举行。'])).toBe('第三届白江生态论坛');
  });
});
