/**
 * Round 135 of the importer (stop 58), from stop 58's first wave (SQ to SX) after its honest run: the class a contest is
 * for (`…锦标赛(U15组)`) and an event held with it in brackets (`…竞赛(暨第31届某冬令营)`) end its name; a league is
 * fired off (`某联赛在某球场打响`); the days it ran, listed (`4、5两日`) or in brackets after how long (`一连两天（17至18
 * 日）`), are no part of its name, and the first of them is its day; a slogan of two matching phrases before a headline's
 * name is none of it; a party (`民建联`, `某党`) is a body that can hold an event. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { emptyArchive } from '../../src/lib/import/archive.ts';
import { isOrganization } from '../../src/lib/import/facts/organizers.ts';
import { readFacts } from '../../src/lib/import/index.ts';

const archive = emptyArchive();
const facts = (text: string, url = 'http://example.org/2023/0618/a.html') =>
  readFacts(new TextEncoder().encode(`${url}\n${text}\n`), archive).facts;

describe('round 135: event names and days', () => {
  it("keeps a contest's class and an event held with it in brackets", () => {
    expect(facts('白江锦标赛开幕\n8月20日，第11届白江青少年棒球锦标赛(U15组)在白江棒球场开幕。').title).toBe(
      '第11届白江青少年棒球锦标赛（U15组）',
    );
    expect(
      facts('白江竞赛举行\n12月15日，2015年白江数学奥林匹克竞赛(暨第31届白江中学生数学冬令营)在白江一中举行。').title,
    ).toBe('2015年白江数学奥林匹克竞赛（暨第31届白江中学生数学冬令营）');
  });

  it('reads a league fired off, without the days listed after its name', () => {
    const f = facts(
      '白江联赛开打\n首届白江棒球城市联赛2026赛季立春联赛1月1日在白江中山公园棒球场打响。',
      'http://example.org/2026/0102/a.html',
    );
    expect(f.title).toBe('首届白江棒球城市联赛2026赛季立春联赛');
    expect(f.startDate).toBe('2026-01-01');
    expect(facts('白江锦标赛举行\n110年白江市长杯曲棍球锦标赛4、5两日在白江市立曲棍球场举行。').title).toBe(
      '110年白江市长杯曲棍球锦标赛',
    );
  });

  it('takes the first day of a run given in brackets after how long it ran', () => {
    const f = facts('白江创科展落幕\n白江创新基金主办的第二届白江创科展一连两天(17至18日)在白江会展举行。');
    expect(f.title).toBe('第二届白江创科展');
    expect(f.startDate).toBe('2023-06-17');
  });

  it("drops a slogan of two matching phrases before a headline's name", () => {
    const f = facts('岁序更替 华章日新 白江跳绳比赛及展演活动盛大开幕\n来自白江的16支队伍参加了比赛。');
    expect(f.title).toBe('白江跳绳比赛及展演活动');
  });
});

describe('round 135: bodies', () => {
  it('takes a party for a body', () => {
    expect(isOrganization('民建联')).toBe(true);
    expect(isOrganization('白江民主党')).toBe(true);
    expect(isOrganization('入党')).toBe(false);
  });
});
