/**
 * Round 136 of the importer (stop 58), from stop 58's second wave (SY to TF) after its honest run: HTML entities a copied
 * page left in its text without their semicolon (`&ldquo某会&rdquo`) are the quotes they stand for; a bare `年` before a
 * quoted name is a year whose digits were lost; the one year inside an event's name (`“某某”2018国际学术研讨会`) dates it
 * on a page put up years later (not a span it looks back on, round 137); the day a rule took effect (`2007年5月1日起施
 * 行`) is not the event's; a part of the event named after it (`某大会在某中心召开主论坛开幕活动`) is not the event. On
 * text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { emptyArchive } from '../../src/lib/import/archive.ts';
import { readFacts } from '../../src/lib/import/index.ts';

const archive = emptyArchive();
const facts = (text: string, url = 'http://example.org/a.html') =>
  readFacts(new TextEncoder().encode(`${url}\n${text}\n`), archive).facts;

describe('round 136: event names', () => {
  it('reads entities left without their semicolon as the quotes they stand for', () => {
    const f = facts(
      '白江协会成立\n2013-05-20\n下午，白江市林业局举办的&ldquo白江板栗行业协会成立暨首届会员大会&rdquo召开。',
    );
    expect(f.title).toBe('白江板栗行业协会成立暨首届会员大会');
  });

  it('drops a bare 年 before a quoted name', () => {
    expect(
      facts('白江锦标赛开幕\n由白江健美协会主办的年“白江兴东杯”全国健身锦标赛于3月30日在白江体育馆开幕。').title,
    ).toBe('“白江兴东杯”全国健身锦标赛');
  });

  it('takes a part of the event named after it for no event, however often it is named', () => {
    const f = facts(
      '白江创新大会主论坛开幕\n（记者 甲乙丙）昨天，由白江协会、白江商务委共同主办的2021白江国际零售创新大会在白江国际会议中心召开主论坛开幕活动。\n白江市副市长王明远出席主论坛开幕活动并致辞。',
      'http://example.org/2021/0525/a.html',
    );
    expect(f.title).toBe('2021白江国际零售创新大会');
  });
});

describe('round 136: dates', () => {
  it('dates an event by the one year inside its name on a page put up years later', () => {
    const f = facts('白江漆艺对话举行\n2022-07-23\n11月24日，“白江问漆——中日韩漆艺对话”2018国际学术研讨会在白江举行。');
    expect(f.startDate).toBe('2018-11-24');
  });

  it('takes no day a rule took effect for the event', () => {
    const f = facts(
      '白江特许大会举行\n2017-03-05\n王明远在此间召开的“2017白江特许加盟大会”上说，2007年5月1日起我国施行了《白江特许经营条例》。',
    );
    expect(f.startDate).not.toBe('2007-05-01');
  });
});
