/**
 * The fixture archive (tests/fixtures/archive), built by `astro build`: assertions on
 * the HTML every kind of page publishes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { decodeFragmentGroup } from '../../src/integrations/search/pagefind/format.ts';
import { describe, expect, it } from 'vitest';
import { byAttr, byClass, byTag, htmlFiles, readPage } from '../support/html.ts';
import { SITES, siteDir } from '../support/sites.ts';

const dir = siteDir(SITES.fixture);
const page = (p: string) => readPage(dir, p);
const hrefs = (p: ReturnType<typeof page>) => p.findAll(byTag('a')).map((a) => a.attribs.href);

describe('home', () => {
  const home = page('/');
  it('counts published records only and lists the latest conferences', () => {
    const stats = home.textOf(home.find(byClass('stats')));
    expect(stats).toMatch(/2\s*场会议/);
    expect(stats).toMatch(/7\s*篇发言/);
    expect(stats).toMatch(/7\s*位人物/);
    expect(home.text).toContain('2023西岭论坛');
    expect(home.text).not.toContain('东海年会');
    expect(hrefs(home)).toEqual(
      expect.arrayContaining([
        '/conferences/2023-xiling/',
        '/years/',
        '/series/',
        '/regions/',
        '/people/',
        '/organizations/',
      ]),
    );
  });
  it('is Chinese, has a skip link and a search form that works without JavaScript', () => {
    expect(home.html).toMatch(/<html lang="zh-CN"/);
    expect(home.find(byClass('skip-link'))?.attribs.href).toBe('#main');
    const form = home.find((e) => e.name === 'form' && e.attribs.role === 'search');
    expect(form?.attribs.action).toBe('/search/');
  });
});

describe('conference page', () => {
  const c = page('/conferences/2022-xiling/');
  it('shows the facts: title, dates, venue, theme, roles, attendance', () => {
    expect(c.textOf(c.find(byTag('h1')))).toBe('2022西岭公益论坛暨社区治理交流会');
    const facts = c.textOf(c.find(byClass('facts')));
    for (const s of [
      '2022年9月15日至16日',
      '白江市，白江会议中心',
      '“数字时代的社区公益”',
      '主办 青川省民政厅',
      '承办 白江市公益联合会',
      '协办 白江大学',
      '支持 西岭社区基金会',
      '约300人',
      '第1届',
    ]) {
      expect(facts).toContain(s);
    }
    expect(hrefs(c)).toEqual(
      expect.arrayContaining([
        '/organizations/qingchuan-minzhengting/',
        '/series/xiling-gongyi-luntan/',
        '/regions/xiling/',
      ]),
    );
  });
  it('renders the MDX overview with a GFM table and a footnote', () => {
    expect(c.find(byTag('table'))).toBeDefined();
    expect(c.html).toMatch(/data-footnotes|class="footnotes"/);
  });
  it('lists sessions and speeches in program order with positions held then', () => {
    const sessions = c
      .findAll(byClass('session'))
      .map((s) => c.textOf(s.children.find((x) => (x as { name?: string }).name === 'h3') as never));
    // A kind the session's name already says is not shown again (平行论坛 is in 青年公益平行论坛 too).
    expect(sessions).toEqual(['开幕式', '主旨演讲', '交流发言', '青年公益平行论坛']);
    const program = c.textOf(c.find(byAttr('aria-labelledby', 'program')));
    expect(program.indexOf('林海燕')).toBeLessThan(program.indexOf('《数字赋能 公益创新》'));
    expect(program.indexOf('《数字赋能 公益创新》')).toBeLessThan(program.indexOf('《社区基金会的三年探索》'));
    expect(program).toContain('林海燕 （时任青川省民政厅副厅长）');
    expect(program).toContain('主持： 何平 （白江市公益联合会秘书长）');
    expect(program).toContain('报道称这一环节将在会议期间举行');
    expect(hrefs(c)).toContain('/conferences/2022-xiling/03-chen-siyuan/');
  });
  it('lists outcomes with their kind, parties and notes', () => {
    const outcomes = c.textOf(c.find(byAttr('aria-labelledby', 'outcomes')));
    expect(outcomes).toContain('签署协议 《西岭社区公益合作协议》');
    expect(outcomes).toContain('签署方： 青川省民政厅 白江市公益联合会');
    expect(outcomes).toContain('《数字公益倡议书》');
    expect(outcomes).toContain('报道称“十二家社区社会组织”');
    expect(outcomes).toContain('授牌表彰 年度社区公益项目');
  });
  it('cites its sources in full', () => {
    const sources = c.textOf(c.find(byClass('sources')));
    for (const s of [
      '白江日报',
      '《首届西岭公益论坛开幕》',
      '2022-09-15 20:00',
      '记者 记者甲、记者乙',
      '编辑 编辑丙',
      '图片 白江市公益联合会供图',
    ]) {
      expect(sources).toContain(s);
    }
    expect(hrefs(c)).toContain('https://example.org/news/xiling-2022');
  });
});

describe('speech page', () => {
  // Links inside a run of text (时任 <a>白江大学公共管理学院</a>院长) read as one run.
  const s = readPage(dir, '/conferences/2022-xiling/02-wang-qiang/', ['span', 'a']);
  it('shows speaker, position then (its organization linked), kind, title, conference and date', () => {
    expect(s.textOf(s.find(byTag('h1')))).toBe('《数字赋能 公益创新》');
    const facts = s.textOf(s.find(byClass('facts')));
    for (const x of [
      '发言人 王强',
      '时任 白江大学公共管理学院院长',
      '类型 主旨演讲',
      '环节 主旨演讲 时间',
      '2022年9月15日',
    ]) {
      expect(facts).toContain(x);
    }
    // The session holds this speech alone: no number (its order in the conference is 2).
    expect(facts).not.toContain('篇）');
    expect(hrefs(s)).toEqual(
      expect.arrayContaining([
        '/people/wang-qiang/',
        '/organizations/baijiang-daxue-gonggong-guanli-xueyuan/',
        '/conferences/2022-xiling/',
      ]),
    );
  });
  it('links the previous and next speech in the program and cites the conference source', () => {
    const pager = s.find(byClass('pager'));
    expect(s.textOf(pager)).toContain('上一篇：林海燕致辞');
    expect(s.textOf(pager)).toContain('下一篇：陈思远、刘佳《社区基金会的三年探索》');
    expect(s.textOf(s.find(byClass('sources')))).toContain('白江日报');
  });
  it('gives untitled speeches a title from speaker and kind, and lists every speaker of a shared one', () => {
    expect(
      page('/conferences/2022-xiling/01-lin-haiyan/').textOf(
        page('/conferences/2022-xiling/01-lin-haiyan/').find(byTag('h1')),
      ),
    ).toBe('林海燕致辞');
    const shared = readPage(dir, '/conferences/2022-xiling/03-chen-siyuan/', ['span', 'a']);
    expect(shared.textOf(shared.find(byClass('facts')))).toContain('时任 西岭社区基金会理事长；西岭社区基金会项目主管');
  });
});

describe('people', () => {
  it('show every appearance with the position held then, on a timeline oldest first', () => {
    const p = page('/people/lin-haiyan/');
    const list = p.textOf(p.find(byAttr('aria-labelledby', 'timeline')));
    expect(list.indexOf('时任青川省民政厅副厅长')).toBeGreaterThan(-1);
    expect(list.indexOf('时任青川省民政厅副厅长')).toBeLessThan(list.indexOf('时任青川省民政厅厅长'));
  });
  it('keep namesakes apart with their notes, and keep a Traditional spelling for the 繁 switch without listing it as another name', () => {
    expect(page('/people/wang-qiang/').text).toContain('白江大学公共管理学院的王强');
    expect(page('/people/wang-qiang-2/').text).toContain('蓝山养老服务协会的王强');
    const chen = page('/people/chen-siyuan/');
    expect(chen.text).not.toContain('陳思遠');
    expect(chen.find(byTag('h1'))?.attribs['data-hant']).toBe('陳思遠');
    const index = page('/people/');
    expect(index.findAll((e) => e.name === 'a' && !!e.attribs.href?.startsWith('/people/wang-qiang')).length).toBe(2);
  });
  it('record who presided', () => {
    expect(
      page('/people/he-ping/').textOf(page('/people/he-ping/').find(byAttr('aria-labelledby', 'timeline'))),
    ).toContain('主持 开幕式 时任白江市公益联合会秘书长');
  });
});

describe('organizations', () => {
  const o = page('/organizations/qingchuan-minzhengting/');
  it('show roles as organizer and signatory, children and speakers, units rolled up', () => {
    const timeline = o.textOf(o.find(byAttr('aria-labelledby', 'timeline')));
    expect(timeline).toMatch(/2023西岭论坛 主办 /);
    expect(timeline).toContain('签署或发布方 《西岭社区公益合作协议》');
    expect(timeline).toContain('发言人 林海燕 时任青川省民政厅厅长');
    expect(timeline).toContain(
      '发言人 赵敏 时任青川省民政厅社会组织管理局局长 · 赵敏讲话 · 下属机构： 青川省民政厅社会组织管理局',
    );
    const facts = o.textOf(o.find(byClass('facts')));
    expect(facts).toContain('下属机构 青川省民政厅社会组织管理局');
    expect(facts).toContain('在此任职的发言人 林海燕 赵敏');
  });
  it('link a child to its parent, and group the index by type', () => {
    expect(page('/organizations/qingchuan-minzhengting-shezuju/').text).toContain('上级机构 青川省民政厅');
    const index = page('/organizations/');
    expect(index.textOf(index.find(byAttr('id', 'government')))).toBe('党政机关');
  });
});

describe('series, years and regions', () => {
  it('list editions, years and regional conferences', () => {
    const s = page('/series/xiling-gongyi-luntan/');
    expect(s.text.indexOf('2022西岭论坛')).toBeLessThan(s.text.indexOf('2023西岭论坛'));
    expect(page('/years/2022/').text).toContain('2022西岭论坛');
    const years = readPage(dir, '/years/', ['span', 'a']);
    expect(years.text).toMatch(/2023年 1 场会议，4 篇发言/);
    // Both counters link: the year's conferences and its speeches.
    expect(years.findAll(byTag('a')).map((a) => a.attribs.href)).toEqual(
      expect.arrayContaining(['/years/2023/', '/speeches/2023/']),
    );
    expect(page('/regions/xiling/').text).toContain('2023西岭论坛');
    expect(page('/regions/donghai/').text).toContain('档案中暂无这一区域的会议');
    expect(page('/conferences/').text.indexOf('2023年')).toBeLessThan(page('/conferences/').text.indexOf('2022年'));
  });
});

describe('drafts and pages that must not exist', () => {
  it('publishes no draft conference, no draft-only person or organization', () => {
    expect(fs.existsSync(path.join(dir, 'conferences/2023-donghai'))).toBe(false);
    expect(fs.existsSync(path.join(dir, 'people/sun-yue'))).toBe(false);
    expect(fs.existsSync(path.join(dir, 'organizations/donghai-shanghui'))).toBe(false);
    expect(page('/people/').text).not.toContain('孙悦');
  });
  it('has a 404 page offering search', () => {
    const nf = readPage(dir, '404.html');
    expect(nf.find((e) => e.name === 'form' && e.attribs.role === 'search')).toBeDefined();
    expect(nf.html).toContain('noindex');
  });
});

describe('every page', () => {
  // Every page, built once in Chinese (its English interface is checked in i18n.test.ts and english.test.ts).
  const files = htmlFiles(dir);
  it('is zh-CN, has one h1, a title and a main landmark', () => {
    expect(files.length).toBeGreaterThan(30);
    for (const f of files) {
      const p = readPage(dir, f);
      expect(p.html, f).toMatch(/^<!DOCTYPE html><html lang="zh-CN"/i);
      expect(p.findAll(byTag('h1')).length, f).toBe(1);
      expect(p.textOf(p.find(byTag('title'))), f).toMatch(/议录/);
      expect(
        p.find((e) => e.name === 'main' && e.attribs.id === 'main'),
        f,
      ).toBeDefined();
    }
  });
  it('loads one script file (the site script, deferred) and inlines only the few lines of the theme', () => {
    for (const f of files) {
      const p = readPage(dir, f);
      const external = p.findAll((e) => e.name === 'script' && e.attribs.src !== undefined);
      expect(
        external.map((e) => [e.attribs.type, e.attribs.src!.replace(/\.[0-9a-f]{10}\.js$/, '.js')]),
        f,
      ).toEqual([['module', '/_yilu/site.js']]);
      const inline = p.findAll(
        (e) => e.name === 'script' && e.attribs.src === undefined && e.attribs.type !== 'application/ld+json',
      );
      // The 404 page has a second few lines: old /en/ addresses go to the page in English.
      expect(inline.length, f).toBeLessThanOrEqual(f === '404.html' ? 2 : 1);
      for (const s of inline) expect(p.textOf(s).length, f).toBeLessThan(1200);
      expect(p.html, f).not.toMatch(/<link[^>]+rel="(modulepreload|preload)"[^>]+\.js/);
    }
  });
  it('requests nothing from another origin', () => {
    for (const f of files) {
      const html = readPage(dir, f).html;
      const external = [
        ...html.matchAll(/<(?:script|link|img|iframe|source)\b[^>]*(?:src|href)="(https?:)?\/\/[^"]*"/g),
      ].map((m) => m[0]);
      // canonical and alternate links are absolute URLs by definition, not requests.
      expect(
        external.filter((t) => !/rel="(canonical|alternate)"/.test(t)),
        f,
      ).toEqual([]);
    }
  });
  it('puts entity pages, and only them, into the search index', () => {
    // A region with no conference keeps its page, marked noindex, and is not offered by search (src/lib/regions.ts).
    const entity = files
      .filter((f) => /^(conferences|people|organizations|series|regions)\/[^/]+\/([^/]+\/)?index\.html$/.test(f))
      .filter((f) => !fs.readFileSync(path.join(dir, f), 'utf8').includes('<meta name="robots" content="noindex">'));
    const entry = JSON.parse(fs.readFileSync(path.join(dir, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages)).toEqual(['und']);
    expect(entry.languages.und.page_count).toBe(entity.length);
    const indexed = new Set<string>();
    for (const g of fs.readdirSync(path.join(dir, 'pagefind/fragment'))) {
      for (const f of Object.values(decodeFragmentGroup(fs.readFileSync(path.join(dir, 'pagefind/fragment', g)))))
        indexed.add(f.url);
    }
    expect([...indexed].sort()).toEqual(entity.map((f) => `/${f.replace(/index\.html$/, '')}`).sort());
  });
});

describe('sub-path deployment', () => {
  const based = siteDir(SITES.fixtureBase);
  it('prefixes every internal link and asset with the base', () => {
    for (const f of htmlFiles(based)) {
      const p = readPage(based, f);
      for (const a of p.findAll((e) => (e.name === 'a' || e.name === 'link') && typeof e.attribs.href === 'string')) {
        const h = a.attribs.href!;
        // data: citation downloads; `?lang=en`, the language switch: this page, whatever its address.
        if (/^(https?:|#|mailto:|data:|\?)/.test(h)) continue;
        expect(h.startsWith('/yilu/'), `${f}: ${h}`).toBe(true);
      }
    }
    expect(readPage(based, '/').html).toContain('/yilu/_yilu/site.');
  });
});
