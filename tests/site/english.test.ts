/**
 * The English interface in Chromium, deployed under a sub-path (/yilu/): its
 * search dialog speaks English, finds Chinese records from the shared index and
 * links to the English twins under the base; the language link and hreflang
 * alternates lead to pages that exist; the 繁 switch converts the Chinese spans
 * of an English page and leaves the English alone.
 */
import { describe, expect, it } from 'vitest';
import { hasBrowser } from '../support/browser.ts';
import { browseSite } from '../support/browse-site.ts';
import { SITES } from '../support/sites.ts';

describe.skipIf(!hasBrowser)('English interface under /yilu/ in Chromium', () => {
  const s = browseSite(SITES.fixtureBase);

  it('searches from an English page in English and links results to English pages under the base', async () => {
    const page = await s.browser.newPage();
    const requests: string[] = [];
    const problems: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(s.site.url('/en/people/'));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: 'Search' });
    const input = dialog.getByRole('searchbox', { name: 'Search Yilu' });
    await input.fill('王强');
    await page.waitForFunction(() => /results?\./.test(document.querySelector('dialog .ys-status')?.textContent ?? ''));
    expect(await dialog.locator('.ys-status').textContent()).toMatch(/^\d+ results?\.$/);
    const links = await dialog.locator('.ys-hit .ys-title').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.getAttribute('lang')]));
    expect(links.length).toBeGreaterThan(1);
    for (const [href, lang] of links) {
      expect(href).toMatch(/^\/yilu\/en\//);
      expect(lang).toBe('zh-CN');
    }
    const types = await dialog.locator('.ys-type').allTextContents();
    expect(types.every((t) => /^[A-Z][a-z]+$/.test(t))).toBe(true);
    expect(await dialog.locator('summary').textContent()).toBe('Filter and sort');

    // The result opens the English twin, which exists.
    await dialog.locator('.ys-hit .ys-title').first().click();
    await page.waitForURL(/\/yilu\/en\//);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.title()).not.toMatch(/找不到/);
    expect(requests.every((p) => p.startsWith('/yilu/'))).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('cites from an English page with English labels and the same citations', async () => {
    const context = await s.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: s.site.origin });
    const page = await context.newPage();
    await page.goto(s.site.url('/en/conferences/2022-xiling/02-wang-qiang/'));
    await page.getByText('Cite this page').click();
    await page.getByRole('button', { name: 'Copy BibTeX' }).click();
    await expect.poll(() => page.locator('.cite-status').textContent()).toBe('Copied the BibTeX citation.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^@inproceedings\{yilu-2022-xiling-02-wang-qiang,/);
    expect(await page.locator('#cite-gbt7714').getAttribute('lang')).toBe('zh-CN');
    await page.locator('a[data-para-link][href="#p-2"]').click();
    await expect.poll(() => page.locator('.cite-status').textContent()).toBe('Copied the citation of paragraph 2 (its link points to the paragraph).');
    await context.close();
  });

  it('the English search page answers ?q= in English', async () => {
    const page = await s.browser.newPage();
    await page.goto(s.site.url('/en/search/?q=%E9%99%88%E6%80%9D%E8%BF%9C'));
    await page.waitForFunction(() => /results?\./.test(document.querySelector('.ys-status')?.textContent ?? ''));
    const href = await page.locator('.ys-hit .ys-title').first().getAttribute('href');
    expect(href).toMatch(/^\/yilu\/en\/people\/chen-siyuan\//);
    await page.close();
  });

  it('the language link and every hreflang alternate lead to pages that exist, and back', async () => {
    const page = await s.browser.newPage();
    await page.goto(s.site.url('/conferences/2022-xiling/'));
    const alternates = await page.locator('link[rel=alternate][hreflang]').evaluateAll((ls) => ls.map((l) => new URL((l as HTMLLinkElement).href).pathname));
    expect(alternates).toEqual(['/yilu/conferences/2022-xiling/', '/yilu/en/conferences/2022-xiling/', '/yilu/conferences/2022-xiling/']);
    for (const p of new Set(alternates)) {
      const response = await page.request.get(s.site.origin + p);
      expect(response.status(), p).toBe(200);
    }
    await page.locator('a.lang-link').click();
    await page.waitForURL(/\/yilu\/en\/conferences\/2022-xiling\/$/);
    expect(await page.locator('.site-nav').textContent()).toContain('Conferences');
    await page.locator('a.lang-link').click();
    await page.waitForURL(/\/yilu\/conferences\/2022-xiling\/$/);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await page.close();
  });

  it('繁 on an English page converts the Chinese spans only', async () => {
    const ctx = await s.browser.newContext();
    const page = await ctx.newPage();
    await page.goto(s.site.url('/en/conferences/2022-xiling/01-lin-haiyan/'));
    const nav = await page.locator('.site-nav').textContent();
    await page.locator('[data-script-toggle]').click();
    await page.waitForFunction(() => document.documentElement.dataset.script === 'hant');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.locator('.site-nav').textContent()).toBe(nav);
    expect(await page.locator('dl.facts').textContent()).toContain('青川省民政廳副廳長');
    expect(await page.locator('[lang="zh-Hant"]').count()).toBeGreaterThan(5);
    await ctx.close();
  });
});
