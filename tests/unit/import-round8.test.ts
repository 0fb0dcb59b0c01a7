/**
 * Round 8 of the importer (development set AB): each rule on sentences written for the test, in the shapes the
 * reports use (no sentence of any real report is copied here).
 */
import { describe, expect, it } from 'vitest';
import { report, people } from '../support/import.ts';
import { extractFacts } from '../../src/lib/import/extract.ts';
import { readDocuments } from '../../src/lib/import/facts/documents.ts';
import { readEvent } from '../../src/lib/import/facts/event.ts';
import { ownMeeting } from '../../src/lib/import/facts/organizers.ts';
import { readPeople } from '../../src/lib/import/facts/people.ts';
import { slugify } from '../../src/lib/import/ids.ts';

describe('round 8: roles', () => {
  it('gives a list under a group label the role of its own clause, not the next person’s', () => {
    expect(people('区领导周明远、林小雨、高文静出席仪式，区委常委、宣传部长陈立新主持仪式。')).toEqual([
      ['周明远', '', '出席'],
      ['林小雨', '', '出席'],
      ['高文静', '', '出席'],
      ['陈立新', '区委常委、宣传部长', '主持'],
    ]);
    // With nothing in its own clause, the rest of the sentence still gives the role.
    expect(people('区领导周明远、林小雨，在活动现场讲话。').map((p) => p[2])).toEqual(['讲话', '讲话']);
  });

  it('reads 参加签约仪式 as attending and 对…成功签约表示祝贺 as speaking, not as signing', () => {
    expect(people('青禾市慈善会会长周明远、市民政局副局长林小雨等参加签约仪式。').map((p) => p[2])).toEqual([
      '出席',
      '出席',
    ]);
    expect(people('市民政局局长高文静对此次成功签约表示祝贺。').map((p) => p[2])).toEqual(['讲话']);
    // Signing is still signing, and so is a ceremony the list holds with someone.
    expect(people('青禾市慈善会会长周明远与某公司总经理林小雨代表双方签署协议。').map((p) => p[2])).toEqual([
      '签约',
      '签约',
    ]);
    expect(people('市民政局局长高文静与承办单位陈立新秘书长进行三方签约仪式。').map((p) => p[2])).toContain('签约');
  });
});

describe('round 8: positions', () => {
  it('does not carry pieces before a comma into the position of someone read as <organization><name><title>', () => {
    const got = people(
      '青禾驻外办事处周明远参赞，青禾友好协会沈某某干事、邬某某干事，青禾商会联合总会林小雨会长等出席了大会。',
    );
    const lin = got.find((p) => p[0] === '林小雨');
    expect(lin?.[1]).toBe('青禾商会联合总会会长');
  });
});

describe('round 8: documents', () => {
  const titles = (s: string) => readDocuments({ sentences: [s], speechTitles: new Set() }).map((d) => d.title);
  it('takes no bare kind of agreement (协议, 合作备忘录) for a document’s title', () => {
    expect(titles('会上，双方代表签署协议。')).toEqual([]);
    expect(titles('仪式上签署了合作备忘录，推出了公益品牌。')).toEqual([]);
    expect(titles('双方签订了战略合作框架协议。')).toEqual([]);
    // A named one still is.
    expect(titles('两家单位签订了青禾社区共建协议。')).toEqual(['青禾社区共建协议']);
    expect(titles('双方签署了《青禾助学合作协议》。')).toEqual(['青禾助学合作协议']);
  });
});

describe('round 8: organizers', () => {
  it('counts a body’s own founding meeting and installation as its own meeting, organized for no one', () => {
    expect(ownMeeting('青禾同乡总商会', '青禾同乡总商会成立大会暨首届理事就职典礼')).toBe(true);
    expect(ownMeeting('青禾市工商联', '青禾同乡总商会成立大会')).toBe(false);
  });
});

