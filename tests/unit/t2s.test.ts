import { ConverterFactory } from 'opencc-js/core';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import HKVariantsRevPhrases from 'opencc-js/dict/HKVariantsRevPhrases';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import TWVariantsRevPhrases from 'opencc-js/dict/TWVariantsRevPhrases';
import { describe, expect, it } from 'vitest';
import { decodeCharSet, encodeCharSet } from '../../src/lib/text/code-points.ts';
import { conversionTriggers, toSimplified } from '../../src/lib/text/t2s.ts';

const full = ConverterFactory(
  [TWVariantsRevPhrases, TWVariantsRev, HKVariantsRevPhrases, HKVariantsRev],
  [TSPhrases, TSCharacters],
);

describe('toSimplified fast path', () => {
  // The trigger set is built once per test process and cached: only the first test to ask for it
  // runs the code that builds it (docs/testing.md, Mutation testing).
  it('does not count common Simplified characters as triggers', () => {
    const triggers = conversionTriggers();
    // 峰 and 梁: TWVariantsRev changes them, TSCharacters changes them back.
    // 才, 温, 群: keys of a character table that the whole chain leaves as they are.
    // 上, 成, 文, 口, 子, 正: in phrase-table entries that the whole chain leaves as they are.
    const common = [...'峰梁才温群上成文口子正隆'];
    expect(common.filter((c) => triggers.has(c))).toEqual([]);
    // A character the chain changes is one.
    expect(['會', '鄉', '臺', '裡'].every((c) => triggers.has(c))).toBe(true);
  });
  it('gives exactly what the full converter gives for every dictionary key', () => {
    const keys = [
      TWVariantsRevPhrases,
      TWVariantsRev,
      HKVariantsRevPhrases,
      HKVariantsRev,
      TSPhrases,
      TSCharacters,
    ].flatMap((d) =>
      String(d)
        .split('|')
        .map((e) => e.split(' ')[0]!),
    );
    expect(keys.length).toBeGreaterThan(5_000);
    const texts = keys.flatMap((k) => [k, `发展${k}工作`]);
    const mismatches = texts.filter((t) => toSimplified(t) !== full(t));
    expect(mismatches).toEqual([]);
  });

  it('skips conversion for plain Simplified text and converts Traditional text', () => {
    const simplified = '重庆市民政局与四川省民政厅共同推动社会组织高质量发展';
    expect([...simplified].some((c) => conversionTriggers().has(c))).toBe(false);
    expect(toSimplified(simplified)).toBe(simplified);
    expect(toSimplified('社會組織鄉村振興')).toBe('社会组织乡村振兴');
    expect(toSimplified('乾隆年間的乾燥天氣')).toBe(full('乾隆年間的乾燥天氣'));
  });
});

describe("the search bundle's converter, loaded on demand", () => {
  it('writes a set of characters as base-36 gaps and reads it back', () => {
    expect(encodeCharSet('七一丁一')).toBe('feo,1,2');
    expect(decodeCharSet('feo,1,2')).toEqual(new Set(['一', '丁', '七']));
    expect(decodeCharSet('')).toEqual(new Set());
    const triggers = conversionTriggers();
    expect(decodeCharSet(encodeCharSet(triggers))).toEqual(triggers);
    expect(decodeCharSet(encodeCharSet(['𠮷', 'a']))).toEqual(new Set(['a', '𠮷']));
  });
  it('passes text through until a query needs the converter, then converts as the build does', async () => {
    const { lazySimplifier } = await import('../../src/search/simplified.ts');
    const lazy = lazySimplifier(encodeCharSet(conversionTriggers()));
    await lazy.prepare('社会组织 zhou');
    expect(lazy.toSimplified('社會組織')).toBe('社會組織');
    await lazy.prepare('社會組織');
    for (const text of ['社會組織', '乾隆與乾燥', '軟體', '社会组织', ''])
      expect(lazy.toSimplified(text), text).toBe(toSimplified(text));
  });
});
