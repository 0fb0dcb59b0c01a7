/**
 * Round 74 of the importer (stop 45, from what the blind sets NE to NL, collected this stop and measured at e594ae6
 * before any change, read wrong): a headline that is only a name, a breadcrumb's last step as the headline, a main venue
 * and a 系列活动 after a name, weeks and marathons as kinds of event, the next edition never the event, an anniversary
 * congress whose body's short name is noted before it; a repost's stamp and a page's clock are no dates, and a ceremony is
 * dated and organized as what it opened; a short-name note with a colon, an event's short form and a mirror's gambling
 * advertising in a list of organizers; elected lists with their ordering note, 作 before a quoted title, an adverb after
 * a dotted name, posts held then (时任), and 党中央 or 赴 never a name. On text written for the test (no sentence of any
 * real report is copied here).
 */
import { describe, expect, it } from 'vitest';
import { stripConverterPinyin } from '../../src/lib/import/clean.ts';
import { readDates } from '../../src/lib/import/facts/dates.ts';
import { eventTitle, factsOf, page, people } from '../support/import.ts';

describe('round 74: event names', () => {
  it('takes a headline that is a name and nothing more, but not one that says who held it', () => {
    expect(
      eventTitle(
        ['昨天下午，白江新闻工作者协会和青山记者协会在青山进行了友好交谈。'],
        '白江媒体青山行座谈会暨新闻合作签约仪式',
      ),
    ).toBe('白江媒体青山行座谈会暨新闻合作签约仪式');
    expect(eventTitle(['李青山出席并讲话。'], '白江民建联合白江滑雪协会等各方主办2023白江越野滑雪马拉松')).toBe(
      '2023白江越野滑雪马拉松',
    );
  });

  it('takes a breadcrumb’s last step as the headline', () => {
    const read = page(
      'URL: unknown\n首页 > 业界动态 > 2006白江科协年会在青山召开\n\n2006白江科协年会在青山召开\n——\n作者： 时间：2006-09-22 来源：www.example.com\n提高白江素质 建设创新青山\n 大会在青山会堂隆重开幕。白江科协主席李青山等六千余人出席开幕式，其中包括一百余位院士。\n 李青山在开幕式上强调，各级科协组织要为提高白江自主创新能力多作贡献。',
    );
    expect(read.headline).toBe('2006白江科协年会在青山召开');
  });

  it('leaves out the main venue and the 系列活动 after a quoted name', () => {
    expect(eventTitle(['2014年9月13日，第七届白江省科协学术年会暨青山科技论坛主会场在青山市召开。'])).toBe(
      '第七届白江省科协学术年会暨青山科技论坛',
    );
    expect(
      eventTitle(['2012年6月18日，由白江佛教协会主办的“第四届青山论坛·白江佛教文化交流周”系列活动在青山隆重开幕。']),
    ).toBe('第四届青山论坛·白江佛教文化交流周');
  });

  it('knows a programme’s week, a marathon and an exhibition of achievements, and never takes the next edition', () => {
    expect(eventTitle(['白江社青山5月17日电（记者李青山）首届“白江网络文学周”17日在青山开幕。'])).toBe(
      '首届“白江网络文学周”',
    );
    expect(eventTitle(['2月12日，“2023白江·青山越野滑雪马拉松”在青山训练基地鸣枪开赛。'])).toBe(
      '2023白江·青山越野滑雪马拉松',
    );
    expect(eventTitle(['在本次会议中，李青山当选为理事长，下一届白江设计年会将在青山举办。'])).toBeUndefined();
    expect(eventTitle(['2011BJIC（白江芯片行业协会设计年会）暨白江芯片设计产业10年成就展于11月17日在青山举办。'])).toBe(
      '2011BJIC（白江芯片行业协会设计年会）暨白江芯片设计产业10年成就展',
    );
  });

  it('gives an anniversary congress the body before it, its short name noted in brackets and a space', () => {
    const facts = factsOf(
      'URL: unknown\n\n白江文汇报讯 白江新闻工作者联会（简称「新闻联」） 前日在青山酒楼举行第十六周年会员大会，逾200位会员参加。主席李青山致辞。',
    );
    expect(facts.title).toBe('白江新闻工作者联会第十六周年会员大会');
  });

  it('removes converter pinyin a mirror wrote several times after each character', () => {
    expect(stripConverterPinyin('首(shou)屆“中(zhong)(zhong)(zhong)國(guo)(guo)網絡(luo)文學周”')).toBe(
      '首屆“中國網絡文學周”',
    );
  });
});

