/**
 * Sources a reader can check (issue 15): the report's headline links to its URL,
 * an archived copy is linked when known, a source without a URL says so in words,
 * and a day-only or missing publication time is shown as written, never as a
 * made-up time. On the fixture archive and on the real one.
 */
import { DomUtils } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { byClass, byTag, readPage } from '../support/html.ts';
import { SITES, siteDir } from '../support/sites.ts';

/** Each cited source of a page: its text and its links. */
function sourceItems(p: ReturnType<typeof readPage>) {
  const section = p.find(byClass('sources'));
  expect(section, 'the page has a sources section').toBeDefined();
  return DomUtils.findAll(byTag('li'), section!.children).map((li) => ({
    text: p.textOf(li),
    links: DomUtils.findAll(byTag('a'), li.children).map((a) => ({ href: a.attribs.href, text: p.textOf(a) })),
  }));
}

describe('sources on the fixture archive', () => {
  const dir = siteDir(SITES.fixture);
  it('links the headline to the report and names the archived copy', () => {
    const [first] = sourceItems(readPage(dir, '/conferences/2022-xiling/'));
    expect(first!.links).toEqual([
      { href: 'https://example.org/news/xiling-2022', text: '《首届西岭公益论坛开幕》' },
      { href: 'https://web.archive.org/web/20220916000000/https://example.org/news/xiling-2022', text: '存档副本' },
    ]);
    expect(first!.text).not.toContain('原文网址不详');
  });
  it('says plainly when no URL is known, and shows day-only or missing publication times as such', () => {
    const list = sourceItems(readPage(dir, '/conferences/2023-xiling/'));
    expect(list).toHaveLength(3);
    for (const s of list) {
      expect(s.links).toEqual([]);
      expect(s.text).toContain('原文网址不详');
    }
    expect(list[1]!.text).toContain('媒体不详：［原标题不详］，');
    expect(list[1]!.text).toMatch(/2023-10-21(?!\s*\d{2}:)/);
    expect(list[2]!.text).toContain('发布时间不详');
  });
  it('says the same in the English interface', () => {
    const p = readPage(dir, '/conferences/2023-xiling/');
    const items = DomUtils.findAll(byTag('li'), p.find(byClass('sources'))!.children).map((li) => p.englishOf(li));
    expect(items[0]).toContain('original URL not known.');
    expect(items[2]).toContain('date of publication not stated');
    expect(items[2]).not.toMatch(/发布时间不详|原文网址不详/);
  });
  it('speech pages cite their conference’s sources with the same links', () => {
    const list = sourceItems(readPage(dir, '/conferences/2022-xiling/02-wang-qiang/'));
    expect(list[0]!.links.map((a) => a.href)).toContain(
      'https://web.archive.org/web/20220916000000/https://example.org/news/xiling-2022',
    );
  });
});

describe('sources on the real archive', () => {
  const dir = siteDir(SITES.real);
  it('links every source that has a URL and says so for each that has none', () => {
    for (const path of [
      '/conferences/2021-changsanjiao-suzhou/',
      '/conferences/2024-chuanyu/',
      '/conferences/2023-changsanjiao-suzhou/',
    ]) {
      for (const s of sourceItems(readPage(dir, path))) {
        if (s.links.length) expect(s.links[0]!.href, `${path}: ${s.text}`).toMatch(/^https?:\/\//);
        else expect(s.text, `${path}: ${s.text}`).toContain('原文网址不详');
      }
    }
  });
  it('links the 2021 Suzhou report to its page on the outlet’s site', () => {
    const list = sourceItems(readPage(dir, '/conferences/2021-changsanjiao-suzhou/'));
    expect(list.flatMap((s) => s.links.map((a) => a.href))).toContain(
      'http://xibuxinwen.cn/news/society/102957181.html',
    );
  });
});
