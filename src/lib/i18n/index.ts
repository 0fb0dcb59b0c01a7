/**
 * Locales of the interface. Chinese (`zh`, the archive's language) lives at the
 * site root; English (`en`) under /en/. Content is Chinese in both; only the
 * interface — labels, navigation, dates — changes. YILU_LOCALES=zh builds without
 * the English pages (default: both).
 */
import { en } from './en.ts';
import { zh, type Dictionary } from './zh.ts';

export type Locale = 'zh' | 'en';
export type { Dictionary };

export const DEFAULT_LOCALE: Locale = 'zh';
const DICTIONARIES: Record<Locale, Dictionary> = { zh, en };

/** Locales this build publishes, from YILU_LOCALES (`zh,en` by default; zh is always built). */
export function buildLocales(env: string | undefined = typeof process !== 'undefined' ? process.env.YILU_LOCALES : undefined): Locale[] {
  const asked = (env ?? 'zh,en').split(/[\s,]+/).filter(Boolean);
  const unknown = asked.filter((l) => !(l in DICTIONARIES));
  if (unknown.length) throw new Error(`YILU_LOCALES: unknown locale ${unknown.join(', ')} (known: zh, en)`);
  return ['zh', ...(asked.includes('en') ? (['en'] as const) : [])];
}

export const dictionary = (locale: Locale): Dictionary => DICTIONARIES[locale];

/** `lang` of the records' text: what English pages put on every Chinese span. */
export const CONTENT_LANG = 'zh-CN';

/** The locale a site path (without base) belongs to. */
export const localeOfPath = (path: string): Locale => (/^\/en(\/|$)/.test(path) ? 'en' : 'zh');

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const parts = (date: string) => date.split('-').map(Number) as [number, number, number];

/** `2024-12-04` → `2024年12月4日` or `4 December 2024`. */
export function formatDate(locale: Locale, date: string): string {
  const [y, m, d] = parts(date);
  return locale === 'en' ? `${d} ${MONTHS[m - 1]} ${y}` : `${y}年${m}月${d}日`;
}

/**
 * A date range: `2023年11月6日至7日` / `6–7 November 2023`, across months
 * `30 November – 2 December 2024`, across years in full.
 */
export function formatDateRange(locale: Locale, start: string, end?: string): string {
  if (!end || end === start) return formatDate(locale, start);
  const [y1, m1, d1] = parts(start);
  const [y2, m2, d2] = parts(end);
  if (locale === 'zh') {
    if (y1 !== y2) return `${formatDate('zh', start)}至${formatDate('zh', end)}`;
    if (m1 !== m2) return `${formatDate('zh', start)}至${m2}月${d2}日`;
    return `${formatDate('zh', start)}至${d2}日`;
  }
  if (y1 !== y2) return `${formatDate('en', start)} – ${formatDate('en', end)}`;
  if (m1 !== m2) return `${d1} ${MONTHS[m1 - 1]} – ${d2} ${MONTHS[m2 - 1]} ${y2}`;
  return `${d1}–${d2} ${MONTHS[m1 - 1]} ${y1}`;
}

/** A record's fixed-vocabulary word (speech kind, organization type…) in the locale. */
export const kindLabel = (locale: Locale, word: string): string => DICTIONARIES[locale].kinds[word] ?? word;
