/**
 * Round 148 of the importer (stop 61), from stop 61's first wave (LG to LN) after its honest run: an empty 来源 before the
 * next label, a person's name and a 供稿 credit are no outlet, and a site's greeting is no part of its name; a quoted day
 * keeps the 活动 held on it (`“某开放日”活动`), and a quoted name is not held back as too short; 组织 before an edition or
 * a quote holds an event; touring exhibitions, assessment and planning meetings and siren tests are events; a name in
 * title marks (`《某晚宴》，昨晚假某酒店举行`) is read without them, and when and where (`昨晚假某酒店`) is no name; bodies
 * in a clause of their own before the date (`甲联合乙、丙，8月14日在某地举行`) held the event; a quoted epithet before a
 * venue, two venues of one city and the city a report was filed from place it; the day of what came before (`继…后`), of
 * a document cited by number and of what will begin (`…日起将`) is not the event's, and a key sentence opening with 当天
 * is dated by the one before it; 随着 is no part of a post. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { people, reportFacts } from '../support/import.ts';

const facts = reportFacts;

const BODY = '2023年5月6日，第三届白江书画大赛在白江文化馆举行，共有三百人参加了比赛活动，场面非常热闹。';

describe('round 148', () => {
  it('reads no outlet from an empty 来源, a person or a 供稿 credit', () => {
    expect(facts(`白江书画大赛举行\n来源： 添加时间：2023-05-06\n${BODY}`).outlet).toBeUndefined();
    expect(facts(`白江书画大赛举行\n来源： 信息时间：2023-05-06 阅读次数：\n${BODY}`).outlet).toBeUndefined();
    expect(facts(`白江书画大赛举行\n2023年05月06日\n来源:张婧睿\n${BODY}`).outlet).toBeUndefined();
    expect(facts(`白江书画大赛举行\n供稿：白江文化中心 编辑：李四\n${BODY}`).outlet).toBeUndefined();
    // (A site whose name opens with a surname is still one.)
    expect(facts(`白江书画大赛举行\n来源：金羊网\n${BODY}`).outlet).toBe('金羊网');
  });

  it('leaves a site’s greeting out of its name', () => {
    expect(facts(`欢迎来到白江文化科技有限公司官网\n白江书画大赛举行\n时间:2023-05-06 来源:网络\n${BODY}`).outlet).toBe(
      '白江文化科技有限公司',
    );
  });

  it('keeps the 活动 held on a quoted day, and does not hold back a short quoted name', () => {
    expect(facts('白江法院开放\n2017年8月31日，白江县人民法院举办了“法院开放日”活动，邀请群众走进法院。').title).toBe(
      '“法院开放日”活动',
    );
  });

  it('reads an event held by 组织 before its edition, and new kinds of events', () => {
    expect(facts('白江试鸣\n8月15日上午，白江市成功组织第二十三次防空警报试鸣活动。').title).toBe(
      '第二十三次防空警报试鸣活动',
    );
    expect(facts('白江试鸣\n2021年9月15日晚上，白江市举行全市防空警报试鸣。').title).toBe('全市防空警报试鸣');
    expect(facts('白江布置会\n2011年8月17日上午，白江区召开白江演练工作布置会，安排准备。').title).toBe(
      '白江演练工作布置会',
    );
    expect(facts('白江评价会\n2018年8月29日，白江省自然资源厅召开白江营商环境评价会，安排试评价。').title).toBe(
      '白江营商环境评价会',
    );
    expect(facts('白江巡展\n2017年12月7日上午，“白江福彩发行30周年暨文化巡展”在白江广场开幕，展期四天。').title).toBe(
      '白江福彩发行30周年暨文化巡展',
    );
  });

  it('reads a name in title marks without them, and no name from when and where', () => {
    const f = facts(
      '白江晚宴\n（本报白江6日讯）由白江河婆同乡会主办的《2025年白江乡亲中秋联欢晚宴》，昨晚假白江大酒店宴会厅举行，共设40席。',
    );
    expect(f.title).toBe('2025年白江乡亲中秋联欢晚宴');
    expect(f.organizers).toEqual(['白江河婆同乡会']);
  });

  it('reads what an official presided over, without what the report calls it', () => {
    const f = facts(
      '白江禁毒\n白江署长张三今日（6月23日）主持大型禁毒活动「2018白江抗毒」启动礼，揭开序幕。\n超过一千人出席今日在白江场馆举行的启动礼。\n活动由白江禁毒处和白江电台合办。',
      'http://example.org/2018/06/23/a.html',
    );
    expect(f.title).toBe('「2018白江抗毒」启动礼');
    expect(f.organizers).toEqual(['白江禁毒处', '白江电台']);
  });

  it('reads the bodies of a clause of their own before the date as the organizers', () => {
    expect(
      facts(
        '白江生态日\n为营造浓厚氛围，白江省生态文明建设促进会联合中共白江县委、白江县人民政府，8月14—15日在白江县举行以“建设生态文明”为主题的8.15生态日宣传教育活动。',
        'http://example.org/2023/08/a.html',
      ).organizers,
    ).toEqual(['白江省生态文明建设促进会', '中共白江县委', '白江县人民政府']);
  });

  it('places the event past a quoted epithet, at two venues of one city, and where it was filed from', () => {
    const city = (text: string) => facts(text).place?.city;
    expect(city('恳亲大会开幕\n11月7日晚，世界客属第32届恳亲大会在“世界围屋之都”江西省赣州市龙南市开幕。')).toBe(
      '龙南市',
    );
    expect(city('白江活动启动\n5月4日，2021年“白江缘”交流系列活动，在天津白江宫和滨海新区白江文化园同时启动。')).toBe(
      '天津市',
    );
    expect(city('检察开放日\n本报海口9月21日电 今天上午，白江省人民检察院举办“检察开放日”活动。')).toBe('海口市');
    // (Not a dispatch's city for an event held abroad, in another city, or by telephone.)
    expect(
      city('白江展开幕\n本报北京11月18日电 2025年白江医疗器械展17日在德国杜塞尔多夫白江展馆开幕。'),
    ).toBeUndefined();
    expect(
      city('白江轮滑节\n新华社石家庄5月1日电 1日晚，河北省秦皇岛市北戴河区公园里，第二十届白江轮滑节开幕。'),
    ).toBeUndefined();
    expect(city('白江会议\n本报北京5月12日电 白江部今天召开全国白江系统电视电话会议。')).toBeUndefined();
  });

  it('does not date the event by what came before, a cited document or what will begin', () => {
    expect(
      facts(
        '白江推介会\n2018-04-28 15:41:00\n白江网北京4月28日消息 继4月8日两地签了合作协议之后，今天（28日）上午的白江帮扶推介会在北京举办，两地又签下26个项目。',
      ).startDate,
    ).toBe('2018-04-28');
    expect(
      facts(
        '白江县政府于109年7月14日办理「109年白江防空演习」\n一、依据白江会报109年6月12日国动全防字第1090126563号「109年白江防空演习」训令办理。',
      ).startDate,
    ).toBe('2020-07-14');
    expect(
      facts(
        '白江法庭开张\n[2015.01.29]\n白江市第一巡回法庭举行开幕式，首任9名法官举行了宣誓仪式，2月1日起将开始受理和审理案件。',
      ).startDate,
    ).not.toBe('2015-02-01');
  });

  it('dates a key sentence that opens with 当天 by the sentence before it', () => {
    expect(
      facts(
        '白江法院开放\n新京报讯 昨日，市民同法官交流。当天正逢白江法治宣传日，白江市中级人民法院举办“公众开放日”活动，邀请网友参加。',
        'http://example.org/n/2012/1205/c1001-19793412.html',
      ).startDate,
    ).toBe('2012-12-04');
  });

  it('leaves 随着 out of the post', () => {
    expect(people('随着白江市副市长杨斌宣布演练开始，警报响起。').map(([name, post]) => [name, post])).toEqual([
      ['杨斌', '白江市副市长'],
    ]);
  });
});
