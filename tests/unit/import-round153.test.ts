/**
 * Round 153 of the importer (stop 62), from stop 62's first two waves (MU to NB and NC to NJ) after their honest runs:
 * the rest of a place after a governor's title (`河南省长葛市`) is no one's name; the page's buttons after an empty
 * `来源：` are no outlet; a government department's site names its department (`tyj.fuzhou.gov.cn` → 福州市体育局), also
 * for the bare unit its 来源 names; Macau's government portal and Matsu's paper by their addresses; `新一届` and a day
 * (`今日（…）`) open no event's name; `在此间` is where the dispatch was filed; a Macau or Hong Kong report of an event
 * at a hall or hotel alone is placed in its region, and a county's short name there (`北安`) names a building. On text
 * written for the test.
 */
import { describe, expect, it } from 'vitest';
import { eventTitle, people, reportFacts } from '../support/import.ts';
import { malformedName } from '../../src/lib/import/facts/event.ts';
import { outletFromUrl } from '../../src/lib/import/outlets.ts';

describe('round 153', () => {
  it('reads no person from the rest of a place after a governor’s title', () => {
    expect(people('11月11日，白江大会在河南省长葛市召开。')).toEqual([]);
    expect(people('由白江协会主办，长葛市人民政府承办的白江大会在河南省长葛市召开。')).toEqual([]);
  });

  it('takes no page button after an empty 来源 for the outlet', () => {
    expect(
      reportFacts(
        '白江大会召开\n日期:2003-11-25 00:00      作者:     来源:     字体大小 [ ]\n11月11日，白江大会在白江市召开。',
      ).outlet,
    ).toBeUndefined();
  });

  it('names a government department by its site’s address, the place picked by the report when its pinyin is shared', () => {
    expect(outletFromUrl('https://tyj.fuzhou.gov.cn/a/t1.htm', '福州市白江协会召开大会')).toBe('福州市体育局');
    expect(outletFromUrl('https://tyj.fuzhou.gov.cn/a/t1.htm', '抚州市白江协会召开大会')).toBe('抚州市体育局');
    expect(outletFromUrl('https://tyj.fuzhou.gov.cn/a/t1.htm')).toBeUndefined();
    expect(outletFromUrl('http://zrzyt.zj.gov.cn/art/2021/9/6/a.html')).toBe('浙江省自然资源厅');
    expect(outletFromUrl('https://www.gov.mo/zh-hans/news/1')).toBe('澳门特别行政区政府入口网站');
    expect(outletFromUrl('https://www.matsu-news.gov.tw/news/1')).toBe('马祖日报');
    // (Names that changed while the address stayed are not read.)
    expect(outletFromUrl('http://wjw.hubei.gov.cn/a.shtml')).toBeUndefined();
  });

  it('writes whose a bare unit of a 来源 line is when the page is on that department’s site', () => {
    const f = reportFacts(
      '福州市白江协会召开会员大会\n来源:体育局\n9月18日，福州市白江协会第二届第一次会员大会在白江宾馆召开。',
      'https://tyj.fuzhou.gov.cn/zwgk/202009/t20200918_1.htm',
    );
    expect(f.outlet).toBe('福州市体育局');
  });

  it('leaves 新一届 and a day out of an event’s name', () => {
    expect(eventTitle(['10月15日，新一届中国-白江合作论坛在白江成功举办。'])).toBe('中国-白江合作论坛');
    expect(malformedName('今日（7月6日）下午五时')).toBe(true);
  });

  it('places an event held 在此间 where the dispatch was filed', () => {
    const f = reportFacts('白江活动周开幕\n新华社澳门5月14日电（记者白江）2005白江活动周澳门活动14日在此间拉开帷幕。');
    expect(f.place?.city).toBe('澳门特别行政区');
  });

  it('places a Macau report’s event at a hall in Macau, not in a mainland county of the same short name', () => {
    const atHall = reportFacts(
      '白江书法联展开幕\n【本报消息】白江书法院主办的“白江情怀”白江书法联展，昨假万豪艺廊开幕，展出作品五十幅。',
      'https://www.example.com.mo/news/1.html',
    );
    expect(atHall.place?.city).toBe('澳门特别行政区');
    const building = reportFacts(
      '白江架构会议召开\n【本报讯】“2021年白江架构会议”于4月9日上午在北安出入境事务大楼举行，白江司司长张三主持。',
      'https://www.example.com.mo/news/2.html',
    );
    expect(building.place?.city).toBe('澳门特别行政区');
    // (Nor one whose own name holds another city's short name: mended after wave OI to OP.)
    const named = reportFacts(
      '白江瓷博会开幕\n【香港白江报网讯】18日，2016中国景德镇国际白江博览会盛大开幕。',
      'http://www.example.hk/content/1.html',
    );
    expect(named.place?.city).not.toBe('香港特别行政区');
    // (An event the report places in another city stays there.)
    const away = reportFacts(
      '白江学会大会\n12月26日，白江护理学会第27次全国会员代表大会在北京召开，会员代表共456人出席大会。',
      'https://www.example.hk/news/3.html',
    );
    expect(away.place?.city).toBe('北京市');
  });
});
