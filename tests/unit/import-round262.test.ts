/**
 * Round 262 (stop 77), from the 80 of GU3 to HB3 (read as the honest test of rounds 259 to 260):
 * - a quoted slogan of two phrases before a place's or year's name is left out (round 220) also when the name has
 *   quoted words of its own after it (`“甲乙 丙丁”某市某读书节暨“某单位”颁奖活动`);
 * - a dash inside a 「」 quote (`「创梦想——某地+」某比赛总决赛`) parts no slogan from the name (the importer had read
 *   `某地+」某比赛总决赛`);
 * - a bare `启动仪式` that a sentence says marked something (`它标志着2024年某市某主题活动的正式开启`) is named by it.
 * On the 1,360 (BW3 to HB3): four event names more right, none wrong more. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { eventTitle } from '../support/import.ts';

describe('round 262', () => {
  it('leaves a two-phrase slogan out before a place, with quoted words in the name after it', () => {
    expect(eventTitle(['4月23日，“喜迎春天 奋进青禾”溧阳市白江读书节暨“书香单位”颁奖活动在青禾书院举行。'])).toBe(
      '溧阳市白江读书节暨“书香单位”颁奖活动',
    );
  });

  it('keeps a dash inside a 「」 quote in the name', () => {
    expect(
      eventTitle([
        '由白江青年联合会主办、青禾基金会赞助的「创梦想——白江+」大专创业比赛总决赛，日前假白江大厦三楼会议厅举行。',
      ]),
    ).toBe('「创梦想——白江+」大专创业比赛总决赛');
  });

  it('names a bare launch ceremony by what it is said to mark', () => {
    expect(
      eventTitle([
        '3月15日上午，白江国际商贸会展中心内人声鼎沸。',
        '启动仪式当天在会展中心举行，这标志着2024年青禾市消费维权年主题活动的正式开启。',
      ]),
    ).toBe('2024年青禾市消费维权年主题活动启动仪式');
  });
});
