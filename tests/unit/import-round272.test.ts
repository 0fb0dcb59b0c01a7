/**
 * Round 272 (stop 78), from the 80 of JW3 to KD3 (read as the honest test of rounds 267 to 271 at c36bd0d):
 * - event names: `我校与某市人民政府合作办学签约仪式`: 我校 as one party to a signing is kept (readers kept it 2 times of
 *   2), while `我校“某某”…活动` still leaves it out; a dash left in front of a name is cut; `某某向第八届“某节”启动表示祝贺`
 *   (whom a person congratulated) is no name;
 * - organizers: `某学院今天（12月3日）`: the day said after a body is no part of its name;
 * - people: `某某官网党委副书记`, `某某登录网页版党委委员`: a gambling mirror's brand where the school's name stood is no part
 *   of a post.
 * On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { eventTitle, posts, reportFacts } from '../support/import.ts';

describe('round 272', () => {
  it('keeps 我校 as a party to a signing', () => {
    expect(eventTitle(['9月28日下午，我校与青禾市人民政府合作办学签约仪式在青禾市政务中心举行。'])).toBe(
      '我校与青禾市人民政府合作办学签约仪式',
    );
  });

  it('cuts a dash left in front of a name', () => {
    expect(eventTitle(['-2016年白江区科学普及周主会场活动启动仪式举行'])).toBe(
      '2016年白江区科学普及周主会场活动启动仪式',
    );
  });

  it('reads no name from whom a person congratulated', () => {
    expect(
      reportFacts(
        '9月24日上午，由白江市文明委主办的第八届白江市“邻里节”启动仪式在市文化\n周明远向第八届“邻里节”启动表示祝贺。他要求，各基层单位以“邻里节”为契机，共建和谐社区。',
      ).title ?? '',
    ).not.toMatch(/向/);
  });

  it('leaves the day said after a body out of its name', () => {
    expect(
      reportFacts('白江职工会物流委员会与青禾应用学院今天（12月3日）合办「物流业新景况」研讨会，邀请业界人士分享经验。')
        .organizers,
    ).toContain('青禾应用学院');
  });

  it('leaves a gambling mirror’s brand out of a post', () => {
    expect(posts('开营仪式上，白赢官网党委副书记、副院长林小北致辞。')).toContainEqual([
      '林小北',
      '党委副书记、副院长',
    ]);
  });
});
