/**
 * Round 177 (stop 67), from the waves SY2 to TN2: the heads of an autonomous prefecture, a league and a banner are titles
 * (`某州人民政府副州长`, `某盟盟长`, `某旗旗长`), so the person after them is read. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { people } from '../support/import.ts';

describe('round 177', () => {
  it('reads a person after 副州长, 盟长 or 旗长', () => {
    expect(people('白江州人民政府副州长李青禾表示，近年来发展很快。')).toEqual([
      ['李青禾', '白江州人民政府副州长', '讲话'],
    ]);
    expect(people('青禾盟盟长王白山、白江旗旗长张青禾出席会议。')).toEqual([
      ['王白山', '青禾盟盟长', '出席'],
      ['张青禾', '白江旗旗长', '出席'],
    ]);
  });
});
