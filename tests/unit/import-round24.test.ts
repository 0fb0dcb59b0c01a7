/**
 * Round 24 of the importer (development sets AI to BL, after the blind runs of BI to BL): each rule on text written
 * for the test, in the shapes the reports use (no sentence of any real report is copied here).
 */
import { describe, expect, it } from 'vitest';
import { readEvent } from '../../src/lib/import/facts/event.ts';
import { personId, personPinyin } from '../../src/lib/import/ids.ts';
import { sentences } from '../../src/lib/import/text.ts';
import { people } from '../support/import.ts';

const title = (lines: string[], headline?: string) => readEvent(sentences(lines), headline)?.title;

describe('round 24: people named before their title in a list', () => {
  it('reads a list item that is only a name and a title, sharing the organization of the item before it', () => {
    expect(people('白江办事处王明远处长、张青山副处长、李白江组长出席。')).toEqual([
      ['王明远', '白江办事处处长', '出席'],
      ['张青山', '白江办事处副处长', '出席'],
      ['李白江', '白江办事处组长', '出席'],
    ]);
    // The first item alone, with no organization: the title as written.
    expect(people('赵青山副总领事、领事部钱白江主任出席了成立仪式。')).toEqual([
      ['赵青山', '副总领事', '出席'],
      ['钱白江', '领事部主任', '出席'],
    ]);
  });

  it('leaves out a word that says what someone is, and a body’s short name, and keeps them out of the next position', () => {
    expect(people('各地院校的高校代表、青川区民政局局长王明远出席。')).toEqual([
      ['王明远', '青川区民政局局长', '出席'],
    ]);
    expect(people('由周青山博士、名誉会长王明远共同发表。').map((p) => p.slice(0, 2))).toEqual([
      ['王明远', '名誉会长'],
    ]);
  });

  it('reads `<organization><name><title>` whose organization is a university department (…系)', () => {
    expect(people('青川大学社会学系王明远书记出席座谈会。')).toEqual([['王明远', '青川大学社会学系书记', '出席']]);
    // A word ending in 系 that is no department is no organization.
    expect(people('双方关系王明远书记出席。').map((p) => p[1])).not.toContain('双方关系书记');
  });

  it('takes a diplomatic rank after the name as a second post, and a name after 和 with its title before 应邀', () => {
    expect(people('中国驻白江使馆临时代办王明远公使、领事部主任张青山公参出席。')).toEqual([
      ['王明远', '中国驻白江使馆临时代办、公使', '出席'],
      ['张青山', '领事部主任、公参', '出席'],
    ]);
    expect(people('中国驻白江总领馆王明远领事和张青山领事应邀专程前来祝贺。')).toEqual([
      ['王明远', '中国驻白江总领馆领事', '出席'],
      ['张青山', '领事', '出席'],
    ]);
  });

  it('reads `<name>任<post>` clauses without a verb of election in the sentence, and nothing else that way', () => {
    expect(people('王明远任执行主席，张青山任第一副主席，李白江任秘书长。')).toEqual([
      ['王明远', '执行主席', '其他'],
      ['张青山', '第一副主席', '其他'],
      ['李白江', '秘书长', '其他'],
    ]);
    expect(people('王明远任会长期间，协会发展很快。')).toEqual([]);
  });

  it('ends a name before 交由 and 交接, and keeps 党派 in a position', () => {
    expect(people('由原任理事长王明远交由新任理事长张青山。').map((p) => p.slice(0, 2))).toContainEqual([
      '王明远',
      '原任理事长',
    ]);
    expect(people('中共青川区委统战部党派处处长王明远出席。')).toEqual([
      ['王明远', '中共青川区委统战部党派处处长', '出席'],
    ]);
  });
});

describe('round 24: the body before a name that does not say whose it is', () => {
  it('puts the subject of the sentence before a name with no body in it, across the commas of its day and venue', () => {
    expect(title(['白江青禾商会于16日晚在青川酒家举办年末尾牙餐会，会员百余人出席。'])).toBe(
      '白江青禾商会年末尾牙餐会',
    );
    expect(title(['白江大学青川校友会于2月22日，在青川大饭店举办第八届理事长暨理监事交接典礼。'])).toBe(
      '白江大学青川校友会第八届理事长暨理监事交接典礼',
    );
    expect(
      title(['旅菲白江同乡会于2025年3月6日晚，假青川大酒楼隆重庆祝创会六十周年，并举办第21届理监事就职典礼。']),
    ).toBe('旅菲白江同乡会第21届理监事就职典礼');
    expect(title(['3月9日，白江中华总商会隆重举行2005年度会员大会。'])).toBe('白江中华总商会2005年度会员大会');
  });

  it('leaves a name that has its own place or body, and a body after a verb of attending', () => {
    expect(title(['3月1日，白江市民政局召开全市社会组织工作会议。'])).toBe('全市社会组织工作会议');
    expect(title(['3月1日，白江青禾商会举办青川区第三届慈善论坛。'])).toBe('青川区第三届慈善论坛');
    expect(title(['3月1日，会员们参加白江青禾促进会，并举行首次公益活动。'])).toBe('首次公益活动');
  });

  it('drops 我校 before a name, as 我市', () => {
    expect(title(['10月26日，我校白江校友会青川分会成立大会在青川举行。'])).toBe('白江校友会青川分会成立大会');
  });
});

