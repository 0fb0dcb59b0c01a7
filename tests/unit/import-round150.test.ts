/**
 * Round 150 of the importer (stop 61), from stop 61's third wave (LW to MD) after its honest run: the body a reporter
 * learned the news from, at the meeting it held (`记者从某局组织召开的某大会获悉`), held it; `来源：共享资源` names no one; a
 * caption's 这是 opens no name, and a day whose digits a page ran together in front of the name's year is no part of it; a
 * county written after its city counts among the cities a report names; a forum's footer is no publication date. On text
 * written for the test.
 */
import { describe, expect, it } from 'vitest';
import { eventTitle, reportFacts } from '../support/import.ts';

const facts = reportFacts;

describe('round 150', () => {
  it('reads the body a reporter learned the news from at its own meeting as the organizer', () => {
    expect(
      facts(
        '白江城管表彰\n白江日报讯 1月30日，记者从白江市城市管理局组织召开的2022年度白江总结表彰大会获悉，全年成果丰硕。',
        'http://example.org/2023/01/31/a.html',
      ).organizers,
    ).toEqual(['白江市城市管理局']);
  });

  it('reads no outlet from 来源：共享资源', () => {
    expect(
      facts('白江汇演\n来源：共享资源\n2023年5月27日下午，“白江童梦”2023年白江县庆六一文艺汇演在白江文化馆举行。')
        .outlet,
    ).toBeUndefined();
  });

  it('reads no name opening with a caption’s 这是, nor the digits of a day run into the name', () => {
    expect(eventTitle(['这是白江区2022年城管执法开放日活动举办现场。'])).toBeUndefined();
    expect(eventTitle(['201112192011白江民营经济年度人物颁奖典礼在白江电视台演播厅举行。'])).toBe(
      '2011白江民营经济年度人物颁奖典礼',
    );
  });

  it('counts a county written after its city among the cities a report names', () => {
    expect(
      facts(
        '白江推进会\n本报讯 在对我市各县和洛阳市宜阳县、偃师市的绿化现场观摩后，3月16日，全市春季白江绿化现场推进会举行。',
        'http://example.org/2021/03/17/a.html',
      ).place,
    ).toBeUndefined();
  });

  it('takes no publication date from a forum’s footer', () => {
    expect(
      facts(
        '白江换装\n昨日，白江市城管执法系统换装仪式在白江市城管执法局大院举行。\nGMT+8, 2025-5-10 13:23 , Processed in 0.077348 second(s), 17 queries .',
      ).published,
    ).toBeUndefined();
  });
});
