/**
 * Round 270 (stop 78), from the 79 of JG3 to JN3 (read as the honest test of rounds 267 to 269):
 * - event names: a camp's opening or closing (`某夏令营开营仪式`, `“某研习营”开营仪式`, `某冬令营开营式`) is the camp, as
 *   a festival's opening is the festival (readers of JG3 to JN3 wrote the camp 4 times of 4);
 * - organizers: `主办单位是甲、乙，承办单位丙、丁，协办单位戊`: each list ends where the next label begins, and a label
 *   after a comma may go without 是 or a colon (the hosts and co-organizers had been read as organizers, label and all);
 * - people: `镇长甲及乙、丙、丁等8名形象代言人`: the names after 及 in a list closed by a count and what they are take
 *   no post of the person before them.
 * On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { eventTitle, posts, reportFacts } from '../support/import.ts';

describe('round 270', () => {
  it('names a camp without its opening', () => {
    expect(eventTitle(['1月13日，2023年白江第二十九届青年冬令营开营式在青禾举行。'])).toBe(
      '2023年白江第二十九届青年冬令营',
    );
    expect(eventTitle(['7月2日，“第十三届青禾青年研习营”开营仪式在白江大学举行。'])?.replace(/[“”]/g, '')).toBe(
      '第十三届青禾青年研习营',
    );
  });

  it('parts the organizers, hosts and co-organizers listed by labels', () => {
    const facts = reportFacts(
      '5月20日，白江百年摄影作品展开幕式在青禾美术馆举行。此次活动主办单位是白江摄影报社、青禾省摄影家协会，承办单位白江市文联、白江市融媒体中心，协办单位中共白江区委宣传部。',
    );
    expect(facts.organizers).toEqual(['白江摄影报社', '青禾省摄影家协会']);
    expect(facts.hosts).toEqual(['白江市文联', '白江市融媒体中心']);
    expect(facts.coOrganizers).toEqual(['中共白江区委宣传部']);
  });

  it('gives no post to a list after 及 closed by a count and what they are', () => {
    const read = posts('青禾镇镇长周明远及林小北、白一帆、江小禾等8名统一着装的形象代言人登台亮相。');
    expect(read).toContainEqual(['周明远', '青禾镇镇长']);
    expect(read.filter(([name, post]) => name !== '周明远' && post?.includes('镇长'))).toEqual([]);
  });
});
