/**
 * Round 213 (stop 71), from the 960 reports of the waves SY2 to WP2 pooled: an event named, then when with its hour, then
 * 假 and the venue (`某表扬大会，昨日下午1点30分假某馆举办`, `…颁奖礼昨下午四时半假某馆举行`), as Taiwan's, Hong Kong's and
 * Macau's papers write it, is a name as it was without the hour. Where that gives only a short name, and the report names
 * the same event in full elsewhere (the short name inside the full one, once 及 or 暨 joining its parts is left out), the
 * full name is the event's, as it already was from a headline. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { eventTitle, reportFacts } from '../support/import.ts';

describe('round 213', () => {
  it('reads a name before the hour and 假', () => {
    expect(eventTitle(['白江输血中心104年度志工绩优表扬晚会，昨日晚上7点20分假青禾文化馆举办。'])).toBe(
      '白江输血中心104年度志工绩优表扬晚会',
    );
  });

  it('takes the full name the report gives elsewhere for a short one', () => {
    const facts = reportFacts(
      [
        '白江青年创业赛颁奖',
        '2024-08-09',
        '白江青年创业协会及青禾科技协进会合办“二〇二四白江大学生创意设计大赛”决赛及颁奖礼昨日举行。',
        '决赛颁奖礼昨日假白江科学馆举行，罗一舟等出席。',
      ].join('\n'),
    );
    expect(facts.title).toBe('“二〇二四白江大学生创意设计大赛”决赛及颁奖礼');
    // (Its sentence is the key one: the day and who held it are read from there.)
    expect(facts.startDate).toBe('2024-08-08');
    expect(facts.organizers).toContain('白江青年创业协会');
  });
});
