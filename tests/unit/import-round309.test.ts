/**
 * Round 309 (stop 81), from QQ3 to QX3 (read at round 308, its honest test): a mirror's advertising joined by `_`, `¥`
 * and `*` goes whole, with the star before it; a drill carried out (`进行某演练`) and a commemoration (`纪念会`) are
 * events; the rite a service opened with (`以严肃的进殿仪式`) is no name; a trade fair's opening (洽谈会) is the fair; a
 * unit a label names short (`来源：市医疗保障局`) is the one the report names in full (`南通市医疗保障局`). (An anniversary
 * named without whose it is, `某开发区举行建区30周年座谈会`, had taken the body that held it; it was dropped in round 310,
 * for it kept that body from being read as the organizer, where a later step puts the organizer in front anyway.)
 * On text written for the test (real places where the rule needs one).
 */
import { describe, expect, it } from 'vitest';
import { eventTitle, factsOf, outletOf } from '../support/import.ts';

describe('round 309', () => {
  it("takes a mirror's advertising out whole, with the marks that join it", () => {
    const spam = '白江老虎机_青禾游戏¥最新版本下载';
    const facts = factsOf(
      [
        'URL: http://www.example.org/t/1.html',
        `3月9日，*${spam}县召开了2022年总林长工作会暨“*${spam}县林长制办公室”揭牌仪式。`,
        `按照省市${spam}：县、镇、村要建立林长制的要求，全县迅速启动了林长制工作。`,
      ].join('\n'),
    );
    expect(facts.title).not.toMatch(/老虎机|\*/);
  });

  it('reads a drill carried out and a commemoration, and no rite a service opened with', () => {
    expect(eventTitle(['7月19日下午，白江市在青禾煤矿旧址进行抗震救灾综合演练，旨在检验预案。'])).toBe(
      '抗震救灾综合演练',
    );
    expect(eventTitle(['2017年7月19日，白江爱国会成立60周年纪念会在青禾大会堂隆重举行。'])).toBe(
      '白江爱国会成立60周年纪念会',
    );
    expect(eventTitle(['感恩礼拜在下午两点开始，以庄严的进殿仪式揭开序幕。'])).not.toBe('以庄严的进殿仪式');
  });

  it('names a trade fair without its opening', () => {
    expect(eventTitle(['第五届白江经贸洽谈会开幕仪式在青禾举行。'])).toBe('第五届白江经贸洽谈会');
  });

  it('reads a unit a label names short as the report names it in full', () => {
    expect(
      outletOf(
        '白江医保新闻发布会\n信息来源：市医疗保障局\n各位好，欢迎来到南通市医疗保障局的发布会现场。市医疗保障局副局长周明远主持。',
      ),
    ).toBe('南通市医疗保障局');
  });
});
