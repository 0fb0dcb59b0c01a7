/** The small modules of src/lib: git history, pinyin sorting and keywords, labels. */
import { describe, expect, it } from 'vitest';
import { lastChanged, parseGitLog } from '../../src/lib/git.ts';
import { outcomeTitle } from '../../src/lib/labels.ts';
import { pinyinKeywords, placePinyin } from '../../src/lib/text/pinyin.ts';
import { comparePinyin, initialOf, plainPinyin } from '../../src/lib/text/sort.ts';

describe('git history', () => {
  it('keeps the newest date of each file from `git log --name-only` output', () => {
    const log = '\u00002024-12-05\n\ncontent/a.yaml\ncontent/b.md\n\u00002024-12-01\n\ncontent/a.yaml\ncontent/c.md\n';
    const dates = parseGitLog(log);
    expect(dates.get('content/a.yaml')).toBe('2024-12-05');
    expect(dates.get('content/c.md')).toBe('2024-12-01');
    expect(dates.size).toBe(3);
  });
  // Mutation testing runs the tests in a copy of the project without its git history (stryker.config.mjs).
  it.skipIf(process.env.YILU_MUTATION_SANDBOX)(
    'dates files of this repository and nothing for files git does not know',
    () => {
      expect(lastChanged('content/people/zhou-limin.yaml')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(lastChanged('content/people/no-such-person.yaml')).toBeUndefined();
      expect(lastChanged(undefined)).toBeUndefined();
    },
  );
});

describe('pinyin', () => {
  it('strips tones and folds ü', () => {
    expect(plainPinyin('Zhōu Lìmín')).toBe('zhou limin');
    expect(plainPinyin('Lǚ Xiǎo')).toBe('lv xiao');
  });
  it('gives the forms a reader may type for a name', () => {
    expect(pinyinKeywords('Zhōu Lìmín')).toBe('zhoulimin zhou limin');
    expect(pinyinKeywords('Ōuyáng Xiū')).toBe('ouyangxiu ouyang xiu');
    expect(pinyinKeywords('Lǚ Xiǎo')).toBe('lvxiao lv xiao luxiao lu xiao');
    expect(pinyinKeywords('')).toBe('');
    // Syllables written with hyphens, apostrophes or several spaces are the same words.
    expect(pinyinKeywords("Xī'ān  Lǐ-Míng ")).toBe('xianliming xi an li ming');
  });
  it('gives a place or organization name word by word and whole', () => {
    // The example of the function's contract: 四川省 | 民政厅.
    expect(placePinyin('四川省民政厅')).toBe('sichuansheng minzhengting sichuanshengminzhengting');
    // Letters in a name are kept as typed, lower case.
    expect(placePinyin('ABC公益')).toBe('abc gongyi abcgongyi');
    // A single word is not repeated as the whole.
    expect(placePinyin('公益')).toBe('gongyi');
    // Punctuation gives no word; nothing to type gives nothing.
    expect(placePinyin('公益，协会')).toBe('gongyi xiehui gongyixiehui');
    expect(placePinyin('，')).toBe('');
    expect(placePinyin('')).toBe('');
  });
  it('sorts by recorded pinyin, which settles polyphonic surnames', () => {
    // 查 reads Zhā as a surname; character collation alone would file it under C.
    const names: [string, string][] = [
      ['查颖冬', 'Zhā Yǐngdōng'],
      ['陈太勇', 'Chén Tàiyǒng'],
      ['周利民', 'Zhōu Lìmín'],
    ];
    const sorted = [...names].sort((a, b) => comparePinyin(a[0], b[0], a[1], b[1])).map((n) => n[0]);
    expect(sorted).toEqual(['陈太勇', '查颖冬', '周利民']);
    expect(comparePinyin('重庆市民政局', '安徽省民政厅')).toBeGreaterThan(0);
  });
  it('uses recorded pinyin only when both names have it, and falls back to the characters', () => {
    // One recorded form is not compared with a guess: ICU reads 查 as chá, filed before zhāng.
    expect(comparePinyin('查明', '张华', 'Zhā Míng')).toBeLessThan(0);
    expect(comparePinyin('张华', '查明', undefined, 'Zhā Míng')).toBeGreaterThan(0);
    // Same recorded pinyin without tones: the characters decide (汪 wāng before 王 wáng), never a tie.
    expect(comparePinyin('王强', '汪强', 'Wáng Qiáng', 'Wáng Qiáng')).toBeGreaterThan(0);
    expect(comparePinyin('汪强', '王强', 'Wáng Qiáng', 'Wáng Qiáng')).toBeLessThan(0);
    // Names the collation holds equal (case only) still get a fixed order, by code point: A before a.
    expect(comparePinyin('abc', 'ABC')).toBe(1);
    expect(comparePinyin('ABC', 'abc')).toBe(-1);
    expect(comparePinyin('王强', '王强')).toBe(0);
  });
  it('files a name under its initial', () => {
    expect(initialOf('周利民', 'Zhōu Lìmín')).toBe('Z');
    expect(initialOf('某人')).toBe('#');
  });
});

describe('labels', () => {
  it('puts 《》 around documents only', () => {
    expect(outcomeTitle('agreement', '社会组织战略合作协议')).toBe('《社会组织战略合作协议》');
    expect(outcomeTitle('award', '江苏省5A社会组织')).toBe('江苏省5A社会组织');
  });
});
