/**
 * Round 33 of the importer (from the event names, dates and people the 76 development sets missed, and what sets DG to DJ,
 * measured blind at dc4c19e, read wrong): each rule on text written for the test, in the shapes the reports use (no
 * sentence of any real report is copied here).
 */
import { describe, expect, it } from 'vitest';
import { findAffiliations } from '../../src/lib/import/affiliations.ts';
import { readEvent } from '../../src/lib/import/facts/event.ts';
import { dateFromUrl } from '../../src/lib/import/facts/source.ts';
import { extractFacts } from '../../src/lib/import/extract.ts';
import { readReport } from '../../src/lib/import/read.ts';
import { sentences } from '../../src/lib/import/text.ts';
import { people } from '../support/import.ts';

const title = (lines: string[], headline?: string) => readEvent(sentences(lines), headline)?.title;
const facts = (text: string) => extractFacts(readReport(new TextEncoder().encode(text)));

describe('round 33: event names held as the subject of their verb', () => {
  it('reads a meeting that 胜利召开 or 胜利闭幕', () => {
    expect(title(['8月8日下午，白江市青禾协会第四次会员代表大会胜利召开，完成了各项议程。'])).toBe(
      '白江市青禾协会第四次会员代表大会',
    );
    expect(title(['为期两天的白江县第十次青禾代表大会于11月3日下午胜利闭幕。'])).toBe('白江县第十次青禾代表大会');
  });

  it('keeps items joined by 、 in a name that is what was held', () => {
    expect(title(['3月26日下午，白江青禾商会首届会员大会暨一届一次理事会、白江青禾商会成立典礼在白江市召开。'])).toBe(
      '白江青禾商会首届会员大会暨一届一次理事会、白江青禾商会成立典礼',
    );
    expect(title(['7月30日，白江省文联第五次代表大会、省书协第五次代表大会在白江召开。'])).toBe(
      '白江省文联第五次代表大会、省书协第五次代表大会',
    );
    // Still no list of events done as a plan, nor an event among others.
    expect(title(['5月1日，白江青禾论坛、白江青禾展览等活动在白江举行。'])).toBeUndefined();
  });

  it('reads the two terms a handover is between (第48、49届)', () => {
    expect(title(['白江青禾会馆昨晚举行第48、49届主席暨监事长交接典礼，乡亲齐聚。'])).toBe(
      '白江青禾会馆第48、49届主席暨监事长交接典礼',
    );
  });

  it('reads 丶 as 、, and no name that opens with 、 or with a theme of several quoted parts', () => {
    expect(facts('白江青禾会馆昨晚举行成立98周年丶青年团47周年馆庆晚宴，会长王明远致辞。').title).toBe(
      '白江青禾会馆成立98周年、青年团47周年馆庆晚宴',
    );
    expect(title(['【青禾讯】白江商会主办、白江区议会赞助的“敬老斋宴”活动日前假青禾馆举行。'])).toBe('“敬老斋宴”活动');
    expect(title(['以“青禾人·共圆梦”、“青禾情”为主题的第三届白江青禾恳亲大会11月25日在白江开幕，王明远出席。'])).toBe(
      '第三届白江青禾恳亲大会',
    );
  });

  it('reads a board that was convened, with nothing held after the verb, as its meeting', () => {
    expect(title(['8月22日，白江城市青禾联盟常务理事会在青禾召开。来自四个城市的代表参加。'])).toBe(
      '白江城市青禾联盟常务理事会',
    );
    // The board that held something else is not the meeting.
    expect(title(['8月22日，白江青禾联盟常务理事会在青禾召开第三次会员代表大会。'])).toMatch(/第三次会员代表大会$/);
  });

  it('reads a numbered 执委会 as a meeting, not a body', () => {
    expect(title(['5月21日上午，白江区工商联第三次会员代表大会暨三届一次执委会胜利召开。'])).toBe(
      '白江区工商联第三次会员代表大会暨三届一次执委会',
    );
  });

  it('reads a convener dated 12/29日 (as Taiwanese pages write a day)', () => {
    expect(title(['白江青禾厂商协进会12/29日， 举办第15、16届新卸任理事长交接典礼，市长王明远出席。'])).toBe(
      '白江青禾厂商协进会第15、16届新卸任理事长交接典礼',
    );
  });

  it('reads a name held 今晚/日前 at a venue after 假, and one held at dusk (傍晚)', () => {
    expect(title(['白江青禾总会庆祝成立十周年暨第四届会董就职典礼，今晚假青禾酒店举行。'])).toBe(
      '白江青禾总会庆祝成立十周年暨第四届会董就职典礼',
    );
    expect(title(['白江青禾联谊会第十一届理监事就职典礼于9月21日傍晚，在青禾大酒家隆重举行。'])).toBe(
      '白江青禾联谊会第十一届理监事就职典礼',
    );
  });

  it('prefers a name to a phrase that only describes events, and to which day’s part of the event', () => {
    expect(
      title(['白江青禾会馆昨晚举行第十届理事就职典礼。', '会长王明远致辞表示，会馆在过去一年举办多项活动。']),
    ).toBe('白江青禾会馆第十届理事就职典礼');
    expect(
      title([
        '为期两天的白江县第五次青禾代表大会于11月3日下午胜利闭幕。',
        '在11月3日上午的开幕式上，王明远、李青山等领导在主席台就座。',
      ]),
    ).toBe('白江县第五次青禾代表大会');
  });
});

