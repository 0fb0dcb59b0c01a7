/**
 * Round 194 (stop 69), from the 640 reports of the waves SY2 to VJ2 pooled: anticipation with nothing between its words
 * (`备受期待的`) is no part of a name; an opening speech (`开幕辞`, `开幕词`) is no event opening; a phrase that goes on
 * into what it qualifies (`…年度盛事的`) is no name, and the copula before one (`是某马拉松`) no part of it. On text written
 * for the test.
 */
import { describe, expect, it } from 'vitest';
import { eventCandidates } from '../../src/lib/import/facts/event.ts';
import { sentences } from '../../src/lib/import/text.ts';
import { eventTitle } from '../support/import.ts';

const names = (...lines: string[]) => eventCandidates(sentences(lines)).map((c) => c.name);

describe('round 194', () => {
  it('leaves out anticipation written without words between 备受 and 期待', () => {
    expect(eventTitle(['9月5日，备受期待的2024年白江青禾社团联谊大会在青禾召开。'])).toBe('2024年白江青禾社团联谊大会');
  });

  it('reads no opening in an opening speech', () => {
    expect(
      names('以下是白江局长今日上午为由青禾会与白江社联联合主办的青禾科技博览暨高峰会2024开幕礼主礼致开幕辞的全文：'),
    ).not.toContain('青禾科技博览暨高峰会2024开幕礼主礼致');
  });

  it('reads no name that ends in 的, nor the copula before one', () => {
    const found = names('「你们的参与是白江马拉松持续发展的动力」，白江行长说。', '青禾会全力支持白江年度盛事的举办。');
    expect(found).not.toContain('是白江马拉松');
    expect(found.some((n) => n.endsWith('的'))).toBe(false);
  });
});
