/**
 * What editors record about people across conferences and about series (issue 16):
 * people named as present without a speech are listed on the conference page and
 * on their own page, counted with their other appearances; a series shows how
 * often it meets, who hosts in turn, and the sources for that.
 */
import { describe, expect, it } from 'vitest';
import { byAttr, byClass, readPage } from '../support/html.ts';
import { SITES, siteDir } from '../support/sites.ts';

const dir = siteDir(SITES.fixture);
const page = (p: string) => readPage(dir, p);

describe('attendees', () => {
  it('are listed on the conference page with the position then, linked to their page', () => {
    const c = page('/conferences/2023-xiling/');
    const facts = c.textOf(c.find(byClass('facts')));
    expect(facts).toContain('出席 陈思远 （西岭社区基金会理事长）');
    expect(c.find((e) => e.name === 'a' && e.attribs.href === '/people/chen-siyuan/')).toBeDefined();
  });
  it('appear on the person’s timeline beside the speeches, counted among their conferences', () => {
    const p = page('/people/chen-siyuan/');
    const timeline = p.textOf(p.find(byAttr('aria-labelledby', 'timeline')));
    expect(timeline).toContain('2023西岭论坛 出席 时任西岭社区基金会理事长');
    expect(timeline).toContain('2022西岭论坛 交流发言 《社区基金会的三年探索》 时任西岭社区基金会理事长');
    expect(p.textOf(p.find(byClass('facts')))).toContain('2 场会议，1 篇发言，出席 1 场');
  });
  it('in English too', () => {
    const p = page('/people/chen-siyuan/');
    expect(p.englishOf(p.find(byClass('facts')))).toContain('present without a speech at 1');
  });
});

describe('series', () => {
  it('show how often they meet, who hosts, and the sources for it', () => {
    const s = page('/series/xiling-gongyi-luntan/');
    const facts = s.textOf(s.find(byClass('facts')));
    expect(facts).toContain('举办周期 每年一届');
    expect(facts).toContain('主办与承办 测试用：由青川省民政厅主办，白江市各区轮流承办。');
    const sources = s.textOf(s.find(byClass('sources')));
    expect(sources).toContain('系列信息的来源');
    expect(sources).toContain('《西岭论坛将每年举办》');
  });
});

describe('the real archive', () => {
  const real = (p: string) => readPage(siteDir(SITES.real), p);
  it('keeps one record for 谢晓军: a speech in 2023 and his presence in 2025', () => {
    const p = real('/people/xie-xiaojun/');
    expect(p.textOf(p.find(byClass('facts')))).toContain('2 场会议，1 篇发言，出席 1 场');
    const timeline = p.textOf(p.find(byAttr('aria-labelledby', 'timeline')));
    expect(timeline).toMatch(
      /2023长三角社会组织大会（苏州） \S+ .*2025长三角民政座谈会（苏州） 出席 时任江苏省民政厅厅长/,
    );
  });
  it('lists the speeches of people who spoke at two editions of different series on one page', () => {
    const p = real('/people/xu-jialiang/');
    expect(p.textOf(p.find(byClass('facts')))).toContain('2 场会议，2 篇发言');
  });
  it('shows a series’ rotation and its editions', () => {
    const s = real('/series/chengyu-shanghui-hezuo-fenghui/');
    const facts = s.textOf(s.find(byClass('facts')));
    expect(facts).toContain('举办周期 每年一届');
    expect(facts).toMatch(/主办与承办 .*轮流举办/);
    const editions = s.textOf(s.find(byClass('editions')));
    expect(editions).toContain('2020成渝商会合作峰会（北碚）');
    expect(editions).toContain('2021成渝商会合作峰会（资阳）');
  });
});
