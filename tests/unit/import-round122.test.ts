/**
 * Round 122 of the importer (stop 55), from the misses of stop 55's five waves taken together (400 reports), before its
 * sixth was read: an awards meeting (颁奖会) and a reading club (读书会) are events; a reporter's credit without brackets
 * (`某都讯 记者甲乙丙 某会…`) and 今年 after a name are no part of it; awards listed before 颁奖报告会 do not make a
 * list of events. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { emptyArchive } from '../../src/lib/import/archive.ts';
import { readFacts } from '../../src/lib/import/index.ts';

const archive = emptyArchive();
const titleOf = (text: string) =>
  readFacts(new TextEncoder().encode(`http://example.org/a\n${text}\n`), archive).facts.title;

describe('round 122: event names', () => {
  it("reads an awards meeting after a reporter's credit without brackets", () => {
    expect(
      titleOf('白都讯 记者莫大华 白江省记者协会第十届理事会第一次会议暨白江新闻奖颁奖会12月15日在白江举行。'),
    ).toBe('白江省记者协会第十届理事会第一次会议暨白江新闻奖颁奖会');
  });

  it('reads a reading club held with a meeting', () => {
    expect(titleOf('3月12日，白江记协年度工作会议暨春季读书会在白江召开，主席李大明讲话。')).toBe(
      '白江记协年度工作会议暨春季读书会',
    );
  });

  it('leaves out 今年 after a name', () => {
    expect(titleOf('一年一度的白江媒体新春联欢暨记者杯篮球赛颁奖礼今年在白江举行，主席李大明致辞。')).toBe(
      '白江媒体新春联欢暨记者杯篮球赛颁奖礼',
    );
  });
});
