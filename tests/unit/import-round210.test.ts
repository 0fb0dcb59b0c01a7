/**
 * Round 210 (stop 70), after the honest run of the wave WA2 to WH2: round 198 let a dispatch's outlet stand over the
 * page's label even where the byline had not parted the outlet from its place (`新华社马来西亚古晋3月24日电` under
 * `来源：新华网`), which gave the outlet as `新华社马来西亚古晋`. The byline now parts the outlet from a city with its
 * country before it (`新华社`, `古晋`), so the dispatch and the label are one outlet and the label stays (since the
 * review of stop 70; round 210 had first kept the label for any dispatch whose outlet did not end as an outlet's name
 * does). On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { readByline, readOutlet } from '../../src/lib/import/facts/source.ts';
import { report } from '../support/import.ts';

const outlet = (label: string, first: string) => {
  const lines = [first, '白江大桥通车仪式在青禾举行。'];
  return readOutlet(report(lines, { info: [label] }), readByline(lines))?.value;
};

describe('round 210', () => {
  it('keeps the label under a dispatch whose outlet was not parted from its place', () => {
    expect(outlet('来源：新华网', '新华社马来西亚古晋3月24日电 通讯|白江大桥通车')).toBe('新华网');
  });

  it('still names the outlet of a dispatch read clean', () => {
    expect(outlet('来源：白江新闻网', '中新社香港11月26日电 （记者 罗一舟）白江大桥26日通车。')).toBe('中新社');
  });
});
