/**
 * Timelines and pictures on the built sites (issue 16): they are there, they say
 * what the content says, and each has its text. Expectations come from the fixture
 * archive, written by hand, or from the content files read independently
 * (tests/support/content-files.ts) — never from the archive's own code.
 */
import path from 'node:path';
import type { Element } from 'domhandler';
import { DomUtils } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { readContentFiles, type Yaml } from '../support/content-files.ts';
import { byAttr, byClass, byTag, readPage, type Page } from '../support/html.ts';
import { ROOT, SITES, siteDir } from '../support/sites.ts';

const fixture = (p: string) => readPage(siteDir(SITES.fixture), p);
const real = (p: string) => readPage(siteDir(SITES.real), p);
const within = (el: Element | undefined, test: (e: Element) => boolean) =>
  el ? DomUtils.findAll(test, el.children) : [];

/** A timeline's stops: each `li` of the list, as text. */
function stops(page: Page, list = byClass('timeline')): string[] {
  const ol = page.find(list);
  return ol
    ? ol.children.filter((c): c is Element => c.type === 'tag' && c.name === 'li').map((li) => page.textOf(li))
    : [];
}

/** The tile grid's tiles that carry a number: short name → count, as drawn in the SVG. */
function tileCounts(page: Page, figure: Element): Record<string, number> {
  const out: Record<string, number> = {};
  for (const g of within(figure, (e) => e.name === 'g' && (e.attribs.class ?? '').includes('held'))) {
    const [name, n] = within(g, byTag('text')).map((t) => page.textOf(t));
    out[name!] = Number(n);
  }
  return out;
}

describe('a person’s timeline', () => {
  it('runs oldest first with the position held at each appearance (fixture)', () => {
    const p = fixture('/people/lin-haiyan/');
    expect(stops(p)).toEqual([
      expect.stringMatching(/^2022年9月15日至16日 · 2022西岭论坛 致辞 林海燕致辞 时任青川省民政厅副厅长$/),
      expect.stringMatching(/^2023年10月20日 · 2023西岭论坛 致辞 林海燕致辞 时任青川省民政厅厅长$/),
    ]);
    const positions = p.findAll(byClass('positions'))[0];
    expect(p.textOf(positions)).toBe('青川省民政厅副厅长 2022年，1 场会议 青川省民政厅厅长 2023年，1 场会议');
    expect(p.englishOf(p.find(byAttr('aria-labelledby', 'timeline')))).toContain('Timeline');
  });
  it('puts attendance and speeches on the same line of time', () => {
    expect(stops(fixture('/people/chen-siyuan/'))).toEqual([
      expect.stringContaining('2022西岭论坛 交流发言 《社区基金会的三年探索》 时任西岭社区基金会理事长'),
      expect.stringContaining('2023西岭论坛 出席 时任西岭社区基金会理事长'),
    ]);
  });
  it('on every person page of the real archive, one stop per conference the content names them at, oldest first', () => {
    const files = readContentFiles(path.join(ROOT, 'content'));
    const at = new Map<string, Set<string>>();
    const add = (person: string, conf: string) => at.set(person, (at.get(person) ?? new Set()).add(conf));
    for (const [id, c] of files.conferences) {
      if (c.data.draft) continue;
      for (const s of (c.data.sessions as Yaml[]) ?? [])
        for (const p of (s.presiders as Yaml[]) ?? []) add(p.person as string, id);
      for (const a of ((c.data.attendance as Yaml | undefined)?.people as Yaml[]) ?? []) add(a.person as string, id);
      for (const sp of c.speeches.values())
        if (!sp.draft) for (const x of sp.speakers as Yaml[]) add(x.person as string, id);
    }
    expect(at.size).toBeGreaterThan(40);
    for (const [person, confs] of at) {
      const page = real(`/people/${person}/`);
      const dates = page.findAll(byClass('timeline-when')).map((e) => within(e, byTag('time'))[0]!.attribs.datetime!);
      const expected = [...confs].map((c) => files.conferences.get(c)!.data.startDate as string).sort();
      expect(dates, person).toEqual(expected);
    }
  });
});

