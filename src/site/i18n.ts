/**
 * The interface strings as components write them. Every page is built once, in
 * Chinese; each interface string carries its English form in data attributes
 * (`data-en`, `data-en-<attribute>`), which the site script swaps in when a reader
 * picks English (src/reading/site.ts, docs/i18n.md). Records stay Chinese and sit
 * in elements marked `lang="zh-CN"` (`zh`), so they keep their language when the
 * page's becomes English.
 */
import {
  CONTENT_LANG,
  dictionary,
  formatDate,
  formatDateRange,
  kindLabel,
  phrase,
  type Dictionary,
  type Phrase,
} from '../lib/i18n/index.ts';
import { withBase } from '../lib/paths.ts';

export type { Phrase };

/** `{ 'data-en': … }` for an element whose text is `p.zh`; nothing when both languages read the same. */
export const enText = (p: Phrase): Record<string, string> => (p.en === p.zh ? {} : { 'data-en': p.en });

/** An attribute in Chinese with its English form: `{ 'aria-label': '主导航', 'data-en-aria-label': 'Main' }`. */
export const enAttr = (name: string, p: Phrase): Record<string, string> =>
  p.en === p.zh ? { [name]: p.zh } : { [name]: p.zh, [`data-en-${name}`]: p.en };

/**
 * A name that reads the same in both interfaces but is preceded in English by its
 * pinyin or English name (`Zhōu Lìmín 周利民`): `data-name-en`, and `lang` for the Chinese.
 */
export const nameAttrs = (latin: string | undefined): Record<string, string> =>
  latin ? { 'data-name-en': latin } : { lang: CONTENT_LANG };

/**
 * A region's, series' or organization's name: its English name replaces it in the
 * English interface where one is recorded; otherwise it is Chinese in both.
 */
export const placeAttrs = (englishName: string | undefined): Record<string, string> =>
  englishName ? { 'data-en': englishName } : { lang: CONTENT_LANG };

export function useI18n() {
  const base = import.meta.env.BASE_URL;
  return {
    /** The Chinese strings, for text that is interface only in Chinese or that goes into a phrase. */
    t: dictionary('zh') as Dictionary,
    /** One string in both languages. */
    p: phrase,
    /** Phrases one after the other: `join(kind, count)` → `学会（3）` / `Learned society (3)`. */
    join: (...parts: Phrase[]): Phrase => ({
      zh: parts.map((x) => x.zh).join(''),
      en: parts.map((x) => x.en).join(''),
    }),
    /** A site path with the deployment base. */
    href: (path: string) => withBase(path, base),
    /** Spread on an element holding the records' Chinese text. */
    zh: { lang: CONTENT_LANG } as { lang: string },
    date: (date: string): Phrase => ({ zh: formatDate('zh', date), en: formatDate('en', date) }),
    dateRange: (start: string, end?: string): Phrase => ({
      zh: formatDateRange('zh', start, end),
      en: formatDateRange('en', start, end),
    }),
    /** A fixed-vocabulary word (speech kind, organization type…): the record's own word, in English translated. */
    kind: (word: string): Phrase => ({ zh: kindLabel('zh', word), en: kindLabel('en', word) }),
  };
}

export type I18n = ReturnType<typeof useI18n>;
