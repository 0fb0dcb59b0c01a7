/**
 * Round 112 of the importer (stop 53), from wave VU to WB of stop 53 after its first run (rounds 109 to 111 had
 * changed none of its facts): a converter that could not choose a character's reading writes all of them
 * (`一(yī / yì /yí)`, `了(le/liǎo)`); they go as a single reading does, in a name and everywhere else. On text written
 * for the test.
 */
import { describe, expect, it } from 'vitest';
import { emptyArchive } from '../../src/lib/import/archive.ts';
import { stripConverterPinyin } from '../../src/lib/import/clean.ts';
import { readFacts } from '../../src/lib/import/index.ts';

const archive = emptyArchive();
const facts = (text: string) => readFacts(new TextEncoder().encode(`http://example.org/a\n${text}\n`), archive).facts;

describe('round 112: converter pinyin with several readings', () => {
  it('removes every reading of a character', () => {
    expect(stripConverterPinyin('白江文集(第一(yī / yì /yí)辑)首发，了(le/liǎo)解要(yào / yāo)点')).toBe(
      '白江文集(第一辑)首发，了解要点',
    );
  });

  it('keeps Latin words and abbreviations in brackets that are no readings', () => {
    expect(stripConverterPinyin('白江大学(PKU / THU)与白江(Baijiang)')).toBe('白江大学(PKU / THU)与白江(Baijiang)');
  });

  it('reads the event’s name without them', () => {
    const f = facts('3月31日，白江文集(第一(yī / yì /yí)辑)新书发布会在白江图书馆举行，白江出版社社长李明致辞。');
    expect(f.title).toBe('白江文集（第一辑）新书发布会');
  });
});
