/**
 * Round 131 of the importer (stop 57), from stop 57's third wave (RK to RR) after its honest run, with the blind reports
 * before it: who presided (`某局长某某主持晚会`, `行政长官主持「某典礼」`) and what else an event also was (`也为某揭牌典礼`)
 * are no part of a name; a quoted name joined by 的 to its sailing-off or ground-breaking ceremony is one name; the paper a
 * headline credits (`《某日报》`) is no part of it; `转载于网络` names no outlet, and 红网's app's local page (`红网时刻娄底`) is
 * 红网; a press release's dateline is the day it went out, not the event's; the year of a day
 * comes from a commemoration said a sentence or two before (`2025年5月19日，我们迎来第15个某某日`), and from the day the
 * page's address holds when the page's own stamp is a later copy's. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { emptyArchive } from '../../src/lib/import/archive.ts';
import { readFacts } from '../../src/lib/import/index.ts';

const archive = emptyArchive();
const facts = (text: string, url = 'http://example.org/a') =>
  readFacts(new TextEncoder().encode(`${url}\n${text}\n`), archive).facts;

describe('round 131: names', () => {
  it('takes no one who presided for part of a name', () => {
    const f = facts(
      '白江亲子露营举行\n2017-11-26\n昨日，白江环境局局长王明远主持晚会开幕，白江童军总会会长李大明致辞。',
    );
    expect(f.title ?? '').not.toMatch(/主持/);
    // (Hosting as a trade is part of a name: round 131 first dropped this one; SI to SP, stop 57's sixth wave.)
    expect(facts('白江主播研讨会举行\n8月3日，白江城市电视台播音主持研讨会在白江举行，会长王明远致辞。').title).toBe(
      '白江城市电视台播音主持研讨会',
    );
  });

  it('joins a quoted name to its sailing-off ceremony', () => {
    const f = facts(
      '白江帆船赛起航\n2020-11-04\n11月3日，“2020白江友谊帆船拉力赛”的起航仪式在白江举行，会长王明远致辞。',
    );
    expect(f.title).not.toMatch(/的起航/);
  });

  it('leaves out the paper a headline credits', () => {
    const f = facts('《白江日报》第六届白江香菇节昨日开幕\n第六届白江香菇节由白江市政府主办。');
    expect(f.title).toBe('第六届白江香菇节');
  });
});

describe('round 131: outlets', () => {
  it('takes no outlet from 转载于网络, and names a site for its local page', () => {
    expect(
      facts('白江新媒体协会成立\n来源：转载于网络\n11月1日，白江新媒体协会成立大会在白江召开，会长王明远致辞。').outlet,
    ).toBeUndefined();
    expect(
      facts('白江短视频大赛颁奖\n来源：红网时刻娄底\n7月3日，白江短视频大赛颁奖典礼在白江举行，会长王明远致辞。')
        .outlet,
    ).toBe('红网');
  });
});

describe('round 131: days', () => {
  it("reads the day an event was held, not a press release's dateline", () => {
    const f = facts(
      '白江嘉许计划颁奖\n白江2026年2月11日 /美通社/ -- 由白江检测局主办的「白江嘉许计划」，于2月6日举行颁奖典礼，局长王明远致辞。',
    );
    expect(f.startDate).toBe('2026-02-06');
  });

  it('dates a day by a commemoration said before it', () => {
    const f = facts(
      '白江家庭医生日活动\n2025年5月19日，我们迎来第15个“世界家庭医生日”。今年活动以“签约有感，服务有情”为主题。\n为响应主题号召，5月16日上午，白江市卫生健康委员会在白江中心举办家庭医生签约宣传活动。',
    );
    expect(f.startDate).toBe('2025-05-16');
  });

  it("takes the year from the address's day when the page's stamp is a later copy's", () => {
    const f = facts(
      '白江刺绣大赛启动\n2024-11-21\n4月25日，白江县在姊妹街举行白江刺绣技艺大赛暨银饰展销会启动仪式，县长王明远致辞。',
      'https://m.example.net.cn/wenlv/2021/0426/922.html',
    );
    expect(f.startDate).toBe('2021-04-25');
  });
});
