/**
 * Round 130 of the importer (stop 57), from stop 57's second wave (RC to RJ) after its honest run, with the blind
 * reports before it: a unit named in a byline (`摄影中心／记者某某／台北报导`) is a newsroom's desk, not the outlet (round
 * 129 keeps a unit only from a 来源 or 作者 label); a crumb the same line puts under the home page is a column, not the
 * site; `某某网记者甲/台北报导` on a line of its own names its outlet; a day the header shows with the weekday under it
 * is the site's clock; `上月30日` is a day of the month before the page's; a clause of when or along with what (`随着…`,
 * `…暖身后`) and a reach with 的 (`全国性的`) are no names; what an event is said to be (`某季是县政府…举办的`) is no
 * part of who held it, and 代理县长 names no county 理县; 鎗 is 枪. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { emptyArchive } from '../../src/lib/import/archive.ts';
import { readFacts } from '../../src/lib/import/index.ts';

const archive = emptyArchive();
const facts = (text: string, url = 'http://example.org/a') =>
  readFacts(new TextEncoder().encode(`${url}\n${text}\n`), archive).facts;

describe('round 130: outlets and the page', () => {
  it("takes no desk named in a byline for the outlet, and reads an outlet's reporter line", () => {
    expect(
      facts(
        '白江外送座谈会举行\n摄影中心／ 记者苏大明／台北即时报导\n白江外送协会今天举行“外送产业发展”座谈会，理事长王明远致辞。',
        'https://udn.com/news/story/1/2',
      ).outlet,
    ).not.toBe('摄影中心');
    expect(
      facts('白江节能研讨会举行\n白江新闻网记者李大明/台北报导\n白江节能研讨会今天上午举行，理事长王明远致辞。').outlet,
    ).toBe('白江新闻网');
  });

  it('takes no column under the home page for the site', () => {
    const f = facts(
      '供热 >> 返回 当前位置：首页 > 供热 > 正文\n白江节能协会召开理事会\n2023年11月17日，白江节能协会第三届理事会第五次会议在白江召开，会长王明远主持。',
      'https://example.org/newsshow-15-1.html',
    );
    expect(f.outlet).not.toBe('供热');
  });

  it("skips the site's clock for the day the article gives", () => {
    const f = facts(
      '2024/05/14\nTuesday\n21:45\n白江出席节能研讨会\n2008.09.12\n白江节能研讨会今天上午举行，理事长王明远致辞。',
      'http://example.org/news.php?id=8056',
    );
    expect(f.published?.slice(0, 10)).toBe('2008-09-12');
    expect(f.startDate).toBe('2008-09-12');
  });
});

describe('round 130: days and names', () => {
  it('reads 上月 with a day in numerals, and ends the name before it', () => {
    const f = facts(
      '白江舞蹈展演举行\n【本报消息】由白江舞蹈家协会主办的首届白江环境舞蹈展演于上月三十日在白江举行。',
      'http://www.macaodaily.com/html/2024-12/05/content_1.htm',
    );
    expect(f.startDate).toBe('2024-11-30');
    expect(f.title).toBe('首届白江环境舞蹈展演');
  });

  it('takes no clause of when or along with what, nor a reach with 的, for a name', () => {
    expect(
      facts('白江低碳日启动\n6月15日，随着2015年“白江低碳日”活动在白江启动，会长王明远致辞。').title ?? '',
    ).not.toMatch(/^随着/);
    expect(
      facts('白江温泉季开幕\n2025-12-07\n上周“祈水感恩”仪式暖身后，今天开幕活动在白江举行，县长王明远出席。').title ??
        '',
    ).not.toMatch(/后$/);
    expect(
      facts('白江雕塑学会开会\n2009-03-18\n3月15日，这是白江雕塑学会举办的第一次全国性的会员代表大会，会长王明远致辞。')
        .title,
    ).toBeUndefined();
  });

  it('reads who held it without what it is said to be', () => {
    const f = facts(
      '白江温泉季开幕\n2025-12-07\n白江温泉季是县政府在白江乡举办的年度大型活动，上周的仪式暖身后，今天开幕活动邀请代理县长王明远出席。',
    );
    expect(f.organizers).toEqual(['县政府']);
    // (Nor is the 理县 of 代理县长 the one county the report names.)
    expect(f.place).toBeUndefined();
  });

  it('reads 鎗 as 枪', () => {
    const f = facts(
      '白江射击邀请赛举行\n2013-01-07\n由白江环球鎗会举办的「2013白江射击邀请赛」昨日在白江射击中心举行，会长王明远致辞。',
    );
    expect(f.organizers).toEqual(['白江环球枪会']);
  });
});
