/**
 * The calendar rule the schemas hold dates to, with no imports: the schemas
 * (common.ts) and src/lib/dates.ts both use it, and neither depends on the other.
 *
 * Dates are kept as the text the editor wrote, `YYYY-MM-DD`, and checked here;
 * they are never turned into Date objects, which would roll an impossible day
 * such as 2024-13-45 over to 2025-02-14 instead of refusing it.
 */

/** The shape of a date, `2024-12-04`, and of a local time, `2024-12-04 20:37[:06]` (also with `T`). */
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const DATE_TIME_PATTERN = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2})?$/;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True when `value` is `YYYY-MM-DD` naming a day that exists (no 2024-02-30, no 2024-13-45). */
export function isRealDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/** True when `value` is `YYYY-MM-DD HH:MM[:SS]` (or with `T`) naming a real day and time. */
export function isRealDateTime(value: string): boolean {
  const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!m || !isRealDate(m[1]!)) return false;
  return Number(m[2]) < 24 && Number(m[3]) < 60 && Number(m[4] ?? 0) < 60;
}
