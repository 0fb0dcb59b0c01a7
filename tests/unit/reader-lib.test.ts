/** Small pure helpers behind issue 15's reader pages: tag slugs, recorded names, English province names. */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { readArchive } from '../../src/integrations/search/index-build.ts';
import { recordedNames } from '../../src/lib/names.ts';
import { speechYears } from '../../src/lib/speech-list.ts';
import { provinceEnglish, provincePinyin } from '../../src/lib/place-english.ts';
import { tagSlug, tagSlugs, TagSlugError } from '../../src/lib/tags.ts';
import { toTraditional } from '../../src/lib/text/s2t.ts';

describe('tag slugs', () => {
  it("are the tag's pinyin, a syllable a word, read in context", () => {
    expect(tagSlug('乡村振兴')).toBe('xiang-cun-zhen-xing');
    expect(tagSlug('行业协会商会')).toBe('hang-ye-xie-hui-shang-hui');
    // 发 in 银发 is fà, 长 in 长三角 cháng: the whole tag is read, not character by character.
    expect(tagSlug('银发经济', true)).toBe('yin2-fa4-jing1-ji4');
    expect(tagSlug('长三角一体化')).toBe('chang-san-jiao-yi-ti-hua');
    expect(tagSlug('ESG治理')).toBe('esg-zhi-li');
    expect(tagSlug('G20 峰会')).toBe('g20-feng-hui');
  });
  it('give homophones tone numbers, and refuse tags that still collide or have no letters', () => {
    const slugs = tagSlugs(['事实', '实时', '养老服务']);
    expect(slugs.get('养老服务')).toBe('yang-lao-fu-wu');
    expect([slugs.get('事实'), slugs.get('实时')]).toEqual(['shi4-shi2', 'shi2-shi2']);
    // The same syllables with the same tones: an editor has to choose another word.
    expect(() => tagSlugs(['公益', '工艺'])).toThrow(TagSlugError);
    expect(() => tagSlugs(['——'])).toThrow(/无法生成网址/);
  });
});

describe('names a record lists for machines', () => {
  it('leave out the Traditional spelling a converter writes, keep one it does not, and other names', () => {
    expect(recordedNames('郭庆华', ['郭慶華'], toTraditional)).toEqual([]);
    expect(recordedNames('余永龙', ['余永龍'], toTraditional)).toEqual(['余永龍']);
    expect(recordedNames('全国工商联', ['中华全国工商业联合会', '全國工商聯'], toTraditional)).toEqual([
      '中华全国工商业联合会',
    ]);
  });
});

describe('English names of provinces for places', () => {
  it('find the province of a city, of a place written from the province down, and of a province itself', () => {
    expect(provinceEnglish('苏州市')).toBe('Jiangsu');
    expect(provinceEnglish('成都市')).toBe('Sichuan');
    expect(provinceEnglish('江苏省苏州市')).toBe('Jiangsu');
    expect(provinceEnglish('香港特别行政区')).toBe('Hong Kong');
    expect(provinceEnglish('内蒙古自治区')).toBe('Inner Mongolia');
    expect(provinceEnglish('不存在的地方')).toBeUndefined();
    expect(provinceEnglish(undefined)).toBeUndefined();
  });
  it('tell a province whose English is its pinyin from one whose is not', () => {
    expect(provincePinyin('成都市')).toBe('sichuan');
    expect(provincePinyin('香港特别行政区')).toBe('xianggang');
    expect(provincePinyin('陕西省')).toBe('shanxi');
    expect(provinceEnglish('陕西省')).toBe('Shaanxi');
  });
});

describe('the list of speeches by year', () => {
  it('has the years with published speeches, newest first, each with its conferences that have speeches', () => {
    const archive = readArchive(path.resolve(import.meta.dirname, '../fixtures/archive'));
    const years = speechYears(archive);
    expect(years.map((y) => y.year.year)).toEqual(
      archive.years.filter((y) => y.conferences.some((c) => c.speeches.length)).map((y) => y.year),
    );
    for (const y of years) {
      expect(y.speeches).toBe(y.conferences.reduce((n, c) => n + c.speeches.length, 0));
      expect(y.conferences.every((c) => c.speeches.length > 0)).toBe(true);
    }
    expect(years.reduce((n, y) => n + y.speeches, 0)).toBe(archive.speeches.length);
  });
});
