/**
 * The importer's smaller helpers, each called inside its test (mutation testing credits only that):
 * extractFacts's evidence and TODOs, the bench's scorer, outlets from addresses, the text helpers,
 * the divisions, segmenting, surnames, names and affiliations. Every sentence is invented for the
 * test; the tallies of the scorer are counted by hand.
 */
import { describe, expect, it } from 'vitest';
import { report } from '../support/import.ts';
import { findAffiliations } from '../../src/lib/import/affiliations.ts';
import { cityOf, divisionsNamed, isMunicipality, placeAt, shortName } from '../../src/lib/import/divisions.ts';
import { extractFacts, noFacts } from '../../src/lib/import/extract.ts';
import type { ReportText } from '../../src/lib/import/facts/types.ts';
import { endsWithTitle, namesAt, splitPositionName } from '../../src/lib/import/names.ts';
import { outletFromUrl } from '../../src/lib/import/outlets.ts';
import { words } from '../../src/lib/import/segment.ts';
import { surnameOf } from '../../src/lib/import/surnames.ts';
import { cnNumber, comparable, sentences, splitOutside } from '../../src/lib/import/text.ts';
import {
  addTallies,
  eventKey,
  namedOutlet,
  newTallies,
  outletKey,
  placeOf,
  samePlaceAtCityLevel,
  scoreReport,
  type Expected,
  type Predicted,
} from '../../src/lib/import/score.ts';

/** The code of the one division of that name at that level. */
const code = (name: string, level = 'county') => divisionsNamed(name).find((d) => d.level === level)!.code;

const expected = (more: Partial<Expected>): Expected => ({
  event: null,
  date: null,
  city: null,
  outlet: null,
  published: null,
  people: [],
  organizers: [],
  hosts: [],
  documents: [],
  chrome: [],
  ...more,
});
const predicted = (more: Partial<Predicted>): Predicted => ({
  people: [],
  organizers: [],
  hosts: [],
  documents: [],
  cleaned: '',
  kept: '',
  raw: '',
  ...more,
});
const tally = (tp: number, fp: number, fn: number) => ({ tp, fp, fn });

