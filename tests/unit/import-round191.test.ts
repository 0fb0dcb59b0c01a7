/**
 * Round 191 (stop 68), from the wave UU2 to VB2 after its honest run: the time of day after a name (`某论坛上午`) and
 * 同日 after a second event's (`「某展」同日`) are no part of it, nor where the place is (`位于某路交叉口的某中心启用仪式`);
 * and words that every time go on into an event's name (`某某娱乐大赛`) are no mirror's advertising. On text written for
 * the test.
 */
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/lib/import/clean.ts';
import { eventTitle } from '../support/import.ts';

describe('round 191', () => {
  it('leaves the time of day out of a name', () => {
    expect(eventTitle(['11月26日，第二届白江船舶工业发展论坛上午在青禾开幕。'])).toBe('第二届白江船舶工业发展论坛');
  });

  it('leaves out where the place is, said before 的', () => {
    expect(eventTitle(['5月31日，位于城北白江路与青禾路交叉口的白江游戏中心启用仪式暨市民体验日活动举行。'])).toBe(
      '白江游戏中心启用仪式暨市民体验日活动',
    );
  });

  it('keeps words that go on into an event’s name every time', () => {
    const text = [
      '第三届白江电子竞技娱乐大赛华中大区总决赛开幕式在青禾举行。',
      '白江电子竞技娱乐大赛是面向全国上网服务场所的赛事。',
      '本届白江电子竞技娱乐大赛华中大区共有百支队伍参赛。',
    ].join('\n');
    expect(cleanText(text).lines.join('')).toContain('白江电子竞技娱乐大赛');
  });
});
