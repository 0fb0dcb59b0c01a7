/**
 * Round 12 of the importer (development set AF): each rule on sentences written for the test, in the shapes the
 * reports use (no sentence of any real report is copied here).
 */
import { describe, expect, it } from 'vitest';
import { people, report } from '../support/import.ts';
import { extractFacts } from '../../src/lib/import/extract.ts';
import { isEventName, readEvent, withConvener } from '../../src/lib/import/facts/event.ts';
import { ownMeeting, readConvener } from '../../src/lib/import/facts/organizers.ts';

describe('round 12: event names', () => {
  it('cuts a name before 于 and a day with its year (某大会于2011年8月18日在某地召开)', () => {
    expect(readEvent(['青禾协会第三届会员大会于2011年8月18日在白江市隆重召开。'])?.title).toBe(
      '青禾协会第三届会员大会',
    );
  });

  it('ranks the lead sentence’s dated event above a later dated one, and counts its repeats without the body', () => {
    const lines = [
      '青禾协会第三届会员大会于2011年8月18日在白江市隆重召开。',
      '会议选举产生了第一届理事会。',
      '出席第三届会员大会的代表审议通过了章程。',
      '甲乙丙。',
      '8月19日，青禾产业发展论坛在白江市举行，副市长周明远出席并讲话。',
    ];
    expect(readEvent(lines)?.title).toBe('青禾协会第三届会员大会');
  });

  it('reads two bodies installed together (第五届理事会、第二届青年组就职典礼) as one name', () => {
    expect(isEventName('青禾同乡总会第五届理事会、第二届青年组就职典礼')).toBe(true);
    expect(isEventName('青禾同乡总会理事会、白江商会就职典礼')).toBe(false);
  });

  it('takes a 工商联 with its bracketed other name as the body of its own meeting', () => {
    const sentence = '近日，青禾市工商联（总商会）召开六届四次执委会议。';
    expect(withConvener('六届四次执委会议', sentence)).toBe('青禾市工商联（总商会）六届四次执委会议');
    expect(ownMeeting('青禾市工商联（总商会）', '青禾市工商联（总商会）六届四次执委会议')).toBe(true);
  });
});

describe('round 12: organizers and names', () => {
  it('reads two bodies joined by 携手 as the conveners, a quoted word in a body’s name and 党组织 kept', () => {
    const sentence = '10月25日，白江省“加强基层党组织”工作队青禾总队携手中华青禾会，在此隆重举行“爱心书屋”捐赠仪式。';
    expect(readConvener(sentence, '“爱心书屋”捐赠仪式')).toBe('白江省“加强基层党组织”工作队青禾总队携手中华青禾会');
    expect(extractFacts(report([sentence])).organizers).toEqual(['白江省“加强基层党组织”工作队青禾总队', '中华青禾会']);
  });

  it('takes no 候选人 for a name', () => {
    expect(people('会议增补了一批执委会委员候选人、副会长候选人名单。')).toEqual([]);
  });
});

describe('round 13 (set AG, after its blind run): whom a ceremony was held for', () => {
  it('reads the subject before 为新建… as the convener, not the body the ceremony was for', () => {
    const sentence = '6月28日下午，白江为新建青禾社会组织行业党委举行挂牌仪式。';
    expect(readConvener(sentence, '挂牌仪式')).toBe('白江');
    // A place is no organizer.
    expect(extractFacts(report([sentence])).organizers).toEqual([]);
  });
});

describe('round 13 (set AG, after its blind run): a town named like a district', () => {
  it('does not read 复兴镇 as the district 复兴区, but a district written in full still places it', () => {
    expect(extractFacts(report(['10月21日上午，在复兴镇电影院召开了老年人协会成立大会。'])).place).toBeUndefined();
    expect(extractFacts(report(['10月21日上午，在复兴区文化馆召开了老年人协会成立大会。'])).place?.city).toBe('邯郸市');
  });
});

describe('round 13 (set AG): a numbered intake, a body named like an event, and 亦', () => {
  it('reads a course with its intake in brackets (培训班(第二期)) as one name', () => {
    expect(readEvent(['11月27日至29日，2023年青禾市志愿者骨干培训班（第二期）在白江举办。'])?.title).toBe(
      '2023年青禾市志愿者骨干培训班（第二期）',
    );
  });

  it('takes a 联谊会 that holds a quoted event as who held it, not as the event', () => {
    expect(readEvent(['青禾联谊会9月20日晚于白江一酒楼举行“庆国庆暨理事就职典礼”。'])?.title).toBe(
      '庆国庆暨理事就职典礼',
    );
    // Without a named event after the verb, the 联谊会's own meeting is still read.
    expect(readEvent(['青禾联谊会9月20日晚于白江一酒楼举行第二届理事就职典礼。'])?.title).toBe(
      '青禾联谊会第二届理事就职典礼',
    );
  });

  it('ends a name before 亦 (also)', () => {
    expect(people('青禾总会创会主席周明远亦出席。')).toEqual([['周明远', '青禾总会创会主席', '出席']]);
  });
});
