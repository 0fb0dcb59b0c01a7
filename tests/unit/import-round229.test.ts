/**
 * Round 229 (stop 72), after the honest run of XW2 to YD2, whose one refused report named its event only as
 * `某国际风筝节今、明2天在某渔港举行`: the days an event runs, written `今、明2天` after its name, are cut as `今明两天` was,
 * and the report is no longer refused. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { eventTitle, reportFacts } from '../support/import.ts';

const opened = '（白江社记者李一青禾市31日电）2024青禾市国际风筝节今、明2天在青禾渔港「国际风筝赛场」举行。';

describe('round 229', () => {
  it('names the event before the days it runs', () => {
    expect(eventTitle([opened])).toBe('2024青禾市国际风筝节');
  });

  it('no longer refuses a report that names its event only so', () => {
    expect(reportFacts(`${opened}\n今年风筝节邀请15支风筝团队展演。`).title).toBe('2024青禾市国际风筝节');
  });
});
