/**
 * Round 100 of the importer (stop 51), from the wave SS to SZ after its honest run: a gambling site's brand that a
 * mirror page put in the 来源 field names no outlet (the page's own words, such as 亚博会, still can); the body before a
 * comma holds the event an adverb and a day after it introduce (`某协会，终于在2╱18召开了…`), the day written with a
 * box-drawing slash. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { emptyArchive } from '../../src/lib/import/archive.ts';
import { readFacts } from '../../src/lib/import/index.ts';

const archive = emptyArchive();
const facts = (text: string) => readFacts(new TextEncoder().encode(`http://example.org/a\n${text}\n`), archive).facts;
const lead = '3月2日，白江市书法家协会第三届会员代表大会在白江召开，会长李明致辞。';

describe('round 100: a gambling brand in the 来源 field', () => {
  it('reads no outlet from it', () => {
    expect(facts(`白江书协换届\n来源:亚博科技app 被阅读[2365]次\n${lead}`).outlet).toBeUndefined();
    expect(facts(`白江书协换届\n来源:白江开云体育\n${lead}`).outlet).toBeUndefined();
  });

  it('still reads an outlet whose name holds 亚博会', () => {
    expect(facts(`白江书协换届\n来源:亚博会白江网\n${lead}`).outlet).toBe('亚博会白江网');
  });
});

describe('round 100: the body before a comma, an adverb and the day', () => {
  it('names the event after the body before the comma, the day written with a box-drawing slash', () => {
    expect(facts('筹备多时的白江观光产业协会，终于在2╱18召开了成立大会暨首届会员大会。会长李明致辞。').title).toBe(
      '白江观光产业协会成立大会暨首届会员大会',
    );
    expect(facts('白江市观光协会，终于在2月18日召开了成立大会暨首届会员大会。').title).toBe(
      '白江市观光协会成立大会暨首届会员大会',
    );
  });

  it('keeps a season written with a division slash as it is', () => {
    expect(facts('白江专业协会26周年纪念晚宴暨2025∕26就职典礼于9月22日举行，会长李明致辞。').title).toContain(
      '2025∕26',
    );
  });
});