describe('score: the bench scorer on invented expectations', () => {
  it('counts every kind of one report by hand, with its misses in order', () => {
    const want = expected({
      event: '武汉市第二届公益论坛',
      date: '2025-10-18',
      city: '武汉市',
      outlet: '青川日报（客户端）',
      published: '2025-10-19',
      people: [
        { name: '林海燕', position: '厅长', organization: '青川省民政厅', role: '致辞' },
        { name: '周明德', position: '副市长', organization: '白江市政府', role: '致辞' },
        { name: '陈思远', position: null, organization: '白江大学', role: '发言' },
        { name: '顾文涛', position: '理事长', organization: '西岭基金会', role: '主持' },
        { name: '马丽', position: null, organization: '青川日报', role: '主持' },
        { name: '王强', position: null, organization: null, role: '出席' },
      ],
      organizers: ['青川省民政厅', '白江市人民政府'],
      hosts: ['白江市公益联合会'],
      documents: ['西岭合作协议'],
      chrome: ['分享到微信', '打印本页', '  '],
    });
    const got = predicted({
      event: '第二届公益论坛',
      date: '2025-10-17',
      placeCode: code('武昌区'),
      outlet: '青川日报网',
      published: '2025-10-19 09:30',
      people: [
        { name: '林海燕', position: '青川省民政厅厅长', organizations: ['青川省民政厅'], role: '致辞' },
        { name: '周明德', position: '市长', organizations: ['白江市人民政府', '青川省政协'], role: '致辞' },
        { name: '陈思远', position: '教授', organizations: ['青川省白江大学'], role: '发言' },
        { name: '吴明', position: '秘书长', organizations: [], role: '出席' },
        { name: '马丽', organizations: [], role: '主持' },
        { name: '王强', organizations: ['某公司'], role: '主持' },
      ],
      organizers: ['青川省民政厅', '白江市 人民政府', '白江市委'],
      hosts: [],
      documents: ['《西岭合作协议》'],
      cleaned: '正文一段。打印本页',
      kept: '林海燕 周明德 陈思远 顾文涛 青川省民政厅 白江市人民政府',
      raw: '武汉市第二届公益论坛 林海燕 周明德 陈思远 顾文涛 青川省民政厅 白江市人民政府 白江市公益联合会 分享到微信 打印本页',
    });
    const s = scoreReport(want, got);
    expect(s.tallies).toEqual({
      event: tally(1, 0, 0),
      date: tally(0, 1, 1),
      city: tally(1, 0, 0),
      outlet: tally(1, 0, 0),
      published: tally(1, 0, 0),
      people: tally(5, 1, 1),
      peopleWithPositions: tally(1, 3, 2),
      personOrganization: tally(2, 1, 2),
      personRole: tally(4, 1, 1),
      organizers: tally(2, 1, 0),
      hosts: tally(0, 0, 1),
      documents: tally(1, 0, 0),
      chrome: tally(1, 2, 1),
    });
    expect(s.misses).toEqual([
      { kind: 'date', expected: '2025-10-18', got: '2025-10-17' },
      { kind: 'organizers', got: '白江市委' },
      { kind: 'hosts', expected: '白江市公益联合会' },
      { kind: 'people', got: '吴明' },
      { kind: 'people', expected: '顾文涛' },
      { kind: 'peopleWithPositions', expected: '副市长 周明德', got: '市长 周明德' },
      { kind: 'peopleWithPositions', expected: '（无职务） 陈思远', got: '教授 陈思远' },
      { kind: 'peopleWithPositions', expected: undefined, got: '秘书长 吴明' },
      { kind: 'peopleWithPositions', expected: '理事长 顾文涛' },
      { kind: 'personOrganization', expected: '周明德：白江市政府', got: '白江市人民政府、青川省政协' },
      { kind: 'personOrganization', expected: '马丽：青川日报', got: undefined },
      { kind: 'personRole', expected: '王强：出席', got: '主持' },
      { kind: 'chrome', expected: '去掉“打印本页”' },
      { kind: 'chrome', expected: '保留“白江市公益联合会”', got: '被当作页面杂项删去' },
      { kind: 'chrome', expected: '保留“武汉市第二届公益论坛”', got: '被当作页面杂项删去' },
    ]);
    expect(s.misses.every((m) => 'kind' in m)).toBe(true);
  });

  it('counts a value read where none is expected as a false positive, one missing as a false negative', () => {
    const s = scoreReport(
      expected({ outlet: 'handmsg.com（转载镜像）', published: '2025-10-19', city: '武汉市' }),
      predicted({ event: '某公益论坛', outlet: '青川网' }),
    );
    expect(s.tallies.event).toEqual(tally(0, 1, 0));
    expect(s.tallies.date).toEqual(tally(0, 0, 0));
    expect(s.tallies.outlet).toEqual(tally(0, 1, 0));
    expect(s.tallies.published).toEqual(tally(0, 0, 1));
    expect(s.tallies.city).toEqual(tally(0, 0, 1));
    expect(s.misses).toEqual([
      { kind: 'event', expected: undefined, got: '某公益论坛' },
      { kind: 'outlet', expected: undefined, got: '青川网' },
      { kind: 'published', expected: '2025-10-19', got: undefined },
      { kind: 'city', expected: '武汉市', got: undefined },
    ]);
    expect(s.misses.map((m) => Object.keys(m).sort())).toEqual(Array(4).fill(['expected', 'got', 'kind']));
  });

  it('counts an outlet read from the address neither way when the expectation says the page names none and its note names that site', () => {
    const agree = scoreReport(
      expected({ outlet: '页面未署名(域名 qcrb.cn,青川日报)' }),
      predicted({ outlet: '青川日报' }),
    );
    expect(agree.tallies.outlet).toEqual(tally(0, 0, 0));
    expect(agree.misses.filter((m) => m.kind === 'outlet')).toEqual([]);
    const other = scoreReport(
      expected({ outlet: '页面未署名(域名 qcrb.cn,青川日报)' }),
      predicted({ outlet: '白江晚报' }),
    );
    expect(other.tallies.outlet).toEqual(tally(0, 1, 0));
    // A person the note names as who sent the piece in is no site.
    const person = scoreReport(
      expected({ outlet: '页面未署名(域名 qcrb.cn;供稿王明远)' }),
      predicted({ outlet: '王明远' }),
    );
    expect(person.tallies.outlet).toEqual(tally(0, 1, 0));
  });

  it('counts wrong single values once each way, the publication compared by its day', () => {
    const s = scoreReport(
      expected({ event: '第一届白江论坛', outlet: '青川日报', published: '2025-10-18', city: '广州市' }),
      predicted({
        event: '第二届白江论坛',
        outlet: '白江晚报',
        published: '2025-10-19 08:00',
        placeCode: code('武昌区'),
      }),
    );
    for (const k of ['event', 'outlet', 'published', 'city'] as const) expect(s.tallies[k]).toEqual(tally(0, 1, 1));
    expect(s.misses).toEqual([
      { kind: 'event', expected: '第一届白江论坛', got: '第二届白江论坛' },
      { kind: 'outlet', expected: '青川日报', got: '白江晚报' },
      { kind: 'published', expected: '2025-10-18', got: '2025-10-19' },
      { kind: 'city', expected: '广州市', got: '武昌区' },
    ]);
  });

  it('counts a place read where the expectation names none, or names one the divisions do not know', () => {
    const none = scoreReport(expected({}), predicted({ placeCode: code('武昌区') }));
    expect(none.tallies.city).toEqual(tally(0, 1, 0));
    expect(none.misses).toEqual([{ kind: 'city', expected: undefined, got: '武昌区' }]);
    const unknown = scoreReport(expected({ city: '白江市' }), predicted({ placeCode: code('武昌区') }));
    expect(unknown.tallies.city).toEqual(tally(0, 1, 1));
    expect(unknown.misses).toEqual([{ kind: 'city', expected: '白江市', got: '武昌区' }]);
    expect(scoreReport(expected({}), predicted({})).misses).toEqual([]);
  });

  it('strips slogans and leading places from event names, only at the start', () => {
    expect(eventKey('“互—助”——衡阳市公益论坛')).toBe('公益论坛');
    expect(eventKey('青川“互助”—公益论坛')).toBe('青川互助公益论坛');
    expect(eventKey('“互助”—衡阳市公益论坛')).toBe('公益论坛');
    expect(eventKey('“互—助”—衡阳市公益论坛')).toBe('公益论坛');
    expect(eventKey('湖南省衡阳市第三届慈善论坛')).toBe('第三届慈善论坛');
    // A place that leaves two characters or fewer is the name itself.
    expect(eventKey('衡阳市论坛')).toBe('衡阳市论坛');
    expect(eventKey('衡阳市慈善论坛')).toBe('慈善论坛');
    // A slogan is at most thirty characters: a longer head is part of the name.
    const head = '社区公益服务与志愿服务创新发展交流活动暨成果展示会开幕式暨表彰大会';
    expect(head.length).toBeGreaterThan(30);
    expect(eventKey(`${head}——开幕`)).toBe(`${head}开幕`);
  });

  it('keeps 网 inside an outlet name, and reads only a bare domain or words saying so as no outlet', () => {
    expect(outletKey('青川网络台')).toBe('青川网络台');
    expect(outletKey('青川日报网')).toBe('青川日报');
    expect(namedOutlet('handmsg.com（转载镜像）')).toBeNull();
    expect(namedOutlet('handmsg.com')).toBeNull();
    expect(namedOutlet('handmsg.com （转载镜像）')).toBeNull();
    expect(namedOutlet('青川日报 qcrb.cn')).toBe('青川日报 qcrb.cn');
    expect(namedOutlet('qcrb.cn 青川日报')).toBe('qcrb.cn 青川日报');
    expect(namedOutlet(null)).toBeNull();
    // Words saying the page names none, the domain in a note.
    expect(namedOutlet('页面未署名(域名 qcrb.cn)')).toBeNull();
    expect(namedOutlet('页面未写明站名(qcrb.cn,青川日报网站)')).toBeNull();
    expect(namedOutlet('页面只写“本报讯”,未写报名(域名 qcrb.cn)')).toBeNull();
    expect(namedOutlet('青川日报(页面未署名,据网址 qcrb.cn)')).toBe('青川日报(页面未署名,据网址 qcrb.cn)');
    expect(namedOutlet('页面正文未写报名(qcrb.cn,即青川日报)')).toBeNull();
    expect(namedOutlet('页面摘录未署名媒体名称,域名 qcrb.cn')).toBeNull();
  });

  it('reads an expected outlet up to the notes after a comma or semicolon', () => {
    expect(outletKey('青川日报(来源行),转载于 x.com')).toBe(outletKey('青川日报'));
    expect(outletKey('青川网(导语“青川网讯”);页面为转载站 x.com')).toBe(outletKey('青川'));
    expect(outletKey('青川日报，白江晚报')).not.toBe(outletKey('白江晚报'));
  });

  it('reads a place by name when it is not a place phrase, only when the name is unique', () => {
    expect(placeOf('南区')?.code).toBe('810004');
    expect(placeOf('东区')).toBeUndefined();
    expect(placeOf('一个没有地名的短语')).toBeUndefined();
    expect(placeOf('嘉定')?.name).toBe('嘉定区');
    // (Not a city abroad that opens with a county's short name: 吉隆坡 is no 吉隆县.)
    expect(placeOf('吉隆坡')).toBeUndefined();
    expect(placeOf('楚雄州')).toBeDefined();
  });

  it('matches a province with itself, not with a city inside it', () => {
    const gd = divisionsNamed('广东省')[0]!;
    const gz = divisionsNamed('广州市')[0]!;
    expect(samePlaceAtCityLevel(gd, gd)).toBe(true);
    expect(samePlaceAtCityLevel(gd, gz)).toBe(false);
    expect(samePlaceAtCityLevel(gz, divisionsNamed('武汉市')[0]!)).toBe(false);
  });

  it('adds tallies kind by kind', () => {
    const into = newTallies();
    const from = newTallies();
    from.event = tally(1, 2, 3);
    from.chrome = tally(4, 5, 6);
    addTallies(into, from);
    addTallies(into, from);
    expect(into.event).toEqual(tally(2, 4, 6));
    expect(into.chrome).toEqual(tally(8, 10, 12));
    expect(into.date).toEqual(tally(0, 0, 0));
  });
});

