/**
 * Round 37 of the importer (from what the blind sets DS to DV, collected at the start of stop 36, read wrong): crowds
 * read as people, an agency's dateline in brackets, a founding meeting named only by its kind, 团拜 and 春茗, a source
 * line put together from the web, lists of appointments joined by 、. On text written for the test (no sentence of any
 * real report is copied here).
 */
import { describe, expect, it } from 'vitest';
import { chineseNumeralDates, stripConverterPinyin } from '../../src/lib/import/clean.ts';
import { extractFacts } from '../../src/lib/import/extract.ts';
import { readEvent } from '../../src/lib/import/facts/event.ts';
import { readByline, readOutlet } from '../../src/lib/import/facts/source.ts';
import { readReport } from '../../src/lib/import/read.ts';
import { positionMatches } from '../../src/lib/import/score.ts';
import { sentences } from '../../src/lib/import/text.ts';
import { people, report } from '../support/import.ts';

const facts = (text: string) => extractFacts(readReport(new TextEncoder().encode(text)));
const title = (lines: string[], headline?: string) => readEvent(sentences(lines), headline)?.title;

describe('round 37: a crowd is not a person', () => {
  it('reads no one from a count or a post held by many', () => {
    expect(people('各界商会会长和侨团代表逾千人出席晚宴。')).toEqual([]);
    expect(people('全体理事郑重宣誓。')).toEqual([]);
    expect(people('青禾科技公司董事长王明远等3位院士齐聚白江。').map((p) => p[0])).not.toContain('齐聚');
  });

  it('keeps the person after a crowd in a list, with their own post', () => {
    expect(people('白江红十字会各理监事、总干事李青山出席。')).toEqual([['李青山', '总干事', '出席']]);
    // 各界 names a body here, not a crowd.
    expect(people('白江各界联合会会长李青山出席。')).toEqual([['李青山', '白江各界联合会会长', '出席']]);
  });

  it('does not take a verb or a common word after a title as a name', () => {
    const names = people('联谊会李青山副会长荣获表彰，秘书长王明远报告工作。').map((p) => p[0]);
    expect(names).not.toContain('荣获');
    expect(names).toContain('王明远');
    expect(people('中联办某部副部长张青、部长高级助理王明远出席。')).toEqual([
      ['张青', '中联办某部副部长', '出席'],
      ['王明远', '部长高级助理', '出席'],
    ]);
  });
});

describe('round 37: who is named with a post', () => {
  it('reads <body><name><title> items ending in a note in brackets or the full stop', () => {
    expect(
      people('出席的副校长包括：青禾大学王明远副校长（筹委会主席）、白江大学李青山副校长、白江理工大学张青副校长。'),
    ).toEqual([
      ['王明远', '青禾大学副校长', '其他'],
      ['李青山', '白江大学副校长', '其他'],
      ['张青', '白江理工大学副校长', '其他'],
    ]);
  });

  it('reads a name then a title after words that only open the clause (接下来, 听取了), and 第一副会长', () => {
    expect(people('接下来王明远秘书长作了年度财务报告。')).toEqual([['王明远', '秘书长', '发言']]);
    expect(people('会议首先听取了李青山第一副会长所作的筹备工作报告。')).toEqual([['李青山', '第一副会长', '发言']]);
  });

  it('reads 亲临 as attending, and the people a delegation 获 the support of', () => {
    expect(people('代表团获白江房屋局长王明远、议员李青山亲临支持。')).toEqual([
      ['王明远', '白江房屋局长', '出席'],
      ['李青山', '议员', '出席'],
    ]);
  });

  it('splits appointments joined by 、 (甲同志为会长、乙等40名同志为副会长、丙同志为秘书长)', () => {
    const got = people('会议选举王明远同志为第七届理事会会长、李青山等40名同志为副会长、张青同志为秘书长。');
    expect(got).toContainEqual(['李青山', '副会长', '其他']);
    expect(got).toContainEqual(['张青', '秘书长', '其他']);
  });
});

