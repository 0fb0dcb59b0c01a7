/**
 * Round 193 (stop 69), from the 640 reports of the waves SY2 to VJ2 pooled: where the page's label names a bureau without
 * its place (`来源：林业局`, `来源：市水利局`), a city's portal (`www.某.gov.cn`) or its water or forestry bureau's site
 * (`slj.某.gov.cn`, `lyj.某.gov.cn`) says whose it is; a province's bureau (`省林业局`) on a city's site stays the
 * province's. `出处：` labels the source as `来源：` does. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { readOutlet } from '../../src/lib/import/facts/source.ts';
import { outletFromUrl } from '../../src/lib/import/outlets.ts';
import { page, report } from '../support/import.ts';

const outlet = (label: string, url: string) =>
  readOutlet(report(['白江护林员表彰会在青禾召开。'], { info: [label], meta: { url } }), undefined)?.value;

describe('round 193', () => {
  it('names a bureau in full from the portal of its city', () => {
    expect(outlet('来源：林业局', 'https://www.tongling.gov.cn/zwgk/news/post_1.html')).toBe('铜陵市林业局');
    expect(outlet('来源：市水利局', 'https://www.tongling.gov.cn/zwgk/news/post_1.html')).toBe('铜陵市水利局');
    // (Not another level's, nor on a site that is no portal.)
    expect(outlet('来源：省林业局', 'https://www.tongling.gov.cn/zwgk/news/post_1.html')).toBe('省林业局');
    expect(outlet('来源：林业局', 'https://www.example.com/news/1.html')).toBe('林业局');
  });

  it('reads water and forestry bureaus’ sites, and keeps a province’s bureau on them', () => {
    expect(outletFromUrl('http://slj.tongling.gov.cn/news/1.html')).toBe('铜陵市水利局');
    expect(outletFromUrl('http://lyj.tongling.gov.cn/news/1.html')).toBe('铜陵市林业局');
    expect(outlet('来源：市水利局', 'http://slj.tongling.gov.cn/news/1.html')).toBe('铜陵市水利局');
    expect(outlet('来源：省林业局', 'http://lyj.tongling.gov.cn/news/1.html')).toBe('省林业局');
  });

  it('reads 出处 as the page’s source label', () => {
    const read = page(
      [
        'URL: http://example.org/a.html',
        '首页 > 资讯',
        '',
        '白江论坛在青禾召开',
        '',
        '出处:青禾日报    2021年03月27日',
        '',
        '3月23日，第五届白江论坛在青禾召开，来自各地的代表出席论坛并交流。',
      ].join('\n'),
    );
    expect(read.headline).toBe('白江论坛在青禾召开');
    expect(read.info.some((l) => l.includes('出处'))).toBe(true);
    expect(readOutlet(read, undefined)?.value).toBe('青禾日报');
  });
});
