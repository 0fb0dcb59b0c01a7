/**
 * Round 108 of the importer (stop 52), from the one report of the four waves of stop 52 that was refused: a day written
 * with spaces between its numbers and words (`于 2010 年 12 月 3 — 5 日`) is read, and with it the event it dates. On
 * text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { emptyArchive } from '../../src/lib/import/archive.ts';
import { readFacts } from '../../src/lib/import/index.ts';

const archive = emptyArchive();
const facts = (text: string) => readFacts(new TextEncoder().encode(`http://example.org/a\n${text}\n`), archive).facts;

describe('round 108: a day written with spaces', () => {
  it('reads the event and its days', () => {
    const f = facts(
      '第三届白江族谱研讨会于 2010 年 12 月 3 — 5 日在白江师范大学学术中心隆重召开 。来自各地的代表出席。',
    );
    expect(f.title).toBe('第三届白江族谱研讨会');
    expect([f.startDate, f.endDate]).toEqual(['2010-12-03', '2010-12-05']);
  });

  it('reads a single day written so', () => {
    expect(facts('第三届白江族谱研讨会于 2010 年 12 月 3 日在白江师范大学学术中心召开，会长李明致辞。').startDate).toBe(
      '2010-12-03',
    );
  });
});
