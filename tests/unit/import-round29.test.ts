/**
 * Round 29 of the importer (from the misses of sets AI to CL pooled, organizers first): each rule on text written for
 * the test, in the shapes the reports use (no sentence of any real report is copied here).
 */
import { describe, expect, it } from 'vitest';
import { readEvent, withoutOpening } from '../../src/lib/import/facts/event.ts';
import {
  isOrganization,
  readConvener,
  readOrganizers,
  splitOrganizations,
} from '../../src/lib/import/facts/organizers.ts';
import { extractFacts } from '../../src/lib/import/extract.ts';
import { sentences } from '../../src/lib/import/text.ts';
import { report } from '../support/import.ts';

const title = (lines: string[]) => readEvent(sentences(lines))?.title;
const organizers = (lines: string[]) => extractFacts(report(lines)).organizers;

describe('round 29: who convened the event', () => {
  it('leaves out when it met: 今早, 昨晚, a day with its hour', () => {
    expect(readConvener('白江青禾同乡会今早在白江会所举行新会所揭牌仪式', '新会所揭牌仪式')).toBe('白江青禾同乡会');
    expect(readConvener('白江青禾宗亲会昨晚在白江酒店举办中秋联欢晚会', '中秋联欢晚会')).toBe('白江青禾宗亲会');
    expect(readConvener('白江青禾商会15日在会所礼堂举行第9届执委会就职典礼', '第9届执委会就职典礼')).toBe(
      '白江青禾商会',
    );
  });

  it('reads a venue given with 假座', () => {
    expect(readConvener('白江青禾同乡会假座白江大酒楼举行庆祝成立十周年晚会', '庆祝成立十周年晚会')).toBe(
      '白江青禾同乡会',
    );
  });

  it('drops a dateline or a reporter credit that lost its opening bracket', () => {
    expect(withoutOpening('白江新闻网2020年03月09日讯】青禾商会近日举行年会')).toBe('青禾商会近日举行年会');
    expect(withoutOpening('讯】（某报记者王明远白江报导）青禾商会举行年会')).toBe('青禾商会举行年会');
    expect(readConvener('【白江新闻网2020年03月09日讯】青禾商会近日举行年终餐会', '年终餐会')).toBe('青禾商会');
    expect(withoutOpening('电 （记者 王明远） 青禾商会举行年会')).toBe('青禾商会举行年会');
  });

  it('gives organizers from such a convener, and none from a new building', () => {
    expect(organizers(['白江青禾宗亲会昨晚在白江酒店举办敬老联欢晚会。会长王明远致辞。'])).toEqual(['白江青禾宗亲会']);
    expect(isOrganization('青禾红十字会新总部')).toBe(false);
    expect(organizers(['青禾红十字会新总部今日举行开幕典礼，会长王明远致辞。'])).toEqual([]);
  });
});

describe('round 29: stated organizers', () => {
  it('leaves out the short name a report gives in brackets', () => {
    expect(splitOrganizations('白江市社会组织联合会（以下简称白江社联）')).toEqual(['白江市社会组织联合会']);
    expect(splitOrganizations('白江省归国华侨联合会（白江侨联）')).toEqual(['白江省归国华侨联合会']);
    // Another name in brackets, not made of the name's own characters, stays.
    expect(splitOrganizations('白江市慈善总会（白江市慈善联合会）')).toEqual(['白江市慈善总会（白江市慈善联合会）']);
  });

  it('reads a university department (系) as an organization, not 关系 or 体系', () => {
    expect(isOrganization('白江大学社会学系')).toBe(true);
    expect(isOrganization('白江服务体系')).toBe(false);
    expect(isOrganization('白江合作关系')).toBe(false);
  });

  it('takes the organizers of a series as those of its launch ceremony', () => {
    const lines = [
      '5月2日，2024年“白江乐龄节”系列活动启动仪式在白江剧院举行。',
      '“白江乐龄节”系列活动在白江市老龄办的指导下，由白江市老年文化协会主办，青禾文化公司承办。',
    ];
    const orgs = readOrganizers(
      sentences(lines),
      { sentence: lines[0]!, title: '2024年“白江乐龄节”系列活动启动仪式' },
      [],
    );
    expect(orgs.organizers).toEqual(['白江市老年文化协会']);
    expect(orgs.hosts).toEqual(['青禾文化公司']);
  });
});

describe('round 29: a body’s own handover', () => {
  it('names the handover after a body whose name ends in 会, its day in Chinese numerals', () => {
    expect(title(['白江国际交流协会青禾市会二十三日晚间举办新卸任会长交接典礼，新任会长王明远致辞。'])).toBe(
      '白江国际交流协会青禾市会新卸任会长交接典礼',
    );
  });

  it('makes a body that holds its own handover its organizer (since round 257)', () => {
    expect(organizers(['白江国际交流协会青禾市会举办新卸任会长交接典礼，新任会长王明远致辞。'])).toEqual([
      '白江国际交流协会青禾市会',
    ]);
  });
});

