/** Simplified → Traditional for the 繁 switch: phrase-level, names as recorded, the pruned table equals the whole. */
import { describe, expect, it } from 'vitest';
import {
  ALL_PHRASES,
  PhraseScanner,
  phrasesUsedIn,
  preferNames,
  toTraditional,
  traditionalConverter,
  traditionalForm,
} from '../../src/lib/text/s2t.ts';
import { toSimplified } from '../../src/lib/text/t2s.ts';

describe('toTraditional', () => {
  it('converts by phrase, not character by character', () => {
    expect(toTraditional('头发和理发')).toBe('頭髮和理髮');
    expect(toTraditional('干部干净')).toBe('幹部乾淨');
    expect(toTraditional('皇后和后来')).toBe('皇后和後來');
    expect(toTraditional('一只面条和方面')).toBe('一隻麵條和方面');
    expect(toTraditional('制造制度')).toBe('製造制度');
    expect(toTraditional('长江三角洲一体化发展')).toBe('長江三角洲一體化發展');
  });
  it('gets some names wrong, which is why recorded forms win', () => {
    expect(toTraditional('余永龙')).toBe('餘永龍');
    const names = new Map([['余永龙', '余永龍']]);
    expect(preferNames(toTraditional, names)('余永龙在会议上发言，余下的时间')).toBe('余永龍在會議上發言，餘下的時間');
  });
  it('prefers the longest recorded name, takes names literally, and changes nothing without names', () => {
    // 干 as a surname stays 干; in the recorded name 干部学院 it is 幹.
    const names = new Map([
      ['干', '干'],
      ['干部学院', '幹部學院'],
      ['A.B公益', 'A.B公益'],
      ['', '空'],
    ]);
    const convert = preferNames(toTraditional, names);
    expect(convert('干部学院的干老师')).toBe('幹部學院的干老師');
    // The dot in a recorded name is a dot, not any character: AxB公益 is converted as ordinary text.
    expect(convert('A.B公益与AxB公益发展')).toBe('A.B公益與AxB公益發展');
    expect(preferNames(toTraditional, new Map())).toBe(toTraditional);
    expect(preferNames(toTraditional, new Map([['', '空']]))).toBe(toTraditional);
  });
});

describe('traditionalForm', () => {
  it('picks the variant that folds back to the name, not a former name', () => {
    expect(traditionalForm('余永龙', ['余永龍'], toSimplified)).toBe('余永龍');
    expect(traditionalForm('重庆大学', ['重慶大學', '重大'], toSimplified)).toBe('重慶大學');
    expect(traditionalForm('西岭公益年会', ['西岭公益论坛'], toSimplified)).toBeUndefined();
    expect(traditionalForm('王强', [], toSimplified)).toBeUndefined();
    // The name itself among its variants is not a Traditional form of it.
    expect(traditionalForm('民政局', ['民政局'], toSimplified)).toBeUndefined();
  });
});

describe('phrasesUsedIn', () => {
  it('keeps only the phrases that occur, and converts those texts exactly like the whole table', () => {
    const texts = ['<p>他的头发很长</p>', '<li title="理发">干部</li>后来'];
    const used = phrasesUsedIn(texts);
    expect(used.split('|').length).toBeLessThan(40);
    expect(used).toContain('头发 頭髮');
    const subset = traditionalConverter(used);
    const whole = traditionalConverter(ALL_PHRASES);
    for (const t of texts) expect(subset(t)).toBe(whole(t));
  });

  it('finds keys of every shape (ASCII letters, characters outside the BMP, at the very end of a text) and stops at anything else', () => {
    const keys = ['SQL注入', '覆𫗧', '头发'];
    for (const key of keys) expect(ALL_PHRASES.split('|').some((e) => e.startsWith(`${key} `))).toBe(true);
    const found = phrasesUsedIn(['<code>SQL注入</code>', '<p>覆𫗧</p>', '头发'])
      .split('|')
      .map((e) => e.slice(0, e.indexOf(' ')));
    for (const key of keys) expect(found).toContain(key);
    expect(phrasesUsedIn(['头<b>发</b>', '头 发'])).not.toContain('头发 ');
  });

  it('gives the same table when a site is read one page at a time', () => {
    const pages = ['<h1>头发</h1>', '<p>干部理发</p>', '<li>后来的发展</li>'];
    const scanner = new PhraseScanner();
    for (const page of pages) scanner.add(page);
    expect(scanner.result()).toBe(phrasesUsedIn([pages.join('')]));
    expect(scanner.result()).toBe(phrasesUsedIn(pages));
    // Sorted, so the table (and the page that carries it) does not depend on the order pages are read.
    expect(phrasesUsedIn([...pages].reverse())).toBe(scanner.result());
  });
});
