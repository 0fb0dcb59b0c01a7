/**
 * Round 248 (stop 75), after the wave CM3 to CT3's run (read once at 0ebb67f, after rounds 246 and 247), from the 240 of
 * BW3 to CT3:
 * - an event named in the article without the edition its headline gives it (`第十二届某博览会在某镇举行` over
 *   `某博览会在某镇开幕`) takes the headline's;
 * - `举行了为期三天的以“甲”为主题的某大赛`: how long it lasted, before the theme, is no part of the name;
 * - outlets: a bullet before the name (`来源： ■某报`), the site's "about" link (`关于某报`), a short name the page
 *   introduces (`来源：中自协` over `中国自行车协会（以下简称中自协）`);
 * - posts: an agency's dateline in brackets, a mirror's advertising (`网上娱乐城`, `某某开奖记录查询站`), a listed company's
 *   stock code (`某集团 (1210) 副总裁`) and a word a page doubled (`区委书记书记`) are no part of a post;
 *   `与农民工代表话家常` names no one.
 * On the 240: 1 event name right (wrong before), 3 outlets right (all wrong before), people with positions 706 right /
 * 57 wrong → 710 / 52, one name wrong gone. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { eventTitle, people, reportFacts } from '../support/import.ts';

describe('round 248', () => {
  it('reads the edition the headline gives a name the article leaves it out of', () => {
    const facts = reportFacts(
      '第十二届白江国际袜业博览会在青禾镇举行\n10月18日，白江国际袜业博览会在诸暨市青禾镇开幕。市长李一青致辞。',
    );
    expect(facts.title).toBe('第十二届白江国际袜业博览会');
  });

  it('reads a name without how long it lasted before its theme', () => {
    expect(eventTitle(['近日，白江县在青禾镇举行了为期三天的以“刀在传承”为主题的首届白江族腰刀锻制技艺大赛。'])).toBe(
      '首届白江族腰刀锻制技艺大赛',
    );
  });

  it('reads outlets without a bullet or an "about" link, and by the full name of a short one the page gives', () => {
    const body = '10月18日，第二届白江拉链博览会在青禾镇开幕。市长李一青致辞。';
    expect(reportFacts(`白江拉链博览会开幕\n来源： ■青禾经济报 作者：记者 白江\n${body}`).outlet).toBe('青禾经济报');
    expect(
      reportFacts(
        `白江自行车行业座谈会召开\n来源：青自协 作者： 发布时间：2025-11-11 16:07\n11月5日，白江自行车行业组织座谈会在青禾召开。白江自行车协会（以下简称青自协）理事长李一青主持会议。`,
      ).outlet,
    ).toBe('白江自行车协会');
  });

  it('reads posts without a dateline, advertising, a stock code or a doubled word', () => {
    expect(people('（中央社记者白江台北2023年3月25日电）青禾蛋品协会理事长李一青致辞。')).toContainEqual([
      '李一青',
      '青禾蛋品协会理事长',
      '致辞',
    ]);
    expect(people('网上娱乐城局长李一青出席会议。')).toContainEqual(['李一青', '局长', '出席']);
    expect(people('SG飞艇（中国）开奖记录查询站白江禽业协会会长李一青主持会议。')).toContainEqual([
      '李一青',
      '白江禽业协会会长',
      '主持',
    ]);
    expect(people('白江集团 (1210) 副总裁李一青致辞。')).toContainEqual(['李一青', '白江集团副总裁', '致辞']);
    expect(people('白江市铁西区区委书记书记李一青出席。')).toContainEqual(['李一青', '白江市铁西区区委书记', '出席']);
    expect(people('副省长王一青主持座谈，与农民工代表话家常、谈收入。')).toEqual([['王一青', '副省长', '主持']]);
  });
});
