/**
 * Round 235 (stop 73), after the honest run of YU2 to ZB2, whose metro wave round 230 had not reached: a ceremony named
 * only by what was done to a work takes the work named right before it, in the headline or a sentence
 * (`某捷运通车典礼独缺某某`, `某项目奠基仪式正式启动`), past an adverb before the verb of holding (`终于举办通车典礼`) and
 * a word of praise before the ceremony (`举行了盛大奠基仪式`), and on a page without a headline too. A report that names
 * no event but a line opened to traffic (`（某地17日讯）某第一捷运全线今日正式开通！`) is no longer refused: its
 * opening is composed for the editor to check, as a park's was (not with who declared it open). On text written for the
 * test.
 */
import { describe, expect, it } from 'vitest';
import { eventTitle, reportFacts } from '../support/import.ts';

describe('round 235', () => {
  it('names the work named right before its ceremony', () => {
    expect(
      eventTitle(['延宕20年的白江机场捷运2日终于举办通车典礼，青禾市长李一青出席。'], '白江机场捷运通车典礼独缺王二白'),
    ).toBe('白江机场捷运通车典礼');
    expect(
      eventTitle([
        '21日，青禾集团的青禾山海湾项目在白江开发区举行了盛大奠基仪式，李一青到场。',
        '在一片欢腾气氛中，青禾山海湾项目奠基仪式正式启动。',
      ]),
    ).toBe('青禾山海湾项目奠基仪式');
  });

  it("composes a line's opening for the editor rather than refusing the report", () => {
    const facts = reportFacts(
      '（白江17日讯）白江第一捷运全线今日正式开通！\n首相李一青宣布，配合白江第一捷运开跑，乘客皆享有五折优惠。',
    );
    expect(facts.title).toBeUndefined();
    expect(facts.titleHeldBack).toBe('白江第一捷运开通仪式');
    // (Not who declared it open: `某市委书记某某宣布地铁1号线通车`.)
    expect(
      reportFacts('11月10日，白江市委书记李一青宣布地铁1号线通车。\n青禾市长王二白在开通仪式上致辞。').titleHeldBack,
    ).not.toBe('白江市委书记李一青宣布地铁1号线通车仪式');
  });
});
