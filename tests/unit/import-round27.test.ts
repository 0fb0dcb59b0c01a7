/**
 * Round 27 of the importer (from the misses of sets AI to BZ pooled: event names without their owner or describing
 * no event, outlets cut wrong from datelines): each rule on text written for the test, in the shapes the reports use
 * (no sentence of any real report is copied here).
 */
import { describe, expect, it } from 'vitest';
import { readDates } from '../../src/lib/import/facts/dates.ts';
import { readEvent } from '../../src/lib/import/facts/event.ts';
import { readByline, readOutlet } from '../../src/lib/import/facts/source.ts';
import { extractFacts } from '../../src/lib/import/extract.ts';
import { outletFromUrl } from '../../src/lib/import/outlets.ts';
import { sentences } from '../../src/lib/import/text.ts';
import { people, report } from '../support/import.ts';

const title = (lines: string[], headline?: string) => readEvent(sentences(lines), headline)?.title;

describe('round 27: event names', () => {
  it('reads a name that opens its sentence before a comma, then when and where it was held', () => {
    expect(title(['白江大学校友会青川分会成立大会，昨天下午在青川宾馆举行。副校长王明远出席成立大会。'])).toBe(
      '白江大学校友会青川分会成立大会',
    );
    expect(title(['白江青禾商会第二届会员大会，5月6日上午在白江会展中心隆重召开。会长王明远出席。'])).toBe(
      '白江青禾商会第二届会员大会',
    );
  });

  it('puts the convener before a name that needs it when the time has minutes, or the verb is 办理', () => {
    expect(title(['白江青禾同乡会6月2日上午9时15分假白江大酒店举行第3届第2次会员大会，理事长王明远主持。'])).toBe(
      '白江青禾同乡会第3届第2次会员大会',
    );
    expect(title(['白江退休人员协会于8日上午假青川饭店办理会员大会，理事长王明远主持。'])).toBe(
      '白江退休人员协会会员大会',
    );
  });

  it('reads the convener after a dateline in brackets that gives the day only, or a credit that lost its bracket', () => {
    expect(title(['（中央社白江8日电）白江青禾同乡会8日举行理事长交接典礼，理事长王明远致词。'])).toBe(
      '白江青禾同乡会理事长交接典礼',
    );
    expect(title(['白江时报/王明远/采访报导】白江青禾公所于3月2日中午，在该公所大厅隆重举行新届主席就职典礼。'])).toBe(
      '白江青禾公所新届主席就职典礼',
    );
    // A handover named by who leaves and who takes over says nothing of whose it is either.
    expect(title(['白江国民外交协会23日晚间举办新卸任会长交接典礼。'])).toBe('白江国民外交协会新卸任会长交接典礼');
  });

  it('names an installation after the officers installed and their body', () => {
    expect(title(['3月5日，白江青禾同乡会第六届会长团理监事在青川大酒店举行就职典礼，大使王明远出席。'])).toBe(
      '白江青禾同乡会第六届会长团理监事就职典礼',
    );
  });

  it('takes the event a 联谊会 held, not the 联谊会, when an event is named after the verb', () => {
    expect(title(['5月3日，白江青禾联谊会在青川会议中心举办第八届理事就职典礼，会长王明远致辞。'])).toBe(
      '白江青禾联谊会第八届理事就职典礼',
    );
    expect(title(['5月3日，白江青禾同乡联谊会在青川隆重举行了成立一周年庆典活动。'])).toBe(
      '白江青禾同乡联谊会成立一周年庆典活动',
    );
  });

  it('reads 恳亲会 as an event word, and not 会庆 cut from 庆祝', () => {
    expect(title(['3月9日，白江青禾总商会隆重举行2005年度会员大会暨恳亲会。'])).toBe(
      '白江青禾总商会2005年度会员大会暨恳亲会',
    );
    expect(title(['王明远出席白江青禾同乡会庆祝该会成立88周年。'])).toBeUndefined();
  });

  it('leaves the name for the editor when the report only describes what happened, keeping its day', () => {
    const facts = extractFacts(
      report(['5月6日，白江青禾会馆举办多项活动，会长王明远致辞。'], { meta: { url: 'https://x.cn/2024/a.html' } }),
    );
    expect(facts.title).toBeUndefined();
    expect(facts.startDate).toBe('2024-05-06');
    expect(facts.todos.find((t) => t.field === 'title')?.why).toContain('多项活动');
    expect(facts.evidence.some((e) => e.fact === '会议名称')).toBe(false);
    // A name that only looks like one of those words inside is still a name.
    expect(
      extractFacts(report(['5月6日，白江青禾会馆举办了解放六十周年纪念活动，会长王明远致辞。'])).title,
    ).toBeDefined();
  });
});

