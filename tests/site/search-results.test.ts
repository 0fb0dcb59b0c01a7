/**
 * Search results as a reader sees them in Chromium, on the built real archive (issue 15,
 * item 4): nothing said twice, no hidden index words, no made-up dates, excerpts of
 * prose; the dialog's Enter and Escape; more results past the first page of results; ranking and
 * pinyin. Also the conference summary on the first screen of a phone (item 6).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readArchive } from '../../src/integrations/search/index-build.ts';
import { RESULTS_PER_PAGE } from '../../src/search/engine.ts';
import { hasBrowser, launch } from '../support/browser.ts';
import { serve, type Served } from '../support/server.ts';
import { ROOT, SITES, siteDir } from '../support/sites.ts';
import path from 'node:path';

interface ShownHit {
  type: string;
  title: string;
  href: string;
  meta: string;
  excerpt: string;
  sections: { title: string; excerpt: string }[];
  text: string;
}

describe.skipIf(!hasBrowser)('search results on the real archive, in Chromium', () => {
  let browser: Browser;
  let site: Served;
  const archive = readArchive(path.join(ROOT, SITES.real.content));
  beforeAll(async () => {
    site = await serve(siteDir(SITES.real), '/');
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  const done = (page: Page) =>
    page.waitForFunction(
      () =>
        /找到|没有找到/.test(document.querySelector('.ys-status')?.textContent ?? '') &&
        !document.querySelector('.ys[aria-busy]'),
    );
  const shown = (page: Page): Promise<ShownHit[]> =>
    page.evaluate(() =>
      [...document.querySelectorAll('.ys-hit')].map((li) => ({
        type: li.querySelector('.ys-type')?.textContent ?? '',
        title: li.querySelector('.ys-title')?.textContent ?? '',
        href: (li.querySelector('.ys-title') as HTMLAnchorElement).pathname,
        meta: li.querySelector('.ys-meta')?.textContent ?? '',
        excerpt: li.querySelector(':scope > .ys-excerpt')?.textContent ?? '',
        sections: [...li.querySelectorAll('.ys-sections li')].map((s) => ({
          title: s.querySelector('a')?.textContent ?? '',
          excerpt: s.querySelector('.ys-excerpt')?.textContent ?? '',
        })),
        text: (li as HTMLElement).innerText,
      })),
    );
  async function search(query: string, filters = ''): Promise<{ page: Page; hits: ShownHit[] }> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(site.url(`/search/?q=${encodeURIComponent(query)}${filters}`));
    await done(page);
    return { page, hits: await shown(page) };
  }

  it('says nothing twice and shows no hidden index words, no made-up dates, no table of facts run together', async () => {
    // Words only the hidden keywords hold (the pages show pinyin with tone marks: Zhōu Lìmín).
    const pinyin = ['zhoulimin', 'zhou limin', 'sichuan', 'minzhengju'];
    const checked = { hits: 0, sections: 0 };
    for (const q of ['主旨演讲', '讲话与签约', 'zhoulimin', 'sichuan', 'minzhengju', '川渝', '民政局']) {
      const { page, hits } = await search(q);
      expect(hits.length, q).toBeGreaterThan(0);
      for (const h of hits) {
        checked.hits += 1;
        const where = `${q} → ${h.title}`;
        // Keywords (pinyin of names and places) are indexed, never shown.
        for (const word of pinyin) expect(h.text.toLowerCase(), where).not.toContain(word);
        // A session's kind is not put before a name that says it, nor is 其他.
        expect(h.text, where).not.toMatch(/(主旨演讲|交流发言|开幕式)\s*\1|其他\s*讲话与签约/);
        // The excerpt is prose: not labels and values of the facts table in a row.
        expect(h.excerpt, where).not.toMatch(
          /(发言人|时任|类型|环节|拼音) \S+ (发言人|时任|类型|会议|环节|地点|任职机构)/,
        );
        for (const s of h.sections) {
          checked.sections += 1;
          expect(s.excerpt.replace(/^…/, '').startsWith(s.title), `${where} § ${s.title}`).toBe(false);
        }
        // Dates: once, written out, and only for pages that have one of their own.
        expect(h.meta, where).not.toMatch(/\d{4}-\d{2}-\d{2}/);
        const dates = h.meta.match(/\d{4}年\d{1,2}月/g) ?? [];
        if (['人物', '机构', '区域', '系列'].includes(h.type)) expect(dates, where).toEqual([]);
        else expect(dates.length, where).toBe(1);
      }
      await page.close();
    }
    expect(checked.hits).toBeGreaterThan(40);
    expect(checked.sections).toBeGreaterThan(5);
  });

  it('ranks a speech above the conference that lists it when the query names its speaker and kind', async () => {
    const speech = archive.conferences
      .flatMap((c) => c.speeches)
      .find((s) => s.speakers.some((x) => x.person.data.name === '徐家良') && s.data.kind === '主旨演讲')!;
    const { page, hits } = await search('徐家良 主旨演讲');
    expect(hits[0]!.href).toBe(speech.path);
    expect(hits.map((h) => h.type)).toContain('会议');
    await page.close();
  });

  it('finds places and organizations by pinyin, not only people', async () => {
    const types = async (q: string) => {
      const { page, hits } = await search(q);
      await page.close();
      return new Set(hits.map((h) => h.type));
    };
    expect([...(await types('zhoulimin'))]).toContain('人物');
    expect([...(await types('sichuan'))]).toContain('机构');
    // Its region too, past the organizations of the first page: with the type filter.
    const region = await search('sichuan', `&type=${encodeURIComponent('区域')}`);
    expect(region.hits.map((h) => h.href)).toContain('/regions/chengyu/');
    await region.page.close();
    expect([...(await types('minzhengju'))]).toContain('机构');
    expect([...(await types('chongqing'))]).toContain('机构');
    // Conferences by the pinyin of their city (organizations in 重庆 fill the first page).
    const { page, hits } = await search('chongqing', `&type=${encodeURIComponent('会议')}`);
    expect(hits.length).toBeGreaterThan(0);
    expect(new Set(hits.map((h) => h.type))).toEqual(new Set(['会议']));
    await page.close();
  });

  it('offers more than the first page of results of a broad query', async () => {
    const n = RESULTS_PER_PAGE;
    const { page, hits } = await search('社会组织');
    expect(hits).toHaveLength(n);
    expect(await page.locator('.ys-status').textContent()).toContain('可能还有更多');
    const more = page.getByRole('button', { name: '显示更多结果' });
    await more.click();
    await page.waitForFunction((k) => document.querySelectorAll('.ys-hit').length > k, n);
    const after = await shown(page);
    expect(after.length).toBeLessThanOrEqual(2 * n);
    expect(after.slice(0, n).map((h) => h.href)).toEqual(hits.map((h) => h.href));
    // Focus moves to the first new result, so a keyboard reader goes on from there.
    expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement).pathname)).toBe(after[n]!.href);
    // A new query starts again from the first page.
    await page.locator('#search-page').getByRole('searchbox').fill('徐家良');
    await page.waitForFunction((k) => document.querySelectorAll('.ys-hit').length < k, n);
    expect(await more.isHidden()).toBe(true);
    await page.close();
  });

  it('the dialog: Enter opens the first result once it is shown; Escape closes and gives focus back', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(site.url('/conferences/2024-chuanyu/'));
    const opener = page.locator('[data-search-open]').first();
    await opener.click();
    const dialog = page.getByRole('dialog', { name: '搜索' });
    const input = dialog.getByRole('searchbox');
    await input.fill('周利民');
    await done(page);
    // The dialog says what Enter does, under the box and in the box's description.
    expect(await dialog.locator('.ys-hint').textContent()).toContain('按 Enter 打开第一条结果');
    expect(await input.getAttribute('aria-describedby')).toContain(
      (await dialog.locator('.ys-hint').getAttribute('id'))!,
    );
    await page.keyboard.press('Escape');
    expect(await page.locator('dialog[open]').count()).toBe(0);
    // The dialog's close event (a task after Escape) gives focus back to the link that opened it.
    await page.waitForFunction(() => document.activeElement?.hasAttribute('data-search-open'), null, { timeout: 2000 });
    // Opened by the "/" shortcut from the page body: focus comes back to the search link.
    await page.locator('h1').click();
    await page.keyboard.press('/');
    await input.waitFor();
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.activeElement?.hasAttribute('data-search-open'), null, { timeout: 2000 });
    // Enter: the first result.
    await page.keyboard.press('/');
    // The dialog keeps the last query's results: empty the box first so the wait sees the new ones.
    await input.fill('');
    await page.waitForFunction(() => !document.querySelector('dialog .ys-hit'));
    await input.fill('徐家良 主旨演讲');
    await done(page);
    const first = await dialog
      .locator('.ys-hit .ys-title')
      .first()
      .evaluate((a) => (a as HTMLAnchorElement).pathname);
    await input.press('Enter');
    await page.waitForURL((u) => u.pathname === first);
    await page.close();
  });

  for (const width of [375, 1280]) {
    it(`shows a conference's summary on the first screen at ${width} px`, async () => {
      const page = await browser.newPage({ viewport: { width, height: width < 600 ? 667 : 800 } });
      for (const c of archive.conferences.filter((x) => !x.data.draft)) {
        await page.goto(site.url(c.path));
        const box = await page.locator('article .lead').boundingBox();
        expect(await page.locator('article .lead').textContent(), c.path).toBe(c.data.summary);
        // Its first lines at least, above the fold.
        expect(box!.y + 40, `${c.path} at ${width}`).toBeLessThan(page.viewportSize()!.height);
      }
      await page.close();
    });
  }
});
