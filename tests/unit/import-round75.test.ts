/**
 * Round 75 of the importer (stop 45, from what the blind sets NM to NT, collected this stop and measured at 30b38a9
 * before any change, read wrong): a body holding a meeting it calls only 大会 or 年会, a name after a description and a
 * colon, a theme said in front of a name, three events listed with 及 inside one, who helped hold it (协办) in front, a
 * body in lenticular brackets, the day said before a meeting (昨天的); an academic 年会 held in December, a dateline
 * without 电 before the reporter's credit; a meeting referred to as 这场 with who held it, bodies joined by 与 after 处;
 * 作为 after a name, and 任 before a post after a title. On text written for the test (no sentence of any real report is
 * copied here).
 */
import { describe, expect, it } from 'vitest';
import { readDates } from '../../src/lib/import/facts/dates.ts';
import { splitOrganizations } from '../../src/lib/import/facts/organizers.ts';
import { eventTitle, factsOf, people } from '../support/import.ts';

describe('round 75: event names', () => {
  it('names a meeting called only 大会 or 年会 after the body that held it', () => {
    expect(eventTitle(['10月17日，白江省高尔夫球协会(微博)在青山市隆重召开大会。'])).toBe('白江省高尔夫球协会大会');
    expect(eventTitle(['白江网球协会在青山召开年会，李青山出席。'])).toBe('白江网球协会年会');
    expect(eventTitle(['会议期间召开大会，李青山讲话。'])).toBeUndefined();
  });

  it('takes the quoted name after a description and a colon, and leaves out a theme in front', () => {
    expect(eventTitle(['白江心律学会本月1日主办区内规模最大的心律学术盛事：「第16届白江心律学会科学会议」。'])).toBe(
      '第16届白江心律学会科学会议',
    );
    expect(
      eventTitle([
        '2月4日上午，由白江抗癌协会主办的主题为“共同参与，成就奇迹”2012年白江癌症日科普宣教活动在青山启动。',
      ]),
    ).toBe('2012年白江癌症日科普宣教活动');
  });

  it('takes the first of three events listed, though one of them has 及 inside', () => {
    expect(
      eventTitle([
        '10月19日，白江医学会妇产科学专业委员会2024学术年会、白江抗癌协会妇瘤年会、第三届白江宫颈病变及宫颈癌诊治高峰论坛在青山召开。',
      ]),
    ).toBe('白江医学会妇产科学专业委员会2024学术年会');
  });

  it('leaves out who helped hold it, and the day said before a meeting', () => {
    expect(eventTitle(['10月1日，白江房屋热情协办青山航空模型协会飞行嘉年华在青山举办。'])).toBe(
      '青山航空模型协会飞行嘉年华',
    );
    expect(eventTitle(['在昨天的换届会议上，白江体育局副局长李青山当选为主席。'])).not.toMatch(/^昨天/);
  });

  it('gives a meeting the body set off in lenticular brackets before it', () => {
    const facts = factsOf(
      'URL: unknown\n\n主管白江高球运动发展的半官方单位【白江高尔夫协会（简称白高协）】，于今天（8/27）在青山球场举行第九届第一次会员代表大会。理事长李青山致辞。',
    );
    expect(facts.title).toBe('白江高尔夫协会第九届第一次会员代表大会');
  });
});

describe('round 75: dates', () => {
  it('dates an academic 年会 held in December in the year it is named for', () => {
    expect(
      readDates(['白江核学会换届大会暨2020年白江核学会学术年会于12月4日至6日在青山举行。'], {
        title: '白江核学会换届大会暨2020年白江核学会学术年会',
      }),
    ).toMatchObject({ start: '2020-12-04', end: '2020-12-06' });
  });

  it('skips a dateline without 电 before the reporter’s credit', () => {
    const facts = factsOf(
      'URL: unknown\n白江日报·白江客户端 2025-09-27 18:11:32\n\n白江客户端9月27日（记者 王小明）9月26日，白江体育模型运动协会第六届会员代表大会在青山召开。会长李青山致辞。',
    );
    expect(facts.startDate).toBe('2025-09-26');
  });
});

describe('round 75: organizers', () => {
  it('reads who held the meeting referred to as 这场', () => {
    const facts = factsOf(
      'URL: unknown\n\n9月17日，白江核学会2025年学术年会在青山开幕。这场由白江核学会主办、青山大学承办的大会，以“核科技新质生产力”为主题。理事长李青山致辞。',
    );
    expect(facts.organizers).toEqual(['白江核学会']);
    expect(facts.hosts).toEqual(['青山大学']);
  });

  it('splits bodies joined by 与 after a 处', () => {
    expect(splitOrganizations('使馆教育处与白江志愿者中心')).toEqual(['使馆教育处', '白江志愿者中心']);
  });
});

describe('round 75: people', () => {
  it('ends a name before 作为, and reads no 任 before a post as a surname', () => {
    expect(people('青山大学物理系研究员曾志作为代表发言。')).toEqual([['曾志', '青山大学物理系研究员', '发言']]);
    expect(people('白江大学附属医院何作祥教授任名誉理事长。').map(([name]) => name)).not.toContain('任名誉');
  });
});

describe('round 75: what the earlier sets read after it', () => {
  it('leaves a portal’s (微博) tag out of the body holding a 大会', () => {
    const facts = factsOf('URL: unknown\n\n10月17日，白江省高尔夫球协会(微博)在青山市隆重召开大会。会长李青山致辞。');
    expect(facts.title).toBe('白江省高尔夫球协会大会');
  });

  it('reads no day after a character a mirror lost (`?7日`)', () => {
    const facts = factsOf(
      'URL: unknown\n白江网 发布时间：2013-11-19\n\n为庆祝白江书法家协会成立45周年，“白江文化奖书法展埂?7日举行开幕仪式。会长李青山在开幕式上致辞。',
    );
    expect(facts.startDate).toBeUndefined();
  });
});