describe('round 8: event names', () => {
  it('leaves the makers of a project (精心打造的) out of the event’s name', () => {
    const facts = extractFacts(
      report(['6月3日上午，青禾公益基金会携手两家机构，精心打造的“暖心椅”项目发布会在青禾广场举行。']),
    );
    expect(facts.title).toBe('“暖心椅”项目发布会');
  });

  it('leaves the parties listed before a quoted name out of it', () => {
    const event = readEvent([
      '5月8日，青禾慈善基金会、青禾建设有限公司“青禾助学基金”五年合作签约仪式在市民中心举行。周明远等参加签约仪式。',
    ]);
    expect(event?.title).toBe('“青禾助学基金”五年合作签约仪式');
  });

  it('takes no kind alone (签约仪式, 揭牌仪式) that people attended for the event’s name', () => {
    const event = readEvent(['市民政局局长周明远、副局长林小雨出席了签约仪式。']);
    expect(event).toBeUndefined();
  });

  it('names a centre unveiled at a venue (某中心在某地揭牌) as its 揭牌仪式', () => {
    const event = readEvent([
      '9月3日，青禾慈善培训中心在青禾市某宾馆揭牌。',
      '揭牌仪式由副市长周明远主持，市民政局局长林小雨出席了揭牌仪式。',
    ]);
    expect(event?.title).toBe('青禾慈善培训中心揭牌仪式');
  });
});

describe('round 8: forms of address, 他说, 感言, cut titles', () => {
  it('reads a form of address after a name (将军, 先生, 女士) as no deed, so the list keeps its role', () => {
    expect(people('原市委副书记周明远将军，市委常委林小雨出席大会。').map((p) => p[2])).toEqual(['出席', '出席']);
    expect(people('理事长高文静女士介绍了项目进展。').map((p) => p[2])).toEqual(['发言']);
  });

  it('gives 他说 right after a sentence about one person to that person, as an inferred speech', () => {
    const got = readPeople({
      lines: ['青禾慈善总会会长周明远对全市慈善工作给予充分肯定。他说，全市起步早、做得实。'],
      captions: [],
      known: [],
    });
    expect(got.map((p) => [p.name, p.role, p.roleStated])).toEqual([['周明远', '讲话', false]]);
    // Not when the sentence before names two people, nor across paragraphs.
    expect(people('会长周明远、副会长林小雨向捐赠企业颁发证书。他说，感谢各位。').map((p) => p[2])).toEqual([
      '颁奖',
      '颁奖',
    ]);
    expect(people('会长周明远对全市工作给予肯定。', '他说，感谢各位。').map((p) => p[2])).toEqual(['其他']);
  });

  it('reads 发表…感言 as a speech (发言)', () => {
    expect(people('形象大使周明远发表了获奖感言。').map((p) => p[2])).toEqual(['发言']);
  });

  it('takes no surname with a cut title (某参, 某总) for a name', () => {
    expect(people('总经理周明远出席大会。', '林参在致辞中表示祝贺。').map((p) => p[0])).toEqual(['周明远']);
    expect(people('林总介绍了公司情况。')).toEqual([]);
  });

  it('takes no 于致辞时 after a title for a name', () => {
    expect(people('卸任会长的周明远博士于致辞时表示感谢。').map((p) => p[0])).not.toContain('于致辞时');
  });
});

describe('round 8: a later mention with the body cut short', () => {
  it('keeps the full mention’s position when a later one cuts the body’s name short', () => {
    const got = people(
      '青禾市青禾基金会副理事长、青禾建筑设计股份有限公司董事长高文静等领导参加签约仪式。',
      '青禾董事长高文静表示，感谢各方支持。',
    );
    expect(got).toEqual([['高文静', '青禾市青禾基金会副理事长、青禾建筑设计股份有限公司董事长', '讲话']]);
  });

  it('keeps the later position when it is the same post again, or a body added in front', () => {
    expect(people('市政协副主席周明远参加会议并讲话。', '市政协副主席、市工商联主席周明远谈了三点意见。')[0]![1]).toBe(
      '市政协副主席',
    );
  });
});