describe('round 27b: event names', () => {
  it('puts a county or district before the numbered congress it holds', () => {
    expect(title(['昨日（8日），（白江市）青川区召开第一次归侨侨眷代表大会，代表160名出席。'])).toBe(
      '青川区第一次归侨侨眷代表大会',
    );
    expect(title(['5月6日，我市召开第三次妇女代表大会，代表160名出席。'])).toBe('第三次妇女代表大会');
  });

  it('reads a time in Chinese numerals with 起, and a venue written in Latin letters', () => {
    expect(title(['白江慈善会青川县支会今日下午二时十五分起举行第四届第二次会员大会，会长王明远主持。'])).toBe(
      '白江慈善会青川县支会第四届第二次会员大会',
    );
    expect(title(['白江华夏协会于12日在青川Mt. Albert的活动中心举行第十一次会员大会暨年会。'])).toBe(
      '白江华夏协会第十一次会员大会暨年会',
    );
  });

  it('leaves out praise and a body’s age in front of a name, wherever the name is read', () => {
    expect(title(['8月7日，白江经贸协会在白江酒家举办盛大的晚宴，庆祝协会成立五周年。'])).toBeUndefined();
    expect(title(['3月15日，拥有 113 年历史的白江福建会馆第七十届理事会就职典礼在青川举行，嘉宾出席。'])).toBe(
      '白江福建会馆第七十届理事会就职典礼',
    );
  });
});

describe('round 28: people', () => {
  it('leaves a caption’s marker (▲, ■) out of the position after it', () => {
    expect(people('▲市委常委、统战部部长王明远为新一届执委颁发证书。')).toEqual([
      ['王明远', '市委常委、统战部部长', '颁奖'],
    ]);
    expect(people('■ 镇党委书记李青山讲话。')).toEqual([['李青山', '镇党委书记', '讲话']]);
  });
});

describe('round 27: dates', () => {
  it('reads the event day after a dispatch line that ends in 消息, and no day from a bracketed dispatch of a day only', () => {
    const dated = extractFacts(
      report(['白江视点10月29日消息 10月28日上午，白江县青禾协会第八次代表大会召开。'], {
        info: ['2022-10-29 来源：白江县融媒体中心'],
      }),
    );
    expect(dated.startDate).toBe('2022-10-28');
    const bracketed = extractFacts(
      report(['（白江19日讯）白江青禾联合总会在白江举行全国会员大会，会长王明远致辞。'], {
        info: ['2016-06-19 来源：白江日报'],
      }),
    );
    expect(bracketed.startDate).toBeUndefined();
  });

  it('takes no year from a name that spans two years', () => {
    const span = readDates(['某会于9月10日举行颁奖典礼。'], { title: '2019/20年白江奖颁奖典礼' });
    expect(span.start).toBeUndefined();
    expect(readDates(['某会于9月10日举行颁奖典礼。'], { title: '2019年白江奖颁奖典礼' }).start).toBe('2019-09-10');
    expect(readDates(['某会于9月10日举行颁奖典礼。'], { title: '2026至2027年新届就职典礼', urlYear: 2025 }).start).toBe(
      '2025-09-10',
    );
  });
});

