/**
 * Round 145 of the importer (stop 59), from stop 59's sixth wave (KI to KP) after its honest run: a quoted theme that
 * ends in an exclamation mark (`以“…迎小康！”为主题的某节`) does not end the sentence, as round 141's closing quote after
 * a full stop had made it do, leaving `为主题的某节` for a name. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { emptyArchive } from '../../src/lib/import/archive.ts';
import { readFacts } from '../../src/lib/import/index.ts';

const archive = emptyArchive();
const facts = (text: string, url = 'http://example.org/2020/0921/a.html') =>
  readFacts(new TextEncoder().encode(`${url}\n${text}\n`), archive).facts;

describe('round 145', () => {
  it('reads a name after a quoted theme that ends in an exclamation mark', () => {
    expect(
      facts('白江丰收节举行\n9月20日，以“保丰收，迎小康！”为主题的2020白江第三届农民丰收节活动在白江村隆重举行。')
        .title,
    ).toBe('2020白江第三届农民丰收节');
  });
});
