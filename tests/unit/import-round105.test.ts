/**
 * Round 105 of the importer (stop 52), from wave TQ to TX: a Taiwanese event named with the state's year
 * (`中华民国110年广播节庆祝活动`) keeps its name as written, while a day written so (`中华民国113年5月3日`) is still read
 * in the common era. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { emptyArchive } from '../../src/lib/import/archive.ts';
import { readFacts } from '../../src/lib/import/index.ts';

const archive = emptyArchive();
const facts = (text: string) => readFacts(new TextEncoder().encode(`http://example.org/a\n${text}\n`), archive).facts;

describe('round 105: the Republic’s year in a name and in a day', () => {
  it('keeps 中华民国 and its year in an event’s name', () => {
    expect(facts('白江讯 中华民国110年白江节庆祝大会于2021年3月26日在白江举行，白江公会理事长李明致辞。').title).toBe(
      '中华民国110年白江节庆祝大会',
    );
  });

  it('reads a day written with 中华民国 and its year', () => {
    expect(facts('白江讯 白江公会于中华民国113年5月3日在白江举行第五届会员大会，理事长李明致辞。').startDate).toBe(
      '2024-05-03',
    );
  });

  it('still reads a day written with 民国 alone', () => {
    expect(facts('白江讯 白江公会于民国113年5月3日在白江举行第五届会员大会，理事长李明致辞。').startDate).toBe(
      '2024-05-03',
    );
  });
});
