/**
 * Round 196 (stop 69), from the 640 reports of the waves SY2 to VJ2 pooled: a district's or county's short name at the
 * start of a venue, with more of the venue after it (`在江南工业园举行`, `在滨湖国际会展中心`, `在新市政中心`), is the
 * venue's own word, not that district (江南区, 滨湖区, 新市区), unless the report names its city too; the name alone
 * (`在罗田召开`) or with its suffix (`在维西县举行`) still places the event (the second test holds before the round too:
 * it guards what the round must not take away). On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/import/extract.ts';
import { report } from '../support/import.ts';

const city = (line: string) => extractFacts(report([line])).place?.city;

describe('round 196', () => {
  it('reads no district from a venue that opens with its short name', () => {
    expect(city('7月6日，白江青禾公租房项目开工仪式在江南工业园举行。')).toBeUndefined();
    expect(city('9日上午，第三届白江电竞大赛总决赛开幕式在滨湖国际会展中心5号馆举行。')).toBeUndefined();
  });

  it('still places the event by the short name alone, with its suffix, or with its city named', () => {
    expect(city('4月2日，白江青禾协会在罗田召开会长扩大会议。')).toBe('黄冈市');
    expect(city('9月5日，白江青禾培训会在维西县举行。')).toBe('迪庆藏族自治州');
    expect(city('7月6日，南宁市白江青禾项目开工仪式在江南工业园举行。')).toBe('南宁市');
  });
});
