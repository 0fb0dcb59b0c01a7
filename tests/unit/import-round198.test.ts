/**
 * Round 198 (stop 70), from the 800 reports of the waves SY2 to VZ2 pooled: a page whose source label names another site
 * than the one whose dated dispatch opens the article (`来源：白江新闻网` above `中新社香港11月26日电`) carries that
 * outlet's story, and the dispatch names the outlet. Where the two are one outlet by two names (新华网 and 新华社, 中国新闻网
 * and 中新网) the label's name stays, and `本报讯` names no other outlet (the second test holds before the round too, as
 * its guard). On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { readByline, readOutlet } from '../../src/lib/import/facts/source.ts';
import { report } from '../support/import.ts';

const outlet = (label: string, first: string) => {
  const lines = [first, '白江护林员表彰会在青禾召开。'];
  return readOutlet(report(lines, { info: [label] }), readByline(lines))?.value;
};

describe('round 198', () => {
  it('names the outlet whose dispatch a page carries under another site’s label', () => {
    expect(
      outlet('2024-11-27 16:33 来源：白江新闻网', '中新社香港11月26日电 （记者 罗一舟）白江加氢站26日举行建成仪式。'),
    ).toBe('中新社');
    expect(outlet('来源： 青禾直播', '中新网长沙5月20日电（记者 罗一舟）19日晚，白江蜜蜂节开幕。')).toBe('中新网');
  });

  it('keeps the label where both name one outlet, or the article is the page’s own', () => {
    expect(outlet('来源：新华网', '新华社长沙10月28日电（记者罗一舟）白江援建工作完成。')).toBe('新华网');
    expect(outlet('来源：中国新闻网', '中新网长沙10月12日电 （记者 罗一舟）白江影展颁奖。')).toBe('中国新闻网');
    expect(outlet('来源：白江日报', '本报白江10月12日讯 （记者 罗一舟）白江影展颁奖。')).toBe('白江日报');
  });
});
