/**
 * Round 63 of the importer (stop 41, from what the blind sets JM to JT, collected this stop and measured at 16f1a52
 * before any change, read wrong): an event's name with 的开幕式, 一年一度, a body's former name in brackets, a theme whose
 * closing quote was typed as an opening one, a council widened (理事（扩大）会), two meetings joined by 和, a year only
 * the headline gives, a hall after 在 that is no convener, and how it was held said in a clause of its own; people with
 * the honour 荣誉会员, and a name starting with 向 when an academic title follows it. On text written for the test (no
 * sentence of any real report is copied here).
 */
import { describe, expect, it } from 'vitest';
import { eventTitle, people } from '../support/import.ts';

describe('round 63: event names', () => {
  it('leaves 的开幕式, how often and a former name in brackets out of the name', () => {
    expect(eventTitle(['10月8日，白江天文学会2024年学术年会的开幕式在青山举行。'])).toBe('白江天文学会2024年学术年会');
    expect(eventTitle(['白江天文学会在青山科学馆，举办一年一度会员大会。'])).toBe('白江天文学会会员大会');
    expect(eventTitle(['5月8日下午，白江民族团结协会（原白江少数民族联合会）第六届代表大会在青山召开。'])).toBe(
      '白江民族团结协会第六届代表大会',
    );
  });

  it('reads past a theme whose closing quote is an opening one', () => {
    expect(eventTitle(['12月3日，以“青山之光“为主题的第六届白江龙狮运动大会暨校长论坛在青山举行。'])).toBe(
      '第六届白江龙狮运动大会暨校长论坛',
    );
  });

  it('reads a widened council meeting and the first of two meetings held together', () => {
    expect(eventTitle(['12月9日，白江蚕桑学会十三届四次理事（扩大）会在青山召开。'])).toBe(
      '白江蚕桑学会十三届四次理事（扩大）会',
    );
    expect(eventTitle(['2023年1月5日，白江消防协会召开了五届二次会员代表大会和五届三次理事会，会长李青山出席。'])).toBe(
      '白江消防协会五届二次会员代表大会',
    );
  });

  it('takes the year the headline gives and no hall for the convener', () => {
    expect(
      eventTitle(
        ['7月4日，青山大学成功举办了白江海洋学会底栖生物分会理事会会议。'],
        '白江海洋学会底栖生物分会2017年理事会会议在青山大学举办',
      ),
    ).toBe('白江海洋学会底栖生物分会2017年理事会会议');
    expect(eventTitle(['白江消防协会于消防节前夕，在青山区铂玉宴会馆举办第15届第1次会员代表大会。'])).toBe(
      '白江消防协会第15届第1次会员代表大会',
    );
  });

  it('leaves how it was held, in a clause after the name, out of it', () => {
    expect(
      eventTitle([
        '7月2日，由白江民族协会主办的第十届青山论坛·白江各民族交流活动，以线下和云端相结合的方式在青山举办。',
      ]),
    ).toBe('第十届青山论坛·白江各民族交流活动');
  });
});

describe('round 63: people in lists', () => {
  it('reads an honorary member and a name starting with 向 before an academic title', () => {
    expect(
      people('白江大学李青山教授，白江地理学会代表、荣誉会员陈白江教授，青山大学副校长王青出席会议。'),
    ).toContainEqual(['陈白江', '白江地理学会代表、荣誉会员', expect.any(String)]);
    expect(
      people('白江蚕学会名誉理事长向青山院士、白江农业局调研员龙白江出席会议。').map((p) => p.slice(0, 2)),
    ).toEqual([
      ['向青山', '白江蚕学会名誉理事长'],
      ['龙白江', '白江农业局调研员'],
    ]);
    expect(people('会长向大家介绍了情况。')).toEqual([]);
  });
});
