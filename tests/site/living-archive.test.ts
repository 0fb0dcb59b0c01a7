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
  it('appear on the person’s page beside the speeches, counted among their conferences', () => {
    const p = page('/people/chen-siyuan/');
    const attended = p.textOf(p.find(byAttr('aria-labelledby', 'attended')));
    expect(attended).toContain('2023西岭论坛');
    expect(attended).toContain('时任西岭社区基金会理事长');
    expect(p.textOf(p.find(byClass('facts')))).toContain('2 场会议，1 篇发言，出席 1 场');
    expect(p.textOf(p.find(byAttr('aria-labelledby', 'appearances')))).not.toContain('2023西岭论坛');
  });
  it('in English too', () => {
    const p = page('/en/people/chen-siyuan/');
    expect(p.textOf(p.find(byClass('facts')))).toContain('present without a speech at 1');
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
