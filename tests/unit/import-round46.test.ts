/**
 * Round 46 of the importer (from what the blind sets FO to FT, collected during stop 38 and measured at 92cab62 before
 * any change, read wrong): a listing's field that names the meeting, a quoted slogan before a body's new-year gathering
 * (which then needs its body, read past 傍晚 and the hour), such a gathering as the body's own (no organizer), and a
 * convener's day and venue left out of its name. On text written for the test (no sentence of any real report is
 * copied here).
 */
import { describe, expect, it } from 'vitest';
import { readConvener } from '../../src/lib/import/facts/organizers.ts';
import { eventTitle, factsOf } from '../support/import.ts';

describe('round 46: event names', () => {
  it("reads the meeting a listing's name field gives", () => {
    expect(eventTitle(['会议名称：白江市茶楼业协会2023年年会暨先进表彰会', '会议人数：120'])).toBe(
      '白江市茶楼业协会2023年年会暨先进表彰会',
    );
    // A field that names no event is no name.
    expect(eventTitle(['会议名称：待定', '白江市茶楼业协会今天召开第二届会员大会。'])).toBe(
      '白江市茶楼业协会第二届会员大会',
    );
  });

  it('gives a new-year gathering with a quoted slogan the body that held it, at dusk too', () => {
    expect(eventTitle(['【本报消息】白江美术协会昨日傍晚七时假某酒楼举行“尊师重道”新春团拜聚餐，宾主尽欢。'])).toBe(
      '白江美术协会“尊师重道”新春团拜聚餐',
    );
  });
});

describe('round 46: organizers', () => {
  it('lists the body as the organizer of its own new-year gathering (since round 257)', () => {
    const got = factsOf(
      '白江美协新春团拜\n【本报消息】白江美术协会昨日傍晚七时假某酒楼举行“尊师重道”新春团拜聚餐，会长陆青山致辞。',
    );
    expect(got.title).toBe('白江美术协会“尊师重道”新春团拜聚餐');
    expect(got.organizers).toEqual(['白江美术协会']);
  });

  it("leaves a convener's day and venue out of its name", () => {
    expect(readConvener('白江县长青书画会22日于白江英雄馆召开会员大会，县长致意。', '会员大会')).toBe(
      '白江县长青书画会',
    );
  });
});
