/**
 * Round 58 of the importer (stop 40, from what the blind sets II to IN, collected this stop and measured at e5cbbf2
 * before any change, read wrong): preparatory and joint meetings (筹备会, 联席会); the body after the verb of attending
 * as the owner of its anniversary; a bare 协会 before a year named by the sentence's subject; a mirror's 网页入口 and
 * 每年一届的 in front of a name; 上午的会议 as no name; a two-character paper's 消息, a paper's name before its time
 * stamp and type-size button, and a 更多 link as no site; a quoted name's year on a page put up years later, a
 * dateline's 报道 day, and a closing day that is no start; a count, a caption's position, 联同, 人员有, a short name's
 * note and a slash before or inside a post. On text written for the test (no sentence of any real report is copied
 * here).
 */
import { describe, expect, it } from 'vitest';
import { eventTitle, factsOf, people } from '../support/import.ts';

describe('round 58: event names', () => {
  it('reads preparatory and joint meetings', () => {
    expect(eventTitle(['2010年3月22日，白江五金协会制锁分会换届筹备会在青山召开。'])).toBe(
      '白江五金协会制锁分会换届筹备会',
    );
    expect(eventTitle(['2018年9月20日，第二十四届白江地区模具协会联席会在青山隆重召开。'])).toBe(
      '第二十四届白江地区模具协会联席会',
    );
  });

  it('names an anniversary after the body attended, not after who attended it', () => {
    expect(
      eventTitle([
        '今年适逢白江机械同业公会成立八十周年，部长王白江、主委张青，于今（六）日下午陪同院长李青山出席白江机械同业公会于白江饭店B2厅举行成立八十周年庆祝大会。',
      ]),
    ).toBe('白江机械同业公会成立八十周年庆祝大会');
  });

  it('names a bare 协会 before a year after the body that convened it', () => {
    expect(
      factsOf('2017年4月12日下午，白江化妆品行业协会在白江国际酒店召开了协会2017年第二届三次会员大会，会长李青山主持。')
        .title,
    ).toBe('白江化妆品行业协会2017年第二届三次会员大会');
  });

  it('leaves a mirror’s advertising and how often it is held out of a name, and a part of a day is no name', () => {
    const mirrored = factsOf(
      '2021年3月26日，由青山网页入口甘蔗糖专业委员会主办的2021白江甘蔗发展研讨会在白江召开，主任李青山致辞。',
    );
    expect(mirrored.title).toBe('2021白江甘蔗发展研讨会');
    expect(mirrored.organizers).toEqual(['甘蔗糖专业委员会']);
    expect(eventTitle(['5月，每年一届的白江化妆品科学技术交流会在白江举行。'])).toBe('白江化妆品科学技术交流会');
    expect(eventTitle(['上午的会议由李青山主持。'])).toBeUndefined();
  });
});

describe('round 58: outlets and dates', () => {
  it('reads a two-character paper’s 消息 and a paper before its time stamp and type-size button', () => {
    expect(factsOf('商报消息(记者 王青) 9月12日，白江锁业协会第一次会员代表大会在白江召开。').outlet).toBe('商报');
    expect(
      factsOf('白江日报 2017-09-10 23:01 大字\n\n本报讯 9月8日，白江平板显示高峰论坛在白江举行，副市长李青山致辞。')
        .outlet,
    ).toBe('白江日报');
    expect(
      factsOf('展会信息MORE>>\n\n联系我们MORE>>\n\n白江化妆品协会第三届会员大会于2021年1月9日在白江举行。').outlet,
    ).toBeUndefined();
  });

  it('dates an event by the year opening its quoted name on a page put up years later', () => {
    expect(
      factsOf(
        'http://example.org/news/2022-10-31/220.html\n\n8月18日，“2010白江国际五金展”推介会在白江召开，主席李青山致辞。',
      ).startDate,
    ).toBe('2010-08-18');
  });

  it('skips a dateline’s 报道 day, and does not take a closing day for the start', () => {
    expect(
      factsOf('白江LED屏网3月13日报道2012年2月29日，白江LED产业联合会一届三次会员大会于白江隆重召开。').startDate,
    ).toBe('2012-02-29');
    expect(
      factsOf(
        '发布时间：2023.09.23\n\n9月22日，由白江糖业协会主办的“2023白江糖料生产经验交流会”在白江顺利闭幕，会长李青山讲话。',
      ).startDate,
    ).toBeUndefined();
  });
});

describe('round 58: people', () => {
  it('drops a count, a caption’s place, 联同 and a short name’s note from a post', () => {
    expect(people('共288家理事单位参会，白江模协会长王白江致辞。')[0]?.[1]).toBe('白江模协会长');
    expect(people('右五为白江机械公会现任理事长李青山。')[0]?.[1]).toBe('白江机械公会现任理事长');
    expect(people('主礼嘉宾有白江大学化学系主任王白江教授，联同白江化学师协会创会会长李青山先生。').at(-1)?.[1]).toBe(
      '白江化学师协会创会会长',
    );
    expect(people('白江自行车协会（以下简称白自协）理事长李青山致辞。')[0]?.[1]).toBe('白江自行车协会理事长');
  });

  it('reads whom 参会人员有 lists, and posts joined by a slash', () => {
    expect(people('参会人员有白江日化协会理事长李青山。')[0]?.slice(0, 2)).toEqual(['李青山', '白江日化协会理事长']);
    expect(people('白江轻工联合会兼职副会长/白江焙烤协会执行理事长王白江致辞。')[0]?.[1]).toBe(
      '白江轻工联合会兼职副会长、白江焙烤协会执行理事长',
    );
  });
});
