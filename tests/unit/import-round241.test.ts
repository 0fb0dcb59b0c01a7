/**
 * Round 241 (stop 74), from the 240 reports of the waves ZS2 to AP3, on people:
 * - 在 of 在线 and of a foreign office in Taiwan (`某国在台办事处`) is a name's, not the 在 that parts two people;
 * - 派出 (sent) before a post is no part of it; `某某以视频方式致辞` ends the name before 以; 宣布 and 宣读 name no one;
 * - someone named only by a message read out (`宣读了某某对…的贺词`), or the general secretary quoted (`某某总书记强调`,
 *   a role only inferred), was cited at the event, not at it.
 * On the 240: people with positions 884 right / 84 wrong → 888 / 77; names read wrong 24 → 20. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { people } from '../support/import.ts';

describe('round 241', () => {
  it('keeps 在线 and 在台办事处 inside a post', () => {
    expect(people('白江网数据中心执行主任、青禾在线总经理李一青出席论坛。')).toEqual([
      ['李一青', '白江网数据中心执行主任、青禾在线总经理', '出席'],
    ]);
    expect(people('白江国在台办事处代表王青禾出席开幕式并致辞。')).toEqual([
      ['王青禾', '白江国在台办事处代表', '致辞'],
    ]);
  });

  it('reads the post after 派出 and the name before 以视频', () => {
    expect(people('我会派出副理事长李一青等三人出席此次会议。')).toEqual([['李一青', '副理事长', '出席']]);
    expect(people('白江市委宣传部副部长王青以视频方式发表致辞。')).toEqual([['王青', '白江市委宣传部副部长', '致辞']]);
  });

  it('reads no one named 宣布', () => {
    // (A line cut after the verb, as the page breaks it.)
    expect(people('最后，朱青禾副市长宣布').map(([name]) => name)).not.toContain('宣布');
  });

  it('leaves out someone only cited: a message read out, the general secretary quoted', () => {
    const names = people('白江市副市长李一青出席仪式，并宣读了国务院总理王青禾对白江大桥合龙的贺词。').map(
      ([name]) => name,
    );
    expect(names).toContain('李一青');
    expect(names).not.toContain('王青禾');
    expect(people('张白江总书记强调“青禾产业事关大局”。')).toEqual([]);
  });

  it('keeps who read a message out (mended after the wave AQ3 to AX3)', () => {
    expect(people('白江集邮协会副会长李一青宣读青禾集邮联合会发来的贺电。').map(([name]) => name)).toEqual(['李一青']);
  });
});
