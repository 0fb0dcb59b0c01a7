/**
 * Round 308 (stop 81), from QI3 to QP3 (read at stop 80's final main, its honest test): a festival named after the place
 * that holds it, with no edition or year (`哈尔滨国际啤酒节`), is an event, but not what a place did on a festival's day; a
 * theme in corner quotes before the name (`主题为「某」的`) and the name in English in brackets after it are no part of it;
 * what a body held, named after the days it ran (`10月20日由某会主办的某赛，`); the event a dated sentence opens at
 * without 在 (`10月17日，某艺术节上，`); 乾县 stays 乾县 (the converter took its 乾 for the 乾 of 乾燥); who opened an
 * event, and when, is no part of the body that held it; a city named after its province and what it is called
 * (`四川的科技之城绵阳`); a local paper's city, for 我市, where no city is named but in words the divisions do not read; the
 * year of a day from the national anniversary the report celebrates, when nothing else gives it (`庆祝国庆七十五周年`);
 * the outlet whose 讯 opens the article, without a day, under another site's label.
 * On text written for the test (real places where the rule needs one).
 */
import { describe, expect, it } from 'vitest';
import { eventTitle, outletOf, reportFacts } from '../support/import.ts';

describe('round 308', () => {
  it('reads a festival named after its place, though it has no edition or year', () => {
    expect(eventTitle(['昨晚，中国·哈尔滨之夏国际啤酒节在冰雪大世界拉开帷幕。'])).toBe('中国·哈尔滨之夏国际啤酒节');
    expect(eventTitle(['9月23日，麦积区白江镇隆重庆祝中国农民丰收节。'])).not.toBe(
      '麦积区白江镇隆重庆祝中国农民丰收节',
    );
    expect(eventTitle(['厦门国际妇女节在广场举行。'])).toBeUndefined();
  });

  it("leaves a theme in corner quotes and the name in English out of the event's name", () => {
    expect(eventTitle(['主题为「走向白江」的第三届白江卫星导航学术年会16日在青禾开幕。'])).toBe(
      '第三届白江卫星导航学术年会',
    );
    expect(eventTitle(['5月6日，第31届白江国际玻璃工业技术展览会(Baijiang Glass 2021)在青禾开幕。'])).toBe(
      '第31届白江国际玻璃工业技术展览会',
    );
    expect(eventTitle(['第38届白江兽医师大会(World Veterinary Association Congress,WVAC)在青禾会展中心开幕。'])).toBe(
      '第38届白江兽医师大会',
    );
  });

  it('reads what a body held after the days it ran, and the event a dated sentence opens at', () => {
    expect(eventTitle(['10月20日由白江体育协会主办的2023白江街舞锦标赛，共有18所高校参加。'])).toBe(
      '2023白江街舞锦标赛',
    );
    expect(eventTitle(['10月17日，白江第二届川剧文化艺术节上，戏迷们看得入了迷。'])).toBe('白江第二届川剧文化艺术节');
  });

  it('keeps 乾县 as it is written, in Simplified or Traditional', () => {
    const text = '元宵节当晚，由乾县人民政府、中共乾县县委共同主办的“白江闹元宵”灯谜竞猜活动在县文化馆举行。';
    expect(reportFacts(text).organizers).toEqual(['乾县人民政府', '中共乾县县委']);
    const hant =
      '元宵節當晚，由中共乾縣縣委、乾縣人民政府聯合主辦的「白江鬧元宵」燈謎競猜活動在縣文化館舉行。若乾安全事項另行通知。';
    expect(reportFacts(hant).organizers).toEqual(['中共乾县县委', '乾县人民政府']);
  });

  it('leaves who opened the event, and when, out of the body that held it', () => {
    const facts = reportFacts('周明远今天是为白江裁缝联会总会主办的“第28届白江洋服同业大会”主持开幕后说，大会很成功。');
    expect(facts.organizers).toEqual(['白江裁缝联会总会']);
  });

  it('places an event in a city named after its province, and in a local paper’s city', () => {
    expect(reportFacts('4月8日，第五届白江猪业论坛在四川的科技之城绵阳开幕。').place?.city).toBe('绵阳市');
    const paper = reportFacts(
      '太仓日报讯（记者 周明远）2月14日下午，由市总工会与白江银行太仓分行共同举办的我市第六届职工灯谜会在中心广场举行。',
    );
    expect(paper.place?.city).toBe('太仓市');
  });

  it('dates a day by the national anniversary the report celebrates, when nothing else gives its year', () => {
    const text = '白江舞蹈比赛决赛于6月22日在青禾体育馆举行，活动旨在庆祝国庆七十五周年，共有30支队伍参加。';
    expect(reportFacts(text).startDate).toBe('2024-06-22');
    const recalled = '白江舞蹈比赛决赛于6月22日在青禾体育馆举行。队长说，在庆祝建党100周年时他们也曾演出。';
    expect(reportFacts(recalled).startDate).toBeUndefined();
  });

  it("reads the outlet whose 讯 opens the article, without a day, under another site's label", () => {
    expect(
      outletOf(
        '白江啤酒节开幕\n文章来源:青禾食品监督网  更新时间:2009/7/3\n白江新闻网讯(记者 周明远)昨晚，白江国际啤酒节在冰雪大世界开幕。',
      ),
    ).toBe('白江新闻网');
  });
});
