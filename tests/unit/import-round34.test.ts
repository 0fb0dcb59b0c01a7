/**
 * Round 34 of the importer (from what sets DK to DN, measured blind at round 33, read wrong): conveners behind a caption's
 * arrow, in 「」 or dated 日昨, a name that names its body only as 协会, and words in front of a post; each rule on text
 * written for the test (no sentence of any real report is copied here).
 */
import { describe, expect, it } from 'vitest';
import { readEvent } from '../../src/lib/import/facts/event.ts';
import { sentences } from '../../src/lib/import/text.ts';
import { people } from '../support/import.ts';

const event = (lines: string[], headline?: string) => readEvent(sentences(lines), headline);

describe('round 34: whose event it was', () => {
  it('reads the convener behind a caption’s arrow, in 「」, and dated 日昨', () => {
    expect(event(['↑白江县青禾药剂公会于5月3日召开第20届第三次会员代表大会。'])?.title).toBe(
      '白江县青禾药剂公会第20届第三次会员代表大会',
    );
    expect(event(['为带动青年创业，「白江县青禾联盟」于1月31日举行成立暨授证典礼。'])?.title).toBe(
      '白江县青禾联盟成立暨授证典礼',
    );
    expect(event(['白江县青禾公会日昨在青禾饭店举办第十届理监事就职典礼，会中表扬资深会员。'])?.title).toBe(
      '白江县青禾公会第十届理监事就职典礼',
    );
  });

  it('takes a year’s 年会 for a kind of event, owned by the headline’s convener', () => {
    const found = event(
      ['为总结白江省青禾行业协会2015年的工作，年会在青禾召开。', '协会理事长王明远出席会议。'],
      '白江省青禾行业协会召开2015年年会',
    );
    expect(found?.title).toBe('白江省青禾行业协会2015年年会');
  });

  it('leaves to the editor a name that names its body only as 协会', () => {
    const found = event(['1月8日，协会第十届第二次会长办公会议在协会活动中心召开。', '会长王明远主持会议。']);
    expect(found?.bare).toBe(true);
  });
});

describe('round 34: what stands in front of a post', () => {
  it('leaves out who listed, gave or took part (领导有, 者为, 参与, 目前, 致赠…给与)', () => {
    expect(people('出席会议的主要领导有白江市医学会会长王明远。').map((p) => p.slice(0, 2))).toEqual([
      ['王明远', '白江市医学会会长'],
    ]);
    expect(people('授奖者为副理事长李青山。').map((p) => p.slice(0, 2))).toEqual([['李青山', '副理事长']]);
    expect(people('各界青年踊跃参与新任总会长陈志扬宣誓就职仪式。').map((p) => p.slice(0, 2))).toEqual([
      ['陈志扬', '新任总会长'],
    ]);
    expect(people('目前白江理事会主席王明远也发来贺信。').map((p) => p.slice(0, 2))).toEqual([
      ['王明远', '白江理事会主席'],
    ]);
    expect(
      people('青禾协会李青山理事长致赠纪念品给与白江青禾联盟理事长王明远。').map((p) => p.slice(0, 2)),
    ).toContainEqual(['王明远', '白江青禾联盟理事长']);
  });

  it('reads 代表 after a title as on behalf of, and 陆续 or a 妇联 as no name', () => {
    expect(people('白江县政府青禾处陈柏青处长代表王明远县长颁发证书。').map((p) => p[1])).not.toContain(
      '白江县政府青禾处陈柏青处长代表',
    );
    expect(people('白江女企业家协会陈玉玲会长陆续到场。').map((p) => p[0])).not.toContain('陆续');
    expect(people('李青山代表省妇联致辞。').map((p) => p[0])).not.toContain('省妇联');
  });
});
