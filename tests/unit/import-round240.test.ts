/**
 * Round 240 (stop 74), from the 160 reports of the waves ZS2 to AH3, on dates:
 * - a day written as eight digits before 日 (`20111015日上午`), as round 234 read one before the time of day (seven,
 *   `2006920--22日`, stay unread: which digits are the month is a guess, as round 2 decided);
 * - a 年会 named for its year with 年度 (`2023年度某产业年会`) in December is held in that year, not the one it welcomes;
 * - an address whose time stamp has a dash and a number after it (`/realtimenews/20220309005745-260410`) dates the page.
 * On the 160: 4 dates right that were missing, 2 publication days; none wrong. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { closeDateGaps } from '../../src/lib/import/facts/dates.ts';
import { dateFromUrl } from '../../src/lib/import/facts/source.ts';
import { reportFacts } from '../support/import.ts';

describe('round 240', () => {
  it('reads a day written as eight digits before 日, not seven', () => {
    expect(closeDateGaps('20111015日上午')).toBe('2011年10月15日上午');
    expect(closeDateGaps('2006920--22日')).toBe('2006920-22日');
    const facts = reportFacts(
      '白江水电站大坝封顶仪式举行\n本站讯 20111015日上午，白江水电站大坝封顶仪式在青禾县举行。白江市副市长李一青出席并讲话。',
    );
    expect(facts.startDate).toBe('2011-10-15');
  });

  it('dates a yearly meeting named for its year with 年度 in December in that year', () => {
    const facts = reportFacts(
      '2023年度白江青禾产业年会召开\n12月20日，2023年度白江青禾产业年会在白江会展中心召开。白江市副市长李一青出席并致辞。',
    );
    expect(facts.startDate).toBe('2023-12-20');
  });

  it('reads the day from an address whose time stamp has a dash after it', () => {
    expect(dateFromUrl('https://www.example.com/realtimenews/20220309005745-260410')).toBe('2022-03-09');
    const facts = reportFacts(
      '白江国际风电展开幕\n全台唯一的「白江国际风电展」9日在青禾展览馆开幕，白江市副市长李一青出席并致辞。',
      'https://www.example.com/realtimenews/20220309005745-260410',
    );
    expect(facts.startDate).toBe('2022-03-09');
  });
});
