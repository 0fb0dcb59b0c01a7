import { describe, expect, it } from 'vitest';
import {
  beijingToIso,
  formatDateRangeZh,
  formatDateZh,
  isRealDate,
  isRealDateTime,
  spanDays,
  yearOf,
} from '../../src/lib/dates.ts';
import { isoDate, publishedAt } from '../../src/schemas/common.ts';

const isoDateSchema = isoDate('开幕日期');

describe('isRealDate', () => {
  it('accepts real days, leap days included', () => {
    expect(isRealDate('2024-12-04')).toBe(true);
    expect(isRealDate('2024-02-29')).toBe(true);
  });
  it('rejects days that do not exist and other shapes', () => {
    for (const bad of [
      '2024-13-45',
      '2023-02-29',
      '2024-04-31',
      '2024-00-10',
      '2024-1-5',
      '20241204',
      '2024-12-04T00:00',
    ]) {
      expect(isRealDate(bad), bad).toBe(false);
    }
  });
});

describe('isRealDateTime', () => {
  it('accepts news-site timestamps with or without seconds', () => {
    expect(isRealDateTime('2024-12-04 20:37:06')).toBe(true);
    expect(isRealDateTime('2023-11-07T10:16')).toBe(true);
  });
  it('rejects impossible times', () => {
    expect(isRealDateTime('2024-12-04 24:00')).toBe(false);
    expect(isRealDateTime('2024-12-04 20:60')).toBe(false);
    expect(isRealDateTime('2024-02-30 10:00')).toBe(false);
  });
});

describe('the schemas keep dates as the text written', () => {
  it('refuse a Date object, which could be a rolled-over impossible day', () => {
    const r = isoDateSchema.safeParse(new Date(Date.UTC(2025, 1, 14)));
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.message).toBe('日期应写作 YYYY-MM-DD，例如 2024-12-04');
    expect(isoDateSchema.parse('2024-12-04')).toBe('2024-12-04');
    expect(publishedAt('t').safeParse(new Date()).success).toBe(false);
    expect(publishedAt('t').parse('2021-10-29')).toBe('2021-10-29');
    expect(publishedAt('t').parse('2024-12-04 20:37:06')).toBe('2024-12-04 20:37:06');
    expect(publishedAt('t').safeParse('2024-12-04 25:00').success).toBe(false);
  });
});

describe('formatting', () => {
  it('writes Chinese dates and ranges', () => {
    expect(formatDateZh('2024-12-04')).toBe('2024年12月4日');
    expect(formatDateRangeZh('2023-11-06')).toBe('2023年11月6日');
    expect(formatDateRangeZh('2023-11-06', '2023-11-07')).toBe('2023年11月6日至7日');
    expect(formatDateRangeZh('2023-11-30', '2023-12-01')).toBe('2023年11月30日至12月1日');
    expect(formatDateRangeZh('2023-12-31', '2024-01-01')).toBe('2023年12月31日至2024年1月1日');
  });
  it('derives years, ISO times and spans', () => {
    expect(yearOf('2023-11-06')).toBe(2023);
    expect(beijingToIso('2024-12-04 20:37')).toBe('2024-12-04T20:37:00+08:00');
    expect(spanDays('2023-11-06', '2023-11-07')).toBe(2);
    expect(spanDays('2023-11-06')).toBe(1);
  });
});
