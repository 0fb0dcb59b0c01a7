/**
 * Round 20 of the importer (development sets AS to AV, after their blind runs): each rule on text written for the
 * test, in the shapes the reports use (no sentence of any real report is copied here).
 */
import { describe, expect, it } from 'vitest';
import { chineseNumeralDates, cleanText } from '../../src/lib/import/clean.ts';
import { extractFacts } from '../../src/lib/import/extract.ts';
import { readEvent } from '../../src/lib/import/facts/event.ts';
import { sentences } from '../../src/lib/import/text.ts';
import { placeBarePosts } from '../../src/lib/import/facts/bodies.ts';
import { readByline, readOutlet } from '../../src/lib/import/facts/source.ts';
import { outletFromUrl } from '../../src/lib/import/outlets.ts';
import { attendee, people, report } from '../support/import.ts';

describe('round 20: dates in numerals and the feed’s page date', () => {
  it('writes a day alone in numerals as digits before what happens on it, and no numeral in a name', () => {
    expect(chineseNumeralDates('青禾商会三十日举行年会')).toBe('青禾商会30日举行年会');
    expect(chineseNumeralDates('于廿八日在白江举行')).toBe('于28日在白江举行');
    expect(chineseNumeralDates('卅一日上午')).toBe('31日上午');
    expect(chineseNumeralDates('十一月九日电')).toBe('11月9日电');
    expect(chineseNumeralDates('启动“慈善一日捐”')).toBe('启动“慈善一日捐”');
    expect(chineseNumeralDates('第三十日在')).toBe('第三十日在');
    expect(chineseNumeralDates('三十二日在')).toBe('三十二日在');
    expect(chineseNumeralDates('十三月五日')).toBe('十三月五日');
  });

  it('dates a body’s meeting held on a numeral day by the page date a feed puts before the first paragraph', () => {
    const cleaned = cleanText(
      [
        'date 2025-03-09 白江青禾公会八日举行第五届第一次会员大会，选出新任理事长。（记者甲乙摄）',
        '',
        '白江青禾公会八日举行第五届第一次会员大会，会员代表两百余人出席，理事长王明远致词表示将继续服务会员。',
      ].join('\n'),
    );
    expect(cleaned.info).toContain('date 2025-03-09');
    const facts = extractFacts({ ...cleaned, meta: {} });
    expect(facts.published).toBe('2025-03-09');
    expect(facts.title).toBe('白江青禾公会第五届第一次会员大会');
    expect(facts.startDate).toBe('2025-03-08');
  });
});

describe('round 20: clean', () => {
  it('drops a reporter’s credit with the place filed from, with or without brackets', () => {
    const cleaned = cleanText(
      [
        '白江青禾协会召开会员大会',
        '记者王明远／白江报导',
        '[李青/青山报导]',
        '白江青禾协会3月8日召开会员大会，会长张三主持，会员代表百余人出席。',
      ].join('\n'),
    );
    expect(cleaned.lines.slice(1)).toEqual(['白江青禾协会3月8日召开会员大会，会长张三主持，会员代表百余人出席。']);
    expect(cleaned.writers).toEqual(['王明远', '李青']);
  });

  it('keeps one copy of a line that is the same text twice (an image’s alt text and title run together)', () => {
    const line = '白江青禾同乡会举行新春团拜活动';
    const cleaned = cleanText(
      [`${line}${line}`, '白江青禾同乡会3月8日召开第十届第二次会员代表大会，会长张三致辞，会员代表百余人出席。'].join(
        '\n',
      ),
    );
    expect(cleaned.lines.join('\n')).not.toContain(`${line}${line}`);
  });
});

