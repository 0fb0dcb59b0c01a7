/**
 * Round 306 (stop 80), from PK3 to PR3 (read at round 304, its honest test): what is no part of an event's name: the day
 * between the name and its ceremony (`某体验馆12日启动仪式`), a congress's initials with their year in brackets after it
 * (`2021某学大会(2021CCO)`), praise before a kind of event (`声势浩大的宣传活动` names none); and no outlet from a photo's
 * credit (`本组图片由本报某某摄`).
 * On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { eventTitle, outletOf } from '../support/import.ts';

describe('round 306', () => {
  it("leaves the day, the initials with their year and praise out of the event's name", () => {
    expect(eventTitle(['1月12日，白江省商务厅消费帮扶体验馆12日启动仪式在青禾举行。'])).toBe(
      '白江省商务厅消费帮扶体验馆启动仪式',
    );
    expect(eventTitle(['4月16日，2021白江肿瘤学大会(2021CCO)在青禾开幕。'])).toBe('2021白江肿瘤学大会');
    expect(eventTitle(['全市各地开展了声势浩大的宣传活动，4月7日在青禾广场举行。'])).not.toMatch(/声势浩大/);
  });

  it("reads no outlet from a photo's credit", () => {
    expect(
      outletOf(
        '白江农货节开幕\n10月16日，2020白江消费扶贫农货节在青禾开幕。\n市民现场品尝农产品    本组图片由本报记者 周明远 摄',
      ),
    ).toBeUndefined();
  });
});
