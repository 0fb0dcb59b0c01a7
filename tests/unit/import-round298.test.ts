/**
 * Round 298 (stop 80), from the 80 of NO3 to NV3 and the 80 of NW3 to OD3 (read at round 297, its honest test):
 * - `由某保护中心主持的某工作会议`: the meeting is named without who presided over it, and a body that presided convened
 *   it (a person who presided is no organizer);
 * - `甲联合乙组成专家团到某院开展…`: the team the bodies formed, and where it went, are no part of who held the event;
 * - `…代表某某主委、某某副主委`: a person by the title of a Taiwanese body's chair (主任委员) is no body.
 * On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { reportFacts } from '../support/import.ts';

describe('round 298', () => {
  it('reads a meeting a body presided over, and that body as its organizer', () => {
    const body = reportFacts('昨天上午，由白江省古籍保护中心主持的2015年度白江省古籍保护工作会议在青禾召开。');
    expect(body.title).toBe('2015年度白江省古籍保护工作会议');
    expect(body.organizers).toEqual(['白江省古籍保护中心']);
    const person = reportFacts('昨天上午，由白江市副市长周明远主持的2015年度白江省古籍保护工作会议在青禾召开。');
    expect(person.title).toBe('2015年度白江省古籍保护工作会议');
    expect(person.organizers).toEqual([]);
  });

  it('leaves the team bodies formed, and where it went, out of who held the event', () => {
    const facts = reportFacts(
      '3月3日，白江市人民医院联合青禾大学附属医院组成多学科义诊团到青禾镇卫生院开展“全国爱耳日”义诊活动。',
    );
    expect(facts.organizers).toEqual(['白江市人民医院', '青禾大学附属医院']);
  });

  it("reads no body from a person named by a chair's title", () => {
    const facts = reportFacts(
      '白江区公所8月27日上午10时携手捐赠单位青禾宫管理委员会代表周明远主委、林青禾副主委于白江运动场举行防灾看板揭牌仪式。',
    );
    expect(facts.organizers.some((o) => /主委/.test(o))).toBe(false);
  });
});
