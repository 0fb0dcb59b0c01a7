/**
 * Round 223 (stop 72), from the 1,200 reports of the waves SY2 to XN2 pooled: a line of its own saying where the piece
 * was taken from (`摘自：某日报`, `转载：某信息网`) names the outlet, as the readers did; but `转载：` with a headline run
 * on after it is a page's tag for reposted pieces and names none. A news site's `参与互动` button run on after its name
 * in the 来源 line is no part of the name. The second test holds before the round too, as its guard. On text written
 * for the test.
 */
import { describe, expect, it } from 'vitest';
import { reportFacts } from '../support/import.ts';

const lead = '1月20日，全省白江工作会议在青禾宾馆召开。';

describe('round 223', () => {
  it('names the outlet a piece was taken from', () => {
    expect(reportFacts(`白江工作会议召开\n摘自：白江日报\n${lead}`).outlet).toBe('白江日报');
    expect(reportFacts(`白江工作会议召开\n${lead}\n转载：青禾档案信息网`).outlet).toBe('青禾档案信息网');
  });

  it('reads no outlet from a tag with a headline after it', () => {
    expect(
      reportFacts(`白江工作会议召开\n2018/11/09 转载：白江局办理「2018青禾工作坊」\n${lead}`).outlet,
    ).toBeUndefined();
  });

  it("leaves out a news site's button run on after its name", () => {
    expect(reportFacts(`白江工作会议召开\n2020年09月05日 22:13 来源：白江新闻网参与互动参与互动\n${lead}`).outlet).toBe(
      '白江新闻网',
    );
  });
});
