/**
 * Round 190 (stop 68), from the 560 reports of the waves SY2 to VB2 pooled: a body named in Latin letters is one of a list
 * of organizers (`由某实验室、HashKey Group联合主办`), and its initials part the list with 与 like a body's name
 * (`IFAW与某中心联合主办`). On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { reportFacts } from '../support/import.ts';

describe('round 190', () => {
  it('reads a body named in Latin letters in a list of organizers', () => {
    const f = reportFacts(
      '发布时间：2023-04-12\n「二0二三白江Web3嘉年华」今日在青禾开幕。据介绍，「二0二三白江Web3嘉年华」由白江区块链实验室、QingHe Group联合主办。',
    );
    expect(f.organizers).toEqual(['白江区块链实验室', 'QingHe Group']);
  });

  it('parts a list with 与 after a body’s Latin initials', () => {
    const f = reportFacts(
      '发布时间：2023-04-15\n2023年4月13日至14日，在白江省林业局的指导下，QHAW与白江野生动物救护繁育中心联合主办的白江猛禽救助培训班在青禾举行。',
    );
    expect(f.organizers).toEqual(['QHAW', '白江野生动物救护繁育中心']);
  });
});
