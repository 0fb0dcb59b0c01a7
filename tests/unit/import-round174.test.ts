/**
 * Round 174 of the importer (stop 66), from the one report of the waves RC2 to SP2 still refused: a drill (演练, 演习)
 * held on the day read is something held, so a report that names no event, organizer or person but dates a drill is
 * imported, with the headline in the name's place and a TODO. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { reportFacts } from '../support/import.ts';

describe('round 174', () => {
  it('imports a report that dates a drill', () => {
    const text =
      '发布时间：2025-09-29\n白江专责组今日（28日）顺利完成在白江大学进行的跨部门应急演练，检验了各方的应变能力。';
    expect(reportFacts(text).startDate).toBe('2025-09-28');
  });

  it('still refuses a text that dates no gathering', () => {
    expect(() => reportFacts('发布时间：2025-09-29\n白江市今日（28日）天气晴好，气温适宜，市民出行方便。')).toThrow(
      /找不到会议/,
    );
  });
});