describe('round 8: a course that opens (开班), a plaque unveiled at a venue', () => {
  it('reads 某培训班在某地开班 as the event, with its date and city', () => {
    const facts = extractFacts(
      report([
        '2021年5月10日上午，2021年度青禾社工第二期培训班在苏州某酒店开班。市民政局副局长周明远出席开班式并讲话。',
      ]),
    );
    expect(facts.title).toBe('2021年度青禾社工第二期培训班');
    expect(facts.startDate).toBe('2021-05-10');
    expect(facts.place?.city).toBe('苏州市');
  });

  it('takes the city of a venue where a plaque is unveiled (在某市某地揭牌)', () => {
    const facts = extractFacts(
      report(['2020年9月3日，青禾慈善培训中心在扬州市某宾馆揭牌。', '揭牌仪式由副市长周明远主持。']),
    );
    expect(facts.title).toBe('青禾慈善培训中心揭牌仪式');
    expect(facts.place?.city).toBe('扬州市');
  });
});

describe('round 8: more people read', () => {
  it('reads a name with a rare surname (诸, 矫) right after a full position', () => {
    expect(people('区委常委、统战部部长诸明，区慈善会会长林小雨出席活动。').map((p) => p[0])).toEqual([
      '诸明',
      '林小雨',
    ]);
  });

  it('reads <organization><name>参赞 and the same person again as <name>参赞 in a list', () => {
    const got = people('驻外使馆经商处周明远参赞，青禾商会林小雨会长出席了大会。', '周明远参赞，林小雨会长分别致辞。');
    expect(got).toEqual([
      ['周明远', '驻外使馆经商处参赞', '致辞'],
      ['林小雨', '青禾商会会长', '致辞'],
    ]);
  });

  it('reads the speaker of a talk whose title names someone’s speech (以《…讲话精神》为题)', () => {
    expect(people('仪式结束后，市委党校教研室主任周明远以《深入领会重要讲话精神》为题，作了专题辅导报告。')).toEqual([
      ['周明远', '市委党校教研室主任', '主旨演讲'],
    ]);
    // The kind of talk in a title still counts (作《…工作报告》 → 发言).
    expect(people('副会长林小雨作《财务工作报告》。').map((p) => p[2])).toEqual(['发言']);
  });

  it('gives a list that unveils a plaque its own deed, not the 颁发 of the next clause’s subject', () => {
    const got = people('会长周明远、主任林小雨等嘉宾为青禾商会揭牌，高副会长并为陈立新颁发了证书。');
    expect(got.filter((p) => p[0] !== '陈立新').map((p) => p[2])).toEqual(['其他', '其他']);
  });
});

describe('round 8: a name and its title as a list item', () => {
  it('never takes `<name><title>` the reader could not read for a piece of the next person’s position', () => {
    const got = people('周明远会长、林小雨主任等嘉宾为青禾商会揭牌。');
    expect(got.every((p) => !String(p[1]).includes('周明远'))).toBe(true);
    // Pieces of a position still carry over.
    expect(people('高级工程师、副院长陈立新出席。')).toEqual([['陈立新', '高级工程师、副院长', '出席']]);
    expect(people('党组书记、局长高文静出席。')).toEqual([['高文静', '党组书记、局长', '出席']]);
  });
});

describe('round 8: on whose behalf (受某某的委托)', () => {
  it('reads the one on whose behalf someone spoke, as 其他, and leaves 他说 to the one who spoke', () => {
    const got = people(
      '市领导林小雨出席大会。',
      '受市委书记周明远的委托，林小雨代表市委向与会人员致以敬意。他说，青禾的公益事业起步早。',
    );
    expect(got).toEqual([
      ['林小雨', '', '讲话'],
      ['周明远', '市委书记', '其他'],
    ]);
  });
});

describe('round 8: Hong Kong and Macao as cities', () => {
  it('takes a special administrative region for the city (its districts are not listed), and its slug word', () => {
    const facts = extractFacts(
      report(['2019年6月1日，青禾同乡会第五届理事就职典礼在香港某酒店举行。会长周明远致辞。']),
    );
    expect(facts.place?.city).toBe('香港特别行政区');
    expect(slugify('香港特别行政区')).toBe('xianggang');
    expect(slugify('重庆市')).toBe('chongqing');
  });
});
