/**
 * The two interface languages. Every page is built once, in Chinese (the
 * archive's language); each interface string also carries its English form, which
 * the site script swaps in when a reader picks English (docs/i18n.md). Content is
 * Chinese in both; only the interface — labels, navigation, dates — changes.
 */
import { formatDateRangeZh, formatDateZh } from '../dates.ts';
import { en } from './en.ts';
import { zh, type Dictionary, type KindWord } from './zh.ts';

export type Locale = 'zh' | 'en';
export type { Dictionary };

const DICTIONARIES: Record<Locale, Dictionary> = { zh, en };

export const dictionary = (locale: Locale): Dictionary => DICTIONARIES[locale];

/** One interface string in both languages: the Chinese the page is built with, and its English form. */
export interface Phrase {
  zh: string;
  en: string;
}

/** The same string picked from both dictionaries: `phrase((d) => d.nav.people)`. */
export const phrase = (pick: (d: Dictionary) => string): Phrase => ({ zh: pick(zh), en: pick(en) });

/** `lang` of the records' text: what every element holding it carries, so it keeps its language in the English interface. */
export const CONTENT_LANG = 'zh-CN';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const parts = (date: string) => date.split('-').map(Number) as [number, number, number];

/** `2024-12-04` → `2024年12月4日` (lib/dates.ts) or `4 December 2024`. */
export function formatDate(locale: Locale, date: string): string {
  if (locale === 'zh') return formatDateZh(date);
  const [y, m, d] = parts(date);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/**
 * A date range: `2023年11月6日至7日` (lib/dates.ts) / `6–7 November 2023`, across months
 * `30 November – 2 December 2024`, across years in full.
 */
export function formatDateRange(locale: Locale, start: string, end?: string): string {
  if (locale === 'zh') return formatDateRangeZh(start, end);
  if (!end || end === start) return formatDate(locale, start);
  const [y1, m1, d1] = parts(start);
  const [y2, m2, d2] = parts(end);
  if (y1 !== y2) return `${formatDate('en', start)} – ${formatDate('en', end)}`;
  if (m1 !== m2) return `${d1} ${MONTHS[m1 - 1]} – ${d2} ${MONTHS[m2 - 1]} ${y2}`;
  return `${d1}–${d2} ${MONTHS[m1 - 1]} ${y1}`;
}

/** A record's fixed-vocabulary word (speech kind, organization type…) in the locale. */
export const kindLabel = (locale: Locale, word: string): string => DICTIONARIES[locale].kinds[word as KindWord] ?? word;
