/**
 * Round 52 of the importer (from what the blind sets FI to GX read wrong about outlets, and what the sets GY to HD,
 * collected during stop 39 and measured at b90ff81 before any change, read wrong): the page's own words for the site
 * (a breadcrumb, a greeting, the site's name beside its address, a page title, a disclaimer), a body that signs the
 * article or is its author, a site's name in brackets opening it, a photographer's paper; matches and shows a body
 * holds; a run of days with a dash; the year of a day the headline writes; a blog page's 创建于 line; a time stamp run
 * into a body's name; 正在 after a name; schools and papers before a name in a list. On text written for the test (no
 * sentence of any real report is copied here).
 */
import { describe, expect, it } from 'vitest';
import { splitOrganizations } from '../../src/lib/import/facts/organizers.ts';
import { eventTitle, factsOf, people } from '../support/import.ts';

const LEAD = '6月3日，白江省石材协会第三届会员代表大会在白江召开，会长李青山主持会议。';

describe('round 52: outlets the page names around the article', () => {
  it("reads the site from a breadcrumb's first crumb, not from 首页", () => {
    expect(factsOf(`当前位置:白江奶业信息网 >> 行业动态\n\n白江石材协会召开会员代表大会\n\n${LEAD}`).outlet).toBe(
      '白江奶业信息网',
    );
    expect(factsOf(`白江财经 > 要闻 >\n\n白江石材协会召开会员代表大会\n\n${LEAD}`).outlet).toBe('白江财经');
    expect(factsOf(`首页 > 要闻 > 正文\n\n白江石材协会召开会员代表大会\n\n${LEAD}`).outlet).toBeUndefined();
    // A portal's home page by its name; a mirror's advertising in the crumb's place names no site.
    expect(factsOf(`白江网首页 > 新闻 > 正文\n\n白江石材协会召开会员代表大会\n\n${LEAD}`).outlet).toBe('白江网');
    expect(
      factsOf(`当前位置: 白江在线登陆入口>协会动态>正文\n\n白江石材协会召开会员代表大会\n\n${LEAD}`).outlet,
    ).toBeUndefined();
  });

  it("reads a greeting that names the body's site, or names the site first", () => {
    expect(
      factsOf(
        `您好!欢迎进入白江省建材行业协会官网!\n白江石材协会召开会员代表大会\n作者：秘书处 | 来源： | 更新时间：2024-03-05\n\n${LEAD}`,
      ).outlet,
    ).toBe('白江省建材行业协会');
    expect(factsOf(`青山在线欢迎您!\n\n白江石材协会召开会员代表大会\n发布日期:2019-07-10\n\n${LEAD}`).outlet).toBe(
      '青山在线',
    );
  });

  it("reads the site's name beside its address, and a page title of headline and site", () => {
    expect(
      factsOf(
        `白江计量网 http://www.example.com.cn/\n白江计量网——计量行业门户网站\n\n白江石材协会召开会员代表大会\n\n${LEAD}`,
      ).outlet,
    ).toBe('白江计量网');
    expect(
      factsOf(`白江治湿疹好医院 https://m.example.net/x.html\n\n白江石材协会召开会员代表大会\n\n${LEAD}`).outlet,
    ).toBeUndefined();
    expect(factsOf(`大宗商品涨跌榜-白江社\n\n白江石材协会召开会员代表大会\n\n${LEAD}`).outlet).toBe('白江社');
  });

  it('reads the site a disclaimer names, and a 来源 among the page buttons under the headline', () => {
    expect(factsOf(`白江石材协会召开会员代表大会\n\n${LEAD}\n\n本文仅代表作者观点，不代表青山网立场。`).outlet).toBe(
      '青山网',
    );
    expect(
      factsOf(
        `白江石材协会召开会员代表大会\n\n放大字体  缩小字体   来源:白江艺术网专稿  作者:张青  版权声明,必须查看=>点击进入\n\n${LEAD}`,
      ).outlet,
    ).toBe('白江艺术网');
  });

  it('reads the body that signs the article or is its author, not an office', () => {
    expect(factsOf(`白江石材协会召开会员代表大会\n\n${LEAD}\n会议取得圆满成功。\n（白江省供水协会）`).outlet).toBe(
      '白江省供水协会',
    );
    expect(
      factsOf(`白江石材协会召开会员代表大会\n\n${LEAD}\n会议取得圆满成功。\n（青山县白石镇关工委 王明远）`).outlet,
    ).toBe('青山县白石镇关工委');
    expect(
      factsOf(`白江石材协会召开会员代表大会\n\n作者:白江省工程咨询协会发布时间:2022-05-08阅读:97\n\n${LEAD}`).outlet,
    ).toBe('白江省工程咨询协会');
    expect(
      factsOf(`白江石材协会召开会员代表大会\n\n作者:秘书处 发布时间:2023-09-18\n\n${LEAD}`).outlet,
    ).toBeUndefined();
    expect(
      factsOf(`白江石材协会召开会员代表大会\n发布时间:2020-06-19 18:17发布人:白江市老年大学\n\n${LEAD}`).outlet,
    ).toBe('白江市老年大学');
  });

  it("reads a portal's regional site after the time stamp, and a site named in Latin letters (not a date code)", () => {
    expect(factsOf(`白江石材协会召开会员代表大会\n\n2018-09-19 09:36:40 新浪白江\n\n${LEAD}`).outlet).toBe('新浪白江');
    expect(factsOf(`白江石材协会召开会员代表大会\n2015-04-27 22:06 来源:cpp114 文/江青\n\n${LEAD}`).outlet).toBe(
      'cpp114',
    );
    expect(factsOf(`白江石材协会召开会员代表大会\n2015-04-27 22:06 来源:sp20241124\n\n${LEAD}`).outlet).toBeUndefined();
    expect(factsOf(`白江石材协会召开会员代表大会\n2015-04-27 22:06 来源:bjia\n\n${LEAD}`).outlet).toBeUndefined();
    expect(factsOf(`白江石材协会召开会员代表大会\n\n${LEAD}\n来源:综合白江日报、@青山网`).outlet).toBeUndefined();
  });

  it("reads a site's name in brackets opening the article, and the paper a photo's caption ends in", () => {
    expect(factsOf(`白江石材协会召开会员代表大会\n\n【青山网】${LEAD}`).outlet).toBe('青山网');
    expect(
      factsOf(`白江石材协会召开会员代表大会\n新会长李青山（左）与局长王明远 白江时报 记者张青/摄\n${LEAD}`).outlet,
    ).toBe('白江时报');
  });
});

