/**
 * Round 126 of the importer (stop 56), from stop 56's first wave (UC to UJ) with the 1,360 blind reports of stops 53 to
 * 55, after that wave's honest run: a dispatch without its day before the reporter's credit (`据某社某地电 （记者某某）`)
 * names its outlet and is no part of the event's name; a newsroom's 全媒体/融媒体 reporter credits the paper; a portal's
 * stamp names a site and the paper it carries joined by a dash; `今天（11月19日）` is that day; the day a headline gives
 * when the article gives none; a reporter's credit before the opening day; the Central News Agency's closing stamp in the
 * Republic's years; a run of days in numerals (`十月二十九至三十日`); Kangxi radicals that stand for ideographs (`⽇`);
 * 牵手 between two bodies. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { emptyArchive } from '../../src/lib/import/archive.ts';
import { foldWidth } from '../../src/lib/import/clean.ts';
import { readFacts } from '../../src/lib/import/index.ts';

const archive = emptyArchive();
const facts = (text: string, url = 'http://example.org/a') =>
  readFacts(new TextEncoder().encode(`${url}\n${text}\n`), archive).facts;

describe('round 126: outlets', () => {
  it('reads a dispatch that leaves out its day, and keeps it out of the name', () => {
    const f = facts('白江典当业纪念活动\n据新华社南京电 （记者李大明）纪念白江典当复兴20周年活动日前在白江举行。');
    expect(f.outlet).toBe('新华社');
    expect(f.title).toBe('纪念白江典当复兴20周年活动');
  });

  it('reads a newsroom reporter’s credit, on a line of its own or closing the article', () => {
    expect(
      facts('白江风筝赛开幕\n文 / 白江晚报全媒体记者 李大明\n12月3日，2022年白江风筝邀请赛在白江开幕。').outlet,
    ).toBe('白江晚报');
    expect(
      facts('白江风筝赛开幕\n12月3日，2022年白江风筝邀请赛在白江开幕。\n（白江日报 融媒体记者李大明 通讯员王小红）')
        .outlet,
    ).toBe('白江日报');
  });

  // (Since round 215, the paper alone: readers of the 960 pooled at stop 71 named the paper 2 times of 2.)
  it('reads a portal’s stamp naming a site and the paper it carries', () => {
    const f = facts(
      '白江风筝赛开幕\nhttp://www.sina.com.cn 2006年05月18日13:48 白江网-白江晨报\n12月3日，2006年白江风筝邀请赛在白江开幕。',
    );
    expect(f.outlet).toBe('白江晨报');
  });
});

describe('round 126: dates', () => {
  it('reads today with its month and day in brackets', () => {
    expect(facts('白江大会开幕\n今天（11月19日），2024白江机器人产业大会在白江举行。').startDate).toBe('2024-11-19');
  });

  it('takes the headline’s day when the article gives none', () => {
    const f = facts(
      '白江水泥企业座谈会4月1日在白江举行\n更新日期：2008年04月02日\n在白江水泥峰会开幕前夕，白江市经济局召开了“白江水泥企业座谈会”。',
    );
    expect(f.startDate).toBe('2008-04-01');
    expect(f.evidence.find((e) => e.fact === '会议日期')?.from).toContain('4月1日在白江举行');
  });

  it('reads the opening day after a reporter’s credit', () => {
    const f = facts(
      '白江聋人运动会举行\n2012-09-17 06:27\n白江网消息 记者 李大明 报道：9月16日上午，为庆祝国际聋人节，丰富聋人的生活。白江市首届聋人趣味运动会在白江公园举行。',
    );
    expect(f.startDate).toBe('2012-09-16');
  });

  it('reads the Central News Agency’s closing stamp as the publication day', () => {
    const f = facts(
      '白江扶轮社捐助听器\n（中央社记者李大明白江16日电）白江扶轮社今天举办助听器捐赠活动，社长王小红致辞。\n村干事会把传单发给有需要的人。（编辑：张小明）1120216',
    );
    expect(f.published).toBe('2023-02-16');
    expect(f.startDate).toBe('2023-02-16');
  });

  it('reads a run of days written in numerals', () => {
    const f = facts(
      '白江舞龙赛\n2011-10-26\n白江武术总会主办的第六届白江舞龙公开赛定在二零一一年十月二十九至三十日于白江体育馆进行。',
    );
    expect(f.startDate).toBe('2011-10-29');
  });

  it('folds a Kangxi radical to the ideograph it stands for', () => {
    expect(foldWidth('（白江17⽇讯）')).toBe('（白江17日讯）');
  });
});

describe('round 126: organizers', () => {
  it('splits two bodies joined by 牵手', () => {
    const f = facts('白江爱耳日\n3月2日，白江市残联牵手白江区残联在白江广场共同举办第27个全国爱耳日主题宣传教育活动。');
    expect(f.organizers).toEqual(['白江市残联', '白江区残联']);
  });
});