const INFO = ['2025-10-20 10:00 来源：青川网'];
const PUBLISHED = { fact: '发布时间', value: '2025-10-20 10:00', from: INFO[0] };
const OUTLET = { fact: '发布媒体', value: '青川网', from: INFO[0] };
const FROM_PUBLISHED = '年份取自发布日期 2025-10-20（2025-10-20 10:00 来源：青川网）';

describe('extractFacts: evidence and TODOs step by step', () => {
  it('dates a byline by the address, drops the dispatch date from the event sentence, and notes every fact', () => {
    const key = '青川网11月30日讯（记者 罗一舟）第三届白江公益论坛在武汉市武昌区举行，主题为“社区共治”。';
    const organizers = '论坛由青川省民政厅指导，白江市民政局、白江市慈善总会主办，白江市公益联合会承办，白江大学协办。';
    const url = 'http://www.example.org/news/201012/t1.html';
    const f = extractFacts(
      report([key, organizers, '青川省民政厅厅长林海燕出席并致辞。', '会上，两地签署《西岭社区公益合作协议》。'], {
        meta: { url },
        writers: ['罗一舟', '齐晓'],
      }),
    );
    expect(f).toMatchObject({
      url,
      published: '2010-11-30',
      outlet: '青川网',
      reporters: ['罗一舟', '齐晓'],
      title: '第三届白江公益论坛',
      edition: 3,
      theme: '社区共治',
      organizers: ['白江市民政局', '白江市慈善总会'],
      hosts: ['白江市公益联合会'],
      coOrganizers: ['白江大学'],
      supporters: ['青川省民政厅'],
      place: { city: '武汉市', district: '武昌区' },
    });
    // 11月30日 is the dispatch day, not the event's.
    expect(f.startDate).toBeUndefined();
    expect(f.evidence).toEqual([
      {
        fact: '发布时间',
        value: '2010-11-30',
        from: `电头“青川网11月30日讯（记者 罗一舟）第三”，年份取自网址 ${url}`,
      },
      { fact: '发布媒体', value: '青川网', from: key },
      { fact: '会议名称', value: '第三届白江公益论坛', from: key },
      { fact: '届次', value: '3', from: key },
      { fact: '主题', value: '社区共治', from: key },
      { fact: '主办', value: '白江市民政局、白江市慈善总会', from: organizers },
      { fact: '承办', value: '白江市公益联合会', from: organizers },
      { fact: '协办', value: '白江大学', from: organizers },
      { fact: '指导', value: '青川省民政厅', from: organizers },
      { fact: '举办城市', value: '武汉市（武昌区）', from: key, how: '会场“武汉市武昌区”' },
      { fact: '人物（致辞）', value: '青川省民政厅厅长 林海燕', from: '青川省民政厅厅长林海燕出席并致辞。' },
      { fact: '文件（签署）', value: '西岭社区公益合作协议', from: '会上，两地签署《西岭社区公益合作协议》。' },
    ]);
    expect(f.todos).toEqual([
      { field: 'sources[0].headline', why: '页面上没有可认作标题的行' },
      { field: 'sources[0].published', why: '只读到发布日期 2010-11-30，没有时刻' },
      { field: 'startDate', why: '报道中没有会议日期' },
    ]);
  });

  it('leaves out a dispatch date written with a few characters before 讯', () => {
    const f = extractFacts(
      report(['青川网11月30日综合讯 第三届白江公益论坛在武汉市举行。'], {
        meta: { url: 'http://www.example.org/news/201012/t1.html' },
      }),
    );
    expect(f.title).toBe('第三届白江公益论坛');
    expect(f.startDate).toBeUndefined();
  });

  it('notes nothing it did not read, and says why for each field left open', () => {
    const f = extractFacts(
      report(['一段没有会议的文字，写于某天。'], {
        headline: 'http://example.org/a',
        meta: { url: 'ftp://example.org/?to=http://x.org/' },
      }),
    );
    expect(f.headline).toBeUndefined();
    expect(f.url).toBeUndefined();
    expect(f.evidence).toEqual([]);
    expect(f.todos).toEqual([
      { field: 'sources[0].headline', why: '页面上没有可认作标题的行' },
      { field: 'sources[0].published', why: '页面上没有发布时间，网址中也没有日期' },
      { field: 'sources[0].outlet', why: '页面没有写来源，也没有网址' },
      { field: 'title', why: '报道中没有读到会议名称' },
      { field: 'startDate', why: '报道中没有会议日期' },
      { field: 'organizers', why: '报道没有写主办单位' },
      { field: 'city', why: '报道没有写举办地' },
    ]);
  });

  it('names the host of an address no outlet table knows', () => {
    const f = extractFacts(
      report(['一段没有会议的文字，写于某天。'], { meta: { url: 'https://www.example.org/a.html' } }),
    );
    expect(f.url).toBe('https://www.example.org/a.html');
    expect(f.todos.find((t) => t.field === 'sources[0].outlet')?.why).toBe(
      '页面没有写来源，网址 www.example.org 不在已知媒体表中（可能是转载或镜像）',
    );
  });

  it('keeps a headline that only ends in an address, and notes it', () => {
    const f = extractFacts(report(['一段没有会议的文字。'], { headline: '白江公益论坛开幕 https://qc.example.org' }));
    expect(f.headline).toBe('白江公益论坛开幕 https://qc.example.org');
    expect(f.evidence[0]).toEqual({
      fact: '报道标题',
      value: '白江公益论坛开幕 https://qc.example.org',
      from: '页面标题行',
    });
    expect(f.todos.map((t) => t.field)).not.toContain('sources[0].headline');
    expect(extractFacts(report(['一段文字。'], { headline: 'http://example.org/a' })).headline).toBeUndefined();
  });

  it('reads the headline line apart from the article: a document named only there is not one', () => {
    const headline = '白江公益论坛发布《白江公益年度报告》';
    const f = extractFacts(report([headline, '白江公益论坛10月18日在武汉市举行。'], { headline, info: INFO }));
    expect(f.documents).toEqual([]);
    expect(f.startDate).toBe('2025-10-18');
  });

  it('takes the year of a date from the address when the page has no publication time', () => {
    const line = '第三届白江公益论坛11月5日在武汉市举行。';
    for (const url of ['http://www.example.org/news/201012/t1.html', 'http://www.example.org/2010/t1.html']) {
      const f = extractFacts(report([line], { meta: { url } }));
      expect(f.startDate).toBe('2010-11-05');
      expect(f.evidence.find((e) => e.fact === '会议日期')).toEqual({
        fact: '会议日期',
        value: '2010-11-05',
        from: line,
        how: '正文“11月5日”；年份取自网址中的“2010”',
      });
    }
    expect(
      extractFacts(report([line], { meta: { url: 'http://www.example.org/news/t1.html' } })).startDate,
    ).toBeUndefined();
  });

  it('reads dates from later sentences that name the event, and from the next ones with an event verb', () => {
    const key = '第三届白江公益论坛在武汉市开幕。';
    const lead = extractFacts(
      report(
        [key, '甲乙丙。', '丁戊己。', '庚辛壬。', '癸子丑。', '第三届白江公益论坛为期两天，时间是10月18日至19日。'],
        {
          info: INFO,
        },
      ),
    );
    expect([lead.startDate, lead.endDate]).toEqual(['2025-10-18', '2025-10-19']);
    expect(lead.evidence.find((e) => e.fact === '会议日期')).toEqual({
      fact: '会议日期',
      value: '2025-10-18 至 2025-10-19',
      from: key,
      how: `正文“10月18日至19日”；${FROM_PUBLISHED}`,
    });
    const next = extractFacts(report([key, '开幕式于10月18日上午举行。'], { info: INFO }));
    expect(next.startDate).toBe('2025-10-18');
    expect(next.endDate).toBeUndefined();
    expect(next.evidence).toEqual([
      PUBLISHED,
      OUTLET,
      { fact: '会议名称', value: '第三届白江公益论坛', from: key },
      { fact: '届次', value: '3', from: key },
      { fact: '会议日期', value: '2025-10-18', from: key, how: `正文“10月18日上午”；${FROM_PUBLISHED}` },
      { fact: '举办城市', value: '武汉市', from: key, how: '会场“武汉市”' },
    ]);
    // A publication time with the hour leaves no TODO for it.
    expect(next.todos).toEqual([
      { field: 'sources[0].headline', why: '页面上没有可认作标题的行' },
      { field: 'organizers', why: '报道没有写主办单位' },
    ]);
    // Not a sentence before the event's, nor one four sentences after it.
    const far = extractFacts(
      report(['9月1日，筹备会在白江召开。', key, '甲乙丙。', '丁戊己。', '庚辛壬。', '闭幕式于10月20日举行。'], {
        info: INFO,
      }),
    );
    expect(far.startDate).toBeUndefined();
    expect(far.todos.find((t) => t.field === 'startDate')?.why).toBe('报道中没有会议日期');
  });

  it('notes an event without edition or theme by its name alone, and people as written or inferred', () => {
    const key = '白江社区公益发展论坛10月18日在武汉市举行。';
    const f = extractFacts(
      report(
        [
          key,
          '白江大学教授陈思远以《白江社区发展报告》为题作主旨演讲。',
          '林海燕指出，公益需要协作。',
          '会上发布了《白江社区发展报告》。',
        ],
        { info: INFO },
      ),
      ['林海燕'],
    );
    expect(f.evidence.filter((e) => ['会议名称', '届次', '主题'].includes(e.fact))).toEqual([
      { fact: '会议名称', value: '白江社区公益发展论坛', from: key },
    ]);
    expect(f.evidence.filter((e) => e.fact.startsWith('人物'))).toEqual([
      {
        fact: '人物（主旨演讲）',
        value: '白江大学教授 陈思远《白江社区发展报告》',
        from: '白江大学教授陈思远以《白江社区发展报告》为题作主旨演讲。',
      },
      { fact: '人物（讲话，推断）', value: '（未写职务） 林海燕', from: '林海燕指出，公益需要协作。' },
    ]);
    // The speech's title is not a document of the event.
    expect(f.documents).toEqual([]);
  });

  it('leaves the organizers of another event the report names to that event', () => {
    const f = extractFacts(
      report(
        [
          '第三届白江公益论坛10月18日在武汉市举行。',
          '论坛由青川省民政厅主办。',
          '同期举行的青川慈善大会由白江市民政局主办，共有百人参加。',
        ],
        { info: INFO },
      ),
    );
    expect(f.organizers).toEqual(['青川省民政厅']);
  });

  it('reads the lead sentence’s date when it reads no event (round 9), and none when the lead has no day', () => {
    const f = extractFacts(report(['10月18日，座谈在白江举行。'], { info: INFO }));
    expect(f.title).toBeUndefined();
    expect(f.startDate).toBe('2025-10-18');
    expect(extractFacts(report(['座谈在白江举行。'], { info: INFO })).startDate).toBeUndefined();
  });

  it('notes each kind of organizer as a list, from every sentence that names them', () => {
    const a = '论坛由青川省民政厅、白江市民政局指导，白江市慈善总会主办。';
    const b = '论坛由白江市公益联合会、白江市志愿者协会承办，白江大学、青川学院协办。';
    const f = extractFacts(report(['第三届白江公益论坛10月18日在武汉市举行。', a, b], { info: INFO }));
    const from = `${a} / ${b}`;
    expect(f.evidence.filter((e) => ['主办', '承办', '协办', '指导'].includes(e.fact))).toEqual([
      { fact: '主办', value: '白江市慈善总会', from },
      { fact: '承办', value: '白江市公益联合会、白江市志愿者协会', from },
      { fact: '协办', value: '白江大学、青川学院', from },
      { fact: '指导', value: '青川省民政厅、白江市民政局', from },
    ]);
  });

  it('starts from empty lists', () => {
    expect(noFacts()).toEqual({
      reporters: [],
      organizers: [],
      hosts: [],
      coOrganizers: [],
      supporters: [],
      people: [],
      documents: [],
      parallelSessions: [],
      evidence: [],
      todos: [],
    });
  });
});

