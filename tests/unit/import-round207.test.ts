/**
 * Round 207 (stop 70), from the 800 reports of the waves SY2 to VZ2 pooled: a month and a day a page ran together, having
 * lost its 月 (`74日上午`, `116日`, `325日至26日`), read against the page's date: the one reading that falls in the
 * fortnight up to it (readers of the 800 read them so 4 times of 4). Where no reading falls there (or more than one), the
 * date stays unknown (the second test's last line holds before the round too, as its guard). On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { lostMonth, readDates } from '../../src/lib/import/facts/dates.ts';

describe('round 207', () => {
  it('reads a month and a day run together against the page’s date', () => {
    expect(readDates(['74日上午，白江湖长工作座谈会议召开。'], { published: '2023-07-06' }).start).toBe('2023-07-04');
    expect(readDates(['116日，白江亚太区域研讨会在青禾开幕。'], { published: '2021-11-08' }).start).toBe('2021-11-06');
    expect(readDates(['本报讯 96日上午，白江洽谈会签约仪式举行。'], { published: '2015-09-07' }).start).toBe(
      '2015-09-06',
    );
  });

  it('leaves the date unknown where no reading falls in the fortnight', () => {
    expect(lostMonth('116', '2021-03-08')).toBeUndefined();
    expect(lostMonth('112', '2021-11-01')).toBeUndefined();
    expect(lostMonth('25', '2021-02-08')).toBeUndefined();
    expect(readDates(['74日上午，白江湖长工作座谈会议召开。'], { published: '2023-09-06' }).start).toBeUndefined();
  });
});
