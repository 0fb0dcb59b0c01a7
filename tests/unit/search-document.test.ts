import { describe, expect, it } from 'vitest';
import { INDEX_LANGUAGE, searchHtml } from '../../src/integrations/search/document.ts';
import { extractDocument, isSearchable, parseAttributeList } from '../../src/integrations/search/extract.ts';
import { pageUrl } from '../../src/integrations/search/indexer.ts';
import { toSimplified } from '../../src/lib/text/t2s.ts';
import { carry } from '../../src/lib/text/zh.ts';
import { paths, stripBase, withBase } from '../../src/lib/paths.ts';

const page = `<!doctype html><html lang="zh-CN"><head><title>周利民 · 议录</title></head><body>
<header><nav><a href="/">首页</a></nav></header>
<main><article data-pagefind-body data-yilu-keywords="zhoulimin zhou limin">
  <h1 data-pagefind-meta="title">周利民</h1>
  <p>重庆市<a href="/o/">民政局</a>二级巡视员</p>
  <span hidden data-pagefind-filter="type">人物</span>
  <span data-pagefind-meta="date:2024-12-04, context">2024年大会</span>
  <div data-pagefind-sort="date">2024-12-04</div>
  <h2 id="talks">發言</h2>
  <ul><li>推动合作</li><li>建立机制<br>完善制度</li></ul>
  <div data-pagefind-ignore><p>不要索引</p><span data-pagefind-filter="year:2024"></span></div>
  <div data-pagefind-ignore="all"><span data-pagefind-filter="year:1999"></span></div>
  <script>var x = "脚本";</script>
</article></main>
<footer>页脚</footer></body></html>`;

describe('extractDocument', () => {
  const doc = extractDocument(page);
  it('reads language, title, blocks and headings of the body region only', () => {
    expect(doc.lang).toBe('zh-CN');
    expect(doc.pageTitle).toBe('周利民 · 议录');
    expect(doc.blocks).toEqual([
      { tag: 'h1', id: undefined, text: '周利民' },
      { tag: 'p', text: '重庆市民政局二级巡视员' },
      { tag: 'p', text: '2024年大会' },
      { tag: 'h2', id: 'talks', text: '發言' },
      { tag: 'p', text: '推动合作' },
      { tag: 'p', text: '建立机制' },
      { tag: 'p', text: '完善制度' },
    ]);
  });
  it('collects metadata, filters and sort keys as Pagefind would', () => {
    expect([...doc.meta].sort()).toEqual([
      ['context', '2024年大会'],
      ['date', '2024-12-04'],
      ['title', '周利民'],
    ]);
    expect(doc.filters).toEqual([
      ['type', '人物'],
      ['year', '2024'],
    ]);
    expect(doc.sort).toEqual([['date', '2024-12-04']]);
    expect(doc.keywords).toEqual(['zhoulimin zhou limin']);
  });
  it('knows which pages are searchable', () => {
    expect(isSearchable(page)).toBe(true);
    expect(isSearchable('<html><body><main>x</main></body></html>')).toBe(false);
  });
  it('parses attribute lists', () => {
    expect(parseAttributeList('title, date:2024-12-04')).toEqual([
      ['title', undefined],
      ['date', '2024-12-04'],
    ]);
  });
});

describe('searchHtml', () => {
  const html = searchHtml(extractDocument(page), toSimplified);
  it('writes the index language and keeps declared values verbatim', () => {
    expect(html).toContain(`<html lang="${INDEX_LANGUAGE}">`);
    expect(html).toContain('<span data-pagefind-meta="title">周利民</span>');
    expect(html).toContain('<span data-pagefind-filter="type">人物</span>');
    expect(html).toContain('<span data-pagefind-sort="date">2024-12-04</span>');
  });
  it('replaces the text with its carrier and Simplified bigram tokens, keeping heading ids', () => {
    expect(html).toContain(`<p>${carry('重庆市民政局二级巡视员')} 重庆 庆市 市民 民政 政局 局二 二级 级巡 巡视 视员 员</p>`);
    expect(html).toContain(`<h2 id="talks">${carry('发言')} 发言 言</h2>`);
    expect(html).toContain(`<p>${carry('zhoulimin zhou limin')} zhoulimin zhou limin</p>`);
    expect(html).not.toContain('不要索引');
    expect(html).not.toContain('页脚');
  });
  it('indexes each token once per section; a heading starts a new section', () => {
    const doc = extractDocument(
      '<html><body><main data-pagefind-body><p>民政民政</p><p>民政局</p><h2 id="b">民政</h2><p>民政</p></main></body></html>',
    );
    const out = searchHtml(doc, toSimplified);
    expect(out).toContain(`<p>${carry('民政民政')} 民政 政民 政</p>`);
    expect(out).toContain(`<p>${carry('民政局')} 政局 局</p>`);
    expect(out).toContain(`<h2 id="b">${carry('民政')} 民政 政</h2>`);
    expect(out).toContain(`<p>${carry('民政')}</p>`);
  });
  it('falls back to the page title when no title metadata is declared', () => {
    const doc = extractDocument('<html><head><title>某页 · 议录</title></head><body><main data-pagefind-body><p>内容</p></main></body></html>');
    expect(searchHtml(doc, toSimplified)).toContain('<span data-pagefind-meta="title">某页</span>');
  });
});

describe('paths', () => {
  it('are stable ASCII paths with trailing slashes, under any base', () => {
    expect(paths.speech('2024-chuanyu', '01-zhou-limin')).toBe('/conferences/2024-chuanyu/01-zhou-limin/');
    expect(paths.search('民政 局')).toBe('/search/?q=%E6%B0%91%E6%94%BF%20%E5%B1%80');
    expect(withBase('/people/x/', '/yilu/')).toBe('/yilu/people/x/');
    expect(withBase('/people/x/', '/yilu')).toBe('/yilu/people/x/');
    expect(withBase('https://example.org/', '/yilu/')).toBe('https://example.org/');
    expect(stripBase('/yilu/people/x/', '/yilu/')).toBe('/people/x/');
    expect(pageUrl('conferences/x/index.html', '/yilu/')).toBe('/yilu/conferences/x/');
    expect(pageUrl('404.html', '/')).toBe('/404');
  });
});
