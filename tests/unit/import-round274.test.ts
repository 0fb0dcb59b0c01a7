/**
 * Round 274 (stop 78), from the 80 of KM3 to KT3 (read as the honest test of rounds 272 and 273): a Hong Kong or Macau
 * paper's report is no longer placed in its region when the event's sentence holds it at a county-level city named by
 * its short name (`…论坛在某河开幕`), nor when the report's dateline is from elsewhere (`(讯报棉兰讯)`, a paper named like
 * a Macau one, filed abroad). Both had given the region as the city.
 * On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { reportFacts } from '../support/import.ts';

describe('round 274', () => {
  it('does not place in Hong Kong an event a Hong Kong paper says was held in a county-level city', () => {
    const facts = reportFacts(
      '第十二届边境口岸城市市长论坛在绥芬河成功举办\n来源:香港商报网\n【香港商报网讯】记者 林小北 报导:8月8日，第十二届边境口岸城市市长论坛在绥芬河开幕。',
      'http://www.hkcd.com/content/2019-08/08/content_1.html',
    );
    expect(facts.place?.city).not.toBe('香港特别行政区');
  });

  it('does not place in Macau a report whose dateline is from a city abroad', () => {
    const facts = reportFacts(
      '(讯报棉兰讯)3月2日，印尼白江客属联谊会在棉兰青禾酒店宴会厅举行第八届理事会就职典礼，总主席周明远致辞。',
      'https://xunbaodaily.com/?p=1',
    );
    expect(facts.place?.city).not.toBe('澳门特别行政区');
  });
});
