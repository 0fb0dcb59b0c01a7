/**
 * Round 183 (stop 68), from the 400 reports of the five waves SY2 to UL2 pooled: the opening of a place named by the
 * kind of ceremony only (`某海洋馆今天举办开幕典礼`, `某幼儿园举行开园揭牌仪式`) is that place's (`某海洋馆开幕典礼`),
 * and a place said to be under a body (`某会辖下某中心`) is named without it. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { reportFacts } from '../support/import.ts';

describe('round 183', () => {
  it('names an opening ceremony after the place that held it', () => {
    const f = reportFacts('发布时间：2021-05-08\n白江海洋馆今天举办开幕典礼，市长青禾等人到场。');
    expect(f.title).toBe('白江海洋馆开幕典礼');
  });

  it('names a school’s opening and unveiling after the school', () => {
    const f = reportFacts('发布时间：2022-09-02\n9月1日，白江村幼儿园举行开园揭牌仪式。教育局局长青禾出席仪式。');
    expect(f.title).toBe('白江村幼儿园开园揭牌仪式');
  });

  it('leaves out the body a centre is said to be under', () => {
    const f = reportFacts('发布时间：2020-01-10\n白江会辖下青禾颐养服务中心昨天举办启用仪式，署长某甲到场揭幕。');
    expect(f.title).toBe('青禾颐养服务中心启用仪式');
  });
});