describe('extractFacts: reporters in brackets when the byline names none', () => {
  const reporters = (lines: string[], more: Partial<ReportText> = {}) => extractFacts(report(lines, more)).reporters;
  it('reads （记者 …） in the first three lines, with or without a space', () => {
    expect(
      reporters(['第三届白江公益论坛（ 记者 张三 通讯员 李四）今日在武汉市举行。', '会议由青川省民政厅主办。']),
    ).toEqual(['张三']);
    expect(
      reporters(['第三届白江公益论坛今日在武汉市举行。', '会上（记者张三）看到，展区很大。', '会后合影。']),
    ).toEqual(['张三']);
  });
  it('reads （记者 …） at the very end of the article, not in the middle past the third line', () => {
    const body = ['第三届白江公益论坛今日在武汉市举行。', '甲乙丙。', '丁戊己。', '庚辛壬。'];
    expect(reporters([...body, '会议圆满结束。（记者 王五）'])).toEqual(['王五']);
    expect(reporters([...body, '会议圆满结束。（见习记者 王五） '])).toEqual(['王五']);
    expect(reporters([...body, '会上（记者 王五）看到，展区很大。', '会议圆满结束。'])).toEqual([]);
  });
  it('keeps the byline reporters and the page writers, each once, over any bracket', () => {
    expect(
      reporters(['青川网讯（记者 罗一舟）第三届白江公益论坛今日在武汉市举行（记者 张三）。'], {
        writers: ['罗一舟', '齐晓'],
      }),
    ).toEqual(['罗一舟', '齐晓']);
    expect(reporters(['第三届白江公益论坛（记者 张三）今日在武汉市举行。'], { writers: ['齐晓'] })).toEqual(['齐晓']);
  });
});

