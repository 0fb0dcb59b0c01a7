/**
 * Round 181 (stop 67), from the wave TW2 to UD2: what comes before a name and is no part of it, in forms existing rules
 * had not reached: what it is for before a quoted name (`旨在打造某基地的“X”`), its aim said as a theme (`“甲，乙”为主旨的
 * X`), what someone did to open it (`击鼓为第二届X`); and the days it runs after it (`X今天起至…`). On text written for the
 * test.
 */
import { describe, expect, it } from 'vitest';
import { reportFacts } from '../support/import.ts';

const title = (text: string) => reportFacts(`发布时间：2020-06-10\n${text}`).title;

describe('round 181', () => {
  it('leaves out what the event is for, and its aim, before the name', () => {
    expect(title('6月9日，旨在打造白江最大零部件基地的“2020白江汽车产业发展论坛”在青禾举行。')).toBe(
      '2020白江汽车产业发展论坛',
    );
    expect(title('6月9日，以“推动绿色发展，促进和谐共生”为主旨的第八届白江海龟放归公益活动在青禾举行。')).toBe(
      '第八届白江海龟放归公益活动',
    );
  });

  it('leaves out who opened it and how, before its edition', () => {
    expect(title('6月9日，白江市长李青禾（中）一身厨师装，击鼓为第二届白江厨王争霸赛热闹揭幕。')).toBe(
      '第二届白江厨王争霸赛',
    );
  });

  it('leaves out the days it runs after the name', () => {
    expect(title('首届白江橡塑胶工业展今天起至21日在青禾展览馆举行，白江协会理事长王白山致辞。')).toBe(
      '首届白江橡塑胶工业展',
    );
  });
});