describe('round 27: outlets', () => {
  it('cuts the dateline place after an outlet abroad or in Taiwan, only after a word an outlet ends in', () => {
    expect(readByline(['中评社桃园6月19日电（记者 王明远）某会召开。'])).toMatchObject({
      outlet: '中评社',
      city: '桃园',
    });
    expect(readByline(['（讯报棉兰讯）3月2日，某会举行。'])).toMatchObject({ outlet: '讯报', city: '棉兰' });
    expect(readByline(['中新社中山11月9日电 某会开幕。'])).toMatchObject({ outlet: '中新社', city: '中山' });
    // `白江晚报掌上白江`: an app's name ends in a place; it is no dateline.
    expect(readByline(['青川晚报掌上长沙6月16日讯 某会举行。'])?.outlet).toBe('青川晚报掌上长沙');
  });

  it('reads a dateline whose date has spaces between its digits and 月/日', () => {
    expect(readByline(['白江网曼谷 3 月 18 日电 某会举行。'])).toMatchObject({
      outlet: '白江网',
      city: '曼谷',
      month: 3,
      day: 18,
    });
  });

  it('reads 专讯 as 讯 and leaves out the clock a date is given in', () => {
    expect(readByline(['【白江报专讯】某会举行。'])?.outlet).toBe('白江报');
    expect(readByline(['【白江台北京时间2025年03月09日讯】某会举行。'])?.outlet).toBe('白江台');
  });

  it('reads no outlet from a dateline that names only a city, or a 来源 saying it is unknown', () => {
    expect(readByline(['太原3月29日电 某会举行。'])?.outlet).toBeUndefined();
    expect(
      readOutlet(report(['某会举行。'], { info: ['时间：2019-02-14 来源：未知 作者：编辑'] }), undefined),
    ).toBeUndefined();
  });

  it('leaves a site’s greeting and the word for gathering out of a 来源', () => {
    expect(readOutlet(report(['某会举行。'], { info: ['资料来源：欢迎莅临白江资讯网'] }), undefined)?.value).toBe(
      '白江资讯网',
    );
    expect(readOutlet(report(['某会举行。'], { info: ['来源：同心白江收集编辑：同心白江'] }), undefined)?.value).toBe(
      '同心白江',
    );
  });

  it('reads no outlet from a 供稿 that names a person', () => {
    expect(readOutlet(report(['某会举行。'], { info: ['（供稿：王明远 审核：李青山）'] }), undefined)).toBeUndefined();
    // (Nor, since round 148, from a body's 供稿 credit: who sent the piece in.)
    expect(readOutlet(report(['某会举行。'], { info: ['供稿：白江民政局'] }), undefined)).toBeUndefined();
  });

  it('reads a site’s own news line (某网消息) and a closing credit of the body that sent the article in', () => {
    expect(readByline(['白江妇联网消息 12月14日上午，某会召开。'])?.outlet).toBe('白江妇联网');
    expect(readByline(['据白江社消息，某会召开。'])?.outlet).toBeUndefined();
    expect(readOutlet(report(['某会召开。', '（白江市科协供稿）']), undefined)?.value).toBe('白江市科协');
    expect(readOutlet(report(['某会召开。', '（王明远供稿）']), undefined)).toBeUndefined();
  });

  it('knows more Chinese-language news sites by their address', () => {
    expect(outletFromUrl('http://www.modaily.cn/amucsite/web/index.html')).toBe('澳门日报');
    expect(outletFromUrl('https://www.kmdn.gov.tw/1117/1271/1274/1')).toBe('金门日报');
    expect(outletFromUrl('https://www.singtaousa.com/2024-01-01/x')).toBe('星岛日报');
    expect(outletFromUrl('https://www.crntt.com/doc/1.html')).toBe('中评社');
    expect(outletFromUrl('https://news.on.cc/a.html')).toBe('东网');
    expect(outletFromUrl('https://orientaldaily.on.cc/a.html')).toBe('东方日报');
  });
});
