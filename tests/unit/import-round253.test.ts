/**
 * Round 253 (stop 76), from the 560 of BW3 to DZ3 and the 80 of EA3 to EH3 (read first, as round 252's honest test):
 * - organizers: `甲公司今(4)日与乙馆、丙中心共同举办`: the day, said after the first body and before the others joined to
 *   it, is no part of its name (the importer had read `甲公司今日与乙馆` as one organizer); a body's initials in Latin
 *   letters in brackets after its name (`丙中心(MIRDC)`) no longer stop the convener being read; `今日起在某楼举办`;
 * - place: a Taiwanese paper's credit, `〔记者甲／台北报导〕`, gives the city the story was filed from, read when no other
 *   city is named, even beside a venue the gazetteer cannot place (`在某国小举行`).
 * On the 560: organizers 379 right / 11 wrong → 382 / 10, cities 392 → 394; on EA3 to EH3, one city more. On text
 * written for the test.
 */
import { describe, expect, it } from 'vitest';
import { reportFacts } from '../support/import.ts';

describe('round 253', () => {
  it('reads bodies joined after the day that follows the first of them', () => {
    const facts = reportFacts(
      '白江海藻论坛举行\n白江生物科技股份有限公司今(4)日与青禾大使馆、白江金属工业研究发展中心(MIRDC)共同举办「白江海藻论坛」，百余人参加。',
    );
    expect(facts.organizers).toEqual(['白江生物科技股份有限公司', '青禾大使馆', '白江金属工业研究发展中心']);
    const day = reportFacts(
      '白江海藻论坛举行\n白江生物科技股份有限公司昨日和青禾研究院共同举办「白江海藻论坛」，百余人参加。',
    );
    expect(day.organizers).toEqual(['白江生物科技股份有限公司', '青禾研究院']);
  });

  it('reads the bodies that hold it from that day on', () => {
    const facts = reportFacts(
      '白江文物展开幕\n白江市文化局与青禾协会今日起在青禾区农会大楼举办“白江妈祖文物展”，展期十天。',
    );
    expect(facts.organizers).toEqual(['白江市文化局', '青禾协会']);
  });

  it('places the event in the city a Taiwanese reporter filed from', () => {
    const facts = reportFacts(
      '白江杯体操锦标赛登场\n〔记者甲乙丙／台北报导〕第十九届白江杯体操锦标赛本周末在青禾国小举行，参赛选手逾千人。',
    );
    expect(facts.place?.city).toBe('台北市');
  });
});
