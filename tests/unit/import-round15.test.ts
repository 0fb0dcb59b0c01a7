/**
 * Round 15 of the importer (development set AI, after its blind run): each rule on sentences written for the test, in
 * the shapes the reports use (no sentence of any real report is copied here).
 */
import { describe, expect, it } from 'vitest';
import { findAffiliations } from '../../src/lib/import/affiliations.ts';
import { emptyArchive } from '../../src/lib/import/archive.ts';
import { extractFacts } from '../../src/lib/import/extract.ts';
import { readFacts } from '../../src/lib/import/index.ts';
import { readPeople } from '../../src/lib/import/facts/people.ts';
import { report } from '../support/import.ts';

const read = (...lines: string[]) =>
  extractFacts(report(lines)).people.map((p) => [
    p.name,
    p.position,
    p.organization ?? findAffiliations(p.position ?? '', []).at(-1)?.name,
  ]);

describe('round 15: organizations', () => {
  it('reads 贸促会, 工会 and 办公室 as organizations, and a unit word alone as none', () => {
    expect(findAffiliations('中国青禾贸促会副会长', [])).toEqual([{ name: '中国青禾贸促会', role: '副会长' }]);
    expect(findAffiliations('白江省总工会常务副主席', [])).toEqual([{ name: '白江省总工会', role: '常务副主席' }]);
    expect(findAffiliations('办公室主任', [])).toEqual([]);
    expect(findAffiliations('党支部书记', [])).toEqual([]);
  });

  it('reads a 人大 or 政协 before a name and its title in a list', () => {
    expect(read('白江省人大周明远副主任、省政协吴海平副主席出席了会议。').map((p) => p.slice(0, 2))).toEqual([
      ['周明远', '白江省人大副主任'],
      ['吴海平', '省政协副主席'],
    ]);
  });

  it('gives a unit named without its body (处, 室, 办公室) the body of the person listed right before', () => {
    expect(
      read('白江省民政厅副厅长周明远、社会组织党委办公室主任吴海平、政治法规处(行政审批处)处长缴小东等出席。'),
    ).toEqual([
      ['周明远', '白江省民政厅副厅长', '白江省民政厅'],
      ['吴海平', '社会组织党委办公室主任', '白江省民政厅'],
      ['缴小东', '政治法规处(行政审批处)处长', '白江省民政厅'],
    ]);
    // A body of its own in the list is not a unit of the one before.
    expect(read('白江省民政厅副厅长周明远、青禾学院院长吴海平出席。').map((p) => p[2])).toEqual([
      '白江省民政厅',
      '青禾学院',
    ]);
  });
});

describe('round 15: names, appointments, dates and sources', () => {
  it('runs a transliterated name on to what its holder does (…提 before 出席, not …before 提出)', () => {
    const found = readPeople({ lines: ['白江妇联主席阿依古丽·买买提出席开班式。'], captions: [], known: [] });
    expect(found.map((p) => p.name)).toEqual(['阿依古丽·买买提']);
  });

  it('keeps the body before an appointed post in the position, and reads an appointment after 同时', () => {
    const found = readPeople({
      lines: ['会议选举周明远任白江教育基金会理事长，同时选举吴海平任副理事长。'],
      captions: [],
      known: [],
    });
    expect(found.map((p) => [p.name, p.position])).toEqual([
      ['周明远', '白江教育基金会理事长'],
      ['吴海平', '副理事长'],
    ]);
  });

  it('takes a reporter’s name, the day and a count of readers for the publication date', () => {
    const page = [
      'https://example.org/?id=1',
      '青禾协会第四届会员大会隆重登场',
      '',
      '周明远 2025/05/19 187',
      '',
      '【记者周明远/白江报导】青禾协会于5月18日隆重举行第四届会员大会。',
    ].join('\n');
    const { facts } = readFacts(new TextEncoder().encode(page), emptyArchive());
    expect(facts.published).toBe('2025-05-19');
    expect(facts.startDate).toBe('2025-05-18');
  });

  it('takes the year from a four-digit year and month in the address, only for that month', () => {
    const at = (url: string) =>
      extractFacts(report(['3月13日，白江省青禾培训班在白江市举办。'], { meta: { url } })).startDate;
    expect(at('https://example.org/voice/2503/40458-1.htm')).toBe('2025-03-13');
    expect(at('https://example.org/voice/2504/40458-1.htm')).toBeUndefined();
  });

  it('takes a bulletin named in 来源 by its title for the outlet', () => {
    const facts = extractFacts(
      report(['4月30日，青禾协会签约仪式在白江举行。'], { info: ['来源:《青禾慈善信息》2020年第64期(4月30日)'] }),
    );
    expect(facts.outlet).toBe('青禾慈善信息');
  });
});
