/**
 * Round 67 of the importer (stop 42, from what the blind sets LA to LH, collected this stop and measured at 3455f33
 * before any change, read wrong): a day whose 年 and 月 a mirror lost, names that need their convener (an officers'
 * meeting, an annual academic meeting, an annual general meeting), a quoted name the words after it refer back to, the
 * headline's year inside quotes, 讨论会, who greeted a founding, a later sentence's fuller name; a crowd's posts before
 * a comma, bodies taken for names; mastheads, round-bracket credits, an address after a site's name. On text written for
 * the test (no sentence of any real report is copied here).
 */
import { describe, expect, it } from 'vitest';
import { chineseNumeralDates } from '../../src/lib/import/clean.ts';
import { eventTitle, factsOf, people } from '../support/import.ts';

describe('round 67: dates and event names', () => {
  it('reads digits run together when only one split is a real day, and leaves two digits after 年 alone', () => {
    expect(chineseNumeralDates('白江学会成立大会于2016515日在青山召开。')).toContain('2016年5月15日');
    expect(chineseNumeralDates('202118日上午，某会召开。')).toContain('2021年1月8日');
    // 1月14日 or 11月4日: which one, the digits do not say.
    expect(chineseNumeralDates('2026114日上午，某会召开。')).toContain('2026114日');
    // The month may be what was lost.
    expect(chineseNumeralDates('2020年13日，某会召开。')).toContain('2020年13日');
    const got = factsOf(
      'https://example.org/a/1.html\n白江学会成立\n\n经过一年筹备，白江劳动学会成立大会暨第一届会员大会于2016515日在青山召开。\n\n会长李青山致辞。',
    );
    expect(got.startDate).toBe('2016-05-15');
    expect(got.title).toBe('白江劳动学会成立大会暨第一届会员大会');
  });

  it('puts the convener in front of an officers’ meeting, an annual academic meeting and an annual general meeting', () => {
    expect(eventTitle(['1月10日，白江联合会在青山召开高级副会长和兼职副秘书长座谈会，会长李青山主持。'])).toBe(
      '白江联合会高级副会长和兼职副秘书长座谈会',
    );
    expect(eventTitle(['12月27日上午，白江纺织学会在青山大学召开2012年学术交流年会。'])).toBe(
      '白江纺织学会2012年学术交流年会',
    );
    expect(eventTitle(['白江跆拳道协会前日举行周年大会，会长李青山致辞。'])).toBe('白江跆拳道协会周年大会');
  });

  it('keeps a quoted name the words after it refer back to, and the headline’s year inside the quotes', () => {
    expect(eventTitle(['12月14日，白江心理协会举办“破·青山”电影慈善分享会。'])).toBe('“破·青山”电影慈善分享会');
    expect(eventTitle(['2月25日下午，由白江科协主办的“迎春 促和谐 青山进社区” 项目启动仪式在青山举行。'])).toBe(
      '“迎春 促和谐 青山进社区”项目启动仪式',
    );
    expect(
      eventTitle(['8月14日，“白江纺织论坛”暨省纺织学会年会在青山召开。'], '“2015白江纺织论坛”暨省纺织学会年会召开'),
    ).toBe('“2015白江纺织论坛”暨省纺织学会年会');
  });

  it('reads a 讨论会, not who greeted a founding, and a later sentence’s fuller name', () => {
    expect(
      eventTitle(['10月26日，李青山一行赴青山大学，参加了“纪念白江统计学会成立40周年暨第二十次统计科学讨论会”。']),
    ).toBe('纪念白江统计学会成立40周年暨第二十次统计科学讨论会');
    expect(eventTitle(['白江科学院副院长李青山代表科学院党组祝贺学会正式成立，并表示支持。'])).toBeUndefined();
    expect(
      eventTitle([
        '白江跆拳道协会前日举行周年大会，会长李青山（右三）合影。',
        '白江跆拳道协会于前日举行周年大会及颁奖典礼，表扬获奖运动员。',
      ]),
    ).toBe('白江跆拳道协会周年大会及颁奖典礼');
  });
});

describe('round 67: people and outlets', () => {
  it('leaves a crowd’s posts and a list closed by 等 before the comma out of the post', () => {
    expect(people('各县（市、区）分会理事长，市印刷协会理事长李青山作了工作报告。').map((p) => p.slice(0, 2))).toEqual([
      ['李青山', '市印刷协会理事长'],
    ]);
    expect(people('白江大学等高校负责人，青山大学校长李青山出席。').map((p) => p.slice(0, 2))).toEqual([
      ['李青山', '青山大学校长'],
    ]);
  });

  it('takes no body, and no word of what was done, for a person’s name', () => {
    expect(people('他代表中国作协讲话。').map((p) => p[0])).toEqual([]);
    expect(people('在白江协会主席见证下，双方签约。')).toEqual([]);
  });

  it('reads a masthead where the headline would be, a credit in round brackets and a site’s name without its address', () => {
    expect(factsOf('白江日报\n本报讯（记者 李青山）昨天，白江学会举行成立60周年纪念大会。').outlet).toBe('白江日报');
    expect(factsOf('白江协会周年大会\n\n（青山日报报道）白江协会前日举行周年大会，会长李明致辞。').outlet).toBe(
      '青山日报',
    );
    expect(
      factsOf('白江协会周年大会\n\n2024-09-17 05:01:51大公报\n\n白江协会昨晚举行周年大会，会长李明致辞。').outlet,
    ).toBe('大公报');
    expect(
      factsOf('白江协会年会召开\n\n来源：白江服装网bjfz.com\n\n白江协会2011年年会在青山召开，会长李明致辞。').outlet,
    ).toBe('白江服装网');
  });
});
