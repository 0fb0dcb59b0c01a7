/**
 * Round 166 of the importer (stop 65), from the people readers wrote that the importer missed on the 1,040 blind reports
 * of stops 62 to 64: names under a group label (`县领导甲、乙、丙出席`) are read when two in three of them have a surname
 * the reader knows, as elected lists already were (one rare surname had lost the whole list); the label may be followed
 * by 有 and a colon (`出席开幕式的州领导有：甲、乙`), and such a list attended; those named before the list with no deed of
 * their own (`…以及市直相关部门负责同志，区领导甲、乙等出席`) share its predicate. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { reportFacts } from '../support/import.ts';

const roles = (text: string) => Object.fromEntries(reportFacts(text).people.map((p) => [p.name, p.role]));
const open = '3月18日，第五届白江风筝节在白江广场开幕。';

describe('round 166', () => {
  it('reads a list of leaders by name when one surname is rare', () => {
    expect(roles(`${open}县领导张白江、李白山、盖白川出席活动。`)).toEqual({
      张白江: '出席',
      李白山: '出席',
      盖白川: '出席',
    });
  });

  it('reads a list after 有 and a colon, as attending', () => {
    expect(roles(`${open}出席开幕式的县领导有：张白江、李白山、王白川。`)).toEqual({
      张白江: '出席',
      李白山: '出席',
      王白川: '出席',
    });
  });

  it('carries the people before the list to its predicate', () => {
    const got = roles(
      `${open}白江市政协主席王明江，白江市人大常委会副主任刘明山以及市直相关部门负责同志，区领导张白江、李白山、盖白川等出席。`,
    );
    expect(got.王明江).toBe('出席');
    expect(got.刘明山).toBe('出席');
    expect(got.盖白川).toBe('出席');
  });
});
