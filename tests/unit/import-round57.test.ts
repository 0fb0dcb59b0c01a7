/**
 * Round 57 of the importer (stop 40, from what the blind sets IC to IH, collected this stop and measured at 81b0a61
 * before any change, read wrong): a body's first council meeting (首次理事会会议), experts' festival gatherings and moves to
 * new premises named after their body; a cut note of a short name and a day before 的 left out of a name; the subject,
 * venue and verb of a sentence each cut by a comma; a breadcrumb written without a colon; a body's own founding
 * ceremony not an organizer; a founding said with 今(10/27); the year a headline opens with; member units' delegates, a
 * group's clause and the reporter's 我市 before a post; where a committee is housed. On text written for the test (no
 * sentence of any real report is copied here).
 */
import { describe, expect, it } from 'vitest';
import { outletFromUrl } from '../../src/lib/import/outlets.ts';
import { eventTitle, factsOf, people } from '../support/import.ts';

describe('round 57: event names', () => {
  it('names a body’s first council meeting after the body, and not a phrase about a class of meetings', () => {
    const got = factsOf(
      '白江动漫协会开首次理事会会议\n\n2014年9月19日下午，白江动漫协会召开首次理事会会议，执行会长李青山等出席。\n\n此次会议是白江动漫界首次运用网络形式举行理事会级的会议。',
    );
    expect(got.title).toBe('白江动漫协会首次理事会会议');
    expect(got.startDate).toBe('2014-09-19');
  });

  it('names experts’ festival gatherings and a move to new premises after the body that held them', () => {
    expect(eventTitle(['2021年12月29日上午，白江造纸协会在白江召开2021年度专家新春茶话会。'])).toBe(
      '白江造纸协会2021年度专家新春茶话会',
    );
    expect(
      eventTitle(['白江光电协会于1月20日上午10时，假白江市青山路22号5楼，盛大举行乔迁开幕茶会，理事长致词。']),
    ).toBe('白江光电协会乔迁开幕茶会');
  });

  it('leaves out a cut note of a short name, and the day before 的', () => {
    expect(
      eventTitle(['3月16日，白江橡胶协会在白江举办“新材料”赋能白江橡胶产业——2025技术交流会（以下简称技术交流会']),
    ).toBe('“新材料”赋能白江橡胶产业——2025技术交流会');
    expect(eventTitle(['为庆祝白江模具协会成立三十周年，两会已经举行于2019年11月1日的青山纪念联合晚宴。'])).toBe(
      '青山纪念联合晚宴',
    );
  });

  it('does not refuse a report of a founding said with 今(10/27)', () => {
    const got = factsOf(
      '白江动物医疗协会正式成立\n\n记者青山/台北报导\n\n为让猫狗得到良好照护，白江动物医疗协会今(10/27)正式成立，新任理事长李青山盼协会多做研究。',
    );
    expect(got.title).toBe('白江动物医疗协会成立');
  });
});

describe('round 57: dates, outlets and organizers', () => {
  it('takes the year a headline opens with when nothing else gives one', () => {
    expect(
      factsOf('2018白江橡胶年会在青山开幕\n\n3月28日，白江橡胶协会第十三届白江橡胶年会在青山开幕，会长李青山致辞。')
        .startDate,
    ).toBe('2018-03-28');
  });

  it('reads a breadcrumb written without a colon, and knows an e-paper’s address', () => {
    expect(
      factsOf(
        '网站地图\n您的位置 >> 首页 >> 通知公告\n\n白江动漫协会举行理事会\n\n9月19日，白江动漫协会举行理事会，会长李青山主持。',
      ).outlet,
    ).toBeUndefined();
    expect(outletFromUrl('https://epaper.qlwb.com.cn/html/2010-11/29/content_1.htm')).toBe('齐鲁晚报');
  });

  it('makes a body the organizer of its own founding ceremony (since round 257)', () => {
    expect(factsOf('11月28日，白江风能行业协会在白江开发区举行了成立仪式，会长李青山致辞。').organizers).toEqual([
      '白江风能行业协会',
    ]);
  });

  it('leaves where a committee is housed out of its name', () => {
    expect(
      factsOf(
        '10月18日，由白江兽医学会小动物医学专业委员会（挂靠白江农业大学兽医学院）主办的第四届白江宠物论坛在白江举行，主任委员李青山致辞。',
      ).organizers,
    ).toEqual(['白江兽医学会小动物医学专业委员会']);
  });
});

describe('round 57: people', () => {
  it('reads member units’ delegates with their units', () => {
    expect(people('执行会长李青山、副会长单位代表王白江、张青出席了会议。')).toEqual([
      ['李青山', '执行会长', '出席'],
      ['王白江', '副会长单位代表', '出席'],
      ['张青', '副会长单位代表', '出席'],
    ]);
  });

  it('drops a group’s clause and the reporter’s 我市 before a post', () => {
    expect(people('国家和省级有关部门负责人，白江市副市长王白江出席开幕式。')[0]?.[1]).toBe('白江市副市长');
    expect(people('我市市委书记王白江致辞。')[0]?.[1]).toBe('市委书记');
  });
});
