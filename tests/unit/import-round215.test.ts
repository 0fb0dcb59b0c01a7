/**
 * Round 215 (stop 71), from the 960 reports of the waves SY2 to WP2 pooled: a portal's stamp naming a site and the paper
 * it carries (`http://www.sina.com.cn 2006年09月29日03:29 某网-某日报`) gives the paper, whose story it is (the reports
 * say `本报讯`): readers of the 960 named the paper 2 times of 2. A page's own label (`来源：某网-某日报`) stays as
 * written (round 102); that test holds before the round too, as its guard. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { reportFacts } from '../support/import.ts';

const lead = '本报讯记者罗一舟报道：白江省政府9月28日召开全省防汛抗旱调度会议。';

describe('round 215', () => {
  it("gives the paper a portal's stamp carries", () => {
    expect(
      reportFacts(`白江森林防火会议\nhttp://www.sina.com.cn 2006年09月29日03:29 白江网-白江日报\n${lead}`).outlet,
    ).toBe('白江日报');
  });

  it("keeps a page's own label as written", () => {
    expect(reportFacts(`白江森林防火会议\n2006年09月29日 来源：白江网-白江日报\n${lead}`).outlet).toBe(
      '白江网-白江日报',
    );
  });
});
