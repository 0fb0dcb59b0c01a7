/**
 * Round 101 of the importer (stop 51), from the wave TA to TH after its honest run: organizers listed after 由 with a
 * comma before their verb (`由甲、乙、丙，联合主办的…`), and `协同联合主办`. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { emptyArchive } from '../../src/lib/import/archive.ts';
import { readFacts } from '../../src/lib/import/index.ts';

const archive = emptyArchive();
const facts = (text: string) => readFacts(new TextEncoder().encode(`http://example.org/a\n${text}\n`), archive).facts;

describe('round 101: organizers', () => {
  it('reads the list after 由 with a comma before 联合主办', () => {
    expect(
      facts(
        '3月2日，由白江市奶业协会、白江省畜牧学会养牛学分会、白江民族大学，联合主办的白江牛羊产业学术交流暨畜牧振兴研讨会在白江召开。',
      ).organizers,
    ).toEqual(['白江市奶业协会', '白江省畜牧学会养牛学分会', '白江民族大学']);
  });

  it('reads 协同联合主办', () => {
    expect(
      facts(
        '首届白江网商交易会昨日开幕。本届网交会由白江省经济贸易委员会、白江省信息产业厅、白江市人民政府和白江集团协同联合主办。',
      ).organizers,
    ).toEqual(['白江省经济贸易委员会', '白江省信息产业厅', '白江市人民政府', '白江集团']);
  });

  it('takes no body of a clause that ends before the verb without 由', () => {
    expect(facts('3月2日，白江市奶业协会理事会召开，联合主办的白江牛业研讨会同日开幕。').organizers).toEqual([]);
  });
});
