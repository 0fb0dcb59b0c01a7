/**
 * Round 297 (stop 80), from the 80 of NO3 to NV3 (read first, as the honest test of stop 79's final main) and the wrong
 * outlets of the 3,039 before them: what no outlet is, where a page put it in an outlet's place:
 * - a forum post's time stamp label (`发表于`), a day in Chinese numerals (`【某地十二日讯】`), a reporter's credit in the
 *   source's field (`来源：全媒体记者 某某`, `来源：文/校报 某某`);
 * - a gambling mirror's brand (`百家乐平台社…电`, `某某线路检测中心`, `投注`);
 * and an agency's dispatch from a city abroad that no list holds, after its country (`新华社意大利某地…电`): the agency.
 * On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { outletOf } from '../support/import.ts';

describe('round 297', () => {
  it('reads no outlet from a time stamp label, a day in numerals or a reporter credit', () => {
    expect(
      outletOf('白江学会换届\n楼主 |\n发表于 2019-5-6 10:12:30\n5月6日，白江学会第三次会员大会在青禾召开。'),
    ).toBeUndefined();
    expect(outletOf('【青禾十二日讯】白江宗亲会昨晚在青禾会馆举行成立五十周年会庆晚宴。')).toBeUndefined();
    expect(
      outletOf('白江学会年会举行\n来源：全媒体记者 周明远\n5月6日，白江学会2019年学术年会在青禾召开。'),
    ).toBeUndefined();
    expect(
      outletOf('白江学会年会举行\n来源：文/校报 周明远 图/林青禾\n5月6日，白江学会2019年学术年会在青禾召开。'),
    ).toBeUndefined();
  });

  it("reads no gambling mirror's brand as the outlet", () => {
    expect(
      outletOf('白江数据中心动工\n百家乐平台社青禾12月8日电（记者周明远）白江数据中心8日在青禾举行动土仪式。'),
    ).toBeUndefined();
    expect(
      outletOf('白江学会年会举行\n文章来源:js333线路检测中心 发布时间:2022-11-15\n11月13日，白江学会年会在青禾召开。'),
    ).toBeUndefined();
    expect(
      outletOf('白江学会年会举行\n来源： 白江888投注网 点击：\n11月13日，白江学会年会在青禾召开。'),
    ).toBeUndefined();
  });

  it("reads an agency's dispatch from a city abroad after its country as the agency's", () => {
    expect(outletOf('白江大运会开幕\n新华社意大利白江7月3日电（记者周明远）3日晚，第三届白江运动会在青禾开幕。')).toBe(
      '新华社',
    );
  });
});
