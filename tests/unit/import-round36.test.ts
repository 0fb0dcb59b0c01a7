/**
 * Round 36 of the importer (from what the blind sets DO to DR, collected at the start of stop 35, read wrong): service
 * clubs and their districts as conveners, Taiwanese ways of writing the day, a dateline with its year, a headline's
 * fuller name, a bare post that shares the body of the person before it. On text written for the test (no sentence of
 * any real report is copied here).
 */
import { describe, expect, it } from 'vitest';
import { chineseNumeralDates } from '../../src/lib/import/clean.ts';
import { extractFacts } from '../../src/lib/import/extract.ts';
import { eventCandidates, readEvent, withOutletPlace } from '../../src/lib/import/facts/event.ts';
import { ownMeeting } from '../../src/lib/import/facts/organizers.ts';
import { readByline, readOutlet } from '../../src/lib/import/facts/source.ts';
import { readReport } from '../../src/lib/import/read.ts';
import { sentences } from '../../src/lib/import/text.ts';
import { report } from '../support/import.ts';

const facts = (text: string) => extractFacts(readReport(new TextEncoder().encode(text)));
const title = (lines: string[], headline?: string) => readEvent(sentences(lines), headline)?.title;
const positions = (line: string) => extractFacts(report([line])).people.map((p) => [p.name, p.position]);

describe('round 36: service clubs and their districts hold their own ceremonies', () => {
  it('takes a 扶轮社 as the convener of its installation, dated 今(8)日', () => {
    expect(
      title(['【本报记者某某报导】青禾扶轮社今(8)日上午举行第12届社长交接暨职员就职庆典，友社社长到场道贺。']),
    ).toBe('青禾扶轮社第12届社长交接暨职员就职庆典');
  });

  it('takes a 狮子会 district with digits and letters in its name, and a charter ceremony (授证) as its own', () => {
    expect(title(['国际狮子会300-C9区本月20日在白江召开年度总监交接典礼，各分会会长出席。'])).toBe(
      '国际狮子会300-C9区年度总监交接典礼',
    );
    expect(title(['创立三十周年的白江扶轮社，于20日下午举行授证庆典，社友同欢。'])).toBe('白江扶轮社授证庆典');
  });

  it('joins the quoted names of two ceremonies held together, but not a list of kinds', () => {
    const names = (line: string) => eventCandidates([line]).map((c) => c.name);
    expect(names('市长今晚出席「白江同济会第7、8届会长交接典礼、青禾同济会创会授证典礼」，并致词。')).toContain(
      '白江同济会第7、8届会长交接典礼、青禾同济会创会授证典礼',
    );
    expect(names('市长出席「座谈、参观」活动。')).toEqual([]);
  });
});

describe('round 36: how and where the name is written', () => {
  it('takes a year before the convener, a comma, and 今13（一）日 as when', () => {
    const f = facts(
      [
        'https://example.org/a/1',
        '白江观光协会选出新任总会长',
        '某时报/特派员 甲乙 2023.02.13 20:32',
        '2023年白江观光协会联合会，今13（一）日于青禾山庄召开第5届第1次会员大会暨第四届、五届理事长交接大会，各界贵宾出席。',
      ].join('\n'),
    );
    expect(f.title).toBe('白江观光协会联合会第5届第1次会员大会暨第四届、五届理事长交接大会');
    expect(f.startDate).toBe('2023-02-13');
    expect(f.outlet).toBe('某时报');
  });

  it('gives a body named by its level alone the place the headline writes in front of it', () => {
    expect(
      title(['近日，市青禾产业促进会二届五次会员大会顺利召开。'], '[上海]上海市青禾产业促进会召开二届五次会员大会'),
    ).toBe('上海市青禾产业促进会二届五次会员大会');
    // No place of that level in front of the body elsewhere: the name stays as written.
    expect(title(['近日，市青禾产业促进会二届五次会员大会顺利召开。'], '青禾产业促进会召开大会')).toBe(
      '市青禾产业促进会二届五次会员大会',
    );
  });

  it('gives a place’s own congress the place of the county outlet that reports it', () => {
    expect(withOutletPlace('县第九次归侨侨眷代表大会', '平阳县传媒中心')).toBe('平阳县第九次归侨侨眷代表大会');
    // An outlet of another level, or none: the name stays as written.
    expect(withOutletPlace('县第九次归侨侨眷代表大会', '温州日报')).toBe('县第九次归侨侨眷代表大会');
    expect(withOutletPlace('县第九次归侨侨眷代表大会', undefined)).toBe('县第九次归侨侨眷代表大会');
  });

  it('takes the body right before a quoted name as its holder (a 联会 too)', () => {
    expect(
      title(['本报讯（记者 某某）白江社团联会「庆祝成立十周年暨第三届理事就职典礼」，8月3日假白江酒店举行。']),
    ).toBe('白江社团联会庆祝成立十周年暨第三届理事就职典礼');
  });

  it('still counts a body named by its level alone as holding its own meeting once the name has its place', () => {
    expect(ownMeeting('市青禾协会', '白江市青禾协会五届一次会员大会')).toBe(true);
    expect(ownMeeting('青禾协会', '白江市青禾协会五届一次会员大会')).toBe(false);
  });

  it('adds what the headline says was held with the event (暨…)', () => {
    expect(
      title(
        ['5月13日晚，白江厨师协会在某乐园举行第九届理事会就职典礼，某某再次当选会长。'],
        '白江厨师协会举行第九届理事会就职典礼暨厨艺交流会 某某连任会长',
      ),
    ).toBe('白江厨师协会第九届理事会就职典礼暨厨艺交流会');
  });

  it('reads a greeting on a screen as a greeting, and the name inside it', () => {
    expect(title(['3月23日，某酒店门口挂着“热烈祝贺白江市酒店业协会三届二次会员大会胜利召开”的横幅。'])).toBe(
      '白江市酒店业协会三届二次会员大会',
    );
  });

  it('reads a branch whose name has a bracket as the convener', () => {
    expect(title(['2019年12月25日白江市武术协会心意拳（形意拳）分会在某酒店隆重召开成立大会。'])).toBe(
      '白江市武术协会心意拳（形意拳）分会成立大会',
    );
  });
});

