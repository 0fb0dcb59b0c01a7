/**
 * Round 138 of the importer (stop 58), from stop 58's fourth wave (TO to TV) after its honest run: 两岸 is vague only as
 * a list's words for both sides (`两岸及香港有关机构`), not inside a body's name (`海峡两岸某交流协会`), which was dropped
 * from its list; `某某日?qǐng)?bào)`, 报 a converter lost, is 日报; what a ceremony carries (`兼具某某意义的`), how it
 * went (`某庄园盛大的开园仪式`), the 的 after several quoted parts (`「甲」及「乙」的颁奖典礼`), a list broken off with an
 * ellipsis, and the larger event a quoted part belongs to (`“某峰会”的重要板块“某论坛”`) are no part of a name; an art
 * hall opened (`某艺术馆开馆`) is an opening; the name composed for an opening is held back for the editor (readers
 * named such openings in too many ways). On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { emptyArchive } from '../../src/lib/import/archive.ts';
import { readFacts } from '../../src/lib/import/index.ts';

const archive = emptyArchive();
const facts = (text: string, url = 'http://example.org/2023/1201/a.html') =>
  readFacts(new TextEncoder().encode(`${url}\n${text}\n`), archive).facts;

describe('round 138: bodies and outlets', () => {
  it('keeps a body with 两岸 in its name in the list of organizers', () => {
    const f = facts(
      '白江峰会举行\n2023年11月25日，经白江区政府支持，由海峡两岸白江交流协会、白江医院协会主办，白江总医院承办的第二届白江社会办医发展峰会在白江举行。',
    );
    expect(f.organizers).toEqual(['海峡两岸白江交流协会', '白江医院协会']);
  });

  it('reads 日?qǐng)?bào) as 日报', () => {
    const f = facts(
      '白江管廊会议召开\n编辑：王明 信息来源： 白江日?qǐng)?bào)发布时间：2022-11-21\n11月19日上午，白江市管廊协调会议召开。',
    );
    expect(f.outlet).toBe('白江日报');
  });
});

describe('round 138: event names', () => {
  it('cuts what a ceremony carries and how it went from its name', () => {
    expect(facts('白江仪式举行\n12月18日，兼具白江文化特色与纪念意义的白江两院挂牌仪式在白江举行。').title).toBe(
      '白江两院挂牌仪式',
    );
    expect(facts('白江庄园开园\n3月22日，白江生态旅游庄园盛大的开园仪式在白江举行。').title).toBe(
      '白江生态旅游庄园开园仪式',
    );
  });

  it('takes the quoted parts and their ceremony without 的 between them', () => {
    const f = facts(
      '白江品牌颁奖\n2019及2020年「白江名牌选举」及「白江新星品牌选举」的颁奖典礼于6月22日在白江会展中心举行。',
    );
    expect(f.title).toBe('2019及2020年「白江名牌选举」及「白江新星品牌选举」颁奖典礼');
  });

  it('takes the quoted part of a larger event, and a name after a list broken off', () => {
    expect(
      facts('白江论坛举行\n10月23日，“首届白江文化峰会”的重要板块“首届白江影偶文化产业发展论坛”在白江举行。').title,
    ).toBe('首届白江影偶文化产业发展论坛');
    expect(
      facts('白江品牌日开幕\n5月10日，全新的白江汽车、可以录曲的白江钢琴……2019年白江品牌日系列活动在白江开幕。').title,
    ).toBe('2019年白江品牌日系列活动');
  });

  it('names the opening of an art hall', () => {
    expect(facts('白江县皮影文化艺术馆开馆\n近日，白江县皮影文化艺术馆开馆，市民纷纷前来参观。').titleHeldBack).toBe(
      '白江县皮影文化艺术馆开馆仪式',
    );
  });
});
