/**
 * Round 50 of the importer (from what the blind sets GM to GR, collected during stop 38 and measured at 089a0ee before
 * any change, read wrong; one of them was refused): report-back, briefing and press gatherings and a course's closing
 * are events; a slogan and a dash in front of what was held, where nothing else names the event; 昨 or 今 before the verb
 * is no part of a name; a report's tag and 大陆 before an organizer; 喜讯 opening a paragraph is no dateline. On text
 * written for the test (no sentence of any real report is copied here).
 */
import { describe, expect, it } from 'vitest';
import { splitOrganizations } from '../../src/lib/import/facts/organizers.ts';
import { eventTitle, factsOf } from '../support/import.ts';

describe('round 50: event names', () => {
  it('reads report-back, briefing and press gatherings and a course closing as events', () => {
    expect(eventTitle(['1月20日，2023年度白江蓝天救援队公益汇报会举行。'])).toBe('2023年度白江蓝天救援队公益汇报会');
    expect(eventTitle(['昨日，白江县家服中心月嫂培训班结业式在县府举行。'])).toBe('白江县家服中心月嫂培训班结业式');
    expect(eventTitle(['3月2日，白江证券业协会新春记者会在白江举行。'])).toBe('白江证券业协会新春记者会');
  });

  it('leaves a slogan and a dash in front of what was held out of the name, where nothing else names it', () => {
    const got = factsOf(
      '白江这群人 一起做公益\n时间：2024/1/24 15:29:01\n1月20日，同心同行 感恩于行——2023年度白江蓝天救援队公益汇报会举行，队员们齐聚一堂。\n活动现场，聘请谢青山、王明远两名退休人员为顾问。',
    );
    expect(got.title).toBe('2023年度白江蓝天救援队公益汇报会');
    expect(got.startDate).toBe('2024-01-20');
  });

  it('leaves 昨 before the verb out of the name', () => {
    expect(eventTitle(['【本报消息】白江文物协会主办的“非遗汇白江”展示及交流系列活动昨举行。'])).toBe(
      '“非遗汇白江”展示及交流系列活动',
    );
  });
});

describe('round 50: organizers and outlets', () => {
  it("leaves a report's tag and 大陆 out of an organizer's name", () => {
    expect(splitOrganizations('【本报消息】白江文物协会')).toEqual(['白江文物协会']);
    expect(splitOrganizations('大陆白江少年儿童救助基金会')).toEqual(['白江少年儿童救助基金会']);
  });

  it('reads no outlet from 喜讯 opening a paragraph', () => {
    const got = factsOf(
      '白江剪纸协会年会\n冬雪传喜讯，新春踏歌来。1月23日，白江剪纸协会2022年迎新春年会在白江举行，会长李青山致辞。',
    );
    expect(got.outlet).toBeUndefined();
  });
});
