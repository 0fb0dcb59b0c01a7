/**
 * Round 224 (stop 72), from the 1,280 reports of the waves SY2 to XV2 pooled: a paper's site before the paper's name
 * (`某新闻网-某日报讯` opening the article, as round 215 read it in a portal's stamp) gives the paper, whose story it is
 * (readers of the 1,280: 4 times of 4); under a page's own label (`来源：某网-某日报`) it stays as written (they wrote it
 * so once of two). A photo's caption run on before a dateline's outlet is no part of it; a page's link
 * (`按此连结细阅新闻`) on a line of its own names no medium, but a masthead given as a link (`点击某日报`) names it. The second test holds before the round too, as its guard.
 * On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { reportFacts } from '../support/import.ts';

const headline = '白江青年代表大会开幕';
const body = '12月28日，共青团白江市第十七次代表大会在青禾会议中心开幕。';

describe('round 224', () => {
  it("gives the paper of a paper's site in a dateline", () => {
    expect(reportFacts(`${headline}\n白江新闻网-白江日报讯（记者李一）${body}`).outlet).toBe('白江日报');
  });

  it("keeps a page's label as written", () => {
    expect(reportFacts(`${headline}\n来源：白江新闻网-白江日报\n${body}`).outlet).toBe('白江新闻网-白江日报');
  });

  it("leaves out a photo's caption before the dateline", () => {
    expect(reportFacts(`${headline}\n图为活动现场 青禾新闻网成都12月28日讯（记者 李一）${body}`).outlet).toBe(
      '青禾新闻网',
    );
  });

  it('reads the masthead given as a link by its name', () => {
    expect(
      reportFacts(`国内统一刊号：CN33-0000\n\n点击白江日报\n\n关注白江热点\n\n${headline}\n本报讯（记者 李一） ${body}`)
        .outlet,
    ).toBe('白江日报');
  });

  it("reads no medium from a page's link", () => {
    expect(
      reportFacts(`【BJ360】${headline} 表扬青年\n\n日期:2021年12月23日\n\n按此连结细阅新闻\n\n${body}`).outlet,
    ).toBeUndefined();
    expect(
      reportFacts(`【BJ360】${headline} 表扬青年\n\n日期:2021年12月23日\n\n点击查看更多新闻\n\n${body}`).outlet,
    ).toBeUndefined();
  });
});
