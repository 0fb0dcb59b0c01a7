/**
 * Round 86 of the importer (stop 49), written from the 400 blind reports of stop 48 and tested, before anyone looked
 * at its misses, on the 80 of QW to RD: the paper of a digital edition by the code in its address (`/dtrb/` on a
 * report about 大同); no outlet from an aggregator's address (Yahoo奇摩新闻), nor `■本报`; a theme after 参加; 元月; a
 * time stamp with a serial number in an address; the sentence that sets the scene of the day before a key sentence
 * that opens with the hour; `由某协会组织的`; who held an event `于某地`; a body's anniversary named without it is its
 * own. And two forms the scorer forgives: a bare post read in the body the expected position names first, and a
 * reporter the expectation lists among the people whom the importer credits as the source's. On text written for the
 * test (no sentence of any real report is copied here).
 */
import { describe, expect, it } from 'vitest';
import { aggregatorOf, outletFromUrl, paperOfAddress } from '../../src/lib/import/outlets.ts';
import { eventPeople, positionMatches } from '../../src/lib/import/score.ts';
import { eventTitle, factsOf } from '../support/import.ts';

describe('round 86: outlets from the address', () => {
  it("reads a digital edition's code as the paper of a place the report names", () => {
    const url = 'http://epaper.example.cn/dtrb/html/2023-05/08/content_1_1.htm';
    expect(paperOfAddress(url, '大同市博物馆举行研讨会')).toBe('大同日报');
    expect(paperOfAddress('https://zzrb.example.cn/html/2010-03/24/c.htm', '郑州市关工委召开会议')).toBe('郑州日报');
    expect(paperOfAddress('https://x.example.cn/yawb/2017/c.htm', '延安市某协会')).toBe('延安晚报');
    // Letters alone name no paper: the place must be named in the report.
    expect(paperOfAddress(url, '某协会举行研讨会')).toBeUndefined();
    expect(paperOfAddress('https://x.example.cn/news/2017/c.htm', '大同市博物馆')).toBeUndefined();
  });

  it('takes that paper as the outlet of a page that names none', () => {
    const f = factsOf(
      'http://epaper.example.cn/dtrb/html/2023-05/08/content_1_1.htm\n白江博物馆学会第二十届研讨会5月8日在大同召开，来自各地的代表参会。\n',
    );
    expect(f.outlet).toBe('大同日报');
  });

  it('reads no outlet from an aggregator that carries other outlets’ reports', () => {
    expect(outletFromUrl('https://tw.news.yahoo.com/abc-1.html')).toBeUndefined();
    expect(aggregatorOf('https://tw.news.yahoo.com/abc-1.html')).toBe('Yahoo奇摩新闻');
    const f = factsOf(
      'https://tw.news.yahoo.com/abc-1.html\n白江协会10日举行第五届会员大会，理事长李青山致词，感谢各位会员一年来的支持与付出。\n',
    );
    expect(f.outlet).toBeUndefined();
    expect(f.todos.find((t) => t.field === 'sources[0].outlet')?.why).toMatch(/聚合网站/);
  });

  it('takes no outlet from 本报 after a bullet', () => {
    const f = factsOf('https://example.org/a.html\n■本报讯（记者 甲乙）\n11月3日，白江县科协召开第八次代表大会。\n');
    expect(f.outlet).toBeUndefined();
  });
});

describe('round 86: events and their days', () => {
  it('reads the event attended after its theme', () => {
    expect(eventTitle(['各国来宾参加了以“深化友谊，共同发展”为主题的白江市首届国际友城大会。'])).toBe(
      '白江市首届国际友城大会',
    );
  });

  it('reads 元月 as January', () => {
    const f = factsOf(
      'https://example.org/a.html\n2013年元月26日，白江市园艺协会在白江举行年会，总结部署协会年度工作，会长李青山讲话。\n',
    );
    expect(f.startDate).toBe('2013-01-26');
  });

  it('reads the day from an address whose time stamp runs on into a serial number', () => {
    const f = factsOf(
      'http://example.cn/news/baijiang/2014120309120232910.html\n12月1日，白江市园艺协会举行成立大会，会长李青山致辞，感谢各位会员的支持。\n',
    );
    expect(f.published?.slice(0, 10)).toBe('2014-12-03');
  });

  it('dates a key sentence that opens with the hour by the scene set just before it', () => {
    const f = factsOf(
      'https://example.org/a.html\n日期：2008-08-21\n白江省科协第八次代表大会开幕\n当地新闻综述。\n8月20日，白江会堂张灯结彩，气氛热烈。上午九时，白江省科协第八次代表大会在这里开幕。\n',
    );
    expect(f.startDate).toBe('2008-08-20');
  });
});

describe('round 86: who held the event', () => {
  it('reads the body that organized it (由某协会组织的)', () => {
    const f = factsOf('由白江市物业管理行业协会组织的白江物业联盟第三次会议于2009年12月10日下午在白江酒店隆重举行。\n');
    expect(f.organizers).toEqual(['白江市物业管理行业协会']);
  });

  it("takes a body's anniversary named without it as its own, and the body as its organizer (since round 257)", () => {
    const f = factsOf('【本报消息】白江话剧社日前于白江酒店举行庆祝成立四十六周年餐会，社长致辞。\n');
    expect(f.organizers).toEqual(['白江话剧社']);
  });
});

describe('round 86: what the scorer forgives', () => {
  const want = { name: '王新', position: '白江学会第五届理事会副会长', organization: '白江学会', role: '其他' };

  it('a bare post read in the body the expected position names first, with its council', () => {
    expect(positionMatches('副会长', want, ['白江学会'])).toBe(true);
    // Not another post, nor a post read in no body or another.
    expect(positionMatches('会长', want, ['白江学会'])).toBe(false);
    expect(positionMatches('副会长', want)).toBe(false);
    expect(positionMatches('副会长', want, ['白江协会'])).toBe(false);
  });

  it("sets aside an expected reporter whom the importer credits as the source's, and only then", () => {
    const people = [
      { name: '甲乙', position: '记者', organization: null, role: '其他' },
      { name: '丙丁', position: '全媒体记者', organization: null, role: '其他' },
      want,
    ];
    expect(eventPeople(people, ['甲乙']).map((p) => p.name)).toEqual(['丙丁', '王新']);
    // A speaker named like a reporter is not set aside for it.
    expect(eventPeople([want], ['王新']).map((p) => p.name)).toEqual(['王新']);
  });
});
