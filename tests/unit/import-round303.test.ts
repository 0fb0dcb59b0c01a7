/**
 * Round 303 (stop 80), from OE3 to PB3 (read at round 298) and the wrong outlets before them: what no outlet is, where a
 * page put it in an outlet's place: a stamp line's person and deed (`2020-12-14 某某出席`), a read mark (`已读`), a mirror's
 * advertising with its arrow (`某某医院>讯`), a page's button (`语音播报`); and a paper's name with a mirror's advertising
 * after a dash (`来源：某日报-某某铁艺`), or a body's with its site's section after an underscore (`某局_工作动态`), is the
 * paper's or the body's.
 * On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { outletOf } from '../support/import.ts';

const body = '11月13日，白江学会2020年学术年会在青禾召开。';

describe('round 303', () => {
  it('reads no outlet from a person and deed, a read mark, an arrow or a button', () => {
    expect(outletOf(`白江学会年会召开\n2020-12-14 周明远出席\n${body}`)).toBeUndefined();
    expect(outletOf(`白江学会年会召开\n2024-06-01 17:00 已读\n${body}`)).toBeUndefined();
    expect(outletOf(`白江学会年会召开\n青禾正规医院>讯周明远报导：${body}`)).toBeUndefined();
    expect(outletOf(`白江学会年会召开\n语音播报\n${body}`)).toBeUndefined();
  });

  it("reads a paper's or a body's name without what a page ran on after it", () => {
    expect(outletOf(`白江学会年会召开\n发布时间：2019-8-21 来源：白江日报-青禾铁艺 浏览次数：15\n${body}`)).toBe(
      '白江日报',
    );
    expect(outletOf(`白江学会年会召开\n来源：白江市住建局_工作动态\n${body}`)).toBe('白江市住建局');
  });
});
