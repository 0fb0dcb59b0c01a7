/**
 * Round 300 (stop 80), from NW3 to OD3 (read at round 297): one who declares an activity launched or a place open
 * (`宣布活动启动`, `宣布开园`) attended it (出席), as one who declares it open (宣布开幕) does, and as the readers' wording
 * says. (Everyone named with no deed of their own read as attending was tried too, and dropped: see people.ts.)
 * On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { factsOf } from '../support/import.ts';

const roles = (text: string) =>
  Object.fromEntries(factsOf(`URL: http://www.example.org/a/1.html\n${text}`).people.map((p) => [p.name, p.role]));

describe('round 300', () => {
  it('reads one who declares an activity launched as attending', () => {
    const r = roles(
      '白江敬老月启动\n10月20日，2023年白江市“敬老月”主题活动在青禾社区举行。副市长周明远宣布活动启动。市民政局局长林青禾在启动仪式上讲话。',
    );
    expect(r).toMatchObject({ 周明远: '出席', 林青禾: '讲话' });
  });
});