describe('round 24b: rosters, posts taken, and what ends a name', () => {
  it('gives each name of a roster after a post and a colon that post', () => {
    expect(people('副主席：王明远、张青山、李白江各捐款一万元。')).toEqual([
      ['王明远', '副主席', '其他'],
      ['张青山', '副主席', '其他'],
      ['李白江', '副主席', '其他'],
    ]);
    // Not a roster: the items are not names.
    expect(people('主要内容：章程修改、会费标准、换届安排。')).toEqual([]);
  });

  it('reads `<post>由<name>担任` as the post that person took', () => {
    expect(people('新任会长由王明远担任。').map((p) => p.slice(0, 2))).toEqual([['王明远', '会长']]);
  });

  it('leaves out where someone stands in a photo before a conjunction, so the second person is read too', () => {
    expect(
      people('白江慈善总会会长王明远(左)和青川区管委会主任张青山(右)为分会揭牌。').map((p) => p.slice(0, 2)),
    ).toEqual([
      ['王明远', '白江慈善总会会长'],
      ['张青山', '青川区管委会主任'],
    ]);
  });

  it('ends a name before what people do at such events (助, 捐, 提醒, 领誓, 的组织下) and reads 武官, 执委', () => {
    expect(people('副主席王明远助福利金2万元。').map((p) => p.slice(0, 2))).toEqual([['王明远', '副主席']]);
    expect(people('会长张青山提醒全体理事注意会务。').map((p) => p.slice(0, 2))).toEqual([['张青山', '会长']]);
    expect(people('在负责人李白江的组织下，志愿者开展活动。').map((p) => p.slice(0, 2))).toEqual([
      ['李白江', '负责人'],
    ]);
    expect(people('使馆武官赵青山、常务执委钱白江出席会议。').map((p) => p.slice(0, 2))).toEqual([
      ['赵青山', '使馆武官'],
      ['钱白江', '常务执委'],
    ]);
  });

  it('drops 有 before a post, and takes no position with an event’s name in it', () => {
    expect(people('其中有常务执委王明远捐款十万元。').map((p) => p.slice(0, 2))).toEqual([['王明远', '常务执委']]);
    expect(people('他说，就职典礼得到行政长官张青山主礼并致辞。').map((p) => p[1])).not.toContain(
      '就职典礼得到行政长官',
    );
  });
});

describe('round 24c: more surnames, names in Latin letters, 专员 and 科员', () => {
  it('reads common surnames the list lacked (麦, 甘, 戈), and rarer ones only right after a full position', () => {
    expect(people('陈青山、麦白江当选为副会长。').map((p) => p.slice(0, 2))).toEqual([
      ['陈青山', '副会长'],
      ['麦白江', '副会长'],
    ]);
    expect(people('白江天森投资有限公司总经理昌又新当选为会长。').map((p) => p[0])).toContain('昌又新');
    // 区 after a title starts a body (区委, 区台办), never a name.
    expect(people('上海市台协副会长区台办主任出席。').map((p) => p[0])).not.toContain('区台办');
  });

  it('reads a name in Latin letters after a position, with or without a space or an English honorific', () => {
    expect(people('屋仑第一区市议员 Dan Kalb、第三区市议员 Carroll Fife出席。')).toEqual([
      ['Dan Kalb', '屋仑第一区市议员', '出席'],
      ['Carroll Fife', '第三区市议员', '出席'],
    ]);
    expect(people('第四区市议员 Ms.Jane Doe出席。')).toEqual([['Jane Doe', '第四区市议员', '出席']]);
    expect(people('副会长卢青山、秘书长Tina出席。').map((p) => p.slice(0, 2))).toEqual([
      ['卢青山', '副会长'],
      ['Tina', '秘书长'],
    ]);
    // An acronym is no name.
    expect(people('中国侨联主席CEO出席。')).toEqual([]);
  });

  it('gives a person named in Latin letters an id and a reading of those letters', () => {
    expect(personId('Dan Kalb')).toBe('dan-kalb');
    expect(personPinyin('Dan Kalb')).toBe('Dan Kalb');
    // Runs of spaces, dots and dashes are one separator; none is left at either end.
    expect(personId('Dan  Kalb-')).toBe('dan-kalb');
    expect(personPinyin('Gordon J.Bradbery')).toBe('Gordon J Bradbery');
    expect(personPinyin('Dan  Kalb')).toBe('Dan Kalb');
    expect(personId('王明远')).toBe('wang-mingyuan');
  });

  it('reads 专员 and 科员 as titles', () => {
    expect(people('北区民政事务助理专员许青山、县委统战部一级主任科员王白江出席。')).toEqual([
      ['许青山', '北区民政事务助理专员', '出席'],
      ['王白江', '县委统战部一级主任科员', '出席'],
    ]);
  });
});

