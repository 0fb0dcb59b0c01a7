/**
 * Round 71 of the importer (stop 43, from what the blind sets MG to MN, collected this stop and measured at aa4cf31
 * before any change, read wrong): a speech's title naming its meeting, the gathering named after 盛会——, 学术会, a
 * quoted name with its year before 开幕式, a glued date whose run tells the split, a Republic year on a line of its own,
 * and bodies in book-title marks. On text written for the test (no sentence of any real report is copied here).
 */
import { describe, expect, it } from 'vitest';
import { chineseNumeralDates } from '../../src/lib/import/clean.ts';
import { readDates } from '../../src/lib/import/facts/dates.ts';
import { splitOrganizations } from '../../src/lib/import/facts/organizers.ts';
import { eventTitle, factsOf } from '../support/import.ts';

describe('round 71: event names', () => {
  it('reads the meeting a speech’s title says it was given at', () => {
    const facts = factsOf(
      '白江联合会会长李青山在白江农村合作联合会成立大会上的讲话\n时间：2012-11-22 10:00:16\n在刚才的会员大会中，大家选举产生了第一届理事会。',
    );
    expect(facts.title).toBe('白江农村合作联合会成立大会');
  });

  it('reads the gathering named after 盛会——, with what was held with it after 暨', () => {
    expect(
      eventTitle(['3月20日，业界人士齐聚青山，迎来了行业最大的国际性盛会——2012白江橡胶年会暨白江橡胶工业展。']),
    ).toBe('2012白江橡胶年会暨白江橡胶工业展');
  });

  it('knows 学术会, and a quoted name with its year before 开幕式', () => {
    expect(eventTitle(['2025年12月19—20日，第三届白江家庭教育学术会在青山师范大学举行。'])).toBe(
      '第三届白江家庭教育学术会',
    );
    expect(eventTitle(['“白江知识产权研讨会2016”开幕式昨日在青山举行。'])).toBe('“白江知识产权研讨会2016”');
  });
});

describe('round 71: places', () => {
  it('reads the city where the curtain rose (在深圳拉开帷幕)', () => {
    const facts = factsOf(
      '白江无人机协会年会召开\n11月26日下午，白江无人机协会2024年会员年会在深圳拉开帷幕。\n会长李青山发表讲话。',
    );
    expect(facts.place?.city).toBe('深圳市');
  });
});

describe('round 71: dates and organizers', () => {
  it('splits glued digits the one way a run’s last day allows, and reads a Republic year on its own line', () => {
    expect(chineseNumeralDates('于2012124日至5日在青山举行')).toContain('2012年12月4日至5日');
    expect(chineseNumeralDates('于2026114日至20日在青山举行')).toContain('2026114日');
    expect(chineseNumeralDates('新闻与活动\n99年07月21日\n副会长今天下午出席年会。')).toContain('\n2010年07月21日\n');
  });

  it('reads a run of days written with an en dash', () => {
    expect(readDates(['第四届白江论坛于2020年9月17–19日在青山举行。'], { published: '2020-01-09' })).toMatchObject({
      start: '2020-09-17',
      end: '2020-09-19',
    });
  });

  it('reads bodies put in book-title marks', () => {
    expect(splitOrganizations('《白江专利代理人协会》与《青山工业总会》')).toEqual([
      '白江专利代理人协会',
      '青山工业总会',
    ]);
  });
});
