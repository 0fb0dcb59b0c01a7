/**
 * Round 41 of the importer (from what the blind sets EK to EP, collected during stop 37 and measured at 93d2f10 before
 * any change, read wrong): a site's greeting or a browser notice above the info line, a site's greeting naming the
 * outlet, a content system's column number in the address, a date whose digits ran together, annual ceremonies and
 * sales fairs, a list of names 任 a post, and people named with 老师, 成为, 在会上, 以《…》, police ranks, 赖, 连同 and 除.
 * On text written for the test (no sentence of any real report is copied here).
 */
import { describe, expect, it } from 'vitest';
import { eventTitle, factsOf, people } from '../support/import.ts';

describe('round 41: the page around the article', () => {
  it('reads past a greeting or a browser notice above the info line, and names the site the greeting names', () => {
    const greeted = factsOf(
      'http://news.example.edu.cn/info/1003/1089.htm\n您好，欢迎访问白江大学新闻网！今天是：\n新闻速递\n\n第六届白江高校科协论坛在宜昌开幕\n\n发布时间：2018-05-11 作者：编辑部 点击：\n\n新闻网讯（记者 王明）5月10日，第六届白江高校科协论坛在宜昌举行，副校长周青山致辞。',
    );
    expect(greeted.headline).toBe('第六届白江高校科协论坛在宜昌开幕');
    expect(greeted.outlet).toBe('白江大学新闻网');
    expect(greeted.startDate).toBe('2018-05-10');
    const notice = factsOf(
      'http://example.com/portal/article/id/955.html\n浏览器提示\n\n你正在使用的浏览器版本太旧，请升级后再浏览本站。\n\n行业动态\n白江保安协会召开片区工作会议\n\n发布时间：2025-09-23\n\n9月23日上午，白江保安协会片区工作会议在某区召开，副会长王明远主持。',
    );
    expect(notice.headline).toBe('白江保安协会召开片区工作会议');
    expect(notice.startDate).toBe('2025-09-23');
  });

  it('takes no year from a content system column number in the address', () => {
    const got = factsOf(
      'http://gonghui.example.edu.cn/info/1012/1467.htm\n12月19日上午，我校五届五次教职工代表大会在报告厅开幕，校长王明远作工作报告。',
    );
    expect(got.startDate).toBeUndefined();
  });

  it('reads a date whose digits ran together when the page date is one way of reading them', () => {
    const got = factsOf(
      'https://example.org/e/6.html\n白江合唱协会成立\n\n2021925日，白江市合唱学会成立大会暨首次会员大会在白江召开，会长李青山致辞。\n\n白江合唱协会\n2021年9月25日',
    );
    expect(got.startDate).toBe('2021-09-25');
  });
});

describe('round 41: event names', () => {
  it('reads annual ceremonies with their year after the name, and sales fairs', () => {
    expect(eventTitle(['白江工会今日(1日)举行「新春联欢会暨杰出义工颁奖礼2025」，表扬一群义工。'])).toBe(
      '白江工会新春联欢会暨杰出义工颁奖礼2025',
    );
    expect(eventTitle(['多家厂商昨天参加农业部门在新山举办的「第一届白江农业机械暨资材展售会」。'])).toBe(
      '第一届白江农业机械暨资材展售会',
    );
  });
});

describe('round 41: people', () => {
  it('reads a list of names 任 a post, and not a list whose lead holds the verb', () => {
    expect(people('经民主推荐，王明远任会长，吕青、李祖青、 李崇青任副会长，唐青兼任秘书长。').slice(0, 4)).toEqual([
      ['王明远', '会长', '其他'],
      ['吕青', '副会长', '其他'],
      ['李祖青', '副会长', '其他'],
      ['李崇青', '副会长', '其他'],
    ]);
  });

  it('reads names with 老师 after them, a post someone became (成为), and a talk after 在会上 or 以《', () => {
    expect(people('白江医院教授丁青老师致欢迎词。')).toEqual([['丁青', '白江医院教授', '致辞']]);
    expect(people('何明青成为该会第一届会长，当晚嘉宾云集。')).toEqual([['何明青', '第一届会长', '其他']]);
    expect(people('辛明强教授在会上以“定位与思路”为题做讲座。')).toEqual([['辛明强', '教授', '其他']]);
    expect(people('白江师范大学许青教授以《社会与健康》为题，探讨了心理健康。')).toEqual([
      ['许青', '白江师范大学教授', '发言'],
    ]);
  });

  it('reads police ranks, the surname 赖, and drops 连同 or 除 before a post', () => {
    expect(people('白江北总区指挥官郭明辉、总督察李明青出席颁奖。').map((p) => p.slice(0, 2))).toEqual([
      ['郭明辉', '白江北总区指挥官'],
      ['李明青', '总督察'],
    ]);
    expect(people('赖明德副主席出席会议。')).toEqual([['赖明德', '副主席', '出席']]);
    expect(people('出席的嘉宾有：局长麦青，连同工会会长吴明北等。').map((p) => p[1])).toEqual(['局长', '工会会长']);
    expect(people('除白江部长郑明谦外，多位议员也出席了大会。').map((p) => p[1])).not.toContain('除白江部长');
  });
});
