/**
 * Round 117 of the importer (stop 54), from wave XA to XH after its first run (at round 116), which refused a report
 * that names its event: a fashion week is an event, and a bracket after an event's head word that opens with a year and
 * says which part of it (`(2009春夏系列发布)`) stays in its name. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { emptyArchive } from '../../src/lib/import/archive.ts';
import { readFacts } from '../../src/lib/import/index.ts';

const archive = emptyArchive();
const facts = (text: string) => readFacts(new TextEncoder().encode(`http://example.org/a\n${text}\n`), archive).facts;

describe('round 117: a fashion week and its season in brackets', () => {
  it('reads the week with its season', () => {
    const f = facts('白江社11月6日讯 白江国际时装周(2009春夏系列发布)今天在白江隆重开幕，主席李明致辞。');
    expect(f.title).toBe('白江国际时装周（2009春夏系列发布）');
  });
});
