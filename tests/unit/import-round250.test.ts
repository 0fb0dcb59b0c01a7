/**
 * Round 250 (stop 75), after the wave DC3 to DJ3's run (read once at 135aacf, after rounds 246 to 249), from the 400 of
 * BW3 to DJ3:
 * - the opening of a league's leg held in one place (`某联赛吉林白山·某站开幕式`) is that leg, as a match's opening is;
 * - `（某某新闻）【记者某某某地报导】某大典`: a site's name in brackets and the reporter's tag before a name;
 * - outlets: `其它新闻`, a section, and a day of the week (`星期六 2024年11月23日`) name none;
 * - people: `鸣谢` (thanks) and `聘用` (an appointment) before a post are no part of it; 董会 of `某学院校董会主席` is no name.
 * On the 400: 2 event names right (both wrong before); one outlet wrong gone and one read as the paper whose site it is
 * (`光华日报`, where the reader wrote its site, `光华网`); one person with a position right, one name wrong gone. On text
 * written for the test.
 */
import { describe, expect, it } from 'vitest';
import { eventTitle, people, reportFacts } from '../support/import.ts';

describe('round 250', () => {
  it("reads a league's leg without its opening, and a name after a site's name and a reporter's tag", () => {
    expect(eventTitle(['8月26日，2023第十届“白江杯”中国女子青禾联赛吉林白山·松花江站开幕式在白山举行。'])).toBe(
      '2023第十届“白江杯”中国女子青禾联赛吉林白山·松花江站',
    );
    expect(eventTitle(['（白江新闻）【记者青禾白江报导】111年白江纪念馆暨青禾公墓春祭大典今日举行。'])).toBe(
      '111年白江纪念馆暨青禾公墓春祭大典',
    );
  });

  it('reads no outlet from a section or a day of the week', () => {
    const body = '8月15日，第五届白江公祭活动在青禾义山举行。主席李一青致辞。';
    expect(reportFacts(`白江公祭活动举行\n星期六 2024年11月23日\n${body}`).outlet).toBeUndefined();
    expect(reportFacts(`白江公祭活动举行\n其它新闻\n${body}`).outlet).toBeUndefined();
  });

  it('reads posts without thanks or an appointment before them, and no name from a board', () => {
    expect(people('她特别鸣谢白江美协主席李一青的支持。')).toEqual([['李一青', '白江美协主席', '其他']]);
    expect(people('会上聘用白江省舞蹈协会副会长李一青为顾问。')).toEqual([['李一青', '白江省舞蹈协会副会长', '其他']]);
    expect(people('白江学院校董会主席李一青致辞。')).toEqual([['李一青', '白江学院校董会主席', '致辞']]);
  });
});
