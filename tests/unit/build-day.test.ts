/** The build day (src/lib/build-day.ts): China's date, fixed by SOURCE_DATE_EPOCH when it is set. */
import { describe, expect, it } from 'vitest';
import { buildDay } from '../../src/lib/build-day.ts';

describe('buildDay', () => {
  it('is the date in China, a day ahead of UTC after 16:00 UTC', () => {
    expect(buildDay(undefined, new Date('2026-12-04T15:59:59Z'))).toBe('2026-12-04');
    expect(buildDay(undefined, new Date('2026-12-04T16:00:00Z'))).toBe('2026-12-05');
  });

  it('is fixed by SOURCE_DATE_EPOCH, whatever the clock says', () => {
    const epoch = String(Date.parse('2026-12-04T15:59:00Z') / 1000);
    expect(buildDay(epoch, new Date('2026-12-04T16:01:00Z'))).toBe('2026-12-04');
  });

  it('ignores a SOURCE_DATE_EPOCH that is not a number of seconds', () => {
    expect(buildDay('yesterday', new Date('2026-12-04T16:00:00Z'))).toBe('2026-12-05');
  });
});
