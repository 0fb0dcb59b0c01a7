/**
 * Round 186 (stop 68), from the wave UM2 to UT2 (its one refused report) and the 400 before it: a quoted name that is
 * itself an exhibition's (`“某某冰灯展”`) names the event, unless it is one of several shows listed (`串连「甲展」、「乙展」`);
 * and a person's post and name before 开幕 (`某市长某某开幕致词`) is no event's name. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { isEventName } from '../../src/lib/import/facts/event.ts';
import { eventTitle, reportFacts } from '../support/import.ts';

describe('round 186', () => {
  it('reads a quoted exhibition as the event', () => {
    const f = reportFacts(
      '发布时间：2006-11-10\n为配合第六届白江美食节，由青禾冠名赞助的“青禾冰雪世遗冰灯展”今起在白江湖广场揭开序幕。',
    );
    expect(f.title).toBe('青禾冰雪世遗冰灯展');
  });

  it('does not take one of several listed shows for the event', () => {
    const title = eventTitle(['「白江能源周」今年首次串连「青禾光电展」、「白江风能展」及「青禾储能展」三展合一。']);
    expect(title ?? '').not.toMatch(/光电展|风能展|储能展/);
  });

  it('does not take a post and a name before 开幕 for the event', () => {
    expect(isEventName('青禾市长黄青江', true)).toBe(false);
    expect(isEventName('白江国际橡塑胶工业展', true)).toBe(true);
  });
});
