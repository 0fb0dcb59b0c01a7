/**
 * Round 90 of the importer (stop 50), from the people the 640 blind reports of stops 48 and 49 name with a position and
 * the importer missed: a name after a title that no word of its list ends (宣告, 专程), 和 before the last of an elected
 * list, a note of sex after a name in a list, and the label of a group of leaders (区关工委领导) as their position. On
 * text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { emptyArchive } from '../../src/lib/import/archive.ts';
import { readFacts } from '../../src/lib/import/index.ts';
import { openingUnknownWord } from '../../src/lib/import/segment.ts';

const archive = emptyArchive();
const lead = '2021年6月3日，青川县书画家协会第三届会员代表大会在青川召开。';
const people = (sentence: string) =>
  readFacts(new TextEncoder().encode(`http://example.org/a\n${lead}\n${sentence}\n`), archive).facts.people.map(
    (p) => `${p.name}：${p.position ?? ''}`,
  );

describe('round 90: a name the segmenter reads after a title', () => {
  it('reads the word a run of text opens with when the dictionary lacks it', () => {
    expect(openingUnknownWord('苏向东宣告大会开幕')).toBe('苏向东');
    expect(openingUnknownWord('会长在会上讲话')).toBeUndefined();
    expect(openingUnknownWord('宣告')).toBeUndefined();
  });

  it('takes a name before a deed no list of the reader has', () => {
    expect(people('省政协副主席苏向东宣告大会开幕。')).toContain('苏向东：省政协副主席');
    expect(people('市朗诵协会主席陈晓兵专程前来祝贺。')).toContain('陈晓兵：市朗诵协会主席');
  });

  it('takes no place that opens a body’s name, nor a post alone', () => {
    expect(people('副会长龙泉市委统战部的同志出席。').join()).not.toMatch(/龙泉：/);
    expect(people('会长在会上作了讲话。')).toEqual([]);
  });
});

describe('round 90: lists', () => {
  it('reads 和 before the last name of an elected list', () => {
    expect(people('王丽芬、李秋华、余明芳和陈玉兰当选为副理事长。')).toEqual([
      '王丽芬：副理事长',
      '李秋华：副理事长',
      '余明芳：副理事长',
      '陈玉兰：副理事长',
    ]);
  });

  it('keeps a name with 和 inside it whole', () => {
    expect(people('张明、曹和平当选为副会长。')).toEqual(['张明：副会长', '曹和平：副会长']);
  });

  it('drops a note of sex after a name in a list', () => {
    expect(people('选举张青为会长，刘云霞（女）、郭明、李开明为副会长。')).toEqual(
      expect.arrayContaining(['刘云霞：副会长', '郭明：副会长', '李开明：副会长']),
    );
  });
});

describe('round 90: a group of leaders', () => {
  // (Round 146: a label, even one that names whose leaders they are, is no position of theirs; readers of the blind waves
  // did not count it more often than they did.)
  it('reads the names under a label that names whose leaders they are, without a position', () => {
    expect(people('区关工委领导张德明、王传林出席会议。')).toEqual(['张德明：', '王传林：']);
    expect(people('李红、王刚等县领导出席会议。')).toEqual(['李红：', '王刚：']);
  });

  it('gives no position for 领导 alone, a body’s whole team, or a word before the label', () => {
    expect(people('领导吴开明、翁成彩出席。')).toEqual(['吴开明：', '翁成彩：']);
    expect(people('省党政军领导孙志明、段敦华出席。')).toEqual(['孙志明：', '段敦华：']);
    expect(people('在县领导李红、王刚陪同下，代表们参观了展览。')).toEqual(['李红：', '王刚：']);
  });
});

describe('round 90: who held the event', () => {
  const facts = (text: string) => readFacts(new TextEncoder().encode(`http://example.org/a\n${text}\n`), archive).facts;

  it('splits two bodies joined by 和 after a bank’s branch', () => {
    expect(
      facts('2012年4月8日上午，人民银行白江分行和白江市人民政府联合主办的“金融知识下乡”活动在白江开幕。').organizers,
    ).toEqual(['人民银行白江分行', '白江市人民政府']);
  });

  it('reads the body that held the event in a clause before its name (某部在某地召开的…)', () => {
    const f = facts('记者从5月8日国家林业局在白江召开的全国湿地保护经验交流会上获悉，湿地面积稳步增加。');
    expect(f.title).toBe('全国湿地保护经验交流会');
    expect(f.organizers).toEqual(['国家林业局']);
  });

  it('takes no one who only went to an event held somewhere (参加了在某地举行的…)', () => {
    const f = facts('2010年12月1日，白江市口腔医院组织全市40余名医生参加了在厦门举行的2010年全国口腔医学交流大会。');
    expect(f.title).toBe('2010年全国口腔医学交流大会');
    expect(f.organizers).toEqual([]);
  });

  it('reads the body that opens the clause before a verb with no subject', () => {
    expect(facts('白江市教育局为增进交流，于11月7日、8日在白江大学举办2019年乐龄学习国际研讨会。').organizers).toEqual([
      '白江市教育局',
    ]);
    expect(facts('白江市科协为推动科普，在市民广场举办2019年科普嘉年华活动。').organizers).toEqual(['白江市科协']);
    expect(facts('为庆祝建党100周年，在市民广场举办2021年科普嘉年华活动。').organizers).toEqual([]);
  });
});

describe('round 90: event names with something between the name and its verb', () => {
  const facts = (text: string) => readFacts(new TextEncoder().encode(`http://example.org/a\n${text}\n`), archive).facts;

  it('reads a name after a press release’s dateline in brackets', () => {
    expect(facts('（白江，2021年12月5日）2021白江工程师论坛今日在青山会场正式举行。').title).toBe('2021白江工程师论坛');
    expect(facts('(白江,2021年12月5日) 2021白江工程师论坛今日在青山会场举行。').title).toBe('2021白江工程师论坛');
  });

  it('reads a name before an hour written with 点', () => {
    const f = facts('备受关注的白江蔬菜产业交流会于2006年11月23日下午2点在白江宾馆隆重开幕。');
    expect(f.title).toBe('白江蔬菜产业交流会');
    expect(f.startDate).toBe('2006-11-23');
  });

  it('reads a name before a clause of whose help it had and days written as a range', () => {
    expect(facts('白江地球化学学会第十届学术年会，在青山大学的协助下，于2005年4月25~29日在白江召开。').title).toBe(
      '白江地球化学学会第十届学术年会',
    );
  });
});

describe('round 90: outlets from the page’s footer and source line', () => {
  const lead = '2021年3月1日，白江市书法家协会第三届会员代表大会在白江召开。';
  const outlet = (text: string) =>
    readFacts(new TextEncoder().encode(`http://example.org/a\n${text}\n`), archive).facts.outlet;

  it('reads a college that owns the site from its copyright line', () => {
    expect(outlet(`${lead}\n电话：0000-12345678\nCopyright®2022 白江市干部学院 版权所有 白ICP备00000000号`)).toBe(
      '白江市干部学院',
    );
  });

  it('reads a source line without the channel in brackets after the body', () => {
    expect(outlet(`白江市书法家协会换届\n来源：白江市文学艺术界联合会(微信公众号) | 白江市书法家协会\n${lead}`)).toBe(
      '白江市文学艺术界联合会',
    );
  });
});
