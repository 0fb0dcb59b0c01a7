/**
 * Round 143 of the importer (stop 59), from stop 59's third wave (PK to PR) after its honest run: last week
 * (`某年会上周落幕`) is no part of a name; a theme that quotes single words of running text (`以“网”中传党情 “格”内
 * 绽风采为主题的`) is none either; a show of troupes (`文艺汇演`) and a poetry gathering (`某市秋季诗会`) are events,
 * but not two things done joined by 并; two bodies run together, the second a party body (`某同学会中共某区委组织部`),
 * are two; a breadcrumb's column named by its subject (`社会新闻 >`, `信访工作 >`) is no site. On text written for the
 * test.
 */
import { describe, expect, it } from 'vitest';
import { emptyArchive } from '../../src/lib/import/archive.ts';
import { readFacts } from '../../src/lib/import/index.ts';

const archive = emptyArchive();
const facts = (text: string, url = 'http://example.org/2019/1106/a.html') =>
  readFacts(new TextEncoder().encode(`${url}\n${text}\n`), archive).facts;

describe('round 143: event names', () => {
  it('leaves last week out of a name, and a theme that quotes single words', () => {
    expect(facts('2018白江冰石壶年会上周落幕\n白江冰石壶协会会长王明远出席并致辞。').title).toBe('2018白江冰石壶年会');
    expect(
      facts(
        '白江街道举办表彰会\n12月5日下午，白江街道举办以“网”中传党情 “格”内绽风采为主题的“网格之星”表彰会暨文艺汇演。',
      ).title,
    ).toBe('“网格之星”表彰会暨文艺汇演');
  });

  it('reads no name from two things done, joined by 并', () => {
    expect(
      facts('白江商会举行贺岁酒会\n2月1日，白江商会举行贺岁酒会并观看文艺晚会，会长王明远致辞。').title ?? '',
    ).not.toMatch(/并/);
    expect(
      facts('白江商会举行贺岁酒会\n2月1日，白江商会举行贺岁酒会并欣赏烟花汇演，会长王明远致辞。').title ?? '',
    ).not.toMatch(/并/);
  });

  it('reads a poetry gathering by its kind', () => {
    expect(facts('白江诗会举行\n9月20号晚，“天涯共此时”2018白江市秋季诗会在白江剧场举行，观众三百余人。').title).toBe(
      '“天涯共此时”2018白江市秋季诗会',
    );
  });
});

describe('round 143: organizers', () => {
  it('parts two bodies run together when the second is a party body', () => {
    expect(
      facts(
        '白江创业大赛举行\n10月19日，2019白江海归人才创业大赛在白江举行。本次大赛由白江市欧美同学会中共白江区委组织部、中共白江区委统战部联合主办。',
      ).organizers,
    ).toEqual(['白江市欧美同学会', '中共白江区委组织部', '中共白江区委统战部']);
  });
});

describe('round 143: outlets', () => {
  it('takes no outlet from a breadcrumb column named by its subject', () => {
    for (const crumb of ['您当前的位置 : 社会新闻>', '当前位置: 信访工作> 工作动态'])
      expect(facts(`白江大会召开\n${crumb}\n5月1日，第二届白江大会在白江召开。`).outlet ?? '').toBe('');
  });
});