describe('outletFromUrl: civil-affairs sites by their address', () => {
  it('reads the department and the place from the host name', () => {
    expect(outletFromUrl('http://mzt.jilin.gov.cn/a.html')).toBe('吉林省民政厅');
    expect(outletFromUrl('http://mzj.jilin.gov.cn/a.html')).toBe('吉林市民政局');
    // minzheng/mz: either; of a province and a city of the same name, the city.
    expect(outletFromUrl('http://mz.jilin.gov.cn/a.html')).toBe('吉林市民政局');
    expect(outletFromUrl('http://minzheng.jilin.gov.cn/a.html')).toBe('吉林市民政局');
    // ü is written v in host names.
    expect(outletFromUrl('http://mzj.lvliang.gov.cn/a.html')).toBe('吕梁市民政局');
    // A municipality's department is a 局.
    expect(outletFromUrl('http://mzj.bj.gov.cn/a.html')).toBe('北京市民政局');
    expect(outletFromUrl('http://mzt.cq.gov.cn/a.html')).toBe('重庆市民政局');
    // A province has a 民政厅, no 民政局; mz names either.
    expect(outletFromUrl('http://mzj.hunan.gov.cn/a.html')).toBeUndefined();
    expect(outletFromUrl('http://mz.hunan.gov.cn/a.html')).toBe('湖南省民政厅');
  });
  it('names no outlet for an unknown place, a host too short or an address that does not parse', () => {
    expect(outletFromUrl('http://mz.qwxyz.gov.cn/a.html')).toBeUndefined();
    expect(outletFromUrl('http://mzt.qwxyz.gov.cn/a.html')).toBeUndefined();
    expect(outletFromUrl('http://mzt.hunan/a.html')).toBeUndefined();
    expect(outletFromUrl('not an address')).toBeUndefined();
    expect(outletFromUrl(undefined)).toBeUndefined();
  });
});