describe('round 20: events', () => {
  it('puts a 公所, 会馆 or 公会 before its own numbered meeting, past a bare day and a space before the verb', () => {
    expect(extractFacts(report(['白江青禾公所日前在白江华埠 举行第131届新职员就职典礼。'])).title).toBe(
      '白江青禾公所第131届新职员就职典礼',
    );
    expect(extractFacts(report(['白江青禾会馆12日举行第二届理事会就职典礼。'])).title).toBe(
      '白江青禾会馆第二届理事会就职典礼',
    );
  });

  it('puts the body before its own anniversary when the name opens with 庆祝, past a bare 昨', () => {
    expect(extractFacts(report(['白江青禾联合总会昨在白江举行庆祝成立30周年暨中秋酒会。'])).title).toBe(
      '白江青禾联合总会庆祝成立30周年暨中秋酒会',
    );
  });

  it('reads 盛典 and 春宴 as the heads of an event’s name', () => {
    expect(extractFacts(report(['1月10日晚，第三届白江公益年度盛典在白江剧院举行。'])).title).toBe(
      '第三届白江公益年度盛典',
    );
  });
});

describe('round 20: outlets', () => {
  it('reads a dateline ending in 消息, in numerals, and with the place after the outlet (某网某地讯)', () => {
    expect(readByline(['青禾网11月12日白江消息 11日下午，白江青禾协会成立。'])).toMatchObject({
      outlet: '青禾网',
      month: 11,
      day: 12,
    });
    expect(readByline(['青禾网桂林讯 文/甲乙：3月5日，白江青禾协会成立。'])).toMatchObject({
      outlet: '青禾网',
      city: '桂林',
    });
    expect(readByline(['????青禾网8月22日讯 8月21日，白江青禾协会成立。'])?.outlet).toBe('青禾网');
  });

  it('reads no outlet from 通讯员, a photo’s 来源, or a name with a converter’s pinyin in it', () => {
    expect(readByline(['青禾记者 王明远 通讯员 李青 文/图'])?.outlet).toBeUndefined();
    const photo = readOutlet(report(['白江青禾协会成立。'], { info: ['会场（图片来源:青禾办）'] }), undefined);
    expect(photo).toBeUndefined();
    expect(readByline(['??诰W(wǎng)8月22日讯 8月21日，白江青禾协会成立。'])?.outlet).toBeUndefined();
  });

  it('reads the outlet of a credit line with a correspondent or 文/图, whatever its name', () => {
    const lines = ['青禾记者 王明远 通讯员 李青 文/图', '1月10日，白江青禾协会召开会员大会。'];
    expect(readOutlet(report(lines), readByline(lines))?.value).toBe('青禾');
    // A credit with neither is not read as one (the word before 记者 may be no outlet).
    expect(readOutlet(report(['青禾记者 王明远', '1月10日，白江青禾协会召开会员大会。']), undefined)).toBeUndefined();
  });

  it('reads a bracketed credit that says 采访报导', () => {
    expect(readByline(['【青禾报记者王明远采访报导】白江青禾公所3月5日举办春宴。'])?.outlet).toBe('青禾报');
  });

  it('knows the regional and overseas Chinese-language news sites by their address', () => {
    // (Yahoo奇摩新闻 carries other outlets' reports: its address names none since round 86, the page's credit does.)
    expect(outletFromUrl('https://tw.news.yahoo.com/abc-123.html')).toBeUndefined();
    expect(outletFromUrl('https://www.worldjournal.com/wj/story/1/2')).toBe('世界日报');
    expect(outletFromUrl('http://news.dzwww.com/a.htm')).toBe('大众网');
    expect(outletFromUrl('http://sx.china.com/a.html')).toBe('中华网');
    expect(outletFromUrl('http://www.china.com.cn/a.html')).toBe('中国网');
    expect(outletFromUrl('https://news.yahoo.com/a.html')).toBeUndefined();
  });
});