describe('round 52: events and dates', () => {
  it('takes matches and shows a body holds for events', () => {
    expect(eventTitle(['1月31日，白江桥牌协会2025年年会暨2026年迎春赛在活动基地举行。'])).toBe(
      '白江桥牌协会2025年年会暨2026年迎春赛',
    );
    expect(eventTitle(['5月2日，白江市花艺协会会员联展在市文化馆开幕。'])).toBe('白江市花艺协会会员联展');
  });

  it('reads a course that closes (结业), a show that ran from one day to another, and 高等 as no list mark', () => {
    expect(
      eventTitle([
        '8月2日至4日，由白江省老年大学协会和省教育厅共同主办的全省高等院校老年大学骨干研修培训班在青山市圆满结业。',
      ]),
    ).toBe('全省高等院校老年大学骨干研修培训班');
    expect(eventTitle(['白江市插花协会会员作品联展于12日起到15日止，在市图书馆大厅登场，吸引不少市民。'])).toBe(
      '白江市插花协会会员作品联展',
    );
  });

  it("gives a committee's founding, or a festival gathering held one way or another, the body that held it", () => {
    expect(eventTitle(['2019年5月6日，白江省书画协会在协会会所举行青年工作委员会成立暨第一次全体委员会议。'])).toBe(
      '白江省书画协会青年工作委员会成立暨第一次全体委员会议',
    );
    expect(eventTitle(['10月20日，白江县老年协会举办一场热闹的重阳联欢暨第五次会员大会，理事长许青慧主持。'])).toBe(
      '白江县老年协会重阳联欢暨第五次会员大会',
    );
  });

  it('reads a day whose 年 and 月 were lost, as eight digits', () => {
    const got = factsOf(
      '白江花境论坛成功举办\n\n为提升建设水平，20181125日白江园林学会第二届花境发展高峰论坛暨第十三季花境实训营在白江职业学院成功举办。',
    );
    expect(got.title).toBe('白江园林学会第二届花境发展高峰论坛暨第十三季花境实训营');
    expect(got.startDate).toBe('2018-11-25');
  });

  it('reads a run of days written with a dash', () => {
    const got = factsOf(
      '白江学会年会召开\n\n2020年白江园林学会工程分会年会于11月20-22日在白江市召开，会长李青山致辞。',
    );
    expect(got.title).toBe('2020年白江园林学会工程分会年会');
    expect(got.startDate).toBe('2020-11-20');
    expect(got.endDate).toBe('2020-11-22');
  });

  it('takes the year of a day the headline writes, and a blog page’s 创建于 line for its date', () => {
    const dated = factsOf('白江集邮协会换届大会(2021.4.16)\n\n4月16日，白江集邮协会第九次会员代表大会在白江召开。');
    expect(dated.startDate).toBe('2021-04-16');
    const blog = factsOf(
      '白江收藏家协会年会侧记\n\n王青\n创建于2023-02-19\n阅读 453\n\n2月19日，白江县收藏家协会2022年度年会在白石镇召开，会长李青山作工作报告。',
    );
    expect(blog.published).toBe('2023-02-19');
    expect(blog.startDate).toBe('2023-02-19');
  });
});

describe('round 52: organizers and people', () => {
  it("strips a page's time stamp run into a body's name, and splits bodies joined by 与 after a short name", () => {
    expect(splitOrganizations('15:47:14白江县老年人体育协会')).toEqual(['白江县老年人体育协会']);
    expect(splitOrganizations('白江市科协与白江市农牧局')).toEqual(['白江市科协', '白江市农牧局']);
  });

  it('reads 总 before 工程师 or 经理 as the title’s, and 产生 as no name', () => {
    expect(people('林白钦巡视员、粟青娟总工程师、李娟总经理分别进行了致辞和讲话。').map((p) => [p[0], p[1]])).toEqual([
      ['林白钦', '巡视员'],
      ['粟青娟', '总工程师'],
      ['李娟', '总经理'],
    ]);
    expect(people('第二届联席会议轮值主席产生后，两届联席会议举行了交接仪式。')).toEqual([]);
  });

  it('ends a name before 正在', () => {
    expect(people('八届理事会常务副会长王明远正在投票。').map((p) => p[0])).toEqual(['王明远']);
    expect(people('八届理事会副会长李青正在投票。').map((p) => p[0])).toEqual(['李青']);
  });

  it('reads a school or a paper before a name and its post, as a list item', () => {
    // (Those the list says were there attended: round 156.)
    expect(
      people(
        '仪式嘉宾云集，有白江航空局何青萍副局长、青山商工陈白辉校长、白石高中李建佑校长、白江时报宋青忠副总编辑等。',
      ),
    ).toEqual([
      ['何青萍', '白江航空局副局长', '出席'],
      ['陈白辉', '青山商工校长', '出席'],
      ['李建佑', '白石高中校长', '出席'],
      ['宋青忠', '白江时报副总编辑', '出席'],
    ]);
  });
});