describe('text helpers', () => {
  it('splits sentences after their end marks, without empty ones', () => {
    expect(sentences(['甲说完了。乙问：好吗？ 丙', '', '  ', '丁！'])).toEqual([
      '甲说完了。',
      '乙问：好吗？',
      '丙',
      '丁！',
    ]);
  });
  it('splits only outside brackets, nested ones too', () => {
    expect(splitOutside('甲（乙（丙）、丁）、戊', '、')).toEqual(['甲（乙（丙）、丁）', '戊']);
    expect(splitOutside('甲）、乙', '、')).toEqual(['甲）', '乙']);
    expect(splitOutside('甲、乙', '、')).toEqual(['甲', '乙']);
  });
  it('reads Chinese and Arabic numerals, nothing else', () => {
    expect(cnNumber('12')).toBe(12);
    expect(cnNumber('首')).toBe(1);
    expect(cnNumber('十')).toBe(10);
    expect(cnNumber('十二')).toBe(12);
    expect(cnNumber('二十')).toBe(20);
    expect(cnNumber('三十三')).toBe(33);
    expect(cnNumber('百')).toBe(100);
    expect(cnNumber('两百')).toBe(200);
    expect(cnNumber('一百零五')).toBe(105);
    expect(cnNumber('一百二十')).toBe(120);
    for (const s of ['12a', 'a12', 'a十', '三十a十', '首届', '']) expect(cnNumber(s)).toBeUndefined();
  });
  it('compares names in lower case, without punctuation, full-width folded', () => {
    expect(comparable('ABC（杭州）·Ｘ')).toBe('abc杭州x');
  });
});