describe('round 36: dates', () => {
  it('closes up a space inside the numbers of a full date', () => {
    expect(facts('白江市青禾协会第三次会员大会于201 5年11月1 8日在某宾馆召开。').startDate).toBe('2015-11-18');
  });

  it('reads 昨(3)晚 as the evening of the 3rd, and 7月29号 as 7月29日', () => {
    expect(chineseNumeralDates('白江同乡会昨(3)晚在某酒楼举行就职典礼')).toBe(
      '白江同乡会昨晚（3日）在某酒楼举行就职典礼',
    );
    expect(chineseNumeralDates('2012 年7月29号，白江同乡会正式成立')).toBe('2012年7月29日，白江同乡会正式成立');
  });

  it('reads 今(12/30)日 as the day it says, in the publication year', () => {
    const f = facts(
      [
        '某新闻/某新闻 甲乙 2021.12.30 21:20',
        '「白江体育总会第八届、第九届会长交接典礼」今(12/30)日上午在某饭店举行。',
      ].join('\n'),
    );
    expect(f.startDate).toBe('2021-12-30');
  });

  it('dates the article by a dateline that writes its year, and a founding by the lead sentence that says it', () => {
    const f = facts(
      [
        'https://example.org/b/2',
        '白江茶文化协会成立',
        '【某某台 2018年10月24日讯】白江茶文化协会，今天（24日）在某酒店正式成立，市长某某等到场祝贺。',
        '市长某某偕夫人参加成立大会。',
      ].join('\n'),
    );
    expect(f.published).toBe('2018-10-24');
    expect(f.startDate).toBe('2018-10-24');
    expect(readByline(['【某某网2011年03月20日讯】白江扶轮社于20日举行授证庆典。'])).toMatchObject({
      year: 2011,
      month: 3,
      day: 20,
    });
  });

  it('reads the outlet before a slash and the time stamp', () => {
    expect(readOutlet(report([], { info: ['创新闻/ 2024.01.14 21:42'] }), undefined)?.value).toBe('创新闻');
    expect(readOutlet(report([], { info: ['某时报/产经特派员 甲乙 2023.02.13 20:32'] }), undefined)?.value).toBe(
      '某时报',
    );
  });
});

describe('round 36: a bare post next to someone of a named body', () => {
  it('writes the body in front of the post, as the person before has it', () => {
    expect(positions('市经信委消费品处处长周明远、副处长吴海平出席会议。')).toEqual([
      ['周明远', '市经信委消费品处处长'],
      ['吴海平', '市经信委消费品处副处长'],
    ]);
    expect(positions('白江市民政局党组书记、局长周明远，副局长吴海平出席会议。')).toEqual([
      ['周明远', '白江市民政局党组书记、局长'],
      ['吴海平', '白江市民政局副局长'],
    ]);
  });

  it('leaves the post bare when the body before is of another kind', () => {
    expect(positions('白江市慈善协会会长周明远，副局长吴海平出席会议。')).toEqual([
      ['周明远', '白江市慈善协会会长'],
      ['吴海平', '副局长'],
    ]);
  });
});

describe('round 36: names and the words before a post', () => {
  const people = (line: string) => extractFacts(report([line])).people.map((p) => [p.name, p.position ?? '']);

  it('reads 古, 冷 and 甯 as surnames', () => {
    expect(people('甲乙会长当选后，周明远、古青当选副主席。')).toContainEqual(['古青', '副主席']);
    expect(people('副主席冷青禾出席会议。')).toEqual([['冷青禾', '副主席']]);
  });

  it('leaves 邀得, 图：, a relative (父亲即) and 现任 out of the post', () => {
    expect(people('大会邀得发展局局长甯青禾女士担任主礼嘉宾。')).toEqual([['甯青禾', '发展局局长']]);
    expect(people('图：白江市副市长吴明远（左）颁发证书。')).toEqual([['吴明远', '白江市副市长']]);
    expect(people('社长的父亲即现任白江市议员周明远亦到场勉励。')).toEqual([['周明远', '白江市议员']]);
  });

  it('reads posts filled as `以甲为会长，乙等5人为副会长的…` and `选举甲同志任会长`', () => {
    expect(people('大会选举产生了以周明远为名誉会长，吴海平为会长，郑小东等5人为副会长的新一届领导班子。')).toEqual([
      ['周明远', '名誉会长'],
      ['吴海平', '会长'],
      ['郑小东', '副会长'],
    ]);
    expect(people('随后召开的理事会选举周明远同志任会长，吴海平同志任副会长。')).toEqual([
      ['周明远', '会长'],
      ['吴海平', '副会长'],
    ]);
  });

  it('keeps a people’s organization named by its short name in front of the post it elected someone to', () => {
    expect(people('大会选举产生了新一届县青联常委会，周明远、吴海平等2位同志当选为县青联副主席。')).toEqual([
      ['周明远', '县青联副主席'],
      ['吴海平', '县青联副主席'],
    ]);
  });

  it('ends a list item at 及 before the next person’s post', () => {
    expect(people('副总监周明远、吴海平及秘书长郑小东等应邀出席。')).toEqual([
      ['周明远', '副总监'],
      ['吴海平', '副总监'],
      ['郑小东', '秘书长'],
    ]);
  });
});
