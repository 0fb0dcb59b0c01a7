/**
 * Rounds 293 and 294 (stop 79), from the 80 of MY3 to NF3 (read as the honest test of the final code of rounds 275 to
 * 292):
 * - 293: a count inside a quoted name (`举行“三个一号”旅游公路某段竣工通车仪式`, a programme's name) does not make the
 *   name a count of events (`三场讲座`), which no name is;
 * - 294: a meeting held by video (`视频会`) and a round table (`圆桌会`) are kinds of meetings.
 * On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { eventTitle } from '../support/import.ts';

describe('rounds 293 and 294', () => {
  it('reads a quoted programme’s name that opens with a count', () => {
    expect(eventTitle(['4月29日，白江区举行“三个一号”青禾公路东段竣工通车仪式。'])?.replace(/[“”]/g, '')).toBe(
      '三个一号青禾公路东段竣工通车仪式',
    );
    expect(eventTitle(['会上安排了三场讲座。'])).toBeUndefined();
  });

  it('reads a video meeting and a round table', () => {
    expect(eventTitle(['21日，白江市紧接着召开全市第二次青禾普查工作视频会，研究部署下阶段工作。'])).toBe(
      '全市第二次青禾普查工作视频会',
    );
    expect(eventTitle(['白江部副部长林小北19日在青禾主持召开西部地区外资企业圆桌会。'])).toBe('西部地区外资企业圆桌会');
  });
});
