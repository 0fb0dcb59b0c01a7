/**
 * Round 159 of the importer (stop 63), from a count over the 800 blind reports of stops 62 and 63 and the shared corpus:
 * when the report's event has no name the importer keeps and nothing said of it names who held it, the report's first
 * `由…主办` statement does (the readers' organizers were its bodies 118 times of 138). On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { readFirstStatedOrganizers } from '../../src/lib/import/facts/organizers.ts';
import { reportFacts } from '../support/import.ts';

describe('round 159', () => {
  it('reads the first statement of who held anything, and none after 由于', () => {
    const got = readFirstStatedOrganizers([
      '6月16日上午，端午系列活动在白江河畔启动。',
      '由于雨天，由白江市体育局、白江市龙舟协会联合主办，白江区文化馆承办的民俗展改在室内举行。',
      '由白江市文联主办的龙舟摄影展下月开幕。',
    ]);
    expect(got.organizers).toEqual(['白江市体育局', '白江市龙舟协会']);
    expect(got.hosts).toEqual(['白江区文化馆']);
    expect(readFirstStatedOrganizers(['由于雨天，活动改在室内举行。']).organizers).toEqual([]);
  });

  it('takes them for a report whose event has no name', () => {
    const f = reportFacts(
      [
        '白江端午活动多',
        '6月16日上午，端午系列活动在白江河畔启动，副市长张白江宣布启动。',
        '由白江市体育局、白江市龙舟协会联合主办的龙舟邀请赛同日开赛。',
      ].join('\n'),
    );
    expect(f.organizers).toEqual(['白江市体育局', '白江市龙舟协会']);
  });
});
