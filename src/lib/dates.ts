/**
 * Calendar dates as the archive keeps them: plain `YYYY-MM-DD` strings (no time
 * zone, no Date objects that shift across midnight), and local Beijing times
 * `YYYY-MM-DD HH:MM[:SS]` for when a source was published.
 */

export { daysInMonth, isRealDate, isRealDateTime } from '../schemas/calendar.ts';

/** The year of a `YYYY-MM-DD` date. */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** `2024-12-04` → `2024年12月4日`. */
export function formatDateZh(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/**
 * A date range in Chinese: one day, days within a month (`2023年11月6日至7日`),
 * or across months/years.
 */
export function formatDateRangeZh(start: string, end?: string): string {
  if (!end || end === start) return formatDateZh(start);
  const [y1, m1] = start.split('-').map(Number);
  const [y2, m2, d2] = end.split('-').map(Number);
  if (y1 !== y2) return `${formatDateZh(start)}至${formatDateZh(end)}`;
  if (m1 !== m2) return `${formatDateZh(start)}至${m2}月${d2}日`;
  return `${formatDateZh(start)}至${d2}日`;
}

/** `2024-12-04 20:37:06` (Beijing time) → ISO 8601 with offset, `2024-12-04T20:37:06+08:00`. */
export function beijingToIso(local: string): string {
  const [date, time = '00:00'] = local.split(/[ T]/);
  const full = time.length === 5 ? `${time}:00` : time;
  return `${date}T${full}+08:00`;
}

/** Days between two `YYYY-MM-DD` dates, inclusive of both (a one-day event lasts 1 day). */
export function spanDays(start: string, end?: string): number {
  if (!end) return 1;
  const ms = Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`);
  return Math.round(ms / 86_400_000) + 1;
}
