/**
 * Round 299 (stop 80), from OU3 to PB3 (read at round 298, its honest test; one of the two reports it refused): 活动 after a
 * holiday (`某某共度腊八节活动`, `兔年春节庆祝活动`) stays in the name. It had been cut as after any name that ends in its
 * kind (`某嘉年华活动` → `某嘉年华`, round 255), which left a holiday, no event, and the report refused.
 * On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { eventTitle, reportFacts } from '../support/import.ts';

describe('round 299', () => {
  it('keeps 活动 after a holiday, and reads the event after a slogan and its dash', () => {
    const facts = reportFacts(
      '1月18日，一碗粥暖一座城——白江县“青禾传声伴夕阳温情共度腊八节”活动在玉兰社区拉开帷幕。县领导周明远代表县委、县政府致辞。',
    );
    expect(facts.title).toBe('白江县“青禾传声伴夕阳温情共度腊八节”活动');
    expect(eventTitle(['2月1日，白江县青禾乡共度中秋节活动在乡文化站举行。'])).toBe('白江县青禾乡共度中秋节活动');
  });

  it('still leaves 活动 out after a festival that is an event', () => {
    expect(eventTitle(['2月1日，第三届白江青禾文化节活动在乡文化站举行。'])).toBe('第三届白江青禾文化节');
  });
});
