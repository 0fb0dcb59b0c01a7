/**
 * Round 42 of the importer (from what the blind sets EQ to EV, collected during stop 37 and measured at ce7563e before
 * any change, read wrong): a mirror's brand spam, counts and attendance that are no event's name, an annual summary
 * meeting and a relocation that take their body, a duration before the name, the opening of a congress, competitions
 * and festivals, an anniversary and an installation named together, 昨 or 今 right before the verb, 廿 in brackets,
 * years of the Republic of China calendar, credits in brackets without 记者, a reporter's line, a site owner's footer,
 * and clerics' names. On text written for the test (no sentence of any real report is copied here).
 */
import { describe, expect, it } from 'vitest';
import { readDates } from '../../src/lib/import/facts/dates.ts';
import { readOutlet } from '../../src/lib/import/facts/source.ts';
import { eventTitle, factsOf, people, report } from '../support/import.ts';

describe('round 42: event names', () => {
  it('drops a mirror brand put into the text with and without its gambling phrase', () => {
    const got = factsOf(
      'https://example.com/news/1176.html\n新闻资讯\n\n白江美容协会乐赢lewin官方入口成立\n\n时间:2024-05-17 01:32:55\n\n乐赢白江新闻网4月16日电(王明 李青)白江美容协会15日在白江正式成立。\n\n在成立大会上，会员审议通过了章程，王明远当选为首任会长乐赢lewin官方入口。\n\n据王明远介绍乐赢lewin官方入口，协会将制订行规。\n\n乐赢lewin官方入口会上获悉，协会将开展培训。',
    );
    expect(got.outlet).toBe('白江新闻网');
    expect(got.title).toBe('白江美容协会成立大会');
  });

  it('reads no count of events and no attendance as a name', () => {
    expect(eventTitle(['展会期间还举办了三场讲座。'])).toBeUndefined();
    expect(eventTitle(['白江校友会固定的三大活动在白江举行。'])).toBeUndefined();
  });

  it('gives an annual summary meeting and a relocation ceremony the body that held them', () => {
    expect(eventTitle(['1月19日，白江珠宝协会举办2024年发展总结大会。'])).toBe('白江珠宝协会2024年发展总结大会');
    expect(eventTitle(['2016年12月16日，白江船东协会举行迁址上海揭牌仪式。'])).toBe('白江船东协会迁址上海揭牌仪式');
  });

  it('drops how long it lasted, and the opening of a congress, from the name', () => {
    expect(eventTitle(['为期三天（9月26-28日）的第十届白江洗染业职业技能竞赛也顺利举行。'])).toBe(
      '第十届白江洗染业职业技能竞赛',
    );
    expect(eventTitle(['白江留学生校友总会2024年会员大会开幕典礼昨日在白江举行。'])).toBe(
      '白江留学生校友总会2024年会员大会',
    );
  });

  it('keeps an anniversary and an installation named together', () => {
    expect(
      eventTitle(['白江州长于昨晚出席白江印刷同业公会庆20周年纪念、第9届理事会就职典礼暨联欢晚宴时，如此表示。']),
    ).toBe('白江印刷同业公会庆20周年纪念、第9届理事会就职典礼暨联欢晚宴');
  });
});

describe('round 42: dates', () => {
  it('reads 昨 or 今 alone before the verb against the page date', () => {
    expect(readDates(['白江航商总会成立发布会昨举行。'], { published: '2024-10-08' }).start).toBe('2024-10-07');
    expect(readDates(['白江商会今假某酒店举行就职典礼。'], { published: '2012-06-21' }).start).toBe('2012-06-21');
  });

  it('reads 廿 in the brackets of 昨（廿三）日, and a year of the Republic of China calendar', () => {
    expect(readDates(['白江航运协会昨(廿三)日举行董事会。'], { published: '2025-12-24' }).start).toBe('2025-12-23');
    expect(readDates(['104年12月6日，白江校友会成立大会在澳门举行。'], {}).start).toBe('2015-12-06');
  });
});

describe('round 42: outlets', () => {
  it('reads a credit in brackets without 记者, and a reporter, an outlet and a time stamp on one line', () => {
    expect(
      factsOf(
        'https://example.com/1.html\n【白江清真网综合报道】2013年12月31日上午，白江伊斯兰教协会成立大会在白江召开。',
      ).outlet,
    ).toBe('白江清真网');
    expect(
      factsOf('https://example.com/2.html\n【白江民众网诸葛一白江报导】2025白江美业鉴定比赛24日在白江举办。').outlet,
    ).toBe('白江民众网');
    expect(
      readOutlet(report(['某会成立'], { info: ['张新青     白江主流网     2009-09-28 14:43:53'] }), undefined)?.value,
    ).toBe('白江主流网');
  });

  // (Round 148: a 供稿 credit, `（供稿:某会,编辑:…）`, is who sent the piece in, and names no outlet.)
  it('reads no outlet from a 供稿 credit, and names the site by the body that owns it when nothing else does', () => {
    expect(
      readOutlet(report(['某会召开'], { info: ['（供稿:白江天主教两会,编辑:宗教处·王青）'] }), undefined),
    ).toBeUndefined();
    expect(
      readOutlet(report(['某会召开'], { info: ['中共白江市委统战部版权所有 晋ICP备14009279号'] }), undefined)?.value,
    ).toBe('中共白江市委统战部');
  });
});

describe('round 42: people', () => {
  it('reads clerics named with 法师, 大和尚 or 长老, and 释 as a surname after a post', () => {
    expect(people('白江佛教协会会长心明大和尚出席。')).toEqual([['心明', '白江佛教协会会长', '出席']]);
    expect(people('普青法师当选新一届理事会会长。')).toEqual([['普青', '会长', '其他']]);
    expect(people('白江佛教协会副会长释静青致贺辞。')).toEqual([['释静青', '白江佛教协会副会长', '致辞']]);
  });

  it('reads names a meeting decided on for a post', () => {
    expect(people('会议决定李玄青、李至青为白江道教协会副秘书长。').map((p) => p.slice(0, 2))).toEqual([
      ['李玄青', '白江道教协会副秘书长'],
      ['李至青', '白江道教协会副秘书长'],
    ]);
  });
});
