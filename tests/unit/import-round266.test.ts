/**
 * Round 266 (stop 77), from the 80 of IA3 to IH3 (read as the honest test of rounds 259 to 264):
 * - organizers: `（怡保8日讯）某商会`, a paper's dateline in brackets before the body; `并作为特区政府`, what the body
 *   acted as, no body's name;
 * - event names: `769项主题活动`, a count of events, is no name; `某中心举行揭牌仪式暨新闻发布会`, a plaque's ceremony held
 *   with something else, takes the unit before it as the ceremony alone does;
 * - outlets: `产业新闻`, a page's section, is no masthead.
 * On the 1,680 (BW3 to IH3): five facts more right (a wrong event name gone from two reports of the same event), none
 * wrong more. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { eventTitle, reportFacts } from '../support/import.ts';

describe('round 266', () => {
  it('leaves a dateline in brackets, and 并作为, out of the organizers', () => {
    expect(
      reportFacts('（青禾8日讯）青禾国际青年商会主办的“白江植树计划”闭幕典礼，昨日在青禾公园举行。').organizers,
    ).toEqual(['青禾国际青年商会']);
    expect(
      reportFacts('4月20日，首届白江悦读周开幕，由白江出版总会主办，并作为特区政府的重点活动。').organizers,
    ).not.toContain('并作为特区政府');
  });

  it('reads no count of events as a name, and names a plaque ceremony held with a press conference', () => {
    expect(eventTitle(['11月3日，读书月期间全市将举办769项主题活动。'])).toBeUndefined();
    expect(eventTitle(['9月24日，白江省三农法律服务援助中心举行揭牌仪式暨新闻发布会。'])).toBe(
      '白江省三农法律服务援助中心揭牌仪式暨新闻发布会',
    );
  });

  it('reads no outlet from a section called 产业新闻', () => {
    expect(
      reportFacts(
        '产业新闻\n标题:\n白江航海节庆祝大会举行\n本文:\n7月11日，第五十五届白江航海节全国庆祝大会在青禾举行，白江船联会理事长周明远致辞。',
      ).outlet,
    ).toBeUndefined();
  });
});
