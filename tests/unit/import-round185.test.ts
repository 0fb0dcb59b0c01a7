/**
 * Round 185 (stop 68), from the 400 reports of the waves SY2 to UL2 pooled: a line that is only a labelled date
 * (`更新时间:2025-04-21`, `日期：2009-12-02`) is the page's date wherever it stands, also above a footer paragraph that
 * made it part of the article. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { readFacts } from '../../src/lib/import/index.ts';
import { emptyArchive } from '../../src/lib/import/archive.ts';

const factsOf = (lines: string[]) =>
  readFacts(new TextEncoder().encode(['https://example.org/a/1.html', ...lines].join('\n')), emptyArchive()).facts;

/** Paragraphs of an article long enough to end where the footer's paragraph does. */
const article = (n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `白江区第${i + 1}个项目现场，青禾企业代表介绍了新能源汽车零部件的研发情况，与会者围绕产业链协同、人才引进和营商环境进行了深入交流，大家一致认为应当加快推动项目落地见效。`,
  );

describe('round 185', () => {
  it('reads a labelled date below the article as the page’s date', () => {
    const facts = factsOf([
      '4月18日下午，白江新能源汽车产业恳谈会在青禾召开。白江区区长某甲出席会议并致辞。',
      ...article(5),
      '更新时间:2025-04-21',
      '本页内容由白江用户上传，与青禾网无关，如对内容有异议请与我们联系。',
    ]);
    expect(facts.published).toBe('2025-04-21');
    expect(facts.startDate).toBe('2025-04-18');
  });

  it('reads 日期 with a numeric date on a line of its own', () => {
    const facts = factsOf([
      '白江院长今(2)日召开「研商白江地区水情及因应对策」会议。',
      ...article(5),
      '日期：2009-12-02',
      '本页内容由白江用户上传，与青禾网无关，如对内容有异议请与我们联系。',
    ]);
    expect(facts.published).toBe('2009-12-02');
  });
});
