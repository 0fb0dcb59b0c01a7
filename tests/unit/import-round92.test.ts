/**
 * Round 92 of the importer (stop 50), from the organizers the 640 blind reports of stops 48 and 49 name and the importer
 * missed (read with the Traditional pages converted): 合办, Hong Kong's and Macau's word for holding an event together;
 * 拉开了帷幕; the state's lotteries and chess centre, which a page about them names again and again, are no mirror's
 * advertising; university departments joined by 与; a quoted name after 共同举办; a note on the day after the date;
 * a handover of two terms as a body's own meeting. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { emptyArchive } from '../../src/lib/import/archive.ts';
import { readFacts } from '../../src/lib/import/index.ts';

const archive = emptyArchive();
const facts = (text: string) => readFacts(new TextEncoder().encode(`http://example.org/a\n${text}\n`), archive).facts;

describe('round 92: 合办', () => {
  it('reads the bodies that 合办 an event as its organizers, and the event after the verb', () => {
    const f = facts('2021年8月1日，白江同乡联谊会、白江慈善义工会合办庆祝建军94周年座谈会。');
    expect(f.organizers).toEqual(['白江同乡联谊会', '白江慈善义工会']);
    expect(f.title).toBe('庆祝建军94周年座谈会');
  });

  it('takes no list before 合办的 that describes the event', () => {
    const f = facts(
      '2011年10月13日，首届两岸老年教育论坛在白江举行。本次论坛是两地首次合办的大型研讨活动，是由白江老年大学、青山老人大学共同主办。',
    );
    expect(f.organizers).toEqual(['白江老年大学', '青山老人大学']);
  });
});

describe('round 92: event and organizer forms', () => {
  it('reads 拉开了帷幕 as an event’s verb, and a state lottery centre among the organizers', () => {
    const f = facts(
      '2016年3月1日，首届白江慈善文化研讨会正式拉开了帷幕。会议由白江社会福利协会、中国福利彩票发行管理中心主办。',
    );
    expect(f.title).toBe('首届白江慈善文化研讨会');
    expect(f.organizers).toEqual(['白江社会福利协会', '中国福利彩票发行管理中心']);
  });

  it('keeps the state’s chess centre named three times in the text', () => {
    const f = facts(
      '2015年10月18日，第三届白江棋文化峰会在白江举行。国家体育总局棋牌中心党委书记杨安俊致辞，国家体育总局棋牌中心为指导单位，青山市体育局棋牌中心党委书记单丽霞出席。',
    );
    expect(f.people.map((p) => p.position)).toContain('国家体育总局棋牌中心党委书记');
  });

  it('reads departments joined by 与 before 共同举办 and a quoted name', () => {
    expect(
      facts('2026年1月21日，白江会计教育学会、白江大学会计学系与青山大学会计学系共同举办「会计师法律责任座谈会」。')
        .organizers,
    ).toEqual(['白江会计教育学会', '白江大学会计学系', '青山大学会计学系']);
  });

  it('takes a body’s handover of two terms as its own meeting, which it organizes (since round 257)', () => {
    expect(
      facts(
        '（白江新闻）【记者王明/白江报导】白江市建筑经营协会今（26）日举行第15、16届理事长暨理监事交接典礼，局长李正出席。',
      ).organizers,
    ).toEqual(['白江市建筑经营协会']);
  });
});

describe('round 93 (from the first run of SC to SJ): small forms', () => {
  it('takes a body’s joint board meeting (理、监事联席会议) as its own meeting', () => {
    expect(facts('2022年8月28日，白江船长公会召开第十二届第五次理、监事联席会议，理事长王明主持。').organizers).toEqual(
      ['白江船长公会'],
    );
  });

  it('reads an outlet without 官方网 after its name', () => {
    expect(facts('2007年9月13日，白江动漫协会成立动员大会在白江举行。\n来源：白江游艺风官方网').outlet).toBe(
      '白江游艺风',
    );
  });

  it('drops 酝酿已久的 before an event’s name', () => {
    expect(facts('2007年9月13日，酝酿已久的白江动漫游艺协会成立动员大会在白江举行。').title).toBe(
      '白江动漫游艺协会成立动员大会',
    );
  });
});

describe('round 97: bodies that make up the clause before the day and the verb', () => {
  it('reads the bodies before a comma and 昨联合举办', () => {
    expect(
      facts('【本报讯】白江大学眼科学院与白江眼科视光师协会,昨联合举办首届白江护眼学术会议,吸引两百人。').organizers,
    ).toEqual(['白江大学眼科学院', '白江眼科视光师协会']);
  });

  it('leaves out what is said of a body before 的, and so takes its own founding as its own', () => {
    expect(
      facts('2011年12月17日，旨在推进两岸动漫交流的白江动漫创意产业促进会，17日在白江召开成立大会。').organizers,
    ).toEqual([]);
  });
});
