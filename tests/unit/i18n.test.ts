/** Interface languages: date formats, phrases, the redirects of the former /en/ addresses, dictionaries. */
import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange, kindLabel, phrase } from '../../src/lib/i18n/index.ts';
import { en } from '../../src/lib/i18n/en.ts';
import { zh } from '../../src/lib/i18n/zh.ts';
import { englishRedirectRules } from '../../src/integrations/english-redirects.ts';
import { SPEECH_KINDS } from '../../src/schemas/speech.ts';
import { SESSION_KINDS } from '../../src/schemas/conference.ts';
import { ORGANIZATION_TYPES } from '../../src/schemas/organization.ts';
import { SEARCH_STRINGS } from '../../src/search/strings.ts';

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

describe('phrases', () => {
  it('pick the same string, or the same computed string, from both dictionaries', () => {
    expect(phrase((d) => d.nav.people)).toEqual({ zh: '人物', en: 'People' });
    expect(phrase((d) => d.count.speeches(1))).toEqual({ zh: '1 篇发言', en: '1 speech' });
    expect(phrase((d) => d.count.speeches(7))).toEqual({ zh: '7 篇发言', en: '7 speeches' });
    expect(phrase((d) => d.paragraphLink(2))).toEqual({ zh: '第2段的链接', en: 'Link to paragraph 2' });
  });
});

describe('the former /en/ addresses', () => {
  it('redirect to the same page with ?lang=en, under any base', () => {
    expect(
      englishRedirectRules('/')
        .split('\n')
        .filter((l) => l && !l.startsWith('#')),
    ).toEqual(['/en /?lang=en 301', '/en/* /:splat?lang=en 301']);
    expect(englishRedirectRules('/yilu/')).toContain('/yilu/en/* /yilu/:splat?lang=en 301');
    expect(englishRedirectRules('/yilu')).toContain('/yilu/en /yilu/?lang=en 301');
  });
});

describe('dictionaries', () => {
  const keys = (o: object, prefix = ''): string[] =>
    Object.entries(o).flatMap(([k, v]) =>
      v && typeof v === 'object' && !Array.isArray(v) && k !== 'kinds' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
    );
  it('have the same keys, and English has no Chinese interface text', () => {
    expect(keys(en).sort()).toEqual(keys(zh).sort());
    const strings = (o: unknown): string[] =>
      typeof o === 'string'
        ? [o]
        : typeof o === 'function'
          ? [String((o as (...a: unknown[]) => unknown)(1, 2, 3))]
          : o && typeof o === 'object'
            ? Object.values(o).flatMap(strings)
            : [];
    const { kinds, otherLanguage, ...rest } = en;
    // Strings the site script splits on `|` (the citation panel's words, the theme's labels) hold none.
    expect(strings({ ...zh.cite, ...en.cite, a: zh.themeDark, b: en.toLight }).filter((s) => s.includes('|'))).toEqual(
      [],
    );
    expect(strings(rest).filter((s) => /\p{Script=Han}/u.test(s))).toEqual([]);
    expect(Object.keys(kinds).length).toBeGreaterThan(30);
    expect(otherLanguage.label).toBe('中文');
  });
  it('translate every speech kind, session kind and organization type', () => {
    for (const k of [...SPEECH_KINDS, ...SESSION_KINDS, ...Object.values(ORGANIZATION_TYPES)])
      expect(kindLabel('en', k), k).toMatch(/^[A-Z][a-z -]+$/);
    expect(kindLabel('zh', '致辞')).toBe('致辞');
  });
  it('search strings have the same keys in both languages', () => {
    expect(Object.keys(SEARCH_STRINGS.en).sort()).toEqual(Object.keys(SEARCH_STRINGS.zh).sort());
  });
});
