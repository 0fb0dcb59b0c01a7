/**
 * Round 259 (stop 77), from the 1,120 of BW3 to GD3 and the 80 of GE3 to GL3 (read first, as the final main's honest
 * test):
 * - event names: `某基金启动及捐赠仪式`, `某行动启动暨誓师大会`: 启动 joined by 及 or 暨 to another ceremony is part of the
 *   name, not the verb that launched it (which left no name, or only `暨捐赠仪式`);
 * - organizers: `首届某大会` said of `2017某地首届某大会`; `今年文化节由…主办`, `此次开幕式由…主办`: the event the report is
 *   about, referred to; `甲集团 & 乙公司`: an ampersand between two bodies;
 * - place: `阿里巴巴集团` among the organizers is no 阿里地区, which had made the venue's city look inconsistent.
 * On the 1,200 (BW3 to GL3): 15 organizers and an event name more right, none wrong more. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { eventTitle, reportFacts } from '../support/import.ts';

describe('round 259', () => {
  it('reads 启动 joined to another ceremony as part of the name', () => {
    expect(eventTitle(['8月30日，白江区青禾公益基金启动及捐赠仪式在社区党群服务中心举行。'])).toBe(
      '白江区青禾公益基金启动及捐赠仪式',
    );
    expect(eventTitle(['3月5日，白江区青禾行动启动暨誓师大会在区体育馆举行。'])).toBe('白江区青禾行动启动暨誓师大会');
  });

  it('takes who held the event from 首届, 今年 and 此次开幕式 statements, and lists parted by &', () => {
    const first = reportFacts(
      '8月11日，2017白江首届青禾围棋大会在白江大剧院隆重开幕。值此之际，由中国围棋协会、白江市人民政府联合主办的首届青禾围棋大会在白江开幕了。',
    );
    expect(first.organizers).toEqual(['中国围棋协会', '白江市人民政府']);
    const thisYear = reportFacts(
      '8月2日，2019白江文化节在青禾会展中心盛大开幕。今年文化节由白江对外文化交流协会指导，由青禾白江同乡总会、青禾永春同乡会主办。',
    );
    expect(thisYear.organizers).toEqual(['青禾白江同乡总会', '青禾永春同乡会']);
    const opening = reportFacts(
      '3月1日，第二届白江羊乳文化节在青禾开幕。此次开幕式由白江省乳品工业协会、青禾区乳业协会主办。',
    );
    expect(opening.organizers).toEqual(['白江省乳品工业协会', '青禾区乳业协会']);
    const ampersand = reportFacts(
      '7月22日，由中国人工智能学会、白江集团 & 青禾金服主办的2017白江人工智能大会在杭州国际会议中心召开。',
    );
    expect(ampersand.organizers).toEqual(['中国人工智能学会', '白江集团', '青禾金服']);
  });

  it('places an event by its venue when 阿里巴巴集团 is among the organizers', () => {
    const facts = reportFacts(
      '7月22日，由中国人工智能学会、阿里巴巴集团主办的2017青禾智能大会在杭州国际博览中心召开。',
    );
    expect(facts.organizers).toEqual(['中国人工智能学会', '阿里巴巴集团']);
    expect(facts.place?.city).toBe('杭州市');
  });
});