describe('round 20: people', () => {
  it('ends a name before 担任, 连任, 接任 and 团队; names alone before 担任司仪 ran the proceedings', () => {
    expect(people('副会长王明远介绍来宾，张青、李白担任大会司仪。').sort()).toEqual([
      ['张青', '司仪', '主持'],
      ['李白', '司仪', '主持'],
      ['王明远', '副会长', '发言'],
    ]);
    expect(people('会长王明远连任。')).toEqual([['王明远', '会长', '其他']]);
    expect(people('副议长张青山团队、议员李白江到场祝贺。').map((p) => p.slice(0, 2))).toEqual([
      ['张青山', '副议长'],
      ['李白江', '议员'],
    ]);
  });

  it('reads 督导 and 立委 as titles', () => {
    expect(people('白江市社会局督导王明远出席。')).toEqual([['王明远', '白江市社会局督导', '出席']]);
    expect(people('立委李青出席。')).toEqual([['李青', '立委', '出席']]);
  });

  it('leaves a body’s bare post after someone of another body unplaced, not the event’s own body', () => {
    const from = '白江商业会副理事长周明远、常务理事吴海平出席。';
    const found = [attendee('周明远', '白江商业会副理事长', from), attendee('吴海平', '常务理事', from)];
    placeBarePosts(found, '青禾公会', []);
    expect(found[1]!.organization).toBeUndefined();
  });
});

describe('round 20b (sets AW to AZ, after their blind runs)', () => {
  it('puts any body whose name ends in 会 before its own numbered meeting', () => {
    expect(extractFacts(report(['12月3日上午，白江县青禾红十字会召开第三次会员代表大会。'])).title).toBe(
      '白江县青禾红十字会第三次会员代表大会',
    );
    // Not a gathering whose name ends in 会 (大会, 年会) before another meeting.
    // (Since round 30 the name is left to the editor: the report does not say whose it is.)
    const bare = sentences(['12月3日上午，白江年会召开第三次会员代表大会。']);
    expect(readEvent(bare)).toMatchObject({ title: '第三次会员代表大会', bare: true });
    expect(extractFacts(report(['12月3日上午，白江年会召开第三次会员代表大会。'])).title).toBeUndefined();
  });

  it('reads the years of the Republic (民国六十六年) as the common era', () => {
    expect(chineseNumeralDates('民国六十六年十二月二十五日')).toBe('1977年12月25日');
    expect(chineseNumeralDates('民国113年5月1日')).toBe('2024年5月1日');
    expect(chineseNumeralDates('中华民国成立')).toBe('中华民国成立');
  });

  it('reads a 来源 up to 作者/, a paper without 报道 after it, and the paper in brackets after a headline', () => {
    const outlet = (info: string) =>
      readOutlet(report(['1月10日，白江青禾协会召开会员大会。'], { info: [info] }), undefined);
    expect(outlet('来源：新闻中心作者/编辑：编辑 2018年10月16日')).toBeUndefined();
    expect(outlet('2011-01-12 00:00:00 来源：青禾日报报道')?.value).toBe('青禾日报');
    expect(outlet('来源：中国报道')?.value).toBe('中国报道');
    expect(outlet('报导来源：青禾大学募款创新高（20240704 青禾日报）')?.value).toBe('青禾日报');
  });
});

describe('round 21 (sets BA and BB, after their blind runs)', () => {
  it('takes the body from the clause before one that opens with 于', () => {
    expect(
      extractFacts(report(['经青山市民政局批准成立的白江青禾产业联合会，于7月16日在青山召开了成立大会。'])).title,
    ).toBe('白江青禾产业联合会成立大会');
  });

  it('takes the body the headline puts before a name the body gives without its convener', () => {
    const facts = extractFacts(
      report(['4月28日，市领导出席了成立大会并致辞。'], { headline: '白江青禾华人商会成立大会在青山隆重开幕' }),
    );
    expect(facts.title).toBe('白江青禾华人商会成立大会');
    // Not a headline's name whose front is no body.
    // (Since round 30 the name is left to the editor: the report does not say whose it is.)
    expect(readEvent(sentences(['4月28日，市领导出席了成立大会并致辞。']), '热烈庆祝成立大会召开')).toMatchObject({
      title: '成立大会',
      bare: true,
    });
  });

  it('splits a city abroad off a dateline’s outlet (某网巴黎2月24日电)', () => {
    expect(readByline(['青禾网巴黎2月24日电 2月23日，白江青禾同乡会举行就职典礼。'])).toMatchObject({
      outlet: '青禾网',
      city: '巴黎',
    });
    // The day in brackets after the outlet (`某网(2019-9-12)讯`) is no part of its name.
    expect(readByline(['青禾网(2019-9-12)讯：白江青禾商会举行就职典礼。'])?.outlet).toBe('青禾网');
  });
});

