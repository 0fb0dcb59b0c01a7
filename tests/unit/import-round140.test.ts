/**
 * Round 140 of the importer (stop 58), from stop 58's sixth wave (OE to OL) after its honest run: `据某报某地讯` names
 * the paper without 据; a place with a number run on after it (`来源：某区193`) is no outlet; a list broken off with an
 * ellipsis before a name may hold quotes; who carried an event live (`某网全程直播的`) is no part of its name; one item
 * that ends like no body (`东浩兰生`) is left out of a list of three (since round 188, read as one of them). On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { emptyArchive } from '../../src/lib/import/archive.ts';
import { readFacts } from '../../src/lib/import/index.ts';

const archive = emptyArchive();
const facts = (text: string, url = 'http://example.org/2019/1106/a.html') =>
  readFacts(new TextEncoder().encode(`${url}\n${text}\n`), archive).facts;

describe('round 140: outlets', () => {
  it('reads the paper a 据…讯 byline names, and no number for an outlet', () => {
    expect(
      facts('白江博览会开幕\n据白江医药报广东讯 记者王明远报道 4月26日，第55届白江医疗器械博览会在白江开幕。').outlet,
    ).toBe('白江医药报');
    expect(
      facts('白江调解委员会揭牌\n2021-06-28 08:31 来源：西城区193\n4月29日，西城区调解委员会揭牌仪式举行。').outlet ??
        '',
    ).not.toMatch(/193/);
    // (An app named with a number stays the outlet.)
    expect(
      facts('白江调解委员会揭牌\n2021-06-28 08:31 来源：白江掌上12348\n4月29日，白江调解委员会揭牌仪式举行。').outlet,
    ).toBe('白江掌上12348');
  });
});

describe('round 140: event names and organizers', () => {
  it('takes a name after a list with quotes broken off by an ellipsis, and without who carried it live', () => {
    expect(
      facts('白江博览会开幕\n带“精确采样”功能的白江设备、白江制氧机……第90届白江医疗器械博览会10月12日在白江开幕。')
        .title,
    ).toBe('第90届白江医疗器械博览会');
    expect(facts('白江大会举办\n9月11日，由白江联盟主办、白江网全程直播的2025白江总部经济大会在白江举办。').title).toBe(
      '2025白江总部经济大会',
    );
  });

  // (Round 188, stop 68: the item read as one of them, not left out.)
  it('reads a list of three with one item that ends like no body', () => {
    const f = facts(
      '白江论坛开幕\n本报讯 昨天，由市民政局、白江区政府、东浩兰生联合主办的2019白江康复辅具论坛在白江开幕。',
    );
    expect(f.organizers).toEqual(['市民政局', '白江区政府', '东浩兰生']);
  });
});
