/**
 * Round 113 of the importer (stop 54), from the misses of stop 53's four waves (320 reports) taken together, before
 * stop 54's first wave was read: a festival or show named by its edition or year (`第九届某花木节`, `2026某国际书展`)
 * and a job fair (招聘会) are events; who declared one open (`某副省长宣布…开幕`) and what opened with it (`连同…`) are
 * no part of its name; the outlet from a headline that runs on into the page's source fields, from a government page's
 * 发文单位, and from a bracketed credit whose outlet ends in no usual word (`【某某记者甲乙报导】`). On text written for
 * the test.
 */
import { describe, expect, it } from 'vitest';
import { emptyArchive } from '../../src/lib/import/archive.ts';
import { readFacts } from '../../src/lib/import/index.ts';

const archive = emptyArchive();
const facts = (text: string) => readFacts(new TextEncoder().encode(`http://example.org/a\n${text}\n`), archive).facts;

describe('round 113: event names', () => {
  it('reads a festival numbered by its edition', () => {
    const f = facts('9月29日上午，第九届白江花木节在白江花木城开幕，白江市副市长李明致辞。');
    expect(f.title).toBe('第九届白江花木节');
  });

  it('reads a show named by its year', () => {
    const f = facts('2月3日，2026白江国际书展在白江会展中心开幕，白江市文化局局长王红致辞。');
    expect(f.title).toBe('2026白江国际书展');
  });

  it('reads a job fair', () => {
    const f = facts('12月10日，2016年度第二次白江退役士兵就业招聘会在白江人才大厦举行，白江市民政局局长张强讲话。');
    expect(f.title).toBe('2016年度第二次白江退役士兵就业招聘会');
  });

  it('leaves out who declared it open', () => {
    const f = facts('10月19日上午，白江市副市长李明在白江会展中心宣布：第5届白江美食节开幕。');
    expect(f.title).toBe('第5届白江美食节');
  });

  it('names no event by what opened with it', () => {
    const f = facts(
      '2022年7月20日，由白江贸易局主办的第3届白江书展，连同第2届白江运动博览以及首届白江零食展，于白江会展中心揭幕，局长王红致辞。',
    );
    expect(f.title ?? '').not.toMatch(/^连同/);
  });

  it('takes no holiday for an event', () => {
    const f = facts('2月10日，2024年春节在白江举行，白江市副市长李明致辞。');
    expect(f.title ?? '').not.toBe('2024年春节');
  });
});

describe('round 113: outlets', () => {
  const lead = '3月5日，白江市花卉协会第二次会员大会在白江举行，会长李明致辞。';

  it('reads the source from a headline that runs on into the page’s fields', () => {
    const f = facts(`白江花卉协会召开大会！会长：愿花开满城，人人赏花 来源:白江网 作者:张三 时间:2022-07-21\n${lead}`);
    expect(f.outlet).toBe('白江网');
    expect(f.headline).toBe('白江花卉协会召开大会！会长：愿花开满城，人人赏花');
  });

  it('reads a government page’s 发文单位', () => {
    const f = facts(`白江区花卉大会召开\n\n字号:\n发布时间: 2025-09-20 发文单位:白江区人民政府\n\n${lead}`);
    expect(f.outlet).toBe('白江区人民政府');
  });

  it('reads a bracketed credit whose outlet ends in no usual word', () => {
    const f = facts(`【新白瀛记者黄小明报导】${lead}`);
    expect(f.outlet).toBe('新白瀛');
    expect(f.reporters).toEqual(['黄小明']);
  });
});
