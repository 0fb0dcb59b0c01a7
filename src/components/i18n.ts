/**
 * The interface locale of the page being rendered, from its URL (/en/… is
 * English), with what components need: the dictionary, locale-aware links (base
 * and /en/ prefix), date formatters, and `zh`: the attributes to spread on an
 * element holding the records' Chinese text (lang="zh-CN" on English pages,
 * nothing on Chinese pages, where the whole document is zh-CN).
 */
import { CONTENT_LANG, dictionary, formatDate, formatDateRange, kindLabel, localeOfPath, type Locale } from '../lib/i18n/index.ts';
import { localePath, stripBase, withBase } from '../lib/paths.ts';

export function useI18n(url: URL) {
  const base = import.meta.env.BASE_URL;
  const locale: Locale = localeOfPath(stripBase(url.pathname, base));
  const en = locale === 'en';
  return {
    locale,
    en,
    t: dictionary(locale),
    href: (path: string) => withBase(localePath(path, locale), base),
    zh: (en ? { lang: CONTENT_LANG } : {}) as { lang?: string },
    date: (date: string) => formatDate(locale, date),
    dateRange: (start: string, end?: string) => formatDateRange(locale, start, end),
    kind: (word: string) => kindLabel(locale, word),
  };
}

export type I18n = ReturnType<typeof useI18n>;
