/**
 * Search as a reader uses it, in Chromium against the built fixture archive: the
 * dialog (header link, "/", Ctrl+K), the shareable /search/?q= page with filters,
 * keyboard navigation, highlighting on the target page, Traditional and pinyin
 * queries, absent words, a sub-path deployment, and no request to another origin.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hasBrowser, launch } from '../support/browser.ts';
import { engineSearch, searchBundle } from '../support/search.ts';
import { serve, type Served } from '../support/server.ts';
import { SITES, siteDir } from '../support/sites.ts';

describe.skipIf(!hasBrowser)('search in Chromium', () => {
  let browser: Browser;
  let site: Served;
  const dir = siteDir(SITES.fixture);
  const bundle = () => searchBundle(dir);
  beforeAll(async () => {
    site = await serve(dir, '/');
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  async function open(path: string, width = 1280): Promise<{ page: Page; requests: string[]; problems: string[] }> {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const requests: string[] = [];
    const problems: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    await page.goto(site.url(path));
    return { page, requests, problems };
  }
  const titles = (page: Page) => page.locator('.ys-hit .ys-title').allTextContents();
  const waitForResults = (page: Page) =>
    page.waitForFunction(() => /找到|没有找到/.test(document.querySelector('.ys-status')?.textContent ?? ''));

  it('loads nothing until "/" opens the dialog, then answers as the reader types', async () => {
    const { page, requests, problems } = await open('/conferences/2022-xiling/');
    // Only the site script, which every page loads; search itself loads on demand.
    expect(requests.filter((u) => /\.js|pagefind/.test(u) && !/\/_yilu\/site\.[0-9a-f]+\.js$/.test(u))).toEqual([]);
    await page.keyboard.press('/');
    const input = page.getByRole('dialog', { name: '搜索' }).getByRole('searchbox', { name: '搜索议录' });
    await input.waitFor();
    expect(await input.evaluate((el) => el === document.activeElement)).toBe(true);
    await input.fill('王强');
    await waitForResults(page);
    const found = await titles(page);
    expect(found.slice(0, 2).sort()).toEqual(['王强', '王强']);
    expect(found).toContain('《数字赋能 公益创新》');
    expect(await page.locator('.ys-status').textContent()).toMatch(/找到 \d+ 条结果/);
    expect(await page.locator('.ys-hit mark').first().textContent()).toBe('王强');
    expect(requests.some((u) => /\/_yilu\/search\.[0-9a-f]+\.js$/.test(u))).toBe(true);
    expect(requests.some((u) => u.endsWith('/pagefind/pagefind.js'))).toBe(true);
    // The Traditional → Simplified converter loads only for a query that needs it.
    const chunk = (u: string) => /\/_yilu\/chunk\.[0-9A-Z]+\.js$/.test(u);
    expect(requests.filter(chunk)).toEqual([]);
    await input.fill('');
    await page.waitForFunction(() => !document.querySelector('.ys-hit'));
    const loaded = page.waitForRequest((r) => chunk(r.url()));
    await input.fill('王強');
    await loaded;
    await page.waitForFunction(() => document.querySelector('.ys-hit .ys-title')?.textContent === '王强');
    expect(requests.filter(chunk)).toHaveLength(1);
    expect(requests.filter((u) => !u.startsWith(site.origin))).toEqual([]);
    expect(problems).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await page.locator('dialog[open]').count()).toBe(0);
    await page.close();
  });

  it('opens from the header link and with Ctrl+K instead of leaving the page', async () => {
    const { page } = await open('/', 375);
    await page.getByRole('link', { name: /^搜索/ }).first().click();
    await page.getByRole('dialog').waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+k');
    await page.getByRole('dialog').waitFor();
    await page.close();
  });

  it('moves through results with the arrow keys and highlights the words on the page it opens', async () => {
    const { page } = await open('/');
    await page.keyboard.press('/');
    await page.getByRole('dialog').getByRole('searchbox', { name: '搜索议录' }).fill('社区基金會');
    await waitForResults(page);
    await page.keyboard.press('ArrowDown');
    const first = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
    expect(first).toContain('?hl=');
    await page.keyboard.press('Enter');
    await page.waitForURL(/hl=/);
    await page.waitForSelector('mark.yilu-hl');
    const marked = await page.locator('mark.yilu-hl').allTextContents();
    expect(marked.length).toBeGreaterThan(0);
    expect(new Set(marked)).toEqual(new Set(['社区基金会']));
    await page.close();
  });

  it('keeps the query and filters in a shareable /search/ URL', async () => {
    const { page } = await open('/search/?q=%E6%95%B0%E5%AD%97');
    await waitForResults(page);
    const all = await titles(page);
    expect(all).toEqual(expect.arrayContaining(['《数字赋能 公益创新》', '2022西岭公益论坛暨社区治理交流会']));
    await page.getByRole('combobox', { name: '类型', exact: true }).selectOption('发言');
    await page.waitForFunction(() => location.search.includes('type='));
    await page.getByRole('combobox', { name: '排序' }).selectOption('date');
    await page.waitForFunction(() => location.search.includes('sort=date'));
    await waitForResults(page);
    const speeches = await page.locator('.ys-hit .ys-type').allTextContents();
    expect(new Set(speeches)).toEqual(new Set(['发言']));
    const dates = (await page.locator('.ys-hit .ys-meta').allTextContents()).map((t) => t.slice(0, 10));
    expect(dates).toEqual([...dates].sort().reverse());
    expect(dates[0]! > dates[dates.length - 1]!).toBe(true);
    const shared = page.url();
    await page.reload();
    await waitForResults(page);
    expect(await page.locator('#search-page').getByRole('searchbox', { name: '搜索议录' }).inputValue()).toBe('数字');
    expect(await page.getByRole('combobox', { name: '类型', exact: true }).inputValue()).toBe('发言');
    expect(await page.getByRole('combobox', { name: '排序' }).inputValue()).toBe('date');
    expect(page.url()).toBe(shared);
    await page.close();
  });

  it('reads Traditional, pinyin, full-width and spaced queries as the reader means them', async () => {
    const { page } = await open('/');
    const b = bundle();
    const urls = async (q: string) => (await engineSearch(page, b, q)).map((h) => new URL(h.url, site.origin).pathname);
    expect(await urls('陳思遠')).toContain('/people/chen-siyuan/');
    expect((await urls('chen siyuan'))[0]).toBe('/people/chen-siyuan/');
    expect((await urls('chensiyuan'))[0]).toBe('/people/chen-siyuan/');
    expect((await urls('Chén Sīyuǎn'))[0]).toBe('/people/chen-siyuan/');
    expect(await urls('青川省民政廳')).toContain('/organizations/qingchuan-minzhengting/');
    expect(await urls('民政厅')).toEqual(
      expect.arrayContaining([
        '/organizations/qingchuan-minzhengting/',
        '/organizations/qingchuan-minzhengting-shezuju/',
      ]),
    );
    expect(await urls('２０２２西岭')).toContain('/conferences/2022-xiling/');
    expect(await urls('数字 赋能')).toContain('/conferences/2022-xiling/02-wang-qiang/');
    await page.close();
  });

  it('finds the words of a query no page holds as written, and says so', async () => {
    // No page holds 西岭治理; the conference page holds 西岭 and 治理 apart.
    const { page, problems } = await open('/search/?q=%E8%A5%BF%E5%B2%AD%E6%B2%BB%E7%90%86');
    await waitForResults(page);
    expect(await titles(page)).toContain('2022西岭公益论坛暨社区治理交流会');
    expect(await page.locator('#search-page .ys-status').textContent()).toMatch(
      /^没有找到完整的“西岭治理”；以下 \d+ 条结果分别含有“西岭”“治理”。$/,
    );
    await page.locator('.ys-hit .ys-title', { hasText: '2022西岭公益论坛暨社区治理交流会' }).click();
    await page.waitForSelector('mark.yilu-hl');
    expect(new Set(await page.locator('mark.yilu-hl').allTextContents())).toEqual(new Set(['西岭', '治理']));
    // Loosening never invents a match: a word the archive lacks still gives nothing.
    expect(await engineSearch(page, bundle(), '西岭区块链')).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('sorts by date across every match, not only the most relevant ones', async () => {
    const { page } = await open('/');
    const run = (options: Record<string, unknown>, query = '西岭') =>
      page.evaluate(`(async () => {
        const m = await import(${JSON.stringify(bundle())});
        const r = await m.engine.search(${JSON.stringify(query)}, ${JSON.stringify(options)});
        return r.hits.map((h) => ({ url: h.url, date: h.sortDate === '0000-00-00' ? '' : h.sortDate }));
      })()`) as Promise<{ url: string; date: string }[]>;
    const every = { limit: 500, maxChecked: 500 };
    const all = await run(every);
    const byDate = await run({ ...every, sort: 'date' });
    expect(all.length).toBeGreaterThan(20);
    expect(new Set(byDate.map((h) => h.url))).toEqual(new Set(all.map((h) => h.url)));
    expect(byDate.map((h) => h.date)).toEqual(
      all
        .map((h) => h.date)
        .sort()
        .reverse(),
    );
    // Asked for a few results, date order gives the newest pages, relevance the best matches.
    const newest = byDate.slice(0, 3).map((h) => h.date);
    const best = await run({ limit: 3 });
    expect((await run({ limit: 3, sort: 'date' })).map((h) => h.date)).toEqual(newest);
    expect(
      best.map((h) => h.date),
      'the best matches are also the newest: pick another query',
    ).not.toEqual(newest);
    // A region with no conference yet is not offered at all (src/lib/regions.ts); that a page with no
    // date of its own still comes back, last, is checked on the real site (tests/site/thin-pages.test.ts).
    const donghai = await run({ ...every, sort: 'date' }, '东海');
    expect(donghai.map((h) => h.url)).not.toContain('/regions/donghai/');
    await page.close();
  });

  it('returns nothing for words the archive does not hold', async () => {
    const { page } = await open('/search/?q=%E5%8C%BA%E5%9D%97%E9%93%BE');
    await waitForResults(page);
    expect(await titles(page)).toEqual([]);
    expect(await page.locator('.ys-status').textContent()).toContain('没有找到含有“区块链”的内容');
    expect(await engineSearch(page, bundle(), '王强 区块链')).toEqual([]);
    await page.close();
  });

  it('never shows a draft', async () => {
    const { page } = await open('/');
    expect(await engineSearch(page, bundle(), '东海社会组织年会')).toEqual([]);
    expect(await engineSearch(page, bundle(), '孙悦')).toEqual([]);
    await page.close();
  });
});

describe.skipIf(!hasBrowser)('search under a sub-path', () => {
  it('loads its files and links results under the base', async () => {
    const dir = siteDir(SITES.fixtureBase);
    const site = await serve(dir, '/yilu/');
    const browser = await launch();
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(site.url('/search/?q=%E7%8E%8B%E5%BC%BA'));
    await page.waitForFunction(() => /找到/.test(document.querySelector('.ys-status')?.textContent ?? ''));
    const links = await page
      .locator('.ys-hit .ys-title')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
    expect(links.length).toBeGreaterThan(2);
    for (const l of links) expect(l).toMatch(/^\/yilu\/(?!yilu\/)/);
    expect(requests.every((p) => p.startsWith('/yilu/'))).toBe(true);
    await browser.close();
    await site.close();
  });
});