describe('divisions', () => {
  it('shortens a name by its longest suffix that leaves two characters, nationalities included', () => {
    expect(shortName('杜尔伯特蒙古族自治县')).toBe('杜尔伯特');
    expect(shortName('青龙满族自治县')).toBe('青龙');
    expect(shortName('双江拉祜族佤族布朗族傣族自治县')).toBe('双江');
    expect(shortName('伊犁哈萨克自治州')).toBe('伊犁');
    expect(shortName('龙胜各族自治县')).toBe('龙胜');
    expect(shortName('内蒙古自治区')).toBe('内蒙古');
    expect(shortName('西藏自治区')).toBe('西藏');
    expect(shortName('管城回族区')).toBe('管城');
    expect(shortName('碑林区')).toBe('碑林');
    expect(shortName('西安市')).toBe('西安');
    expect(shortName('香港特别行政区')).toBe('香港');
    // What is left is a nationality, or a single character, or there is no suffix at all.
    expect(shortName('东乡族自治县')).toBe('');
    expect(shortName('矿区')).toBe('');
    expect(shortName('浦东')).toBe('');
  });
  it('finds an autonomous county by its short name, unless another division has that name', () => {
    expect(divisionsNamed('青龙').map((d) => d.name)).toEqual(['青龙满族自治县']);
    expect(divisionsNamed('杜尔伯特').map((d) => d.name)).toEqual(['杜尔伯特蒙古族自治县']);
    // 河南 is the province, not 河南蒙古族自治县; 本溪 the city, not 本溪满族自治县.
    expect(divisionsNamed('河南').map((d) => d.name)).toEqual(['河南省']);
    expect(divisionsNamed('本溪').map((d) => d.name)).toEqual(['本溪市']);
  });
  const one = (name: string) => divisionsNamed(name)[0]!;
  it('places districts of a municipality under it, past the grouping nodes', () => {
    expect(divisionsNamed('市辖区')).toEqual([]);
    expect(one('嘉定区').parent?.name).toBe('上海市');
    expect(cityOf(one('嘉定区'))?.name).toBe('上海市');
    expect(one('邢台市').level).toBe('city');
  });
  it('tells municipalities by their code prefix', () => {
    expect(isMunicipality(one('上海市'))).toBe(true);
    expect(isMunicipality(one('嘉定区'))).toBe(false);
    expect(isMunicipality(one('内蒙古自治区'))).toBe(false);
  });
  it('keeps a short name only when it has two characters and differs from the full one', () => {
    expect(one('和县').short).toBe('');
    expect(divisionsNamed('和')).toEqual([]);
    expect(divisionsNamed('')).toEqual([]);
    expect(divisionsNamed('白江市')).toEqual([]);
    expect(one('嘉定区').short).toBe('嘉定');
  });
  it('reads a chain of places, each under the one before, with the names as written', () => {
    expect(placeAt('广州南沙举办', { shortNames: true })).toMatchObject({ length: 4, written: ['广州', '南沙'] });
    expect(placeAt('朝阳双塔区', { shortNames: true })).toMatchObject({
      division: { code: '211302' },
      length: 5,
      written: ['朝阳', '双塔区'],
    });
    // A place not inside the one before ends the chain; so does the same place again.
    expect(placeAt('广东吉林', { shortNames: true })).toMatchObject({ division: { name: '广东省' }, length: 2 });
    expect(placeAt('广州广州', { shortNames: true })).toMatchObject({ division: { name: '广州市' }, length: 2 });
  });
  it('reads a city nickname as the city, a one-character one only standing alone', () => {
    expect(placeAt('姑苏举办')?.division.name).toBe('苏州市');
    expect(placeAt('渝')?.division.name).toBe('重庆市');
    expect(placeAt('京津冀论坛')).toBeUndefined();
  });
  it('gives a city-level division as its own city', () => {
    expect(cityOf(one('神农架林区'))?.name).toBe('神农架林区');
    expect(cityOf(one('延边朝鲜族自治州'))?.name).toBe('延边朝鲜族自治州');
    expect(cityOf(one('广东省'))).toBeUndefined();
  });
});

