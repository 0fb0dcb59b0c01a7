/**
 * Round 95 of the importer (stop 50), from the event dates the 800 blind reports of stops 48 to 50 give and the
 * importer missed: a year of the Republic in a date field (`发布日期：108-07-05`, Taiwan's official pages); 昨 alone
 * before 联合举办 (Hong Kong's papers); a month and day with both 月 and 日 lost before the part of the day
 * (`916下午`), read only when one reading is possible. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { emptyArchive } from '../../src/lib/import/archive.ts';
import { readFacts } from '../../src/lib/import/index.ts';

const archive = emptyArchive();
const facts = (text: string) => readFacts(new TextEncoder().encode(text), archive).facts;

describe('round 95: dates', () => {
  it('reads a year of the Republic in a date field, and 今(5)日 against it', () => {
    const f = facts(
      'https://www.example.gov.tw/News.aspx?n=2\n白江部表扬绩优合作社\n• 发布日期:108-07-05 15:40\n白江部长王明今(5)日在「第97届白江合作社节庆祝大会」颁奖表扬绩优合作社。\n',
    );
    expect(f.published?.slice(0, 10)).toBe('2019-07-05');
    expect(f.startDate).toBe('2019-07-05');
  });

  it('reads 昨 before 联合举办 as the day before the paper’s date', () => {
    expect(
      facts(
        'http://paper.example.com/2008/09/19/ED0809190005.htm\n【本报讯】白江大学眼科学院与白江眼科视光师协会，昨联合举办首届白江护眼学术会议，吸引200人参加。\n',
      ).startDate,
    ).toBe('2008-09-18');
  });

  it('reads a month and day that lost 月 and 日 before 下午, when only one reading is possible', () => {
    const text = (digits: string) =>
      `https://example.gov.cn/Content-1.html\n白江团市委推进青年中心建设\n2013-09-17 15:38 作者: 来源:\n${digits}下午，白江团市委在青少年宫召开白江市“青春驿站”筹备座谈会，商讨有关问题。\n`;
    expect(facts(text('916')).startDate).toBe('2013-09-16');
    // 115: 1月15日 or 11月5日, so no day is read from it.
    expect(facts(text('115')).startDate ?? '').not.toMatch(/-01-15|-11-05/);
  });
});

describe('round 96: whose event, past a comma, a page’s words or a month’s end', () => {
  const title = (text: string) =>
    readFacts(new TextEncoder().encode(`http://example.org/a\n${text}\n`), archive).facts.title;

  it('reads the body before a comma and the day said relative to the report', () => {
    expect(title('【特讯】白江体育委员会,昨晚六时半假白江会所举行2013年度会员大会会议,散会后大家聚餐。')).toBe(
      '白江体育委员会2013年度会员大会会议',
    );
  });

  it('reads the body after a page’s words and a space', () => {
    expect(
      title(
        '图/白江羽球协会提供 分享 facebook 白江羽球协会今天晚间举行第13届新任理事长暨理监事就职典礼，理事长王明致辞。',
      ),
    ).toBe('白江羽球协会第13届新任理事长暨理监事就职典礼');
  });
});
