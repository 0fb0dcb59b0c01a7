/**
 * Round 267 (stop 78), the two facts stop 77's ninth wave (IQ3 to IX3) found made wrong by rounds 262 and 265:
 * - a lead broken into short lines (`2024某某篮球` / `邀请赛开幕式` / `在某村篮球场举行`) is one sentence;
 * - a page's list of recommended links at its end (`精彩视频推荐`, `相关推荐`, `往期推荐`…, on a line of its own and
 *   followed by a few short lines) is the page's, not the report's: a race that `开跑` there is no event of the report;
 * - `今「甲—乙」社区运动会`: the day said before a quote opens no name.
 * On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { reportFacts } from '../support/import.ts';

describe('round 267', () => {
  it('reads the event from a broken lead, none from the recommended links after the report', () => {
    const facts = reportFacts(
      [
        '热闹了！青禾村的篮球场今晚满座',
        '时事   2024-11-08 22:16',
        '今晚',
        '2024白江乡村篮球',
        '邀请赛开幕式',
        '在青禾村篮球场举行',
        '来自各地的二十支村队陆续入场，白江市体育局局长周明远为球队授旗。',
        '比赛将于8日至15日进行，决赛将于15日晚进行。',
        '本报记者:林小北',
        '精彩视频推荐',
        '重磅!2024白江马拉松赛12月1日鸣枪开跑!',
        '报名通道已经开启',
        '白江晚报',
      ].join('\n'),
    );
    expect(facts.title).toMatch(/^2024白江乡村篮球邀请赛/);
    expect(facts.startDate).not.toBe('2024-12-01');
  });

  it('takes no name that opens with 今 before a quote', () => {
    expect(
      reportFacts('青禾乡有十个村，每村都报名参加今「舞动青禾—青禾最会跳」社区运动会，运动员各穿村服进场。').title ??
        '',
    ).not.toMatch(/^今/);
  });
});
