/**
 * Round 233 (stop 73), from the 1,520 reports of the waves SY2 to YT2 pooled, on outlets:
 * - `转自：某报某工作室`, `来源：某网` on a line of its own inside the article is the page's label of where it came from;
 * - a news site's or channel's name alone in brackets after the article's last sentence (`（某某新闻）`), as a paper's
 *   was (CLOSING_PAPER);
 * - a page's title with the site's name after a bar or in square brackets (`某某开幕 | 某某早报`, `某某开幕！[某某网]`),
 *   where the page names no outlet otherwise.
 * On the 1,520: 3 outlets right that were missing, none wrong. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { reportFacts } from '../support/import.ts';

const headline = '2025白江国际提琴文化论坛举办';
const body = '10月18日，2025白江国际提琴文化论坛在青禾音乐厅举办。白江市副市长李一青出席并致辞。';

describe('round 233', () => {
  it('reads a label of where the page came from on a line of its own inside the article', () => {
    const summary =
      '摘要：10月18日，2025白江国际提琴文化论坛暨青禾提琴专家评鉴会在白江新国际博览中心圆满落幕。论坛以提琴文化为主题，来自各地的制琴师、演奏家和专家学者围绕提琴制作技艺、文化传承与产业发展展开了深入交流';
    expect(
      reportFacts(
        `${headline}\n\n青禾影视 2025-10-29 16:18 2\n\n${summary}\n\n转自：白江日报青禾文化工作室\n\n李一白\n\n${body}`,
      ).outlet,
    ).toBe('白江日报青禾文化工作室');
  });

  it("reads a site's name in brackets after the last sentence", () => {
    expect(reportFacts(`${headline}\n${body}\n与会人员参观了展区。（青禾新闻）`).outlet).toBe('青禾新闻');
  });

  it("reads the site's name after the page's title", () => {
    expect(reportFacts(`${headline} | 白江早报\n${body}`).outlet).toBe('白江早报');
    expect(reportFacts(`${body}\n首届白江冰雪节盛大开幕！[青禾网]`).outlet).toBe('青禾网');
  });
});
