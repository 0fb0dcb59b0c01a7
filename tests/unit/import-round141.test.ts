/**
 * Round 141 of the importer (stop 59), from the organizers that the blind pools of stops 53 to 58 state with 主办 and
 * the importer dropped: a sentence that names the event in a short form (`本次竞赛`, `此次石展`, `第三届家博会`,
 * `启动仪式`), or after 主办的 (`…协办的本届厨师节开幕式`), or after how long it lasted and who backed it, speaks of it;
 * a paragraph with a button's words inside a sentence (`注册会员82人`) or 授权 in an article is no page furniture; a
 * closing quote after a full stop ends its sentence, not the next; `类似的比赛` names no event; an outlet in
 * `某网某地报道：`, in `【某新闻记者：…报导】`, after a lottery advert, and in `某报社版权所有`; a post in a committee named
 * with 学习, a nominee's post, a CEO. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { emptyArchive } from '../../src/lib/import/archive.ts';
import { readFacts } from '../../src/lib/import/index.ts';

const archive = emptyArchive();
const facts = (text: string, url = 'http://example.org/2019/1106/a.html') =>
  readFacts(new TextEncoder().encode(`${url}\n${text}\n`), archive).facts;

describe('round 141: who held an event the sentence names in other words', () => {
  it('reads 本次 or 此次 with a short form of the name, or the kind its name ends with', () => {
    expect(
      facts(
        '白江技能竞赛开幕\n10月19日上午，白江市第十二届职工职业技能竞赛开幕式在白江技工学校举行。本次竞赛由市人力资源和社会保障局、市总工会共同主办，白江技工学校承办。',
      ).organizers,
    ).toEqual(['市人力资源和社会保障局', '市总工会']);
    expect(
      facts(
        '白江石展开幕\n5月1日，2018白江“石圣杯”精品石展在白江开幕。此次石展由白江观赏石协会、白江旅游行业协会主办。',
      ).organizers,
    ).toEqual(['白江观赏石协会', '白江旅游行业协会']);
    expect(
      facts(
        '白江报告会举行\n4月9日，第七届“白江照明奖”获奖项目报告会在白江举行。此会议由白江照明学会主办、白江照明网承办。',
      ).organizers,
    ).toEqual(['白江照明学会']);
    expect(
      facts(
        '白江广场舞大赛启动\n7月16日，第六届白江杯全国广场舞大赛启动仪式在白江广场举行。据了解，启动仪式由白江体操运动管理中心、白江技巧协会主办。',
      ).organizers,
    ).toEqual(['白江体操运动管理中心', '白江技巧协会']);
  });

  it('reads the same edition with a short form, and what was held named after 主办的', () => {
    expect(
      facts(
        '白江家博会开幕\n11月8日，第三届白江家居博览会在白江国际会展中心开幕。由白江轻工业联合会和白江市政府联合主办的第三届家博会，以“绿色家居”为主题。',
      ).organizers,
    ).toEqual(['白江轻工业联合会', '白江市政府']);
    expect(
      facts(
        '白江豫剧节闭幕\n4月10日，第三届白江豫剧节闭幕式暨颁奖晚会在白江举行。第三届豫剧节是由白江省文化厅、白江市政府共同主办的豫剧艺术展演活动。',
      ).organizers,
    ).toEqual(['白江省文化厅', '白江市政府']);
    expect(
      facts(
        '白江厨师节开幕\n9月9日，第23届白江厨师节在白江开幕。各地代表参加了由白江烹饪协会、白江省人民政府主办，白江省商务厅协办的本届厨师节开幕式。',
      ).organizers,
    ).toEqual(['白江烹饪协会', '白江省人民政府']);
  });

  it('reads the series without the year before its edition, and a subject after how long it lasted and who backed it', () => {
    expect(
      facts(
        '白江漫画节开幕\n4月28日，2014第七届白江国际漫画节在白江开幕。由白江新闻出版局和白江省人民政府共同主办的白江国际漫画节，是重点支持的节展之一。',
      ).organizers,
    ).toEqual(['白江新闻出版局', '白江省人民政府']);
    expect(
      facts(
        '白江酒博会开幕\n9月9日，第四届白江世界酒文化博览会在白江开幕。本届酒博会以“举杯白江”为主题，为期3天，由白江市人民政府和白江酒业协会主办。',
      ).organizers,
    ).toEqual(['白江市人民政府', '白江酒业协会']);
    expect(
      facts(
        '白江香博会开幕\n12月9日，2017第八届白江国际沉香文化艺术博览会在白江开幕。本届香博会在白江市人民政府的大力支持下，由白江沉香协会主办。',
      ).organizers,
    ).toEqual(['白江沉香协会']);
  });
});

describe('round 141: a comma inside the list after 由', () => {
  it('reads every body after 由 when a comma parts them and each is a body', () => {
    expect(
      facts(
        '白江粽子节开幕\n6月1日，第十四届白江粽子文化节在白江开幕。此次活动由白江食品协会粽子行业委员会，白江县委、县人民政府主办，白江实业有限公司承办。',
      ).organizers,
    ).toEqual(['白江食品协会粽子行业委员会', '白江县委', '白江县人民政府']);
  });
});

describe('round 141: article text is no page furniture', () => {
  it('keeps a paragraph with a button’s words inside a sentence, 授权 of an article, and a contact phone said in passing', () => {
    const f = facts(
      '2017年12月23日下午，白江县铁人三项运动协会成立大会在白江举行。该协会现有注册会员82人，30多名爱好者见证了协会的成立。',
    );
    expect(f.title).toBe('白江县铁人三项运动协会成立大会');
    expect(
      facts(
        '白江漫画节开幕\n本届白江漫画节设置推介交易、品牌授权展等五大单元，由白江动漫协会主办的第七届白江国际漫画节4月28日开幕。',
      ).title,
    ).toBe('第七届白江国际漫画节');
    expect(
      facts(
        '白江爱心修车点发布\n3月1日，白江爱心修车点发布会在白江举行，屏幕上列出各修车点的地址、联系人和联系电话，方便骑手查找。',
      ).title,
    ).toBe('白江爱心修车点发布会');
    // (Page furniture stays furniture: a button between bars, a notice of 未经授权.)
    const chrome = readFacts(
      new TextEncoder().encode(
        'http://example.org/2019/1106/a.html\n白江大会召开\n登录 | 注册会员\n5月1日，第二届白江大会在白江召开。\n版权所有，未经白江新闻网书面授权不得使用。\n',
      ),
      archive,
    ).report.removed.map((r) => r.line);
    expect(chrome).toEqual(expect.arrayContaining(['登录 | 注册会员', '版权所有，未经白江新闻网书面授权不得使用。']));
  });
});

describe('round 141: events to come like it', () => {
  it('takes no name from 类似的比赛, so the day the report opens with still dates it', () => {
    const f = facts(
      '2021年1月1日，白江人齐聚白江，开启首届白江杯击剑公开邀请赛首战。\n白江击剑学院院长王明远上台讲话。学院负责人表示，每年都将举办类似的比赛。',
    );
    expect(f.titleHeldBack ?? '').not.toMatch(/类似/);
    expect(f.startDate).toBe('2021-01-01');
  });
});

describe('round 141: outlets', () => {
  it('reads 某网某地报道：, a bracketed credit with a colon after 记者, a dateline after a lottery advert, and 某报社版权所有', () => {
    expect(facts('白江大会召开\n白江商人网宁波报道：2010年5月22日，第二届白江商人大会在宁波召开。').outlet).toBe(
      '白江商人网',
    );
    expect(
      facts('白江锦标赛登场\n【白江新闻记者：王明远、李文华高雄报导】第三届白江鼓阵锦标赛今日在高雄登场。').outlet,
    ).toBe('白江新闻');
    expect(
      facts('白江锣鼓大赛举行\n极速3d开奖直播中新网太原3月11日电 3月10日，2024白江锣鼓大赛在太原举行。').outlet,
    ).toBe('中新网');
    expect(
      facts(
        '白江锣鼓大赛举行\n本报讯 2月19日上午，2024白江锣鼓大赛在白江广场举行。\n白江日报社版权所有 未经书面许可不得转载 电话：0917-3273252',
      ).outlet,
    ).toBe('白江日报');
  });
});

describe('round 141: people', () => {
  it('reads a post in a committee named with 学习, a nominee for a post, and a company’s CEO', () => {
    const people = facts(
      '白江大会召开\n第一届白江大会在白江召开。白江政协文史和学习委员会副主任王明远、白江市政协主席候选人李文华、白江能源公司CEO陈康平等出席开幕式。',
    ).people.map((p) => `${p.position}|${p.name}`);
    expect(people).toEqual([
      '白江政协文史和学习委员会副主任|王明远',
      '白江市政协主席候选人|李文华',
      '白江能源公司CEO|陈康平',
    ]);
    expect(
      facts('白江大会召开\n第一届白江大会在白江召开。市政协学习文史委主任张文华出席开幕式。').people.map(
        (p) => `${p.position}|${p.name}`,
      ),
    ).toEqual(['市政协学习文史委主任|张文华']);
  });
});

describe('round 141: sentences', () => {
  it('ends a quoted sentence at its closing quote, so the next reads from its own first word', () => {
    const f = facts(
      '白江论坛召开\n白江网上海5月12日电“我们都是白江人。”由白江商会主办、白江市安徽商会承办的2024全球白江商人论坛11日在白江国际会议中心召开。',
    );
    expect(f.title).toBe('2024全球白江商人论坛');
    expect(f.organizers).toEqual(['白江商会']);
  });
});
