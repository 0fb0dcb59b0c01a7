/**
 * Round 246 (stop 75), after the wave BW3 to CD3's run (read once at df98035):
 * - the part of the day after a day said relative to the report (`今天上午首届某论坛也在…`) is no part of a name;
 * - a festival's name in quotes after a place and a year (`某市2021年“中国农民丰收节”`) is an event's;
 * - an exhibition named 展览 after its quoted title is the exhibition without its 开幕典礼;
 * - `某学会…，其第17次学术年会`: 其 is the body that opens the clause before;
 * - `某总商会每年一度的…`: the body whose yearly event it is, and how often it comes, are no part of its name;
 * - `某县在某街道举行第六个…`: a county's short name, then its venue, is no place holding its own congress;
 * - `…文化节盛装开幕`: 盛装 says how it opened;
 * - Taiwan's papers' day in brackets (`，(5)日在某园区举行`);
 * - counties the divisions package still lists beside the county-level city that replaced them (禄丰县 and 禄丰市), so
 *   that the short name `云南禄丰` in a dateline names one place;
 * - a dispatch relaying another agency's story (`某社北京9月8日电/据新华社报导，`) was not filed where the event was;
 * - a company's registered place in brackets (`某传媒（广州）有限责任公司`) does not place the event.
 * On the 80 of BW3 to CD3: 6 event names right (4 of them wrong before) and one wrong gone, 2 dates, one outlet, one
 * city right and 2 wrong gone (and one right lost: it came from a name that took the body with it). On text written for
 * the test.
 */
import { describe, expect, it } from 'vitest';
import { placeAt } from '../../src/lib/import/divisions.ts';
import { eventTitle, reportFacts } from '../support/import.ts';

describe('round 246', () => {
  it('reads names without the part of the day, with 其 as its body, and without a yearly body', () => {
    expect(eventTitle(['随着首届白江节的开幕，今天上午首届白江节青禾论坛也在白江饭店拉开帷幕。'])).toBe(
      '首届白江节青禾论坛',
    );
    expect(eventTitle(['白江动物学会今年成立40周年，其第17次学术年会昨日在青禾镇开幕。'])).toBe(
      '白江动物学会第17次学术年会',
    );
    expect(eventTitle(['2015年3月5日，白江青禾行总商会每年一度的新春联欢暨第二十届理监事就职典礼热闹举行。'])).toBe(
      '新春联欢暨第二十届理监事就职典礼',
    );
  });

  it('reads a quoted festival after a place and a year, an exhibition and 盛装开幕', () => {
    expect(eventTitle(['9月23日，以“稻香、人和”为主题的安庆市2021年“中国农民丰收节”在青禾镇举办。'])).toBe(
      '安庆市2021年“中国农民丰收节”',
    );
    expect(eventTitle(['白江艺术馆7日举办“青禾记——明清时期的白江与丝绸外销”展览开幕典礼，展出清代服饰。'])).toBe(
      '“青禾记——明清时期的白江与丝绸外销”展览',
    );
    expect(eventTitle(['8月17日，庆祝建校70周年暨2019白江青禾绿色水稻文化节盛装开幕，各界来宾共聚一堂。'])).toBe(
      '庆祝建校70周年暨2019白江青禾绿色水稻文化节',
    );
  });

  it('leaves out a county that held nothing before its venue', () => {
    expect(eventTitle(['8月25日上午，白江在青禾场街道举行第六个“中国农民丰收节”水稻收割开镰仪式。'])).toBe(
      '第六个“中国农民丰收节”水稻收割开镰仪式',
    );
  });

  it("reads a day in Taiwan's brackets", () => {
    const facts = reportFacts(
      '白江水饺节开幕\n发布时间：2023-11-06\n为推广白江饮食，台中市白江事务委员会主办首届「白江水饺节」，(5)日在青禾客家文化园区隆重举行。',
    );
    expect(facts.startDate).toBe('2023-11-05');
  });

  it('places a short name of a county-level city that replaced a county, and reads the outlet without it', () => {
    expect(placeAt('禄丰', { shortNames: true })?.division.name).toBe('禄丰市');
    expect(placeAt('旬阳', { shortNames: true })?.division.name).toBe('旬阳市');
    const facts = reportFacts(
      '白江学会年会开幕\n中新网 云南禄丰9月24日电 (记者 白江)白江学会已走过40年，其第17次学术年会9月24日在云南禄丰召开。',
    );
    expect(facts.outlet).toBe('中新网');
    expect(facts.place?.city).toBe('禄丰市');
  });

  it("places no event by a relayed dispatch's city or a company's registered one", () => {
    const relayed = reportFacts(
      '白江丝绸展开幕\n中评社北京9月8日电/据新华社报导，白江艺术馆7日举办“青禾记——明清时期的丝绸外销”展览开幕典礼，展出清代服饰。',
    );
    expect(relayed.place?.city).not.toBe('北京市');
    const company = reportFacts(
      '白江牛羊产业大会召开\n9月19日，白江牛羊产业大会在青禾宾馆召开。大会由白江文化传媒（广州）有限责任公司主办。会长李一青致辞。',
    );
    expect(company.place?.city).not.toBe('广州市');
  });
});
