/**
 * Round 249 (stop 75), after the wave CU3 to DB3's run (read once at 5861fc0, after rounds 246 to 248), from the 320 of
 * BW3 to DB3:
 * - a press conference or a consultation held about an event (`第三届某博览会举行新闻发布会`, `市政协举行“某文化节”专题
 *   协商会`) is that event's, named with it (协商会 is a kind of meeting);
 * - the edition another sentence of the article gives a name read without it (`一年一度的某展览会…开幕。今年举办的是第五届
 *   某展览会`), as round 248 took the headline's;
 * - `我会某分会…会议`: an association's own site names its body 我会, no part of the name;
 * - the parties listed before a quoted agreement (`甲协会、乙区人民政府、 丙集团有限公司“某框架协议”签约仪式`) signed it;
 * - organizers: 和 after a talent market (`中国某人才市场和中国某学会`) parts two bodies.
 * On the 320: 5 event names right (all wrong before), 2 organizers right and one wrong gone. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { eventTitle, reportFacts } from '../support/import.ts';

describe('round 249', () => {
  it("reads a press conference or a consultation as the event's", () => {
    expect(eventTitle(['9月12日，第三届中国（白江）茶叶博览会举行新闻发布会。'])).toBe(
      '第三届中国（白江）茶叶博览会新闻发布会',
    );
    expect(eventTitle(['10月23日，市政协举行“中国白江眼镜文化节”专题协商会。'])).toBe('中国白江眼镜文化节专题协商会');
    // (Not a place that held it, `某区在京举办新闻发布会`.)
    expect(eventTitle(['9月12日，白江省青禾市白江区在京举办新闻发布会，介绍筹办情况。'])).not.toMatch(/在京新闻发布会/);
  });

  it('reads the edition another sentence gives', () => {
    const facts = reportFacts(
      '白江眼镜展开幕\n一年一度的中国（白江）国际眼镜制造业展览会于2007年7月10日在白江会展中心开幕。本次举办的是第五届中国（白江）国际眼镜制造业展览会，有300家企业参展。',
    );
    expect(facts.title).toBe('第五届中国（白江）国际眼镜制造业展览会');
  });

  it("reads a name without 我会 or a signing's parties", () => {
    expect(eventTitle(['11月5日，我会青禾制品分会一届六次理事长会议在白江召开。'])).toBe(
      '青禾制品分会一届六次理事长会议',
    );
    expect(
      eventTitle([
        '11月5日，白江涂料工业协会、青禾区人民政府、 白江三木集团有限公司“青禾工业园合作框架协议”签约仪式在青禾举行。',
      ]),
    ).toBe('“青禾工业园合作框架协议”签约仪式');
  });

  it('parts organizers after a talent market', () => {
    const facts = reportFacts(
      '第七届白江雕刻艺术品博览会开幕\n11月11日，第七届白江雕刻艺术品博览会在青禾开幕。博览会由中国白江人才市场和中国青禾工艺美术学会主办。会长李一青致辞。',
    );
    expect(facts.organizers).toEqual(['中国白江人才市场', '中国青禾工艺美术学会']);
  });
});
