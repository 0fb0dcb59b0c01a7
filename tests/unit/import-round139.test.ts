/**
 * Round 139 of the importer (stop 58), from stop 58's fifth wave (TW to OD) after its honest run: what the bodies
 * decided (`甲、乙决定联合主办`) is no part of the last of them; `该县县委宣传部` is the county's 县委宣传部; one item of a
 * list of three bodies or more that ends like no body (`某滑雪公园`) is left out and the rest of the list read (since round 188, read as one of them). On text
 * written for the test.
 */
import { describe, expect, it } from 'vitest';
import { emptyArchive } from '../../src/lib/import/archive.ts';
import { readFacts } from '../../src/lib/import/index.ts';

const archive = emptyArchive();
const facts = (text: string, url = 'http://example.org/2023/0715/a.html') =>
  readFacts(new TextEncoder().encode(`${url}\n${text}\n`), archive).facts;

describe('round 139: organizers', () => {
  it('reads a list the bodies decided to hold the event as', () => {
    const f = facts(
      '白江研讨会召开\n白江税票研究中心、白江财税研究中心决定联合主办《白江税票文化研讨会》，并于7月14日在白江大学隆重召开。',
    );
    expect(f.organizers).toEqual(['白江税票研究中心', '白江财税研究中心']);
  });

  it('reads 该县 before a body named by its level as that county', () => {
    const f = facts(
      '白江新闻月赛举行\n日前，白江县举行了“税务杯”新闻月赛。本届月赛，由该县县委宣传部和县财政局、县审计局联合举办。',
    );
    expect(f.organizers).toEqual(['县委宣传部', '县财政局', '县审计局']);
  });

  // (Round 188, stop 68: the item read as one of them, not left out.)
  it('reads a long list with one item that ends like no body', () => {
    const f = facts(
      '白江营地教育大会开幕\n7月14日，第四届白江营地教育产业大会在白江开幕。本次大会由白江文旅投集团、白江区文化广电和旅游局、白江云顶滑雪公园、白江营地教育网联合主办。',
    );
    expect(f.organizers).toEqual(['白江文旅投集团', '白江区文化广电和旅游局', '白江云顶滑雪公园', '白江营地教育网']);
  });
});
