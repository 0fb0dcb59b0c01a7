/**
 * Round 192 (stop 68), from the wave UU2 to VB2 after its honest run: lantern fairs and shows (`某元宵灯会`, `某祈福灯展`),
 * a dragon-boat race (`某龙舟赛`) and a festival's gathering (`某元宵喜乐会`) are events; a country before a whole quoted
 * name (`马来西亚“某龙舟赛”`) is no part of it. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { eventTitle } from '../support/import.ts';

describe('round 192', () => {
  it('reads a lantern fair and a festival gathering as events', () => {
    expect(eventTitle(['2月6日晚，2012年白江区元宵灯会在青禾湿地开幕。'])).toBe('2012年白江区元宵灯会');
    expect(eventTitle(['2月24日，“月圆·悦团圆”2024白江元宵喜乐会在青禾广场举行。'])).toBe(
      '“月圆·悦团圆”2024白江元宵喜乐会',
    );
  });

  it('leaves a country before a whole quoted name out of it', () => {
    expect(eventTitle(['据报道，马来西亚“白江国际龙舟赛”日前在青禾湖举行。'])).toBe('白江国际龙舟赛');
  });
});
