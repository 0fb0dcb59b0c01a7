/**
 * Round 265 (stop 77), from the 80 of HS3 to HZ3 (read as the honest test of rounds 259 to 263):
 * - event names: `某马拉松24日鸣枪开跑`, a race sets off (开跑, 起跑; only after a race's name, not `某巡回展起跑`);
 *   `某灯会亮灯仪式`, `某灯节开幕点灯仪式`, a lantern show's lighting, named by the show; a two-phrase slogan before a
 *   city's short name of three or more characters (`“甲乙 丙丁”乌鲁木齐文庙…庙会`);
 * - organizers: `由甲主催、乙主办`, 主催 (who initiated it, in Malaysian papers) like 支持; `某市卫生健康委、教育局、民政局`,
 *   a department named without its place in a list that opens with a city's body is that city's; a
 *   mirror's marks (■★◆) among the names.
 * On the 1,600 (BW3 to HZ3): 15 facts more right, one city read wrong more (a race between two counties, its second the
 * readers' city). On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { eventTitle, reportFacts } from '../support/import.ts';

describe('round 265', () => {
  it('names a race that sets off, a lantern show by its lighting, and leaves a slogan before a short city name', () => {
    expect(eventTitle(['第19届白江马拉松24日鸣枪开跑，吸引逾万名跑者参加。'])).toBe('第19届白江马拉松');
    expect(eventTitle(['受到喜爱的「白江特展」，2023年巡回展起跑。'])).not.toBe('2023年巡回展');
    expect(eventTitle(['2月4日，2017年白江灯节开幕点灯仪式在青禾广场举行。'])).toBe('2017年白江灯节');
    expect(eventTitle(['2月16日，“国安享太平 家和万事兴”乌鲁木齐文庙2015年第十届文化庙会开幕。'])).toBe(
      '乌鲁木齐文庙2015年第十届文化庙会',
    );
  });

  it("reads 主催 as no organizer, departments with their city, and names among a mirror's marks", () => {
    expect(
      reportFacts(
        '(本报青禾6日讯)由青禾七大客系乡团主催、青禾河婆同乡会主办的《2025年客系一家亲中秋联欢晚宴》，昨晚假青禾酒店隆重举行。',
      ).organizers,
    ).toEqual(['青禾河婆同乡会']);
    expect(
      reportFacts(
        '5月29日，芜湖市青少年心理论坛在市会展中心召开。论坛由芜湖市卫生健康委、教育局、民政局、残联等部门联合主办。',
      ).organizers,
    ).toEqual(['芜湖市卫生健康委', '芜湖市教育局', '芜湖市民政局', '芜湖市残联']);
    // (Not a body that names its own place or party: `中共红安县委` after a city's bureau.)
    expect(
      reportFacts('11月13日，2024中国红色旅游推广联盟年会在红安开幕，由黄冈市文化和旅游局、中共红安县委承办。').hosts,
    ).toEqual(['黄冈市文化和旅游局', '中共红安县委']);
    expect(
      reportFacts(
        '3月19日，第二届全国白江服务创新发展大会在自贡召开，由白江心理健康中心■★■、青禾时报社联合白江社会工作联合会主办。',
      ).organizers,
    ).toEqual(['白江心理健康中心', '青禾时报社', '白江社会工作联合会']);
  });
});
