/**
 * Round 170 of the importer (stop 66), from the outlets readers wrote on the waves RC2 to RZ2: a paper's own story
 * (`本报讯`, `本报某地10月21日电`) on an address whose code spells the paper's digital edition (`/nbrb/`) is that paper's,
 * even where the table of known addresses names the site's portal. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { reportFacts } from '../support/import.ts';

const text = '本报讯（记者 李白江）昨日，白江对接会在宁波举行。白江协会会长李明江出席。';

describe('round 170', () => {
  it('names the paper of a digital edition for its own story', () => {
    expect(reportFacts(text, 'http://daily.cnnb.com.cn/nbrb/html/2019-06/10/content_1.htm').outlet).toBe('宁波日报');
  });

  it('keeps the table’s name for a story the paper does not call its own', () => {
    expect(
      reportFacts(
        text.replace('本报讯（记者 李白江）', ''),
        'http://daily.cnnb.com.cn/nbrb/html/2019-06/10/content_1.htm',
      ).outlet,
    ).toBe('中国宁波网');
  });
});