describe('round 74: dates', () => {
  it('skips the day a site reposted the report', () => {
    expect(
      readDates(['白江禅宗网2010年12月27日转：2010年12月26日，白江佛教协会第八次代表会议于青山隆重召开。'], {}),
    ).toMatchObject({ start: '2010-12-26' });
  });

  it('does not take the page’s clock for its publication date', () => {
    const facts = factsOf(
      'URL: unknown\n当前时间:2018年05月28日\n当前位置: 首页 > 协会动态\n共谋白江产业新机遇\n发布者:王小明 发布时间: 2022-11-16\n\n日报讯 （记者王小明）15日上午，第二十届白江封装测试年会开幕式在青山举行。白江市市长张大为致辞。',
    );
    expect(facts.published).toBe('2022-11-16');
    expect(facts.startDate).toBe('2022-11-15');
    expect(facts.outlet).not.toBe('日报');
  });

  it('dates and organizes a ceremony as what it opened', () => {
    const facts = factsOf(
      'URL: unknown\n\n白江新闻网2024年7月21日讯（记者 王小明）7月20日，由白江青少年体育联合会主办的第四届白江青少年冰球联赛青山赛区在青山冰上运动中心开赛。\n白江青少年体育联合会副理事长李青山，白江冰球协会会长张大为应邀出席第四届白江青少年冰球联赛青山赛区开赛仪式暨青山冰上运动中心开幕式。',
    );
    expect(facts.title).toBe('第四届白江青少年冰球联赛青山赛区开赛仪式暨青山冰上运动中心开幕式');
    expect(facts.startDate).toBe('2024-07-20');
    expect(facts.organizers).toEqual(['白江青少年体育联合会']);
  });
});

describe('round 74: organizers', () => {
  it('reads a list whose first body carries a short-name note with a colon', () => {
    const facts = factsOf(
      'URL: unknown\n\n由白江珠宝协会（以下简称：“白宝协”）、青山市人民政府和白江旅游局联合主办的2023白江玉石文化节暨珠宝产业大会于12月19日在青山开幕。白江珠宝协会会长李青山致辞。',
    );
    expect(facts.organizers).toEqual(['白江珠宝协会', '青山市人民政府', '白江旅游局']);
  });

  it('reads the organizers of the event named by its short form', () => {
    const facts = factsOf(
      'URL: unknown\n\n11月10日，2022白江竹业品牌博览会暨第三届青山竹产业发展峰会在青山开幕。本次竹博会为期两天，由白江竹产业协会主办，青山市人民政府承办。白江竹产业协会会长李青山致辞。',
    );
    expect(facts.organizers).toEqual(['白江竹产业协会']);
    expect(facts.hosts).toEqual(['青山市人民政府']);
  });

  it('leaves a mirror’s gambling advertising out of a list of organizers and reads the rest', () => {
    const facts = factsOf(
      'URL: unknown\n\n8月16日，2023年白江省科协年会在青山开幕。本次年会由白江省科协、青山市政府、澳门某某娱场官方网、白江生物研究所主办。白江省科协主席李青山致辞。',
    );
    expect(facts.organizers).toEqual(['白江省科协', '青山市政府', '白江生物研究所']);
  });
});

describe('round 74: people', () => {
  it('reads a list of the elected with its ordering note, with or without a count', () => {
    expect(people('王亚飞、王小明、张大为(按姓氏笔画排序)当选为副主席。')).toEqual([
      ['王亚飞', '副主席', '其他'],
      ['王小明', '副主席', '其他'],
      ['张大为', '副主席', '其他'],
    ]);
    expect(
      people('李青山、王小明（按姓氏笔画排序）等13人当选为副会长。').map(([name, position]) => [name, position]),
    ).toEqual([
      ['李青山', '副会长'],
      ['王小明', '副会长'],
    ]);
  });

  it('ends a name before 作 and a quoted title, and before an adverb after a dotted name', () => {
    expect(people('白江市场监管局副局长王锋作“奋战新时代”的工作报告。')).toEqual([
      ['王锋', '白江市场监管局副局长', '发言'],
    ]);
    expect(people('副会长木哈提热木·西日甫一同出席。')).toEqual([['木哈提热木·西日甫', '副会长', '出席']]);
  });

  it('reads no one recalled by a post held then, and never 党中央 or a verb as a name', () => {
    expect(people('时任白江佛联会会长李青山长老带领佛教界同寅，经多年努力。')).toEqual([]);
    expect(people('李青山代表党中央向广大科技工作者致以问候。').map(([name]) => name)).not.toContain('党中央');
    expect(people('白江协会组织专家赴青山、白山等地开展技术服务。')).toEqual([]);
  });
});
