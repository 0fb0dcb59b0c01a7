/**
 * Round 188 (stop 68), from the 560 reports of the waves SY2 to VB2 pooled: the one item of a list of organizers or hosts
 * that ends like no body (`某某互娱`, `某某园林`, `某某之家`) is one of them too, and `联合体` is a body's word, not the
 * verb 联合 that parts a list. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { reportFacts } from '../support/import.ts';

describe('round 188', () => {
  it('reads the odd item of a list of organizers as one of them', () => {
    const f = reportFacts(
      '发布时间：2024-08-25\n8月24日，2024白江村镇电竞赛总决赛在青禾举行。本次总决赛由白江县人民政府、青禾互娱主办，白江县文化和旅游局承办。',
    );
    expect(f.organizers).toEqual(['白江县人民政府', '青禾互娱']);
  });

  it('reads the odd item of a list of hosts as one of them', () => {
    const f = reportFacts(
      '发布时间：2023-07-30\n7月29日，白江老虎日系列活动在青禾举行。活动由白江省文化和旅游厅主办，青禾东北虎林园、白江国际旅行社有限公司承办。',
    );
    expect(f.hosts).toEqual(['青禾东北虎林园', '白江国际旅行社有限公司']);
  });

  it('keeps 联合体 in a body’s name', () => {
    const f = reportFacts(
      '发布时间：2023-06-01\n5月31日，由白江网、全国青禾产业信息联合体、白江省农特产品协会主办的第十六届全国青禾产业大会在白江开幕。',
    );
    expect(f.organizers).toEqual(['白江网', '全国青禾产业信息联合体', '白江省农特产品协会']);
  });
});
