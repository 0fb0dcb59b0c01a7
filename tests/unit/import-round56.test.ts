/**
 * Round 56 of the importer (stop 40). First, a wider table of publishers' addresses, from plainly known national papers,
 * portals and city sites (not from any blind set); then what the blind sets HW to IB, collected this stop and measured at
 * fd8f0db before any change, read wrong. On text written for the test (no sentence of any real report is copied here).
 */
import { describe, expect, it } from 'vitest';
import { outletFromUrl } from '../../src/lib/import/outlets.ts';
import { factsOf, people } from '../support/import.ts';

describe('round 56: publishers known by their addresses', () => {
  it('knows the sites of national papers and portals', () => {
    expect(outletFromUrl('https://www.jfdaily.com/news/detail?id=1')).toBe('上观新闻');
    expect(outletFromUrl('https://www.shobserver.com/staticsg/res/html/web/newsDetail.html?id=1')).toBe('上观新闻');
    expect(outletFromUrl('https://www.whb.cn/commonDetail/1')).toBe('文汇报');
    expect(outletFromUrl('https://china.huanqiu.com/article/abc')).toBe('环球网');
    expect(outletFromUrl('http://www.legaldaily.com.cn/a/content/2020-01/01/x.html')).toBe('法治日报');
    expect(outletFromUrl('https://www.xuexi.cn/lgpage/detail/index.html?id=1')).toBe('学习强国');
    expect(outletFromUrl('https://news.sciencenet.cn/htmlnews/2023/1/1.shtm')).toBe('科学网');
  });

  it('knows the portals of big cities, with their channels', () => {
    expect(outletFromUrl('https://news.cjn.cn/sywh/202301/t1.htm')).toBe('长江网');
    expect(outletFromUrl('https://www.yangtse.com/content/1.html')).toBe('扬子晚报网');
    expect(outletFromUrl('http://news.timedg.com/2022-01/01/1.shtml')).toBe('东莞时间网');
    expect(outletFromUrl('https://www.cqrb.cn/content/2023-01/01/content_1.htm')).toBe('重庆日报网');
    expect(outletFromUrl('http://www.cnjxol.com/51/202101/t1.shtml')).toBe('嘉兴在线');
  });

  it("tells Hong Kong's 文汇报 from Shanghai's", () => {
    expect(outletFromUrl('http://paper.wenweipo.com/2013/08/27/x.htm')).toBe('香港文汇报');
  });

  it('still names no outlet for an address it does not know', () => {
    expect(outletFromUrl('https://www.example-xiehui.org.cn/news/1.html')).toBeUndefined();
  });
});

describe('round 56: event names', () => {
  it('reads a change-of-term meeting, a concert, a training session, a kite festival and a sports meeting', () => {
    expect(
      factsOf(
        '白江乐器协会打击乐分会换届会在白江召开\n\n3月6日，白江乐器协会打击乐分会换届会在白江召开，会长李青山主持。',
      ).title,
    ).toBe('白江乐器协会打击乐分会换届会');
    expect(
      factsOf('白江音乐会昨上演\n\n白江合唱协会主办的第二届校际合唱音乐会昨日于白江中学举行，会长李青山致辞。').title,
    ).toBe('第二届校际合唱音乐会');
    expect(factsOf('白江县政府于今(30)日办理113年度殡葬管理业务讲习，秘书长李青山致辞。').title).toBe(
      '113年度殡葬管理业务讲习',
    );
    expect(factsOf('9月26日，来宾齐聚白江，参加这里举办的第37届白江国际风筝会。开幕式由市长李青山主持。').title).toBe(
      '第37届白江国际风筝会',
    );
  });

  it('does not take what 开展的 describes, or what a speaker lists of past work, for the event', () => {
    const got = factsOf(
      '2026白江婚庆促进会年终盛典圆满落幕\n\n2026年1月20日下午，白江大厦宴会厅华灯璀璨。由白江婚庆促进会主办的“融合婚旅、发展婚庆，共建幸福产业”年度盛典在此隆重举行。\n\n会长李青山回顾了一年来的工作。“我们共同举办的技能培训大会、持续开展的游学交流，都有了成效。”\n\n副会长王白江致辞。',
    );
    expect(got.title).toBe('2026白江婚庆促进会年终盛典');
    expect(got.startDate).toBe('2026-01-20');
  });

  it('leaves out a meeting’s size', () => {
    expect(factsOf('1月22日，白江乐器协会举行小型新春联谊会，老会长李青山出席。').title).toBe('白江乐器协会新春联谊会');
  });

  it('names a founding meeting after the body founded, however the founding is written', () => {
    expect(
      factsOf('白江翻译协会在青山成立\n\n白江翻译协会于11月5日在青山成立。会长李青山在成立大会上说，协会将服务社区。')
        .title,
    ).toBe('白江翻译协会成立大会');
    expect(
      factsOf('白江古筝协会成立\n\n白江乐器网讯：白江古筝协会宣告成立，成立大会于9月20日在白江举行。副市长李青山出席。')
        .title,
    ).toBe('白江古筝协会成立大会');
    expect(factsOf('白江网青山6月23日电 6月22日青山县太极拳运动协会正式成立。副县长李青山参加成立大会。').title).toBe(
      '青山县太极拳运动协会成立大会',
    );
  });

  it('names the bare 协会 of a page the association itself published', () => {
    const got = factsOf(
      '协会举行二届三次理事会\n\n发布日期：2018-11-19 来源：白江玩具协会\n\n2018年11月18日下午，协会在白江大酒店举行二届三次理事会，会长李青山主持。',
    );
    expect(got.title).toBe('白江玩具协会二届三次理事会');
  });
});

describe('round 56: outlets and organizers', () => {
  it('reads a paper’s bracketed credit after a caption on the same line, and the organizers after it', () => {
    const got = factsOf(
      '校际合唱音乐会昨上演\n\n![]() 嘉宾主持开幕式 校际合唱音乐会昨白江上演 【白江日报消息】白江合唱教师协会主办、白江教育会协办，第二届校际合唱音乐会昨天在白江中学礼堂举行。会长李青山致辞。',
    );
    expect(got.outlet).toBe('白江日报');
    expect(got.organizers).toEqual(['白江合唱教师协会']);
  });

  it('does not take a breadcrumb’s section for the site', () => {
    const got = factsOf(
      '当前位置: 通知公告>\n\n白江翻译协会召开理事会\n\n10月27日，白江翻译协会在白江召开理事会，会长李青山主持。',
    );
    expect(got.outlet).toBeUndefined();
  });

  it('reads the short names of the arts federation’s associations as organizers', () => {
    const got = factsOf(
      '11月28日晚，由白江文联、白江剧协和白江市人民政府共同主办的第11届白江戏剧节在白江人民会堂开幕。副市长李青山致辞。',
    );
    expect(got.organizers).toEqual(['白江文联', '白江剧协', '白江市人民政府']);
  });
});

describe('round 56: people', () => {
  it('ends a name before the 做 of a report', () => {
    expect(people('白江轻工业联合会副会长、白江玩具协会理事长梁青做理事会工作报告。')).toEqual([
      ['梁青', '白江轻工业联合会副会长、白江玩具协会理事长', '发言'],
    ]);
  });

  it('drops what a person stood for before their post', () => {
    expect(people('企业代表，白江青山琴筝有限公司董事长刘永青宣读《大会宣言》。')[0]?.[1]).toBe(
      '白江青山琴筝有限公司董事长',
    );
    expect(people('“青山杯”翻译比赛赞助方白江外国语学院副校长张青出席。')[0]?.[1]).toBe('白江外国语学院副校长');
  });
});
