/**
 * Round 44 of the importer (from the blind sets FC to FH, measured at f569d39 before any change): a converter's gloss of
 * several syllables in one bracket after a word. On text written for the test (no sentence of any real report is copied
 * here).
 */
import { describe, expect, it } from 'vitest';
import { stripConverterPinyin } from '../../src/lib/import/clean.ts';

describe('round 44: converter pinyin', () => {
  it("drops a word's syllables glossed together in one bracket, with their tone marks, and keeps Latin names", () => {
    expect(stripConverterPinyin('白江市(báijiāngshì)无人机协会会长')).toBe('白江市无人机协会会长');
    expect(stripConverterPinyin('白江(Baijiang)协会')).toBe('白江(Baijiang)协会');
    expect(stripConverterPinyin('白江协会(baijiangxiehui)')).toBe('白江协会(baijiangxiehui)');
  });
});
