/**
 * Round 255 (stop 76), from the 720 of BW3 to EP3 and the 80 of EQ3 to EX3 (read first, as round 254's honest test):
 * - outlets: a page's section over the article, `热门新闻`, `协会新闻`, `学院新闻`, is no masthead (three read wrong on
 *   the 800, now none); `jl.cri.cn`, 国际在线's channel of a province, is 国际在线吉林频道 as 人民网's are;
 * - event names: `某嘉年华活动`, `「某嘉年华」活动`: 活动 after a name that already ends in its kind, outside names of parts
 *   joined by 暨 (three more right on the 800).
 * On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/import/extract.ts';
import { outletFromUrl } from '../../src/lib/import/outlets.ts';
import { eventTitle, page } from '../support/import.ts';

describe('round 255', () => {
  it("reads no outlet from a page's section over the article", () => {
    const facts = extractFacts(
      page(
        'URL: http://www.example.org/news/1.html\n协会新闻\n首页 - 新闻中心 - 协会新闻\n白江造纸协会新春茶话会召开\n12月29日，白江造纸协会2021年度专家新春茶话会在青禾召开。',
      ),
    );
    expect(facts.outlet).not.toBe('协会新闻');
    const hot = extractFacts(
      page(
        'URL: http://www.example.org/news/2.html\n热门新闻\n白江驾培论坛在青禾举行\n6月18日，第四届白江驾培论坛在青禾举行。',
      ),
    );
    expect(hot.outlet).not.toBe('热门新闻');
  });

  it("names 国际在线's channel of a province", () => {
    expect(outletFromUrl('https://jl.cri.cn/20180902/a.html')).toBe('国际在线吉林频道');
    expect(outletFromUrl('https://news.cri.cn/20180902/a.html')).toBe('国际在线');
  });

  it('leaves out 活动 after a name that already ends in its kind', () => {
    expect(eventTitle(['11月12日，2023白江温泉季青禾温泉嘉年华活动在青禾举行。'])).toBe('2023白江温泉季青禾温泉嘉年华');
    expect(eventTitle(['7日，第10届「白江好车公益嘉年华」活动在青禾举行。'])).toBe('第10届「白江好车公益嘉年华」');
    expect(eventTitle(['5日，白江慈善周启动仪式暨公益嘉年华活动在青禾举行。'])).toBe(
      '白江慈善周启动仪式暨公益嘉年华活动',
    );
  });
});
