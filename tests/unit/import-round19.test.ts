/**
 * Round 19 of the importer (development sets AQ and AR, after their blind runs): each rule on text written for the
 * test, in the shapes the reports use (no sentence of any real report is copied here).
 */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/import/extract.ts';
import { report } from '../support/import.ts';

describe('round 19', () => {
  it('puts the body before its own numbered meeting when the venue has digits in it (某楼123会议室)', () => {
    const facts = extractFacts(report(['3月29日上午，青禾大学教育基金会在行政北楼305会议室举行第二次理事会会议。']));
    expect(facts.title).toBe('青禾大学教育基金会第二次理事会会议');
    // (Stop 63: the body that convened its own council meeting is its organizer, import-round158.test.ts.)
    expect(facts.organizers).toEqual(['青禾大学教育基金会']);
  });

  it('takes no 来源 that is only the next field (来源: 最后修改于:…) for the outlet', () => {
    const facts = extractFacts(
      report(['5月6日，青禾协会召开座谈会。'], { info: ['作者:管理员 来源: 最后修改于:2009-9-15 15:20:55'] }),
    );
    expect(facts.outlet).toBeUndefined();
  });

  it('leaves the short name a report introduces out of the convener (某总会（简称「某会」）)', () => {
    const facts = extractFacts(
      report(['9月10日，白江青禾会馆联合总会（简称「青禾总会」）在白江举行杰出会馆奖颁奖典礼。']),
    );
    expect(facts.organizers).toEqual(['白江青禾会馆联合总会']);
  });
});
