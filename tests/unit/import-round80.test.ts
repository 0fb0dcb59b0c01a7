/**
 * Round 80 of the importer (stop 48), written from the misses of four blind sets (PI to PL) and checked on four others
 * (PM to PP): a spaced field label (`来 源：`), a dispatch filed as 专电, a bracketed credit with its day, a paper as a
 * page's 作者, an event that 圆满结束, the meeting a reporter learned the news at, meetings only said to bear on a subject,
 * a count of professors after an elected list, the verb's second character before that list, and a weekday of the
 * week the page was published in. On text written for the test (no sentence of any real report is copied here).
 */
import { describe, expect, it } from 'vitest';
import { factsOf, people } from '../support/import.ts';

const body = '白江市民政局局长吴建中出席并致辞。';

describe('round 80: sources', () => {
  it('reads a 来源 whose label is spaced out and whose value stands on the next line, initials and all', () => {
    const f = factsOf(
      `URL: http://example.org/a/1.html\n白江酒业协会秘书长座谈会在白江召开\n发布日期:\n2021-04-28 10:28:14\n来 源:\n白江酒业协会BJWA\n作 者:\n宣传部\n4月27日，白江酒业协会秘书长座谈会在白江宾馆召开。${body}\n`,
    );
    expect(f.outlet).toBe('白江酒业协会BJWA');
  });

  it('reads the outlet of a dispatch filed as 专电, and of a bracketed credit that gives its day and city', () => {
    expect(
      factsOf(`白江网11月14日青山专电（本网记者 吴小林）今日上午，2009年白江茶叶学会年会在青山市召开。${body}\n`)
        .outlet,
    ).toBe('白江网');
    expect(
      factsOf(`【白江华联社2月5日青山市报道】白江华人春节联欢晚会，于2月4日下午在青山市隆重举办。${body}\n`).outlet,
    ).toBe('白江华联社');
  });

  it('takes a paper named as the 作者 of a copied page over the copying site named in the footer', () => {
    const f = factsOf(
      `白江律协新会长产生\n日期:2007-12-02 作者:白江商报 阅读:1,853次\n昨日下午，白江市第五次律师代表大会在白江会议中心胜利结束。白江市司法局副局长吴建中讲话。\n\n白江市律师协会版权所有\n`,
    );
    expect(f.outlet).toBe('白江商报');
    // The event that ended well, from the same sentence.
    expect(f.title).toBe('白江市第五次律师代表大会');
  });

  it('still takes no site name for a 作者 that is a person', () => {
    const f = factsOf(
      `白江律协新会长产生\n日期:2007-12-02 作者:吴小林 阅读:1,853次\n昨天，白江市第五次律师代表大会在白江宾馆举行。${body}\n`,
    );
    expect(f.outlet).not.toBe('吴小林');
  });
});

describe('round 80: the event and its day', () => {
  it('names the meeting a reporter learned the news at, without when, who and where it was held, over a headline that names none, and dates it', () => {
    const f = factsOf(
      `URL: http://example.org/2024-04/10/content_1.htm\n共创平安白江 我市召开保安行业相关会议\n\n白江日报讯（记者 吴小林）4月9日，本报记者从市保安协会第二届第三次会员大会上了解到，全市保安工作成效明显。${body}\n`,
    );
    expect(f.title).toBe('市保安协会第二届第三次会员大会');
    expect(f.startDate).toBe('2024-04-09');
  });

  it('names such a meeting without the day, the body and the place of the clause that says where it was held', () => {
    const f = factsOf(
      `白江日报讯（记者 吴小林）记者从11月10日白江市卫生局在白江召开的全市无偿献血志愿服务工作经验交流会上获悉，全市志愿者人数明显增长。${body}\n`,
    );
    expect(f.title).toBe('全市无偿献血志愿服务工作经验交流会');
  });

  it('does not take a bare 结束 (会议结束后) for the event ending', () => {
    const f = factsOf('10月18日，白江社区志愿服务交流会在白江宾馆举行。会议结束后，白江市民政局局长吴建中讲话。\n');
    expect(f.title).toBe('白江社区志愿服务交流会');
  });

  it('leaves to the editor meetings only said to bear on a subject (某行业相关会议)', () => {
    const f = factsOf('白江日报讯 4月9日，我市召开物业服务行业相关会议，白江市公安局局长吴建中出席。\n');
    expect(f.title).toBeUndefined();
  });

  it('dates 本周二 and 上周六 by the weekday of the page’s date, and refuses a day after it', () => {
    const at = (when: string) =>
      factsOf(
        `白江物业联合会就职典礼举行\n发布时间：2025-08-28 09:00\n【本报消息】白江物业联合会第一届理事会就职典礼${when}在白江宾馆举行，白江市住建局局长吴建中出席并致辞。\n`,
      );
    // 2025-08-28 is a Thursday.
    expect(at('本周二').startDate).toBe('2025-08-26');
    expect(at('上周六').startDate).toBe('2025-08-23');
    const later = at('本周六');
    expect(later.startDate).toBeUndefined();
    expect(later.todos.find((t) => t.field === 'startDate')?.why).toContain('本周六');
  });
});

describe('round 80: elected lists', () => {
  it('gives the post to a list of names counted as professors, without the post of the clause before', () => {
    const read = people(
      '李德新教授当选为顾问，王平、王键、纪立金、司富春11位教授当选为副主任委员，魏凤琴教授当选为秘书长。',
    ).map(([n, p]) => [n, p]);
    expect(read).toContainEqual(['王平', '副主任委员']);
    expect(read).toContainEqual(['司富春', '副主任委员']);
  });

  it('does not read the second character of 选举 as the first of the first name', () => {
    const read = people('通过无记名投票，选举何霞、吕文波、陈梅当选为协会第一届轮值会长。').map(([n]) => n);
    expect(read).toEqual(expect.arrayContaining(['何霞', '吕文波', '陈梅']));
    expect(read).not.toContain('举何霞');
  });
});

describe('round 80: a list item’s number', () => {
  it('is no part of the post after it', () => {
    expect(
      people('出席的嘉宾有：1)白江客属总会理事长吴建中、2)白江客属总会副理事长李青平。').map(([n, p]) => [n, p]),
    ).toEqual([
      ['吴建中', '白江客属总会理事长'],
      ['李青平', '白江客属总会副理事长'],
    ]);
  });
});
