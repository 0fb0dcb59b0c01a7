/**
 * Round 295 (stop 79), from the 80 of NG3 to NN3 (read as the honest test of rounds 293 and 294): a report that names
 * no event but a base, centre or station founded as its plaque was hung, at a venue of several words with a quoted
 * name in it (`近日，某司法所某服务基地在某村“某某”合作社正式挂牌成立`), is about that founding; it had been refused. A
 * unit's founding is named by its plaque alone (`某基地挂牌`), as NG3 to NN3's readers named both.
 * On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { reportFacts } from '../support/import.ts';

describe('round 295', () => {
  it('reads a base hung with its plaque as the event, not a report to refuse', () => {
    const facts = reportFacts(
      '青禾网讯 11月28日，记者从白江市司法局获悉，近日，白江市青禾镇司法所社区服务基地在青禾镇下村“禾香”果蔬合作社正式挂牌成立，是全市第15个同类基地。',
    );
    expect(facts.title ?? facts.titleHeldBack).toBe('白江市青禾镇司法所社区服务基地挂牌');
  });
});
