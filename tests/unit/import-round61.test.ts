/**
 * Round 61 of the importer (stop 40, from what the blind sets JA to JF, collected this stop and measured at ed42ff1
 * before any change, read wrong, two of them refused): a council's numbered sitting at which someone was elected (在随后
 * 召开的某协会第一届理事会上当选…); an event a body chose to hold somewhere (将某峰会放到了某地举行); an image's file name and
 * a body's name in another script inside an event's name. On text written for the test (no sentence of any real report
 * is copied here).
 */
import { describe, expect, it } from 'vitest';
import { eventTitle, factsOf } from '../support/import.ts';

describe('round 61: reports that were refused', () => {
  it('reads the council meeting at which a member was elected', () => {
    const got = factsOf(
      '白江报讯 白江日前成立跨境电商协会。\n\n约60家企业加入协会。白江物流在随后召开的白江跨境电商协会第一届理事会上当选为会长单位。',
    );
    expect(got.title).toBe('白江跨境电商协会第一届理事会');
  });

  it('reads an event a body chose to hold in a city', () => {
    expect(eventTitle(['白江电商协会授予青山“示范城市”称号，并将2009年白江电商峰会放到了青山举行。'])).toBe(
      '2009年白江电商峰会',
    );
  });
});

describe('round 61: event names', () => {
  it('leaves an image’s file name and a body’s name in another script out of a name, but keeps an acronym', () => {
    expect(eventTitle(['IMG_2093.JPG白江剑击联会会议11月25日在青山召开。'])).toBe('白江剑击联会会议');
    expect(eventTitle(['11月4日，2025白江马术联合会（Federation Equestre Internationale）年度大会在白江开幕。'])).toBe(
      '2025白江马术联合会年度大会',
    );
    expect(eventTitle(['白江货运代理协会联合会(AFFA)全体大会在青山举行。'])).toBe(
      '白江货运代理协会联合会(AFFA)全体大会',
    );
  });
});
