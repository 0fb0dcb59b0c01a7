/**
 * Round 237 (stop 74), from the 160 reports of the waves ZS2 to AH3, on outlets read wrong:
 * - a field whose value is only the kind of outlet (`信息来源：报社`) or a label of time (`发表时间 2022-02-28`) names none;
 * - an office of the body whose site it is (`发布单位：党委宣传部`) is not the outlet: the site's owner is;
 * - a page's own section (`行业新闻`, on a line of its own) is no medium's name;
 * - `太阳集团`, with its mirror's code in front, is a gambling brand where the outlet stood;
 * - an agency's name in brackets ending in 通讯社 is not cut at its 讯 (`（某某通讯社/…）` is no `某某通` dateline).
 * On the 160: 6 outlets wrong before; one now right, the other five left unread. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { reportFacts } from '../support/import.ts';

const headline = '第三届白江花卉论坛举行';
const body = '5月8日，第三届白江花卉论坛在青禾宾馆举行。白江市副市长李一青出席并致辞。';

describe('round 237', () => {
  it('reads no outlet from a field that gives only its kind or a label of time', () => {
    expect(
      reportFacts(`${headline}\n信息来源：报社 发布日期：2024-05-09 被阅览数：12\n${body}`).outlet,
    ).toBeUndefined();
    expect(reportFacts(`${headline}\n发表时间 2024-05-09\n${body}`).outlet).toBeUndefined();
  });

  it("reads no office of the site's own body as the outlet", () => {
    expect(reportFacts(`${headline}\n发布单位： 党委宣传部 发布日期：2024-05-09\n${body}`).outlet).not.toBe(
      '党委宣传部',
    );
  });

  it("takes a site's section on a line of its own for no medium", () => {
    expect(reportFacts(`首页\n行业新闻\n${headline}\n${body}`).outlet).toBeUndefined();
  });

  it('takes a gambling brand with its code for no outlet', () => {
    expect(
      reportFacts(`${headline}\n日期： 2024-05-09 来源： ab123cn太阳集团 ab123cn太阳集团 点击数：\n${body}`).outlet,
    ).toBeUndefined();
  });

  it("does not cut a news agency's name at the 讯 of 通讯社", () => {
    expect(reportFacts(`${headline}\n（白江通讯社/青禾新闻中心）${body}`).outlet).not.toBe('白江通');
  });
});
