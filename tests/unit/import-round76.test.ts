/**
 * Round 76 of the importer (stop 45, from what the blind sets NU to OB, collected this stop and measured at ae5268f
 * before any change, read wrong): who sponsored a quoted name, the end of a slogan before an edition, a body a key
 * sentence calls only 协会 taken from the headline; 网易's dated addresses, a doubled dash in a run of days, a
 * commemoration's day that an event in the same sentence was held on; an agency's dateline with its year and month, and
 * 原创文章 as no outlet. On text written for the test (no sentence of any real report is copied here).
 */
import { describe, expect, it } from 'vitest';
import { readDates } from '../../src/lib/import/facts/dates.ts';
import { dateFromUrl, readByline } from '../../src/lib/import/facts/source.ts';
import { eventTitle, factsOf } from '../support/import.ts';

describe('round 76: event names', () => {
  it('leaves out who sponsored a quoted name, and the end of a slogan before an edition', () => {
    expect(eventTitle(['9月13日，由白江电源总冠名的“2021白江电动车电池技术交流会”在青山召开。'])).toBe(
      '2021白江电动车电池技术交流会',
    );
    expect(eventTitle(['9月6日，新起点，新发展，新征程 第十三届白江眼镜业展览会举行，来自各地的代表齐聚青山。'])).toBe(
      '第十三届白江眼镜业展览会',
    );
  });

  it('takes the body a key sentence calls only 协会 from the headline', () => {
    const facts = factsOf(
      'URL: unknown\n白江市温泉发展协会理事长交接\n\n协会日前于4月30日假青山饭店举行新旧任理事长交接仪式，由青山会馆总经理李青山担任新任理事长。',
    );
    expect(facts.title).toBe('白江市温泉发展协会新旧任理事长交接仪式');
  });
});

describe('round 76: dates', () => {
  it('reads the day in 网易’s addresses, and only there', () => {
    expect(dateFromUrl('https://hebei.news.163.com/24/0320/15/ABCDEFGH.html')).toBe('2024-03-20');
    expect(dateFromUrl('https://www.example.com/24/0320/15/ABCDEFGH.html')).toBeUndefined();
  });

  it('reads a run of days written with a doubled dash', () => {
    expect(
      readDates(['8月16--18日，第六届白江驾培大会暨2020驾培分会年会在青山召开。'], {
        title: '第六届白江驾培大会暨2020驾培分会年会',
      }),
    ).toMatchObject({ start: '2020-08-16', end: '2020-08-18' });
  });

  it('dates an event by the commemoration’s day when the same sentence says it was held', () => {
    expect(
      readDates(
        ['2022年12月2日是第十一个“全国交通安全日”，由白江交通安全协会主办的白江交通安全行系列公益活动在青山正式启动。'],
        {},
      ),
    ).toMatchObject({ start: '2022-12-02' });
  });
});

describe('round 76: outlets', () => {
  it('reads an agency’s dateline that writes the year and month', () => {
    expect(
      readByline(['（白江社记者李青山台北2010年10月13日电）白江工业局长王小明表示，将推动十个专案。']),
    ).toMatchObject({
      outlet: '白江社',
      year: 2010,
      month: 10,
      day: 13,
      city: '台北',
      reporters: ['李青山'],
    });
  });

  it('takes 原创文章 for no outlet', () => {
    const facts = factsOf(
      'URL: unknown\n来源:原创文章 时间:2018-10-15\n\n9月18日，全国第十三次白江教育研讨会在青山召开。会长李青山致辞。',
    );
    expect(facts.outlet).not.toBe('原创文章');
  });
});
