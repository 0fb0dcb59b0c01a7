/**
 * Round 40 of the importer (from what the blind sets EE to EJ, collected at the start of stop 37 and measured at
 * 44e17b0 before any change, read wrong): headlines with an exclamation, a time stamp run on into the first paragraph,
 * a mirror's keyword line, sources in square brackets, after 来自 or in a slash byline, a day in brackets after a
 * weekday, a commemoration's day before the event's, more kinds of meetings, and people named with 报告, a day, 署, 企业,
 * 专职, 课长, 经济师 and 会计师. On text written for the test (no sentence of any real report is copied here).
 */
import { describe, expect, it } from 'vitest';
import { readOutlet } from '../../src/lib/import/facts/source.ts';
import { eventTitle, factsOf, page, people, report } from '../support/import.ts';

describe('round 40: the page around the article', () => {
  it('takes a headline with an exclamation inside it, right above the info line', () => {
    const read = page(
      'https://example.org/a/1.html\n岁末相聚，暖意满怀！白江聋人协会年会落幕\n发表时间：2025-12-05 来源： 区残联\n近日，由白江聋人协会主办的年会在某镇举行，协会主席王明远致辞。',
    );
    expect(read.headline).toBe('岁末相聚，暖意满怀！白江聋人协会年会落幕');
    expect(read.info).toEqual(['发表时间：2025-12-05 来源： 区残联']);
  });

  it('splits a time stamp run on into the first paragraph, and dates the event from it', () => {
    const got = factsOf(
      'https://example.org/b/2.html\n来源:白江新闻网\n2023-06-13 18:35?6月13日，白江市残疾人联合会第五次代表大会在白江开幕。市长王明远出席并讲话。',
    );
    expect(got.published).toMatch(/^2023-06-13/);
    expect(got.startDate).toBe('2023-06-13');
  });

  it('drops a mirror line of adult-site keywords, so that the headline and the info line are found', () => {
    const got = factsOf(
      'http://example.com/news/3.html\n日韩无码网站，丝袜视频在线二区，一本到在线播放\n白江产业联盟在杭州成立\n2021-05-25 09:02:58 白江新闻网 作者： 李青\n24日，白江产业联盟成立大会在浙江杭州举行，副厅长王明远出席并讲话。',
    );
    expect(got.headline).toBe('白江产业联盟在杭州成立');
    expect(got.outlet).toBe('白江新闻网');
    expect(got.startDate).toBe('2021-05-24');
  });
});

describe('round 40: outlets', () => {
  it('ends a 来源 in square brackets at the bracket', () => {
    const bracketed = report(['某会成立'], { info: ['2021-11-25-19:40[来源:白江网][作者:超级管理员][浏览量:5810]'] });
    expect(readOutlet(bracketed, undefined)?.value).toBe('白江网');
  });

  it('takes no site administrator for the outlet, and reads 来自 as a source label', () => {
    expect(
      readOutlet(report(['某会成立'], { info: ['时间:2018/05/04 来源:系统管理员 浏览次数:390次'] }), undefined),
    ).toBe(undefined);
    expect(readOutlet(report(['某会成立'], { info: ['来自:白江市机动车维修协会'] }), undefined)?.value).toBe(
      '白江市机动车维修协会',
    );
  });

  it('reads the outlet of a slash byline before the address table, and takes no such byline for the headline', () => {
    const bracketed = factsOf(
      'https://tw.news.yahoo.com/x-103800332.html\n白江协会乔迁 宣示守护品质\n【白江传媒／记者 王明远／高雄 报导】 白江品质协会于1月20日上午举行乔迁开幕茶会，理事长李青山致词。',
    );
    expect(bracketed.outlet).toBe('白江传媒');
    const line = factsOf(
      'https://example.com/?p=6617\n白江福报/记者王明远 李青/摄影记者张山\n\n院长韩青山今(28)日晚间出席第67届白江节联欢晚会，理事长李青山致词。',
    );
    expect(line.outlet).toBe('白江福报');
    expect(line.headline).toBeUndefined();
  });
});

