/**
 * Round 220 (stop 72), from the 1,120 reports of the waves SY2 to XF2 pooled: a quoted slogan of two phrases split by a
 * space or a comma, right before the name's year or edition (`“甲乙 丙丁”2024年某活动周`), is the event's theme, not part
 * of its name — the readers' second wording keeps a slogan only where it stands inside the name, and they left such a
 * slogan out 6 times of 6. A slogan joined by · stays (they kept it 3 times of 5), and so does one before a name that
 * opens with neither year nor edition (the last two tests hold before the round too, as its guards). On text written
 * for the test.
 */
import { describe, expect, it } from 'vitest';
import { eventTitle } from '../support/import.ts';

describe('round 220', () => {
  it('leaves out a slogan of two phrases before the year or the edition', () => {
    expect(eventTitle(['5月10日，“一技白江 一生青禾”2024年白江市职业教育活动周在青禾广场启动。'])).toBe(
      '2024年白江市职业教育活动周',
    );
    expect(eventTitle(['“青禾绣锦，白江盛夏”第二届白江丝绸文化节昨日在青禾镇开幕。'])).toBe('第二届白江丝绸文化节');
  });

  it('keeps a slogan joined by ·', () => {
    expect(eventTitle(['“月圆·白江圆”2024青禾元宵喜乐会昨晚在白江公园举行。'])).toBe('“月圆·白江圆”2024青禾元宵喜乐会');
  });

  it('keeps a slogan before a name without year or edition', () => {
    expect(eventTitle(['“青禾绣锦 白江盛夏”丝绸文化节昨日在青禾镇开幕。'])).toBe('“青禾绣锦 白江盛夏”丝绸文化节');
  });
});