describe('an organization’s timeline, units rolled up', () => {
  it('names the unit that acted (fixture)', () => {
    const o = fixture('/organizations/baijiang-daxue/');
    expect(stops(o)).toEqual([
      expect.stringMatching(
        /2022西岭论坛 协办 签署或发布方 《西岭社区公益发展报告》 · 下属机构： 白江大学公共管理学院 发言人 王强 时任白江大学公共管理学院院长 · 《数字赋能 公益创新》 · 下属机构： 白江大学公共管理学院$/,
      ),
      expect.stringMatching(
        /2023西岭论坛 发言人 王强 时任白江大学公共管理学院院长 · 《社区治理的数字化转型》 · 下属机构： 白江大学公共管理学院$/,
      ),
    ]);
  });
  it('民政部 shows 刘振国 and 余永龙, who spoke for its 社会组织管理局 (issue 15, item 7)', () => {
    const o = real('/organizations/minzhengbu/');
    expect(o.textOf(o.find(byClass('facts')))).toMatch(/在此任职的发言人 .*刘振国.*余永龙/);
    const timeline = o.textOf(o.find(byAttr('aria-labelledby', 'timeline')));
    expect(timeline).toMatch(/发言人 刘振国 时任民政部社会组织管理局局长.*下属机构： ?民政部社会组织管理局/);
    expect(timeline).toContain('余永龙');
  });
});

describe('a series’ editions', () => {
  it('as a timeline with year, city and theme, oldest first', () => {
    const s = fixture('/series/xiling-gongyi-luntan/');
    expect(stops(s, byClass('editions'))).toEqual([
      expect.stringMatching(
        /^2022 第1届 2022西岭论坛 举办地 2022年9月15日至16日 · 白江市 白江会议中心 主题 数字时代的社区公益 承办 白江市公益联合会 /,
      ),
      expect.stringMatching(
        /^2023 第2届 · 相隔 1 年 2023西岭论坛 举办地 2023年10月20日 · 白江市 主题 乡村振兴中的社会组织 承办 白江市公益联合会 /,
      ),
    ]);
  });
});

describe('conferences by place', () => {
  // The provinces of the cities the real archive's conferences were held in, written by hand.
  const PROVINCE: Record<string, string> = {
    重庆市: '重庆',
    苏州市: '江苏',
    资阳市: '四川',
    成都市: '四川',
    合肥市: '安徽',
    广州市: '广东',
  };

  it('on the home page: the tiles’ numbers and the data table match the content files', () => {
    const files = readContentFiles(path.join(ROOT, 'content'));
    const expected: Record<string, number> = {};
    for (const c of files.conferences.values()) {
      if (c.data.draft) continue;
      const province = PROVINCE[c.data.city as string];
      expect(province, `a conference in ${c.data.city}: add its province to this test`).toBeDefined();
      expected[province!] = (expected[province!] ?? 0) + 1;
    }
    const home = real('/');
    const figure = home.find(byAttr('aria-labelledby', 'places'))!;
    expect(figure.name).toBe('figure');
    expect(tileCounts(home, figure)).toEqual(expected);
    expect(within(figure, byTag('g'))).toHaveLength(34);
    // The SVG is an image whose label states the numbers, in both languages.
    const svg = within(figure, byTag('svg'))[0]!;
    expect(svg.attribs.role).toBe('img');
    for (const [province, n] of Object.entries(expected))
      expect(svg.attribs['aria-label']).toContain(`${province} ${n} 场`);
    expect(svg.attribs['data-en-aria-label']).toMatch(/Jiangsu \d/);
    // The data table: one row per province, its count and its conferences linked.
    const rows = within(within(figure, byTag('tbody'))[0], byTag('tr'));
    expect(rows).toHaveLength(Object.keys(expected).length);
    for (const row of rows) {
      const [th, td] = [within(row, byTag('th'))[0]!, within(row, byTag('td'))[0]!];
      const short = home.textOf(th).replace(/省|市$/, '');
      expect(Number(home.textOf(within(td, byTag('strong'))[0])), short).toBe(expected[short]);
      expect(within(td, byTag('a'))).toHaveLength(expected[short]!);
    }
    // Also on the regions index.
    const regions = real('/regions/');
    expect(tileCounts(regions, regions.find(byAttr('aria-labelledby', 'places'))!)).toEqual(expected);
  });
  it('on a region page, only its conferences, its members outlined', () => {
    const r = real('/regions/yuegangao/');
    const figure = r.find(byAttr('aria-labelledby', 'places'))!;
    expect(tileCounts(r, figure)).toEqual({ 广东: 3 });
    const members = within(figure, (e) => e.name === 'g' && (e.attribs.class ?? '').includes('member')).map((g) =>
      r.textOf(within(g, byTag('text'))[0]),
    );
    expect(members.sort()).toEqual(['广东', '澳门', '香港'].sort());
  });
  it('does not place an invented city: the fixture’s conferences are listed as unplaced', () => {
    const home = fixture('/');
    const figure = home.find(byAttr('aria-labelledby', 'places'))!;
    expect(tileCounts(home, figure)).toEqual({});
    expect(home.textOf(within(figure, byTag('tbody'))[0])).toBe(
      '举办地未能定位 2 2023西岭论坛 （白江市） 2022西岭论坛 （白江市）',
    );
  });
});

