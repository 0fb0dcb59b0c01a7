/**
 * Round 49 of the importer (from what the blind sets GG to GL, collected during stop 38 and measured at 95b22a2 before
 * any change, read wrong): 联同 between bodies is a list's mark; 红十字会与红新月会国际联合会 is one body; a convener
 * after a phrase and a space is the body; a 来源 ends at a quotation mark. On text written for the test (no sentence of
 * any real report is copied here).
 */
import { describe, expect, it } from 'vitest';
import { readConvener, splitOrganizations } from '../../src/lib/import/facts/organizers.ts';
import { factsOf } from '../support/import.ts';

describe('round 49: organizers', () => {
  it('splits bodies joined by 联同, and keeps the Red Cross federation whole', () => {
    expect(splitOrganizations('白江省工信厅联同白江省委社工部')).toEqual(['白江省工信厅', '白江省委社工部']);
    expect(splitOrganizations('红十字会与红新月会国际联合会和白江红十字会')).toEqual([
      '红十字会与红新月会国际联合会',
      '白江红十字会',
    ]);
  });

  it('reads the body after a phrase and a space as the convener', () => {
    expect(readConvener('感念奉献精神 白江捐血中心今天举行年度表扬大会。', '年度表扬大会')).toBe('白江捐血中心');
  });
});

describe('round 49: outlets', () => {
  it('ends a 来源 at a quotation mark', () => {
    const got = factsOf(
      '白江献血行动启动\n来源：“白江农工网”的文字稿件 发布时间：2020-06-01\n5月30日，白江献血行动启动仪式在白江举行，白江农工党主委李青山致辞。',
    );
    expect(got.outlet).toBe('白江农工网');
  });
});