describe('round 37: events', () => {
  it('names a founding meeting after the body the report says was founded', () => {
    expect(title(['1月30日，青禾小微企业协会正式宣布成立。', '某局领导在成立大会上讲话。'])).toBe(
      '青禾小微企业协会成立大会',
    );
    expect(title(['3月28日，由白江金融办发起成立白江小额信贷协会并召开了第一次会员大会暨成立大会。'])).toBe(
      '白江小额信贷协会第一次会员大会暨成立大会',
    );
  });

  it('reads 团拜 and 春茗 as events, and a 协进会 as their convener', () => {
    expect(title(['白江银行公会今(12)日中午于某酒店举行新春团拜。'])).toBe('白江银行公会新春团拜');
    expect(title(['白江环保产业协会昨日举办“第一次会员大会暨春茗”。'])).toBe('白江环保产业协会第一次会员大会暨春茗');
    expect(title(['白江地产协进会昨(5)日假某会馆办理第9届第2次会员代表大会暨30周年庆祝餐会。'])).toBe(
      '白江地产协进会第9届第2次会员代表大会暨30周年庆祝餐会',
    );
  });
});

describe('round 37: what an event marks, and a day written 7·8 in its quoted name', () => {
  it('keeps the quoted name of a meeting over the campaign it is said to start', () => {
    expect(
      title([
        '6月8日，白江保险行业协会召开“2017年白江保险业7·8公众宣传日”动员大会，这标志着白江2017年宣传日活动正式启动。',
      ]),
    ).toBe('“2017年白江保险业7·8公众宣传日”动员大会');
  });
});

describe('round 37: sources and dates', () => {
  it('reads an agency dateline in brackets: outlet, reporter, city, and the day its 下午 is on', () => {
    const line = '（中央社记者王明远台北8日电）白江资讯软体协会下午举行理事长交接典礼。';
    expect(readByline([line])).toMatchObject({
      outlet: '中央社',
      day: 8,
      city: '台北',
      reporters: ['王明远'],
    });
    const got = facts(`https://news.example.com/2008/04/08/a1.html\n${line}\n新任理事长李青山致辞。`);
    expect(got.outlet).toBe('中央社');
    expect(got.title).toBe('白江资讯软体协会理事长交接典礼');
    expect(got.startDate).toBe('2008-04-08');
    expect(chineseNumeralDates('（某社记者某某台北八日电）')).toBe('（某社记者某某台北8日电）');
  });

  it('takes no outlet from 来源: 网络整理, and the paper credited at the end of the article', () => {
    const mixed = report(['某协会揭牌成立'], {
      info: ['发布时间:2020-07-24 23:27来源: 网络整理某协会揭牌'],
    });
    expect(readOutlet(mixed, undefined)).toBeUndefined();
    const credited = report(['某协会成立大会举行。', '会议选举了理事会。（白江日报 记者王明远 通讯员 李青山）']);
    expect(readOutlet(credited, undefined)?.value).toBe('白江日报');
  });

  it('takes a body named after the time stamp of a page as its outlet', () => {
    const page = report(['白江互联网协会第四届会员大会召开。'], {
      info: ['2016-12-21 18:39   白江互联网协会'],
    });
    expect(readOutlet(page, undefined)?.value).toBe('白江互联网协会');
  });

  it('removes converter pinyin with a space inside its bracket', () => {
    expect(stripConverterPinyin('一屆一次會(huì )員大會(huì )')).toBe('一屆一次會員大會');
  });
});

describe('round 37: scoring', () => {
  it('matches a post with a bare kind of body in front with the post', () => {
    const want = {
      name: '甲乙',
      position: '学会秘书长',
      organization: null,
      role: '其他' as const,
    };
    expect(positionMatches('秘书长', want)).toBe(true);
    expect(positionMatches('副秘书长', want)).toBe(false);
  });
});
