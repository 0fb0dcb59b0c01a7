/**
 * The build day in China (UTC+8), `YYYY-MM-DD`: the 引用日期 of the citations a build writes, and part of every page's
 * incremental-build key (src/lib/archive/cache-key.ts). `SOURCE_DATE_EPOCH` (seconds, the reproducible-builds
 * convention) fixes it, so that builds meant to be compared (the bench's full and repeat builds) see the same day even
 * when midnight in China falls between them.
 */
export function buildDay(sourceDateEpoch: string | undefined, now: Date = new Date()): string {
  const when = sourceDateEpoch && /^\d+$/.test(sourceDateEpoch) ? new Date(Number(sourceDateEpoch) * 1000) : now;
  return when.toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
}
