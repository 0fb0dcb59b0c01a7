/**
 * Round 209 (stop 70), from the 800 reports of the waves SY2 to VZ2 pooled: the speaker's own institute (`我所`) opening
 * a person's post is no part of it, as `我会` and `本会` were not. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { posts } from '../support/import.ts';

describe('round 209', () => {
  it('reads a post without the speaker’s own institute in front', () => {
    expect(posts('白江学会年会于11月5日在青禾召开，我所罗一舟书记出席开幕式并讲话。')).toContainEqual([
      '罗一舟',
      '书记',
    ]);
  });
});
