/**
 * Round 218 (stop 71), from the 1,040 reports of the waves SY2 to WX2 pooled: a portal's own channel of a province or a
 * city, or its sports channel, reports for itself (`jl.sina.com.cn` 新浪吉林, `shenzhen.sina.com.cn` 新浪深圳,
 * `jl.ifeng.com` 凤凰网吉林, `sports.sina.com.cn` 新浪体育), unlike the portal's news pages, which carry other outlets'
 * stories and name none (round 88). Readers of the 1,040 named such a channel 5 times of 5. The last test holds before
 * the round too, as its guard. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { outletFromUrl } from '../../src/lib/import/outlets.ts';
import { reportFacts } from '../support/import.ts';

const lead = '白江露营大会开幕\n4月1日，2023白江国际露营大会在青禾公园开幕。';

describe('round 218', () => {
  it("names a portal's channel of a province or a city", () => {
    expect(outletFromUrl('http://jl.sina.com.cn/news/thxw/2020-12-09/detail-1.shtml')).toBe('新浪吉林');
    expect(outletFromUrl('http://shenzhen.sina.com.cn/news/m/2023-04-01/detail-1.shtml')).toBe('新浪深圳');
    expect(outletFromUrl('http://jl.ifeng.com/c/8nmffhIC4Zm')).toBe('凤凰网吉林');
    expect(reportFacts(lead, 'http://shenzhen.sina.com.cn/news/m/2023-04-01/detail-1.shtml').outlet).toBe('新浪深圳');
  });

  it("keeps a portal's sports channel that credits itself", () => {
    expect(
      reportFacts(
        `${lead.split('\n')[0]}\n新浪体育讯 北京时间4月1日，2023白江国际露营大会在青禾公园开幕。`,
        'http://sports.sina.com.cn/o/2023-04-01/1.shtml',
      ).outlet,
    ).toBe('新浪体育');
  });

  it("names no outlet from a portal's news pages", () => {
    expect(reportFacts(lead, 'http://news.sina.com.cn/c/2023-04-01/1.shtml').outlet).toBeUndefined();
  });
});
