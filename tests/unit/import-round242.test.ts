/**
 * Round 242 (stop 74), from the 240 reports of the waves ZS2 to AP3:
 * - a byline naming a site's channel for a province, its report and its reporter (`某某在线辽宁频道报道（甲）：`) gives
 *   the channel as the outlet, as the readers wrote it;
 * - `这项某会议` refers back to the event, and is no name (as 这次 and 这一届 were not);
 * - a slogan of two phrases in quotes before a province's edition (`“甲乙 丙丁”某省第六届某大赛`) is left out, as it was
 *   before a year or an edition.
 * On the 240: one outlet right, one event name wrong gone (one organizer lost with it). On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { eventTitle, reportFacts } from '../support/import.ts';

describe('round 242', () => {
  it("reads a site's provincial channel from its byline", () => {
    const facts = reportFacts(
      '白江百万市民上冰雪活动启动\n青禾在线白江频道报道（李青）：10月15日，白江市百万市民上冰雪活动在青禾体育中心启动。白江市副市长王一青出席并致辞。',
    );
    expect(facts.outlet).toBe('青禾在线白江频道');
  });

  it('reads no name from 这项', () => {
    expect(eventTitle(['这项理监事联席会议于白江县青禾会馆举行，由理事长李一青主持。'])).toBeUndefined();
  });

  it("leaves out a two-phrase slogan before a province's edition", () => {
    expect(eventTitle(['12月1日，“弘扬青禾文化 传播白江精神”白江省第六届青禾礼仪大赛在白江图书馆举行。'])).toBe(
      '白江省第六届青禾礼仪大赛',
    );
  });
});
