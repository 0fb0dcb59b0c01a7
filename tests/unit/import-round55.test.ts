/**
 * Round 55 of the importer (from what the blind sets HQ to HV, collected during stop 39 and measured at e34f29b before
 * any change, read wrong; the last wave of the stop, so no wave was run after this round): a month's day without its
 * 日 before the part of the day; a site's tag in brackets, with its section, opening the article and the event's name;
 * how long an event lasted before its name; 系列活动 after a name's kind; a committee's founding needs its body; a
 * body's summing-up meeting is its own. On text written for the test (no sentence of any real report is copied here).
 */
import { describe, expect, it } from 'vitest';
import { ownMeeting } from '../../src/lib/import/facts/organizers.ts';
import { eventTitle, factsOf } from '../support/import.ts';

describe('round 55', () => {
  it('reads a day written without its 日 before the part of the day', () => {
    expect(
      factsOf('白江创新中心签约\n\n2019年1月19下午，白江石墨烯创新中心签约仪式在白江举行，主任李青山致辞。').startDate,
    ).toBe('2019-01-19');
  });

  it("takes a site's tag in brackets for the outlet and leaves it out of the event's name", () => {
    const got = factsOf(
      '白江石墨烯论坛\n\n【白江网 仪表上游】2016白江石墨烯产业发展论坛暨白江石墨烯产业联盟成立大会于11月8日在白江召开，理事长李青山致辞。',
    );
    expect(got.outlet).toBe('白江网');
    expect(got.title).toBe('2016白江石墨烯产业发展论坛暨白江石墨烯产业联盟成立大会');
  });

  it('leaves how long it lasted, and 系列活动 after its kind, out of a name', () => {
    expect(eventTitle(['历时三天的第十九届白江作物学会学术年会于11月10日在白江闭幕，理事长李青山致辞。'])).toBe(
      '第十九届白江作物学会学术年会',
    );
    expect(eventTitle(['12月9日至10日，2021白江珠宝协会翡翠文化年会系列活动在白江顺利举行。'])).toBe(
      '2021白江珠宝协会翡翠文化年会',
    );
  });

  it("gives a committee's founding its body, and reads a body's summing-up meeting as its own", () => {
    expect(eventTitle(['12月31日，白江市武术协会在白江举行青年拳友委员会成立暨武艺展示大会。'])).toBe(
      '白江市武术协会青年拳友委员会成立暨武艺展示大会',
    );
    expect(ownMeeting('白江市珠宝协会', '白江市珠宝协会2024年发展总结大会')).toBe(true);
  });
});
