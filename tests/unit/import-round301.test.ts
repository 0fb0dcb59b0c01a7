/**
 * Round 301 (stop 80), from OM3 to PB3 (read at round 298): what a sentence says of the event, before or after its quoted
 * name, is no part of the name (`首个庆祝项目是「某杯」某球赛`, `“某嘉年华”是为“某周”的压轴活动`); nor is a theme said inside
 * the name without 以 (`“某日”国家宪法日“某某”为主题的某活动`), or with its words in the wrong order (`以“某某”主题为的`).
 * On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { eventTitle } from '../support/import.ts';

describe('round 301', () => {
  it('leaves out what the event is said to be, before or after its quoted name', () => {
    expect(
      eventTitle([
        '青禾湾区国庆委员会主办的系列活动，首个比赛项目是「国庆杯」高尔夫球赛，于9月13日下午在白江球场隆重举行。',
      ]),
    ).toBe('「国庆杯」高尔夫球赛');
    expect(eventTitle(['“2014两地五市白江日嘉年华”是为“2014青禾环保周”的压轴活动，6月7日于青禾举行。'])).toBe(
      '2014两地五市白江日嘉年华',
    );
  });

  it('leaves out a theme said inside the name', () => {
    expect(
      eventTitle(['12月1日，“12·4”国家宪法日“学习宪法，维护宪法权威”为主题的普法教育活动启动仪式在白江举行。']),
    ).toBe('“12·4”国家宪法日普法教育活动启动仪式');
    expect(
      eventTitle(['12月12日，以“让青禾的激情 触动世界的心跳”主题为的2019白江皮划艇野水世界杯开幕式在白江举行。']),
    ).toBe('2019白江皮划艇野水世界杯开幕式');
  });
});
