/**
 * Round 156 of the importer (stop 62), from wave OA to OH after its honest run and the five waves of the stop pooled: a
 * clause that refers to the edition at hand (`这一届某大赛`) names no event, nor does one that ends in an adverb before
 * its verb (`…共同`); one of those a list says were there (`…等领导出席`, `嘉宾有甲、乙等`), with no deed of their own,
 * attended. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { isEventName, malformedName } from '../../src/lib/import/facts/event.ts';
import { people } from '../support/import.ts';

const roles = (text: string) => people(text).map(([name, , role]) => [name, role]);

describe('round 156', () => {
  it('names no event by the edition at hand or by a clause that ends before its verb', () => {
    expect(isEventName('这一届白江机器人大赛')).toBe(false);
    expect(isEventName('这届白江机器人大赛')).toBe(false);
    expect(malformedName('“白江论坛”及“白江计划”共同')).toBe(true);
    expect(malformedName('白江论坛')).toBe(false);
  });

  it('records those a list says were there as attending', () => {
    expect(roles('白江市副市长张白江、白江局局长李白江等领导出席。')).toEqual([
      ['张白江', '出席'],
      ['李白江', '出席'],
    ]);
    expect(roles('到场嘉宾有白江协会会长王白江、白江学会秘书长赵白江等。')).toEqual([
      ['王白江', '出席'],
      ['赵白江', '出席'],
    ]);
  });
});
