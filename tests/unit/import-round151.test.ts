/**
 * Round 151 of the importer (stop 61), from stop 61's fourth wave (ME to ML) after its honest run: one dash between two
 * parties (`2019中国—东盟某拉力赛`) is no slogan's; a conclusion drawn (`可见…`) opens no name; ceremonies of thanks and of
 * remembrance (感恩礼, 追思会) are events; a theme said without its 以 (`开展“甲，乙”为主题的某活动`) is no part of the name;
 * a sentence that sets the scene with the day dates a key sentence that names no day; a venue that is only a city's full
 * name (`在哈尔滨市召开`) is trusted over where its organizer is; whose a body is (`某局所属的`) and the particle 所
 * before the verb are no part of an organizer's name; another person named before (`吴某与某区区长`, `某议员陈某女士`), 来自,
 * what was given (`献给县长`) and the party one stood for (`业主方代表`) are no part of a post; a surname with 姓 is no name,
 * nor does a transliterated name take in the 的 after it; a site's 原创 is no part of its name. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { splitOrganizations } from '../../src/lib/import/facts/organizers.ts';
import { eventTitle, people, reportFacts } from '../support/import.ts';

const facts = reportFacts;

describe('round 151', () => {
  it('reads one dash between two parties as part of the name', () => {
    // (Since round 288 a rally's 发车仪式 is the rally, as MI3 to MP3's readers named it.)
    expect(eventTitle(['9月11日，2019中国—东盟白江汽车拉力赛发车仪式在白江举行。'])).toBe(
      '2019中国—东盟白江汽车拉力赛',
    );
  });

  it('reads no name from a conclusion drawn', () => {
    expect(eventTitle(['白江车队举办的活动年年都好，可见车友们对白江车队举办的活动很满意。'])).toBeUndefined();
  });

  it('reads ceremonies of thanks and of remembrance as events', () => {
    expect(eventTitle(['白江医院昨日举行「爱、传承」器官捐赠感恩追思会。'])).toBe('「爱、传承」器官捐赠感恩追思会');
    expect(eventTitle(['白江医院今日举行白江之树五周年器官捐赠感恩礼。'])).toBe('白江之树五周年器官捐赠感恩礼');
  });

  it('leaves a theme said without its 以 out of the name', () => {
    expect(
      eventTitle([
        '2018年3月23日，白江康复中心组织家庭来到白江公园，开展“有你，我们不孤单”为主题的白江关爱日主题活动。',
      ]),
    ).toBe('白江关爱日主题活动');
  });

  it('dates a key sentence that names no day by the scene set before it', () => {
    expect(
      facts(
        '白江第八届打酱油节圆满落幕\n来源:白江资讯网     作者:李四     发布时间:2023-04-10\n喜迎佳客！2023年4月8日，早上9点不到，白江产业园内乡邻们早已排起长龙。伴随着锣鼓声，近千人共同参加并见证白江第八届打酱油节的开幕式。',
      ).startDate,
    ).toBe('2023-04-08');
  });

  it('trusts a venue that is only a city’s full name over where the organizer is', () => {
    expect(
      facts(
        '白江推介会\n东北网6月15日讯 2011大连·旅顺大樱桃白江推介会于15日在哈尔滨市召开，樱桃首次走进白江市场。推介会由旅顺口区人民政府主办。',
      ).place?.city,
    ).toBe('哈尔滨市');
  });

  it('leaves whose a body is and the particle 所 out of an organizer’s name', () => {
    expect(splitOrganizations('国家体育总局所属的中国白江运动联合会')).toEqual(['中国白江运动联合会']);
    expect(splitOrganizations('白江车友会所')).toEqual(['白江车友会']);
    expect(splitOrganizations('中国科学院白江研究所')).toEqual(['中国科学院白江研究所']);
  });

  it('leaves another person, 来自, what was given and whom one stood for out of the post', () => {
    const posts = (line: string) => people(line).map(([name, post]) => [name, post]);
    expect(posts('吴建荣与白江区区长张凯奇出席。')).toEqual([['张凯奇', '白江区区长']]);
    expect(
      posts('包括白江局局长麦美娟女士，JP立法会议陈凯欣女士白江遗产办事处总监何惠仪女士白江基金会主席鲍俊萍女士。'),
    ).toContainEqual(['何惠仪', '白江遗产办事处总监']);
    expect(posts('县民代表献给县长刘政鸿一面锦旗。')).toEqual([['刘政鸿', '县长']]);
    expect(posts('来自白江民生集团有限公司董事局主席王翔发言。')).toEqual([['王翔', '白江民生集团有限公司董事局主席']]);
    expect(posts('业主方代表鸾凤乡党委书记韩盛讲话。')).toEqual([['韩盛', '鸾凤乡党委书记']]);
  });

  it('reads no name from a surname with 姓, nor a 的 after a transliterated name', () => {
    expect(people('捐赠者家属代表施姓女士致辞。')).toEqual([]);
    expect(
      people('白江农业部部长顾问差瓦立・楚可尊的讲话很精彩，他出席了开幕式。').map(([name]) => name),
    ).not.toContain('差瓦立・楚可尊的');
  });

  it('leaves a site’s 原创 out of its name', () => {
    expect(
      facts('白江香梨节\n来源：白江网-白江日报原创\n2021年9月25日，第五届白江香梨文化旅游节在白江开幕。').outlet,
    ).toBe('白江网-白江日报');
  });
});
