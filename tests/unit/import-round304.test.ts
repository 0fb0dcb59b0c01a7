/**
 * Round 304 (stop 80), from PC3 to PJ3 (read at round 303, its honest test):
 * - `某联合会于今早举行开幕典礼`: who held a ceremony, when and the verb, before the ceremony named by its kind, are no name;
 *   and `某展主办机构某会` is the show's organizing body, no show that organized (主办机构, as 主办方 and 主办单位);
 * - `某启动仪式、某大赛`, `某敬献花篮仪式和某颁授仪式`: of ceremonies listed as what was held, the first is the event.
 * On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { eventTitle, reportFacts } from '../support/import.ts';

describe('round 304', () => {
  it('reads no name from who held a ceremony and when', () => {
    const facts = reportFacts(
      '第50届青禾展开幕\n青禾展主办机构白江中华厂商联合会（厂商会）于今早举行开幕典礼，厂商会会长周明远联同林青禾主礼。',
    );
    expect(facts.title).not.toMatch(/举行/);
    // (`某展主办机构…`: the organizing body, named by the noun, is no verb saying the show organized anything.)
    expect(facts.organizers).toEqual([]);
  });

  it('reads the first of ceremonies listed as what was held', () => {
    expect(
      eventTitle(['3月31日，全国暨白江省“爱鸟周”活动启动仪式、中国（青禾）第六届野生鸟类观鸟摄鸟大赛在青禾举行。']),
    ).toBe('全国暨白江省“爱鸟周”活动启动仪式');
    expect(eventTitle(['9月30日，省暨白江市烈士纪念日敬献花篮仪式和省《烈士光荣证》颁授仪式在青禾陵园举行。'])).toBe(
      '省暨白江市烈士纪念日敬献花篮仪式',
    );
  });
});
