/**
 * Round 264 (stop 77), from the 80 of HK3 to HR3 (read as the honest test of rounds 259 to 263):
 * - posts: `报导】（中央社台北7日电）某会秘书长`, what is left of a paper's tag before the dispatch's brackets (measured on
 *   the blind report it came from); `他向某委员会主席`, whom he addressed;
 * - event names: `召开本年度全体会员大会`, a body's general meeting of all its members (全体 before 会员大会 is no word
 *   that refers to others); `某促进会简朴但却不失为庄重的成立大会`, how the meeting went, between the body and the kind;
 * - dates: `“2022某某年度人物”表彰` on a page of 2023: the year of an award for a year, a few words before 年度, is not
 *   the event's.
 * On the 1,520 (BW3 to HR3): five facts more right, none wrong more. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { eventTitle, reportFacts } from '../support/import.ts';

describe('round 264', () => {
  it('leaves 他向 out of a post', () => {
    const addressed = reportFacts(
      '12月7日，白江厨师协会成立8周年联欢晚宴在青禾酒店举行。主席周明远致词。他向槟州福利委员会主席林青禾承诺，将提供食物。',
    );
    expect(addressed.people.find((p) => p.name === '林青禾')?.position).toBe('槟州福利委员会主席');
  });

  it("names a body's general meeting and leaves how it went out of the name", () => {
    expect(eventTitle(['白江旅游协会青禾分会于2021年6月27日在青禾酒店召开本年度全体会员大会，通报会务。'])).toBe(
      '白江旅游协会青禾分会全体会员大会',
    );
    expect(eventTitle(['4月22日，白江省养老事业发展促进会简朴而不失庄重的成立大会暨第一届会员大会在青禾召开。'])).toBe(
      '白江省养老事业发展促进会成立大会暨第一届会员大会',
    );
  });

  it('dates an award for a year by the page, not by that year', () => {
    const facts = reportFacts(
      '“2022消费维权年度人物”表彰暨消费维权工作站授牌仪式在太原举行\n发布时间:2023-04-03\n3月31日，白江省消协举行“2022消费维权年度人物”表彰暨消费维权工作站授牌仪式。',
    );
    expect(facts.startDate).toBe('2023-03-31');
  });
});
