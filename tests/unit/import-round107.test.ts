/**
 * Round 107 of the importer (stop 52), from wave UG to UN of stop 52 after its first run: a Taiwanese paper's dateline
 * that names only its city (`【高雄讯】`) names no outlet, and a paper's column and local station
 * (`某报《某栏目》某地站讯`) file for the paper. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { emptyArchive } from '../../src/lib/import/archive.ts';
import { readFacts } from '../../src/lib/import/index.ts';

const archive = emptyArchive();
const facts = (text: string) => readFacts(new TextEncoder().encode(`http://example.org/a\n${text}\n`), archive).facts;
const lead = '3月2日，白江市书法家协会第三届会员代表大会在白江召开，会长李明致辞。';

describe('round 107: outlets', () => {
  it('reads no outlet from a dateline naming a Taiwanese city', () => {
    expect(facts(`白江书协换届\n【高雄讯】${lead}`).outlet).toBeUndefined();
    expect(facts(`白江书协换届\n【台中市讯】${lead}`).outlet).toBeUndefined();
  });

  it('reads the paper behind its column and local station', () => {
    expect(facts(`白江书协换届\n白江晨报《好人白江》东川站讯（通讯员 王刚）${lead}`).outlet).toBe('白江晨报');
  });
});
