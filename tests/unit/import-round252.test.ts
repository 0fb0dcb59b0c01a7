/**
 * Round 252 (stop 75), from the 560 of BW3 to DZ3 (all seven waves of this stop read; no wave was left to read after
 * it, so it has no honest figure of its own): organizers.
 * - 联合 of `某市供销合作社联合社` (a federation of co-operatives) is a name's, not "jointly";
 * - `由甲、乙、丙等联合举办`: 等 closing the list is no part of its last body, and one item that ends like no body beside
 *   two that do (`某大四附中`) is a name too, as in a list before 主办;
 * - `论坛由甲指导，乙、丙联合举办`: the body that guided it, before the list, is its supporter, not an organizer;
 * - `这场活动是由甲和乙联办`: 这场 refers to the event as 这次 does.
 * On the 560: organizers 364 right / 13 wrong → 379 / 11, one city more. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { reportFacts } from '../support/import.ts';

describe('round 252', () => {
  it('reads a federation of co-operatives whole', () => {
    const facts = reportFacts(
      '白江丰收节开镰\n9月23日上午，由白江市供销合作社联合社、青禾区供销合作社联合社联合主办的“第五届白江丰收节开镰仪式”在青禾镇举行。',
    );
    expect(facts.organizers).toEqual(['白江市供销合作社联合社', '青禾区供销合作社联合社']);
  });

  it('reads a list held jointly, closed by 等, with one item that ends like no body', () => {
    const facts = reportFacts(
      '白江捐发活动举行\n7月3日，第三届白江捐发活动在青禾举行。本次活动由白江市儿童医院、青禾中学、白江市美容美发协会等联合举办。',
    );
    expect(facts.organizers).toEqual(['白江市儿童医院', '青禾中学', '白江市美容美发协会']);
  });

  it('reads the body that guided it as a supporter, and 这场 as this event', () => {
    const guided = reportFacts(
      '白江论坛举办\n6月11日，第二届白江青铜器论坛在白江省博物馆举办。论坛由白江省文物局指导，中国国家博物馆、白江省博物馆学会、白江省博物馆联合举办。',
    );
    expect(guided.organizers).toEqual(['中国国家博物馆', '白江省博物馆学会', '白江省博物馆']);
    expect(guided.supporters).toContain('白江省文物局');
    const joint = reportFacts(
      '白江华乐节举行\n12月26日，2022年白江全国华乐节在青禾举行。这场活动是由白江青年华乐文化协会和青禾文化协会联办。',
    );
    expect(joint.organizers).toEqual(['白江青年华乐文化协会', '青禾文化协会']);
  });
});