describe('round 40: dates', () => {
  it('reads the day in brackets after a weekday', () => {
    const got = factsOf(
      'https://example.org/c/4.html\n白江协进会选出新会长\n\n2021-08-31 12:13\n\n白江视障协进会周日(29日)召开第十届会员年会，会长王明远主持。',
    );
    expect(got.startDate).toBe('2021-08-29');
  });

  it('does not date the event by a commemoration said first, but takes its year', () => {
    const got = factsOf(
      'https://example.org/d/5.html\n白江口腔协会庆祝全国爱牙日\n作者:组联处 | 来源:白江市残疾人联合会 | 发布时间:2013-03-29\n2011年9月20日是全国爱牙日。9月19日上午，白江口腔协会在某酒店集会，市卫健委巡视员王明远到会祝贺。',
    );
    expect(got.startDate).toBe('2011-09-19');
  });
});

describe('round 40: event names', () => {
  it('reads more kinds of meetings: 办公会, 茶会, 聚餐, 决赛', () => {
    expect(eventTitle(['白江物流协会三届理事会第四次会长办公会于10月23日在赣州召开，会长王明远出席。'])).toBe(
      '白江物流协会三届理事会第四次会长办公会',
    );
    expect(eventTitle(['白江光电协会于1月20日上午在高雄盛大举行乔迁开幕茶会，理事长致词。'])).toBe(
      '白江光电协会乔迁开幕茶会',
    );
    expect(eventTitle(['白江记者协会昨举行庆祝春节联欢聚餐，筵开廿四席。'])).toBe('庆祝春节联欢聚餐');
    expect(eventTitle(['历时五个月，第七届白江税法知识竞赛决赛17日在京举行。'])).toBe('第七届白江税法知识竞赛决赛');
  });

  it('reads a meeting that takes the stage (登场), named with a year of digits alone', () => {
    expect(eventTitle(['记者从某大学获悉，7日，2010白江两岸会计学术研讨会在某大学登场。'])).toBe(
      '2010白江两岸会计学术研讨会',
    );
  });
});

describe('round 40: people', () => {
  it('reads a name and title before 报告, and someone of a 署 or a 企业 in a list', () => {
    expect(
      people('5月25日，白江联合会第三届理事会第二次会议在成都举行。杨青山常务副理事长报告了一年来的工作。'),
    ).toContainEqual(['杨青山', '常务副理事长', '发言']);
    expect(people('现场贵宾包含财政部赋税署宋秀兰署长、白江会计师公会黄明理事长等共襄盛会。')).toContainEqual([
      '宋秀兰',
      '财政部赋税署署长',
      '其他',
    ]);
    expect(people('出席活动的领导有：捐赠企业何青总监、白江基金会会长王明远等。')).toContainEqual([
      '何青',
      '捐赠企业总监',
      '出席',
    ]);
  });

  it('keeps a clause about who took up posts out of the next post', () => {
    expect(
      people('选出40名理事，其中20名理事出任执行委员，包括副主席顾青山、郭一明，秘书长赵汝青等。').map((p) => p[1]),
    ).not.toContainEqual(expect.stringContaining('出任'));
  });

  it('ends a name before the day it did something on, and before 告诉', () => {
    expect(people('白江市长王明远30日晚前往某饭店，出席白江汽车公会会员大会。')).toContainEqual([
      '王明远',
      '白江市长',
      '出席',
    ]);
    expect(people('白江市商务局巡视员李顺青告诉记者，协会将致力于信息服务。').map((p) => p.slice(0, 2))).toContainEqual(
      ['李顺青', '白江市商务局巡视员'],
    );
  });

  it('reads 专职, 课长, 经济师 and 会计师 as parts of posts, and 补充 as no name', () => {
    expect(
      people('杨爱青当选会长，尹志青当选专职副理事长，黄年青当选监事长。').map((p) => p.slice(0, 2)),
    ).toContainEqual(['尹志青', '专职副理事长']);
    expect(people('白江乡公所社会课长蔡世青也到场表达道贺之意。')).toContainEqual([
      '蔡世青',
      '白江乡公所社会课长',
      '出席',
    ]);
    expect(people('白江销售公司副总经济师刘忠青、白江集团副总裁兼总会计师薛海青出席。').map((p) => p[1])).toEqual([
      '白江销售公司副总经济师',
      '白江集团副总裁兼总会计师',
    ]);
    expect(people('院长韩青山致词时表示欢迎。院长补充道，经济是发展的根本。').map((p) => p[0])).toEqual(['韩青山']);
  });
});
