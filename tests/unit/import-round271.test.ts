/**
 * Round 271 (stop 78), from the 80 of JO3 to JV3 (read as the honest test of rounds 267 to 270):
 * - organizers: `某局具体承办`: 具体, who did the work, is no part of the host's name; `月12日晚某中心`: a day and the
 *   time of day before a body (its month's digit lost to a mirror's garble) are no part of its name;
 * - event names: `某同乡会成立十周年盛大庆典`: how grand it was, after the anniversary, is no part of the name.
 * On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { reportFacts } from '../support/import.ts';

describe('round 271', () => {
  it('leaves 具体 out of a host, and a day run on into a body out of an organizer', () => {
    expect(
      reportFacts(
        '9月3日，白江产业转移洽谈对接活动在青禾举行。活动由白江省商务厅主办，白江省发展改革委、省国资委具体承办。',
      ).hosts,
    ).toEqual(['白江省发展改革委', '省国资委']);
    expect(
      reportFacts(
        '月12日晚白江文化经贸服务中心在青禾酒店举办第十届白江沙龙春节联欢会。自2007年以来，白江沙龙春节联欢会由白江文化经贸服务中心主办。',
      ).organizers,
    ).not.toContain('月12日晚白江文化经贸服务中心');
  });

  it('names an anniversary celebration without 盛大', () => {
    expect(
      reportFacts(
        '白江青禾同乡会举办成立十周年盛大庆典\n为纪念白江青禾同乡会成立十周年，同乡会于2017年1月15日在青禾举办了盛大庆典。',
      ).title,
    ).toBe('白江青禾同乡会成立十周年庆典');
  });
});
