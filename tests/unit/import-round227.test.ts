/**
 * Round 227 (stop 72), from the 1,280 reports of the waves SY2 to XV2 pooled: a name ends before the day said relative
 * to the report (`某局长孙某当日出席…`: not a name of four characters), and a photo's credit run on before a caption's
 * post (`图：某市政府提供某市长某某`) is no part of the post, but a provider's (`某服务提供商`) is (the last test holds
 * before the round too, as its guard). On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { posts } from '../support/import.ts';

describe('round 227', () => {
  it('ends a name before 当日', () => {
    expect(posts('白江特区政府创新科技局局长孙青当日出席签署仪式并致辞。')).toEqual([
      ['孙青', '白江特区政府创新科技局局长'],
    ]);
  });

  it("leaves out a photo's credit before a post", () => {
    expect(posts('图：白江市政府提供白江市长林青禾出席丰年祭。')).toEqual([['林青禾', '白江市长']]);
  });

  it("keeps a provider's post", () => {
    expect(posts('白江通信服务提供商总经理王青出席丰年祭。')).toEqual([['王青', '白江通信服务提供商总经理']]);
  });
});
