/**
 * Round 254 (stop 76), from the 640 of BW3 to EH3 and the 80 of EI3 to EP3 (read first, as round 253's honest test):
 * event names.
 * - a signing the report names only by what was signed (`甲集团与乙市人民政府签署战略合作协议`), where it speaks of the
 *   signing's ceremony: the parties, what they signed and that ceremony (signing.ts);
 * - `在近日开幕的某论坛上`: when it opened is no part of the name; `当日` as `当天`;
 * - `某协会为指导单位的某比赛`: what a body is to the event, said without 作为;
 * - `某国第一个华人律师组织、由三十名律师组成的“某协会”在巴黎举行成立庆典`: what the body is, up to 的, before its quoted
 *   name.
 * On the 720 (BW3 to EP3): event names 527 right / 81 wrong → 533 / 79 (a renewed agreement, whose reader took the
 * headline's words, read wrong where none was read before). On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { eventTitle, reportFacts } from '../support/import.ts';

describe('round 254', () => {
  it('names a signing by its parties, what they signed and its ceremony', () => {
    const facts = reportFacts(
      '白江集团与青禾市人民政府签署战略合作协议\n12月18日，白江集团与青禾市人民政府签署战略合作协议。青禾市市长甲乙丙出席签约仪式并致辞。',
    );
    expect(facts.title).toBe('白江集团与青禾市人民政府战略合作协议签约仪式');
  });

  it('leaves out when it opened, and 当日', () => {
    expect(eventTitle(['在近日开幕的2021白江自贸园区发展国际论坛上，白江贸促会会长甲乙丙在致辞中这样说。'])).toBe(
      '2021白江自贸园区发展国际论坛',
    );
    expect(eventTitle(['3月21日，白江睡眠产业大会在青禾开幕。当日2023白江健康睡眠产业高峰论坛同期举行。'])).not.toMatch(
      /^当日/,
    );
  });

  it('leaves out what a body is to the event, said without 作为', () => {
    expect(
      eventTitle([
        '10月19日，由白江市总工会主办、白江市汽车流通协会为指导单位的白江市第二届职工技能比赛汽修项目竞赛开幕式暨决赛在青禾举行。',
      ]),
    ).toBe('白江市第二届职工技能比赛汽修项目竞赛开幕式暨决赛');
  });

  it('names a founding by the quoted body, after what it is said to be', () => {
    expect(
      eventTitle([
        '2011年11月27日，白江第一个华人律师行业组织、由三十名华人律师组成的“白江华人律师协会”在青禾举行成立庆典。',
      ]),
    ).toBe('白江华人律师协会成立庆典');
  });
});
