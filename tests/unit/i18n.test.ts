/** Interface locales: date formats, locale paths, YILU_LOCALES, English route patterns, dictionaries. */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildLocales, formatDate, formatDateRange, kindLabel, localeOfPath } from '../../src/lib/i18n/index.ts';
import { en } from '../../src/lib/i18n/en.ts';
import { zh } from '../../src/lib/i18n/zh.ts';
import { localePath, unlocalized } from '../../src/lib/paths.ts';
import { routePattern } from '../../src/integrations/locales.ts';
import { SPEECH_KINDS } from '../../src/schemas/speech.ts';
import { SESSION_KINDS } from '../../src/schemas/conference.ts';
import { ORGANIZATION_TYPES } from '../../src/schemas/organization.ts';
import { localizeUrl, SEARCH_STRINGS } from '../../src/search/strings.ts';

describe('dates per locale', () => {
  it('formats one day', () => {
    expect(formatDate('zh', '2024-12-04')).toBe('2024年12月4日');
    expect(formatDate('en', '2024-12-04')).toBe('4 December 2024');
  });
  it('formats ranges within a month, across months and across years', () => {
    expect(formatDateRange('zh', '2023-11-06', '2023-11-07')).toBe('2023年11月6日至7日');
    expect(formatDateRange('en', '2023-11-06', '2023-11-07')).toBe('6–7 November 2023');
    expect(formatDateRange('zh', '2024-11-30', '2024-12-02')).toBe('2024年11月30日至12月2日');
    expect(formatDateRange('en', '2024-11-30', '2024-12-02')).toBe('30 November – 2 December 2024');
    expect(formatDateRange('en', '2024-12-31', '2025-01-01')).toBe('31 December 2024 – 1 January 2025');
    expect(formatDateRange('en', '2024-12-04', '2024-12-04')).toBe('4 December 2024');
  });
});

describe('locale paths', () => {
  it('prefixes English paths with /en and strips it again', () => {
    expect(localePath('/people/x/', 'en')).toBe('/en/people/x/');
    expect(localePath('/', 'en')).toBe('/en/');
    expect(localePath('/people/x/', 'zh')).toBe('/people/x/');
    expect(localePath('https://example.org/', 'en')).toBe('https://example.org/');
    expect(unlocalized('/en/people/x/')).toBe('/people/x/');
    expect(unlocalized('/en/')).toBe('/');
    expect(unlocalized('/english/')).toBe('/english/');
    expect(localeOfPath('/en/')).toBe('en');
    expect(localeOfPath('/people/')).toBe('zh');
  });
  it('maps search results to English pages under any base, once', () => {
    expect(localizeUrl('/yilu/people/x/', '/yilu/', 'en')).toBe('/yilu/en/people/x/');
    expect(localizeUrl('/yilu/en/people/x/', '/yilu/', 'en')).toBe('/yilu/en/people/x/');
    expect(localizeUrl('/people/x/#a', '/', 'en')).toBe('/en/people/x/#a');
    expect(localizeUrl('/people/x/', '/', 'zh-CN')).toBe('/people/x/');
  });
  it('turns English route files into /en/ patterns', () => {
    expect(routePattern('index.astro')).toBe('/en');
    expect(routePattern(path.join('people', '[id].astro'))).toBe('/en/people/[id]');
    expect(routePattern(path.join('conferences', '[conference]', 'index.astro'))).toBe('/en/conferences/[conference]');
  });
});

describe('YILU_LOCALES', () => {
  it('builds both by default, Chinese only on request, and refuses unknown locales', () => {
    expect(buildLocales(undefined)).toEqual(['zh', 'en']);
    expect(buildLocales('zh')).toEqual(['zh']);
    expect(buildLocales('en')).toEqual(['zh', 'en']);
    expect(() => buildLocales('zh,fr')).toThrow(/YILU_LOCALES: unknown locale fr/);
  });
});

describe('dictionaries', () => {
  const keys = (o: object, prefix = ''): string[] =>
    Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' && !Array.isArray(v) && k !== 'kinds' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
  it('have the same keys, and English has no Chinese interface text', () => {
    expect(keys(en).sort()).toEqual(keys(zh).sort());
    const strings = (o: unknown): string[] =>
      typeof o === 'string' ? [o] : typeof o === 'function' ? [String((o as (...a: unknown[]) => unknown)(1, 2, 3))] : o && typeof o === 'object' ? Object.values(o).flatMap(strings) : [];
    const { kinds, otherLanguage, ...rest } = en;
    expect(strings(rest).filter((s) => /\p{Script=Han}/u.test(s))).toEqual([]);
    expect(Object.keys(kinds).length).toBeGreaterThan(30);
    expect(otherLanguage.label).toBe('中文');
  });
  it('translate every speech kind, session kind and organization type', () => {
    for (const k of [...SPEECH_KINDS, ...SESSION_KINDS, ...Object.values(ORGANIZATION_TYPES)]) expect(kindLabel('en', k), k).toMatch(/^[A-Z][a-z -]+$/);
    expect(kindLabel('zh', '致辞')).toBe('致辞');
  });
  it('search strings have the same keys in both languages', () => {
    expect(Object.keys(SEARCH_STRINGS.en).sort()).toEqual(Object.keys(SEARCH_STRINGS.zh).sort());
  });
});