describe('round 29: event names', () => {
  it('puts the body before a new premises’ ceremony', () => {
    expect(title(['白江青禾同乡会今早在白江路举行新会所揭牌仪式，会长王明远致辞。'])).toBe(
      '白江青禾同乡会新会所揭牌仪式',
    );
  });

  it('reads the convener when its day and hour are cut from the venue by a comma', () => {
    expect(
      title(['据某报报道，白江青禾联谊会于3月2日晚上7时，在白江酒家举行第六届理监事就职典礼。会长王明远致辞。']),
    ).toBe('白江青禾联谊会第六届理监事就职典礼');
  });

  it('reads the event a person spoke or was interviewed at, after the person’s name', () => {
    expect(title(['副会长王明远在白江青禾总会成立五周年纪念晚宴上受访时说，总会将出版一本书。'])).toBe(
      '白江青禾总会成立五周年纪念晚宴',
    );
  });
});

describe('round 29b: organizers said in other shapes', () => {
  it('reads a name in 「」 as Traditional pages quote it', () => {
    expect(title(['「白江律师制度研讨会」于二十日在白江市政大楼登场，理事长王明远致辞。'])).toBe('白江律师制度研讨会');
  });

  it('names the bodies counted and then listed one by one', () => {
    const s =
      '本次活动由白江地区的三所大学校友会联合主办，分别是甲大学白江校友会、乙大学白江校友会和丙大学白江校友会。';
    expect(readOrganizers([s], { sentence: s, title: '白江校友联合野餐会' }, []).organizers).toEqual([
      '甲大学白江校友会',
      '乙大学白江校友会',
      '丙大学白江校友会',
    ]);
  });

  it('reads conveners before a quoted theme, after a clause about the day, or before a venue set off by commas', () => {
    expect(
      readConvener('甲市残联、甲市某区政府在区影剧院联合举办“爱心同行，共享阳光”——某区慈善义演', '某区慈善义演'),
    ).toBe('甲市残联、甲市某区政府');
    expect(
      readConvener(
        '12月5日是“国际志愿者日”，当日市文明办、团市委在市文化馆联合举行“青春同行”白江志愿服务大赛',
        '白江志愿服务大赛',
      ),
    ).toBe('市文明办、团市委');
    expect(
      readConvener(
        '2月5日晚，白江企业联合会、白江电视台，在白江大剧院，举办白江年度人物颁奖盛典',
        '白江年度人物颁奖盛典',
      ),
    ).toBe('白江企业联合会、白江电视台');
  });

  it('leaves out where a body held what people attended, and takes no venue or trip for a body', () => {
    expect(
      organizers(['5月2日，王明远总领事出席白江中华协会在白江会展中心举办的庆祝建交50周年文化晚会并致辞。']),
    ).toEqual(['白江中华协会']);
    expect(isOrganization('在白江广电大剧院')).toBe(false);
    expect(isOrganization('白江镇商会赴青禾与青禾商会')).toBe(false);
    expect(isOrganization('白江地区的三所大学校友会')).toBe(false);
  });
});

describe('round 29c: signings and dispatch credits', () => {
  it('names a signing after both its parties, the visitor too', () => {
    expect(title(['8月2日，白江县工商联（商会）与青禾市白江商会举行缔结友好商会签约仪式。县长王明远出席。'])).toBe(
      '白江县工商联（商会）与青禾市白江商会缔结友好商会签约仪式',
    );
    expect(title(['5月7日，白江区工商联与来访的青禾市高新区（滨河）工商联举行签约仪式。区长王明远出席。'])).toBe(
      '白江区工商联与青禾市高新区（滨河）工商联签约仪式',
    );
  });

  it('reads no event from a bare kind spoken at after a person’s name', () => {
    expect(title(['白江商会会长王明远在签署仪式上讲话时说，合作会更多。'])).toBeUndefined();
  });

  it('drops the reporter’s name in brackets after a dispatch', () => {
    expect(withoutOpening('电 (王明远)白江商会1日在会展中心举行年会')).toBe('白江商会1日在会展中心举行年会');
  });
});

describe('round 29d: a commendation that lists its honours', () => {
  it('reads a name whose commendation part lists kinds of honours with 、 (it was refused before)', () => {
    expect(title(['18日，白江市社会组织能力建设培训班暨全市优秀社会组织、先进个人评选表彰活动在青禾县举行。'])).toBe(
      '白江市社会组织能力建设培训班暨全市优秀社会组织、先进个人评选表彰活动',
    );
  });

  it('still reads no name from a list of events', () => {
    expect(title(['18日，白江市举行培训班、表彰活动。'])).toBeUndefined();
  });
});
