/**
 * Calendar dates as the archive keeps them: plain `YYYY-MM-DD` strings (no time
 * zone, no Date objects that shift across midnight), and local Beijing times
 * `YYYY-MM-DD HH:MM[:SS]` for when a source was published.
 */

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** True when `value` is `YYYY-MM-DD` naming a day that exists (no 2024-02-30, no 2024-13-45). */
export function isRealDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True when `value` is `YYYY-MM-DD HH:MM[:SS]` (or with `T`) naming a real day and time. */
export function isRealDateTime(value: string): boolean {
  const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!m || !isRealDate(m[1]!)) return false;
  return Number(m[2]) < 24 && Number(m[3]) < 60 && Number(m[4] ?? 0) < 60;
}

/** A Date that YAML produced from an unquoted date, read back as the digits that were written. */
export function toIsoDate(date: Date): string {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** A Date that YAML produced from an unquoted timestamp without offset, read back as written. */
export function toIsoDateTime(date: Date): string {
  return `${toIsoDate(date)} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
}

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