describe('segment, surnames, names and affiliations', () => {
  it('joins lone characters to their neighbours and splits long words', () => {
    expect(words('')).toEqual([]);
    expect(words('青年志愿者')).toEqual(['青年', '志愿者']);
    expect(words('重庆大学')).toEqual(['重庆', '大学']);
    expect(words('黔桂合作')).toEqual(['黔桂', '合作']);
    expect(words('大湾区')).toEqual(['大湾区']);
    expect(words('黔')).toEqual(['黔']);
    expect(words('论坛在黔')).toEqual(['论坛', '在黔']);
    expect(words('论坛在黔桂召开')).toEqual(['论坛', '在黔桂', '召开']);
    expect(words('一帆风顺')).toEqual(['一帆风顺']);
  });
  it('reads a compound surname only when a given name follows it', () => {
    expect(surnameOf('欧阳一帆')).toBe('欧阳');
    expect(surnameOf('欧阳')).toBe('欧');
  });
  it('finds each name once, known ones first, only from the start of the text', () => {
    expect(namesAt('林海燕')).toEqual([{ name: '林海燕', known: false, unsure: false }]);
    expect(namesAt('林海燕出席', ['林海燕'])).toEqual([
      { name: '林海燕', known: true, unsure: false },
      { name: '林海燕', known: false, unsure: false },
    ]);
    expect(namesAt('a林海燕，')).toEqual([]);
    expect(namesAt('哈利德·布a，')).toEqual([]);
    expect(namesAt('哈利德·布达利出席')).toEqual([{ name: '哈利德·布达利', known: false, unsure: false }]);
    // A title ends a name only where the default ends are used.
    expect(namesAt('林海燕会长', [], /^(?:$|，)/)).toEqual([]);
  });
  it('reads 原 and 前 inside a name, but not a name ending in 前 before a title', () => {
    expect(namesAt('王原平，').map((n) => n.name)).toEqual(['王原平']);
    expect(namesAt('孙前进会长').map((n) => n.name)).toEqual(['孙前进']);
    expect(namesAt('孙向前会长')).toEqual([]);
    expect(namesAt('孙向前与').map((n) => n.name)).toEqual(['孙向前']);
  });
  it('splits a position from the name after it', () => {
    expect(endsWithTitle('青川省民政厅厅长 ')).toBe(true);
    expect(splitPositionName(' 青川省民政厅厅长林海燕 ')).toEqual({
      position: '青川省民政厅厅长',
      name: '林海燕',
      known: false,
    });
    expect(splitPositionName('青川省民政厅厅长 林海燕', ['海燕', '林海燕'])).toEqual({
      position: '青川省民政厅厅长',
      name: '林海燕',
      known: true,
    });
    expect(splitPositionName('某协会（秘书长）林海燕')).toEqual({
      position: '某协会（秘书长）',
      name: '林海燕',
      known: false,
    });
    expect(splitPositionName('某协会会长一帆')).toBeUndefined();
    expect(splitPositionName('青川省民政厅厅长林海燕出席')).toBeUndefined();
  });
  it('gathers the roles one body holds, however the list is written', () => {
    const want = [{ name: '白江市民政局', role: '局长、党组书记' }];
    expect(findAffiliations('白江市民政局局长, 党组书记', [])).toEqual(want);
    expect(findAffiliations('白江市民政局局长、白江市民政局党组书记', [])).toEqual(want);
  });
});
