/**
 * Rounds 288 and 289 (stop 79), from the 80 of MI3 to MP3 (read as the honest test of rounds 285 to 287):
 * - 288: the opening of an activity (`某遗产日主场城市活动开幕式`) is the activity, and a rally's start (`某拉力赛发车仪式`,
 *   `某拉力赛开幕式暨发车仪式`) the rally; not a train's departure (`首发列车发车仪式`);
 * - 289: `由某局主办之「某某」活动`: the literary 的 (之) after who held it is no part of the name.
 * On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { eventTitle } from '../support/import.ts';

describe('rounds 288 and 289', () => {
  it('names an activity and a rally without their opening or start', () => {
    expect(eventTitle(['6月9日，中国第七个文化遗产日白江主场城市活动开幕式在青禾广场举行。'])).toBe(
      '中国第七个文化遗产日白江主场城市活动',
    );
    expect(eventTitle(['5月20日，2025白江国际拉力赛开幕式暨发车仪式在青禾举行。'])).toBe('2025白江国际拉力赛');
    expect(eventTitle(['9月11日，2019白江汽车拉力赛发车仪式在青禾举行。'])).toBe('2019白江汽车拉力赛');
    expect(eventTitle(['12月26日，白江高铁青禾段首发列车发车仪式在白江站举行。'])).toMatch(/发车仪式$/);
  });

  it('leaves 之 out before a quoted name', () => {
    expect(
      eventTitle(['10月19日上午，由白江市产业发展局主办之「白江百年好店」活动在市府中庭举办。'])?.replace(
        /[「」]/g,
        '',
      ),
    ).toBe('白江百年好店活动');
  });
});