describe('round 33: the day of the event', () => {
  it('finds the date in an address past an id that reads as no date, and in a long time stamp', () => {
    expect(dateFromUrl('https://example.cn/news/20002590/20230530/25754302.html')).toBe('2023-05-30');
    expect(dateFromUrl('https://example.cn/News/Detail/20180502160816390.html')).toBe('2018-05-02');
    expect(dateFromUrl('https://example.cn/news/20002590/12.html')).toBeUndefined();
  });

  it('dates the key sentence by an opening sentence that only sets the scene of the day', () => {
    const text = [
      '2017年12月28日上午，青禾公园阳光明媚、喜气洋洋。',
      '白江青禾公益促进会200多名志愿者汇聚到公园广场，参加白江青禾公益促进会成立大会。',
      '大会由促进会秘书长王明远主持。',
    ].join('\n');
    expect(facts(text).startDate).toBe('2017-12-28');
  });

  it('reads text with formatting tags left in it', () => {
    const text =
      '<h3>2018年5月10日，青禾公园里绿树成荫，一场小雨过后空气格外清新，来往的人们心情舒畅。<br></h3>\n<h3>白江青禾志愿者协会在这里举行成立大会，会长王明远致辞。</h3>';
    expect(readReport(new TextEncoder().encode(text)).lines.join('')).not.toMatch(/<\/?(?:h3|br)>/);
    expect(facts(text).startDate).toBe('2018-05-10');
  });

  it('reads a day written with spaces around its numerals (于 2024 年 11 月 22 日)', () => {
    const f = facts('白江青禾同乡会于 2024 年 11 月 22 日在白江举行第 14～15 届会长交接典礼。会长王明远致辞。');
    expect(f.startDate).toBe('2024-11-22');
    expect(f.title).toBe('白江青禾同乡会第14～15届会长交接典礼');
  });
});

describe('round 33: people', () => {
  it('reads a roster: a post with its body, or several posts, a colon, then the names', () => {
    expect(people('白江青禾两会常务副会长、副会长、副秘书长：王明远、李青山、陈志扬出席。')).toEqual([
      ['王明远', '白江青禾两会常务副会长、副会长、副秘书长', '出席'],
      ['李青山', '白江青禾两会常务副会长、副会长、副秘书长', '出席'],
      ['陈志扬', '白江青禾两会常务副会长、副会长、副秘书长', '出席'],
    ]);
  });

  it('ends a <organization><name><title> item at 及 before the next person', () => {
    expect(people('白江青禾总会刘明远会长及白江市市长王青山也发表了讲话。')).toEqual([
      ['刘明远', '白江青禾总会会长', '讲话'],
      ['王青山', '白江市市长', '讲话'],
    ]);
    // Not between two posts of one person.
    expect(people('白江青禾总会永远荣誉会长及创会会长王明远出席。')).toEqual([
      ['王明远', '白江青禾总会永远荣誉会长及创会会长', '出席'],
    ]);
  });

  it('reads a name after two titles (领事参赞), and not 任职 as a name', () => {
    expect(people('白江驻青禾大使馆领事参赞王明远出席并致辞。')).toEqual([
      ['王明远', '白江驻青禾大使馆领事参赞', '致辞'],
    ]);
    expect(people('王明远先生接任履新第六届会长任职，并致辞。').map((p) => p[0])).not.toContain('任职');
  });

  it('leaves a caption’s 图为, a count and a connective out of the post', () => {
    expect(people('（图为：白江青禾会会长王明远致辞）')).toEqual([['王明远', '白江青禾会会长', '致辞']]);
    expect(people('(白江市议会主席王明远出席。')).toEqual([['王明远', '白江市议会主席', '出席']]);
    expect(people('理事会从15位理事中选出5位常务理事王明远、李青山。').map((p) => p.slice(0, 2))).toContainEqual([
      '王明远',
      '常务理事',
    ]);
  });
});

describe('round 33: the organization a position names', () => {
  it('reads branches, guilds, abbreviated 协 and 司, and a post for a numbered term', () => {
    const orgs = (position: string) => findAffiliations(position, []).map((a) => a.name);
    expect(orgs('白江银行青禾分行副行长')).toEqual(['白江银行青禾分行']);
    expect(orgs('白江市度量衡公会第21届理事长')).toEqual(['白江市度量衡公会']);
    expect(orgs('白江省计生协常务副会长')).toEqual(['白江省计生协']);
    expect(orgs('市红十字会常务副会长')).toEqual(['市红十字会']);
    expect(orgs('国务院侨办国外司司长')).toEqual(['国务院侨办国外司']);
    expect(orgs('白江青禾联合会筹备组成员')).toEqual(['白江青禾联合会筹备组']);
    // A 协 that ends a word, not a body (妥协), is none.
    expect(orgs('妥协主任')).toEqual([]);
  });
});
