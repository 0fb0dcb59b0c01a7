/**
 * Round 225 (stop 72), from the 1,280 reports of the waves SY2 to XV2 pooled: the celebrating before the year or edition
 * of what was celebrated (`共同欢庆2016某首届火把节开幕`, `共庆第二个某节`) is no part of the event's name. On text
 * written for the test.
 */
import { describe, expect, it } from 'vitest';
import { eventTitle } from '../support/import.ts';

describe('round 225', () => {
  it('leaves out the celebrating before the name', () => {
    expect(eventTitle(['7月28日上午，全镇村民身着民族服装相约在青禾广场，共同欢庆2016白江·青禾首届火把节开幕。'])).toBe(
      '2016白江·青禾首届火把节',
    );
  });
});