describe('round 21: the convener after a dateline with the day in brackets', () => {
  it('leaves the dateline (某网(2019-9-12)讯：) out of the convener', () => {
    const facts = extractFacts(report(['青禾网(2019-9-12)讯：白江青禾商会在青山隆重举行新届就职典礼。']));
    expect(facts.organizers).not.toContain('青禾网(2019-9-12)讯：白江青禾商会');
    expect(facts.title).toBe('白江青禾商会新届就职典礼');
    expect(facts.organizers).toEqual(['白江青禾商会']);
  });
});

describe('round 22 (people on sets AS to BD)', () => {
  it('reads a name then its title before 在…上致辞, and 校友 after a name', () => {
    expect(people('白江青禾联谊会王明远会长首先在庆典仪式上致辞。')).toEqual([
      ['王明远', '白江青禾联谊会会长', '致辞'],
    ]);
    expect(people('青山市图书馆馆长张白江校友首先汇报了筹备情况。')).toEqual([['张白江', '青山市图书馆馆长', '发言']]);
  });

  it('leaves a Malaysian honorific out of both the position and the name', () => {
    expect(people('青禾会馆会长拿督斯里王明远致词。')).toEqual([['王明远', '青禾会馆会长', '致辞']]);
    expect(people('青禾联合会总会长丹斯里李青出席。')).toEqual([['李青', '青禾联合会总会长', '出席']]);
  });

  it('leaves a bracketed dateline and the verb before a post out of the position', () => {
    expect(people('（白江11日讯）青禾联合总会总会长王明远出席。')).toEqual([['王明远', '青禾联合总会总会长', '出席']]);
  });

  it('reads an elected list where most names read, and lists with a count (等7人为副主席)', () => {
    // (Since round 69 the item whose surname the reader lacks is taken too, when it can be a name: 闪 is a surname.)
    expect(people('张青、李白、王明远、闪阳当选为副主席。').map((p) => p[0])).toEqual([
      '张青',
      '李白',
      '王明远',
      '闪阳',
    ]);
    expect(people('张青、李白、王明远、全体当选为副主席。').map((p) => p[0])).toEqual(['张青', '李白', '王明远']);
    const counted = people('大会选出张青为主席，李白、王明远等7人为副主席；赵青山等26人为常务理事。');
    expect(counted).toContainEqual(['李白', '副主席', '其他']);
    expect(counted).toContainEqual(['赵青山', '常务理事', '其他']);
    expect(people('王明远等29名同志当选为副会长。')).toEqual([['王明远', '副会长', '其他']]);
    // Without an election in the sentence, 等N人为 is no appointment.
    expect(people('李白、王明远等7人为来宾代表。')).toEqual([]);
  });
});

describe('round 23 (sets BE and BF, after their blind runs)', () => {
  it('reads 巿 typed for 市, and a body before the venue it met at as the convener', () => {
    const cleaned = cleanText('白江巿青禾同乡会4日于青山餐厅举行第六届第一次会员大会，理事长王明远致词。');
    expect(cleaned.lines[0]).toContain('白江市青禾同乡会');
    const facts = extractFacts(report(['2月4日，白江市青禾同乡会于青山餐厅举行敬老联谊餐会。']));
    expect(facts.organizers).toEqual(['白江市青禾同乡会']);
  });

  it('leaves the year of a dispatch date out of the outlet (某报2013年1月5日讯)', () => {
    expect(readByline(['青禾报2013年1月5日讯 1月4日，白江青禾同乡会举行交接典礼。'])?.outlet).toBe('青禾报');
  });
});
