/**
 * Round 48 of the importer (from what the blind sets GA to GF, collected during stop 38 and measured at baea5e5 before
 * any change, read wrong): an image's file name left before a paragraph is no part of it, a body's meeting named by a
 * year without 年 (`2025会员大会`) needs that body, and 引领 is no name. On text written for the test (no sentence of
 * any real report is copied here).
 */
import { describe, expect, it } from 'vitest';
import { eventTitle, factsOf, people } from '../support/import.ts';

describe('round 48: event names', () => {
  it('gives a meeting named by a bare year and its kind the body that held it', () => {
    expect(eventTitle(['白江机械商会日前于某酒楼召开2024会员大会，并举行生日联欢。'])).toBe('白江机械商会2024会员大会');
  });

  it("reads past an image's file name left before the paragraph", () => {
    const got = factsOf(
      '2024年11月10日 会务活动\n图片_2024-11-10_101010_123.png 白江机械商会日前于某酒楼召开2024会员大会，副会长龙青山主持会议。',
    );
    expect(got.title).toBe('白江机械商会2024会员大会');
    expect(got.people.map((p) => p.name)).toEqual(['龙青山']);
  });
});

describe('round 48: people', () => {
  it('reads 引领 as no name', () => {
    expect(people('在历任理事长引领下，协会不断发展。')).toEqual([]);
  });
});
