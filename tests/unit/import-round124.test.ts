/**
 * Round 124 of the importer (stop 55), from stop 55's seven waves taken together (560 reports), before its eighth was
 * read: a temple fair (庙会), a biennale (双年展) and a forum called 论坛会 are events; the day and hour it opened
 * (`于今日10时`) are no part of a name; `庙会由某报社主办` names its organizer as `活动由…主办` does. On text written for
 * the test.
 */
import { describe, expect, it } from 'vitest';
import { emptyArchive } from '../../src/lib/import/archive.ts';
import { readFacts } from '../../src/lib/import/index.ts';

const archive = emptyArchive();
const facts = (text: string) => readFacts(new TextEncoder().encode(`http://example.org/a\n${text}\n`), archive).facts;

describe('round 124', () => {
  it('reads a temple fair that opened at an hour of the day, and who held it', () => {
    const f = facts(
      '欢度佳节。2007白江春节文化庙会于今日10时在白江公园隆重开幕。\n庙会由白江日报社主办，白江公园协办，社长李大明致辞。',
    );
    expect(f.title).toBe('2007白江春节文化庙会');
    expect(f.organizers).toEqual(['白江日报社']);
  });

  it('reads a biennale', () => {
    expect(facts('12月12日，白江城市建筑双城双年展在白江开幕，会长李大明致辞。').title).toBe('白江城市建筑双城双年展');
  });

  it('reads a forum called 论坛会', () => {
    expect(facts('9月7日，首届白江健康美高峰论坛会在白江举行，会长李大明致辞。').title).toBe(
      '首届白江健康美高峰论坛会',
    );
  });
});
