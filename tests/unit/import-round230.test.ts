/**
 * Round 230 (stop 73), from the 1,520 reports of the waves SY2 to YT2 pooled: a ceremony named only by what was done to a
 * work or a place (`通车仪式`, `开工仪式`, `动土典礼`, `开馆仪式`, `新校揭牌仪式`) takes the work the sentence or the
 * headline says held it (`某大桥举行通车仪式` → `某大桥通车仪式`), or the work the headline or a sentence says was so done
 * where the report names that work elsewhere too (`某馆正式开馆` with `…出席开馆仪式`). Not a company that held it
 * (`某公司举行投产仪式`), nor the venue after 于 (`2日于某大学举行开幕典礼`). On the 1,520: 13 event names right that the
 * importer had left to the editor; one more read with a country and the word 项目 its reader left out (wrong), and one
 * organizer lost (a school at its own new building's plaque, which its reader listed). On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { ceremonyOfWork } from '../../src/lib/import/facts/event.ts';
import { eventTitle } from '../support/import.ts';

describe('round 230', () => {
  it('names the work that held the ceremony in the sentence', () => {
    expect(eventTitle(['11月28日上午，白江大桥举行通车仪式。市委书记李一青出席并宣布大桥通车。'])).toBe(
      '白江大桥通车仪式',
    );
    expect(eventTitle(['青禾县木偶艺术中心12日举行动土典礼，李一青等到场。'])).toBe('青禾县木偶艺术中心动土典礼');
    expect(eventTitle(['12月15日，市图书馆第三家城市书房——青禾·城市书房举行开馆仪式，李一青出席。'])).toBe(
      '青禾·城市书房开馆仪式',
    );
    expect(eventTitle(['10月21日上午，白江市特殊教育学校举行新校揭牌仪式。李一青出席。'])).toBe(
      '白江市特殊教育学校新校揭牌仪式',
    );
  });

  it('names the work the headline says held it', () => {
    expect(ceremonyOfWork('开工仪式', '22日举行开工仪式。', [], '热烈庆祝青禾产业园项目举行开工仪式')).toBe(
      '青禾产业园项目开工仪式',
    );
  });

  it('names the work the headline says was done, when the report names it elsewhere too', () => {
    const body = ['白江博物馆新馆位于青禾路。', '李一青等出席开馆仪式。'];
    expect(ceremonyOfWork('开馆仪式', body[1]!, body, '白江博物馆新馆正式开馆（附图）')).toBe('白江博物馆新馆开馆仪式');
    expect(
      ceremonyOfWork('投产仪式', '某公司昨日举行投产仪式。', ['某公司昨日举行投产仪式。'], '第三通道青禾变电站投产'),
    ).toBe(undefined);
  });

  it('takes no company and no venue for the work', () => {
    expect(ceremonyOfWork('投产仪式', '白江电力股份有限公司昨日举行投产仪式。', [])).toBeUndefined();
    expect(ceremonyOfWork('开幕典礼', '今年移师台中，2日于青禾大学举行开幕典礼。', [])).toBeUndefined();
  });
});