describe('activity over time', () => {
  it('per year, conferences and appearances as the fixture has them (written by hand)', () => {
    const home = fixture('/');
    const figure = home.find(byAttr('aria-labelledby', 'activity'))!;
    const [conf, app] = within(figure, byTag('svg'));
    const values = (svg: Element) => within(svg, byClass('value')).map((t) => home.textOf(t));
    expect(values(conf!)).toEqual(['1', '1']);
    // 2022: 林海燕, 王强, 陈思远 and 刘佳 (one speech), 何平 presiding; 2023: four speakers.
    expect(values(app!)).toEqual(['5', '4']);
    expect(conf!.attribs['aria-label']).toBe('会议，按年份：2022: 1，2023: 1');
    expect(home.textOf(within(figure, byTag('tbody'))[0])).toBe('2022 1 1 5 2023 1 1 4');
  });
  it('on the real home and years pages, conferences per year match the content files', () => {
    const files = readContentFiles(path.join(ROOT, 'content'));
    const perYear: Record<string, number> = {};
    for (const c of files.conferences.values())
      if (!c.data.draft)
        perYear[(c.data.startDate as string).slice(0, 4)] =
          (perYear[(c.data.startDate as string).slice(0, 4)] ?? 0) + 1;
    for (const p of ['/', '/years/']) {
      const page = real(p);
      const figure = page.find(byAttr('aria-labelledby', 'activity'))!;
      const svg = within(figure, byTag('svg'))[0]!;
      const drawn = Object.fromEntries(
        within(svg, byTag('g'))
          .map(
            (g) =>
              [
                page.textOf(within(g, byClass('label'))[0]),
                Number(page.textOf(within(g, byClass('value'))[0])),
              ] as const,
          )
          .filter(([, n]) => n > 0),
      );
      expect(drawn, p).toEqual(perYear);
    }
  });
});

describe('who works with whom', () => {
  it('lists partners with shared conferences, most first (fixture, by hand)', () => {
    const o = fixture('/organizations/qingchuan-minzhengting/');
    const items = within(o.find(byClass('bars')), byTag('li')).map((li) => o.textOf(li));
    expect(items).toEqual([
      '白江市公益联合会 2 场',
      '白江大学 1 场',
      '白江大学公共管理学院 1 场',
      '西岭社区基金会 1 场',
    ]);
    const bars = within(o.find(byClass('bars')), byTag('rect')).map((r) => Number(r.attribs.width));
    expect(bars).toEqual([100, 50, 50, 50]);
  });
});
