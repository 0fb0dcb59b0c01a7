/**
 * Round 161 of the importer (stop 64), from counts over the 960 blind reports of stops 62 to 64: where a page names no
 * outlet, the portal of a city or county (`www.某.gov.cn`) is its people's government's (5 times of 5 where no label
 * names a unit), and a medium's name on a line of its own at the top or foot of the page is the outlet (6 of 6); a
 * site's news section (`中国网新闻`) is the site (3 of 3). On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { outletProper } from '../../src/lib/import/facts/source.ts';
import { reportFacts } from '../support/import.ts';

const body = '3月18日，白江风筝协会在白江广场举办第五届白江风筝节，会长张白江致辞。';

describe('round 161', () => {
  it('names a city’s portal as its people’s government, unless a label names where the piece came from', () => {
    expect(reportFacts(`白江风筝节开幕\n\n${body}`, 'http://www.tengzhou.gov.cn/art/2020/3/19/a.html').outlet).toBe(
      '滕州市人民政府',
    );
    expect(
      reportFacts(
        `白江风筝节开幕\n\n发布时间：2020-03-19 来源：白江镇\n\n${body}`,
        'http://www.tengzhou.gov.cn/art/2020/3/19/a.html',
      ).outlet,
    ).not.toBe('滕州市人民政府');
  });

  it('takes a medium’s name on a line of its own at the top of the page, not a column’s', () => {
    expect(reportFacts(`白江周刊\n\n白江风筝节开幕\n\n${body}`).outlet).toBe('白江周刊');
    expect(reportFacts(`相关新闻\n\n白江风筝节开幕\n\n${body}`).outlet).toBeUndefined();
  });

  it('names a site’s news section by the site', () => {
    expect(outletProper('中国网新闻')).toBe('中国网');
    expect(outletProper('中新网白江新闻')).toBe('中新网白江');
    expect(outletProper('网易新闻')).toBe('网易新闻');
  });
});
