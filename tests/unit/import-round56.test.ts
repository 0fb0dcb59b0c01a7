/**
 * Round 56 of the importer (stop 40). First, a wider table of publishers' addresses, from plainly known national papers,
 * portals and city sites (not from any blind set); then what the blind sets HW to IB, collected this stop and measured at
 * fd8f0db before any change, read wrong. On text written for the test (no sentence of any real report is copied here).
 */
import { describe, expect, it } from 'vitest';
import { outletFromUrl } from '../../src/lib/import/outlets.ts';

describe('round 56: publishers known by their addresses', () => {
  it('knows the sites of national papers and portals', () => {
    expect(outletFromUrl('https://www.jfdaily.com/news/detail?id=1')).toBe('上观新闻');
    expect(outletFromUrl('https://www.shobserver.com/staticsg/res/html/web/newsDetail.html?id=1')).toBe('上观新闻');
    expect(outletFromUrl('https://www.whb.cn/commonDetail/1')).toBe('文汇报');
    expect(outletFromUrl('https://china.huanqiu.com/article/abc')).toBe('环球网');
    expect(outletFromUrl('http://www.legaldaily.com.cn/a/content/2020-01/01/x.html')).toBe('法治日报');
    expect(outletFromUrl('https://www.xuexi.cn/lgpage/detail/index.html?id=1')).toBe('学习强国');
    expect(outletFromUrl('https://news.sciencenet.cn/htmlnews/2023/1/1.shtm')).toBe('科学网');
  });

  it('knows the portals of big cities, with their channels', () => {
    expect(outletFromUrl('https://news.cjn.cn/sywh/202301/t1.htm')).toBe('长江网');
    expect(outletFromUrl('https://www.yangtse.com/content/1.html')).toBe('扬子晚报网');
    expect(outletFromUrl('http://news.timedg.com/2022-01/01/1.shtml')).toBe('东莞时间网');
    expect(outletFromUrl('https://www.cqrb.cn/content/2023-01/01/content_1.htm')).toBe('重庆日报网');
    expect(outletFromUrl('http://www.cnjxol.com/51/202101/t1.shtml')).toBe('嘉兴在线');
  });

  it('still names no outlet for an address it does not know', () => {
    expect(outletFromUrl('https://www.example-xiehui.org.cn/news/1.html')).toBeUndefined();
  });
});
