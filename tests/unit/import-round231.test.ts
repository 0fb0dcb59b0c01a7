/**
 * Round 231 (stop 73), from the 1,520 reports of the waves SY2 to YT2 pooled: meetings named by words the importer did
 * not know as an event's (`准备会`, `发表会`, `咨询会`, `公听会`, `评鉴会`, `同乐会`); an exhibition's quoted name with its
 * year after it (`“某国际珠宝展2008”`); and a body's yearly members' meeting (`第18届会员年度大会`) as a congress whose
 * convener is its organizer (CONVENED_CONGRESS), read past the short name it introduces (`（以下简称“某总”）`). The scoring
 * reads a quoted name with 活动 after it as the same name written without its quotes (see import-score.test.ts). On the
 * 1,520: 5 event names right that were missing (one more read without the convener its reader put first, wrong), 2
 * cities and 4 organizers with them; 5 names the scoring had counted wrong are right. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { eventTitle, reportFacts } from '../support/import.ts';

describe('round 231', () => {
  it('reads meetings named by these words', () => {
    expect(eventTitle(['10月10日上午，白江县甘蔗高产示范现场暨榨季工作准备会在青禾乡召开。'])).toBe(
      '白江县甘蔗高产示范现场暨榨季工作准备会',
    );
    expect(eventTitle(['白江园区管理局今（19）日举办「114年招商成果发表会」，公布全年引进投资的数额。'])).toBe(
      '114年招商成果发表会',
    );
    expect(eventTitle(['白江党委青禾安宁疗护专题调研咨询会召开'])).toBe('白江党委青禾安宁疗护专题调研咨询会');
  });

  it("reads an exhibition's quoted name with its year after it", () => {
    expect(eventTitle(['由白江金业公会合办的“JMA白江国际珠宝展2008”今日至17日在青禾会展中心举行。'])).toBe(
      'JMA白江国际珠宝展2008',
    );
  });

  it("takes the body that convened its yearly members' meeting as its organizer", () => {
    expect(
      reportFacts(
        '白江华人乒乓球总会（以下简称“华人乒总”）于2019年5月27日假青禾市某酒家，召开了第18届会员年度大会。会长李一青致辞。',
      ).organizers,
    ).toEqual(['白江华人乒乓球总会']);
  });
});
