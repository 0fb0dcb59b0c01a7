/**
 * Round 163 of the importer (stop 64), from a count over the 1,040 blind reports of stops 62 to 64 and the shared corpus:
 * an outlet and its reporter in brackets, on a line of their own or opening the first paragraph
 * (`（某某新闻记者甲 通讯员 乙）`, `（某市融媒体中心记者：甲；编辑：乙）`), name the outlet; readers' outlet was the
 * bracket's 7 times of 7. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { reportFacts } from '../support/import.ts';

const body = '3月18日，白江风筝协会在白江广场举办第五届白江风筝节，会长张白江致辞。';

describe('round 163', () => {
  it('reads the outlet from a bracketed credit on its own line or opening the article', () => {
    expect(reportFacts(`白江风筝节开幕\n\n（白江新闻记者李白江 通讯员 王白江）\n\n${body}`).outlet).toBe('白江新闻');
    expect(reportFacts(`白江风筝节开幕\n\n（白江市融媒体中心记者：李白江；编辑：王白江）\n\n${body}`).outlet).toBe(
      '白江市融媒体中心',
    );
    expect(reportFacts(`白江风筝节开幕\n\n（白江网记者 李白江）${body}`).outlet).toBe('白江网');
  });

  it('takes no outlet from a reporter credited without one', () => {
    expect(reportFacts(`白江风筝节开幕\n\n（记者 李白江 通讯员 王白江）\n\n${body}`).outlet).toBeUndefined();
  });
});
