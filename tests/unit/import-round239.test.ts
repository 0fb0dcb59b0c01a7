/**
 * Round 239 (stop 74), from the 160 reports of the waves ZS2 to AH3, on organizers:
 * - an online outlet beside a body in a list of organizers (`由某市人民政府、某某在线主办`): the 在 of 在线 is a name's;
 * - bodies joined by 联同, then the day after 于 and the place after 假, before 合办 (Macau's papers);
 * - `甲学校与乙公司合作举办的「X」`: two bodies, split after 学校, without 合作;
 * - 联合国 is a name's word, not 联合 (jointly) before 国;
 * - a mirror's advertising run into a body's name, with a bar (`|`) in it, is left out of the list; the others stay.
 * On the 160: 6 organizers right that were missing, 3 wrong gone (2 right in their place). On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { reportFacts } from '../support/import.ts';

const title = '2024白江青禾产业论坛';
const held = `在白江会堂举行。白江市副市长李一青出席并致辞。`;

describe('round 239', () => {
  it('reads an online outlet beside a body among the organizers', () => {
    const facts = reportFacts(`11月21日，由白江市人民政府、青禾在线主办的“${title}”${held}`);
    expect(facts.organizers).toEqual(['白江市人民政府', '青禾在线']);
  });

  it('reads bodies joined by 联同 before the day, the place and 合办', () => {
    const facts = reportFacts(
      `白江聋人协会联同白江科学馆于9月22日假白江科学馆中庭合办「${title}」，活动包括手语剧场及互动摊位等。会长李一青致辞。`,
    );
    expect(facts.organizers).toEqual(['白江聋人协会', '白江科学馆']);
  });

  it('reads a school and a company that held it together', () => {
    const facts = reportFacts(
      `白江冰球训练学校与青禾铁路公司合作举办的「${title}」定于3月13日至30日在青禾商场中庭举行。校长李一青致辞。`,
    );
    expect(facts.organizers).toEqual(['白江冰球训练学校', '青禾铁路公司']);
  });

  it('keeps 联合国 in a body’s name', () => {
    const facts = reportFacts(`8月2日，由联合国环境规划署、白江市人民政府共同主办的${title}${held}`);
    expect(facts.organizers).toEqual(['联合国环境规划署', '白江市人民政府']);
  });

  it('leaves out an item with a mirror’s advertising run into it', () => {
    const facts = reportFacts(
      `本届${title}由白江市文联、中共白江市委宣传部、白江省文静电机价格|油烟机价格学艺术界联合会主办，由青禾县人民政府承办。8月2日，${title}${held}`,
    );
    expect(facts.organizers).toEqual(['白江市文联', '中共白江市委宣传部']);
  });
});
