/**
 * Round 277 (stop 79), from the 80 of LC3 to LJ3: a page that lost its line breaks, its headline (and second headline)
 * then a news agency's dispatch on one line (`某论坛在港开幕 某地将推出某制度 某社香港12月5日电（记者某某）某论坛5日…`),
 * is read as a headline and a paragraph: the event is the one the dispatch names, not the whole line up to it.
 * On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { reportFacts } from '../support/import.ts';

describe('round 277', () => {
  it('parts a headline from the dispatch run on after it', () => {
    const facts = reportFacts(
      '第九届白江知识产权论坛在港开幕 青禾将推出新的专利制度 新华社香港12月5日电（记者林小北）第九届白江知识产权论坛5日在港开幕。多名与会者认为，青禾可发挥自身优势。',
    );
    expect(facts.title).toBe('第九届白江知识产权论坛');
    expect(facts.headline).toBe('第九届白江知识产权论坛在港开幕 青禾将推出新的专利制度');
    expect(facts.outlet).toBe('新华社');
  });
});
