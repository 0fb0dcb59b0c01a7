/**
 * Round 70 of the importer (stop 43, from what the blind sets LY to MF, collected this stop and measured at 949ef91
 * before any change, read wrong): a letter-spaced page, a speaker's photo caption above the lead, a headline that is the
 * event's name and 现场, a quoted event and its ceremony, ○ for 〇, an event held as well, a name in
 * a document's title, the day an event coincided with, glued and spaced-out dates, a run of days elsewhere, outlets run
 * on into a time stamp or named by a column, and a list closed by its own title. On text written for the test (no
 * sentence of any real report is copied here).
 */
import { describe, expect, it } from 'vitest';
import { chineseNumeralDates, closeLetterSpacing } from '../../src/lib/import/clean.ts';
import { daySpans, readDates } from '../../src/lib/import/facts/dates.ts';
import { eventKey } from '../../src/lib/import/score.ts';
import { eventTitle, factsOf, people } from '../support/import.ts';

describe('round 70: text', () => {
  it('closes a letter-spaced line, but not spaces next to Latin words or between numbers', () => {
    expect(closeLetterSpacing('今 日 ， 白 江 通 用 航 空 协 会 第 三 届 会 议 在 2024 DMP 青 山 展 召 开')).toBe(
      '今日，白江通用航空协会第三届会议在2024 DMP 青山展召开',
    );
    expect(closeLetterSpacing('白江 协会 年会 2024 2025')).toBe('白江 协会 年会 2024 2025');
  });

  it('reads a year glued to its month and day before a quote, and before a run’s last day', () => {
    expect(chineseNumeralDates('2011621“第三届白江渔业论坛”在青山召开。')).toContain('2011年6月21日“');
    expect(chineseNumeralDates('白江造纸年会2024425-27日在青山召开。')).toContain('2024年4月25日至27日');
  });

  it('takes the headline past a speaker’s photo caption, and the event from a headline ending in 现场', () => {
    const facts = factsOf(
      '白江家政协会成立20周年庆典暨三届四次会员代表大会现场\n\n白江部原副部长李青山致辞\n白江部原副部长李青山在致辞中说，家政行业前景广阔。\n会长王白江作工作报告。',
    );
    expect(facts.title).toBe('白江家政协会成立20周年庆典暨三届四次会员代表大会');
  });
});

describe('round 70: event names', () => {
  it('joins a quoted event to its ceremony, and reads ○ as the numeral 〇', () => {
    expect(eventTitle(['在青山葡萄园里，举行了“白江省首届家政员节”的启动仪式。'])).toBe('白江省首届家政员节启动仪式');
    expect(eventKey('“白江醉龙节”二○二四庆功晚宴')).toBe(eventKey('白江醉龙节二〇二四庆功晚宴'));
  });

  it('weighs an event held as well (以及召开“…”) below the one reported', () => {
    expect(
      eventTitle(['【特讯】白江文献学会于3月1日假青山酒店举办会员大会，以及召开“白江文献遗产座谈会”探讨慈善史。']),
    ).toBe('白江文献学会会员大会');
  });

  it('takes the meeting a body is said to convene first of two that weigh the same', () => {
    expect(
      eventTitle(['4月24日，白江美妆促进会召开第三届一次会员大会，选举新一届会长，举行科技成果转化签约仪式。']),
    ).toBe('白江美妆促进会第三届一次会员大会');
  });

  it('weighs a name inside a document’s title, and what the day coincided with, below the event', () => {
    expect(
      eventTitle([
        '为贯彻《关于开展2021年白江维修行业诚信创建及表彰活动的通知》精神，2021年白江维修行业诚信创建工作说明会在青山召开。',
      ]),
    ).toBe('2021年白江维修行业诚信创建工作说明会');
    expect(
      eventTitle(['今年的中秋节正值第九届白江运动会在青山隆重举办，第十届白江各民族中秋联欢活动在青山举行。']),
    ).toBe('第十届白江各民族中秋联欢活动');
  });

  it('leaves out what the event was one of, without 作为', () => {
    expect(eventTitle(['9月16日，2013白江大会重要活动之一的白江测绘产业基地论坛在青山举行。'])).toBe(
      '白江测绘产业基地论坛',
    );
  });
});

describe('round 70: dates and outlets', () => {
  it('gives a bare day the month of a run of days the report wrote before', () => {
    const spans = daySpans(['2022 年9 月14—16 日，白江纸业商会三场活动同期在青山举办。']);
    expect(spans).toEqual([{ year: 2022, month: 9, from: 14, to: 16, text: '2022年9月14—16日' }]);
    expect(readDates(['14日下午，白江纸业商会第五次会员大会开幕。'], { published: '2022-11-10', spans }).start).toBe(
      '2022-09-14',
    );
  });

  it('reads a bulleted time stamp as the publication date', () => {
    const facts = factsOf(
      '白江钼业分会会员大会召开\n\n  • 2022年11月03日 16:18\n  • 来源：白江铁合金网\n白江铁合金网：11月1日，白江钼业分会四届一次会员大会召开。\n会长李青山讲话。',
    );
    expect(facts.published).toBe('2022-11-03 16:18');
    expect(facts.startDate).toBe('2022-11-01');
  });

  it('reads an outlet without the time stamp run on to it, and a Latin name before 讯', () => {
    expect(
      factsOf(
        '白江学会年会召开\n来源：中国食品报2021-10-29 18:14\n10月26日，白江学会年会在青山召开。\n会长李青山讲话。',
      ).outlet,
    ).toBe('中国食品报');
    expect(
      factsOf('白江学会年会召开\n3sNews讯 11月9日上午消息，白江学会2010年学术年会在青山召开。\n理事长李青山致辞。')
        .outlet,
    ).toBe('3sNews');
  });

  it('takes no column of a site (学院新闻) for its name', () => {
    expect(
      factsOf('白江造纸年会召开\n学院新闻 >> 正文\n4月25日，白江造纸年会在青山召开。\n理事长李青山致辞。').outlet,
    ).toBeUndefined();
  });
});

describe('round 70: people', () => {
  it('gives a list after a comma, closed by its own title, that title and not the post before it', () => {
    expect(people('白江局原副局长喻青山，李白江、许青江、宁白山等院士出席开幕式。').map((p) => p.slice(0, 2))).toEqual([
      ['喻青山', '白江局原副局长'],
      ['李白江', '院士'],
      ['许青江', '院士'],
      ['宁白山', '院士'],
    ]);
  });

  it('drops the host’s part before the post', () => {
    expect(people('论坛东道主—白江区农业局副局长洪青山致辞。').map((p) => p[1])).toEqual(['白江区农业局副局长']);
  });
});