describe('round 24d (after the runs of BM to BP)', () => {
  it('does not end an elected post at a title inside the board’s name (理事 of 理事会)', () => {
    expect(people('王明远、张青山、李白江当选为白江蚕学会第十届理事会副理事长。').map((p) => p[1])).toEqual([
      '白江蚕学会第十届理事会副理事长',
      '白江蚕学会第十届理事会副理事长',
      '白江蚕学会第十届理事会副理事长',
    ]);
  });
});

describe('round 25 (tuned on AI to BP after the runs of BM to BP): event names', () => {
  it('reads 假 for 在 before a venue after a name, and a bracketed day with its time of day after a name', () => {
    expect(title(['11月11日晚，白江青禾同乡会第七届理监事就职典礼假九龙某展贸中心举行。'])).toBe(
      '白江青禾同乡会第七届理监事就职典礼',
    );
    expect(title(['白江青禾联合会第一届第一次会员大会今天(10月13日)上午召开。'])).toBe(
      '白江青禾联合会第一届第一次会员大会',
    );
    expect(title(['2019白江医师年会暨青川高峰论坛于9月20日-22日在青川举行。'])).toBe('2019白江医师年会暨青川高峰论坛');
  });

  it('takes 周年庆 as a head word, and 办理 as a verb of holding', () => {
    expect(title(['白江青禾同乡会近日举行30周年庆。'])).toBe('白江青禾同乡会30周年庆');
    expect(title(['白江青禾基金会11月22日在虎尾镇办理青川乡亲联谊大会。'])).toBe('青川乡亲联谊大会');
  });

  it('puts the station or centre before its own plaque’s ceremony, and the body before a verb alone after a comma', () => {
    expect(title(['2022年10月31日上午，白江镇青禾社工点正式举行挂牌仪式。'])).toBe('白江镇青禾社工点挂牌仪式');
    expect(title(['白江台商联合总会于6月12日在青川市，盛大召开第5届第三次理事会议暨会员代表大会。'])).toBe(
      '白江台商联合总会第5届第三次理事会议暨会员代表大会',
    );
    // A plaque's ceremony after a body that is no station, centre or body of members keeps its name.
    expect(title(['3月1日，白江市民政局举行挂牌仪式。'])).toBe('挂牌仪式');
  });
});

describe('round 25b: a founding, the last resort before refusing a report', () => {
  it('names the event after a body founded on a day when the report names no event', () => {
    expect(title(['11月28日上午，白江区青禾街社会组织孵化园成立，成为全省首个街道孵化基地。'])).toBe(
      '白江区青禾街社会组织孵化园成立',
    );
    // Not when an event is named.
    expect(title(['11月28日上午，白江青禾协会成立，同日召开第一次会员大会。'])).not.toBe('白江青禾协会成立');
    // Nor from a sentence that is no founding on a day.
    expect(title(['该中心成立以来，服务居民上万人次。'])).toBeUndefined();
  });
});

describe('round 25c', () => {
  it('drops how the writer describes an event in front of its name (为期两天的, 隆重的)', () => {
    expect(title(['9月1日，为期两天的第七届世界白江同侨联谊大会在青川开幕。'])).toBe('第七届世界白江同侨联谊大会');
  });
});

describe('round 26 (tuned on AI to BX after the runs of BU to BX): event names', () => {
  it('drops a Taiwanese reporter’s tag (…报导】) and credit in brackets before the convener', () => {
    expect(title(['【某报/记者王明远/白江报导】白江县庆祝志工日表扬活动12月5日在青川举行。'])).toBe(
      '白江县庆祝志工日表扬活动',
    );
    expect(
      title([
        '（某报记者张青山白江报导）拥有30年历史的白江市青川同乡会，于10日在白江宾馆扩大举办30周年纪念会暨第5届第2次会员大会。',
      ]),
    ).toBe('白江市青川同乡会30周年纪念会暨第5届第2次会员大会');
  });

  it('puts the body before its national members’ meeting', () => {
    expect(title(['（白江19日讯）白江青禾联合总会在青川举行全国会员大会，选出新届理事。'])).toBe(
      '白江青禾联合总会全国会员大会',
    );
  });
});
