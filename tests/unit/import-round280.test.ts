/**
 * Rounds 280 to 282 (stop 79), from the 80 of LK3 to LR3:
 * - 280: the programme a project belongs to, before the project's quoted name (`某区社区重点项目“某图书馆”开幕典礼`), is no
 *   part of the event's name;
 * - 281: an official's title and name before 亲临主持 (`行政长官某某亲临主持某大楼启用仪式`) are no part of it either;
 * - 282: a mirror's betting advertising where a body's name stood (`某省_365体育投注注册厅`) is no organizer.
 * On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { eventTitle, reportFacts } from '../support/import.ts';

describe('rounds 280 to 282', () => {
  it('names a project by its quoted name, not by the programme it is one of', () => {
    expect(
      eventTitle(['白江区社区重点项目“青禾岛北段公共图书馆及青禾岛文物室”开幕典礼昨日在青禾岛举行。'])?.replace(
        /[“”]/g,
        '',
      ),
    ).toBe('青禾岛北段公共图书馆及青禾岛文物室开幕典礼');
  });

  it('names a ceremony without the official who presided over it', () => {
    expect(
      eventTitle([
        '本报讯2020年12月18日上午，行政长官周明远亲临主持白江特别行政区法院新大楼启用仪式，在院长林小北陪同下为大楼揭幕。',
      ]),
    ).toBe('白江特别行政区法院新大楼启用仪式');
  });

  it('leaves a betting mirror’s words out of the organizers', () => {
    const facts = reportFacts(
      '11月13日上午，由白江省语委、白江省_365体育投注注册厅举办的第五届规范字书写大赛现场决赛于青禾举行。',
    );
    expect(facts.organizers).toEqual(['白江省语委']);
  });
});
