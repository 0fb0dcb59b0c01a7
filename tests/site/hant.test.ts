/**
 * The 繁/简 switch in Chromium: nothing loads until a reader uses it; it converts
 * the page with OpenCC's phrase tables (lang="zh-Hant"), writes recorded name forms
 * instead of converting them, remembers the choice across pages without a flash of
 * Simplified text, converts search results, and switches back.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { hasBrowser, launch } from '../support/browser.ts';
import { serve, type Served } from '../support/server.ts';
import { SITES, siteDir } from '../support/sites.ts';
import { ALL_PHRASES, traditionalConverter } from '../../src/lib/text/s2t.ts';

describe.skipIf(!hasBrowser)('繁/简 switch in Chromium', () => {
  let browser: Browser;
  let fixture: Served;
  let real: Served;
  beforeAll(async () => {
    fixture = await serve(siteDir(SITES.fixture), '/');
    real = await serve(siteDir(SITES.real), '/');
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await fixture?.close();
    await real?.close();
  });

  async function context(): Promise<{ ctx: BrowserContext; page: Page; requests: string[]; problems: string[] }> {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await ctx.newPage();
    const requests: string[] = [];
    const problems: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    return { ctx, page, requests, problems };
  }
  const toggle = (page: Page) => page.locator('[data-script-toggle]');
  const converted = (page: Page) => page.waitForFunction(() => document.documentElement.dataset.script === 'hant');

  it('loads no script until the switch is used, converts by phrase, persists across pages, and switches back', async () => {
    const { ctx, page, requests, problems } = await context();
    await page.goto(fixture.url('/conferences/2022-xiling/01-lin-haiyan/'));
    const h1 = await page.locator('h1').textContent();
    expect(
      requests.filter((u) => /\.js(\?|$)|hant-phrases/.test(u) && !/\/_yilu\/site\.[0-9a-f]+\.js$/.test(u)),
    ).toEqual([]);
    expect(await toggle(page).getAttribute('aria-pressed')).toBe('false');

    await toggle(page).click();
    await converted(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hant');
    expect(await toggle(page).getAttribute('aria-pressed')).toBe('true');
    const facts = await page.locator('dl.facts').textContent();
    expect(facts).toContain('發言人');
    expect(facts).toContain('青川省民政廳副廳長');
    expect(await page.locator('.site-nav').textContent()).toContain('會議');
    expect(await page.title()).toContain('議錄');
    expect(await page.locator('h1').textContent()).not.toBe(h1);
    expect(requests.some((u) => /\/_yilu\/hant\.[0-9a-f]+\.js$/.test(u))).toBe(true);
    expect(requests.some((u) => u.endsWith('/_yilu/hant-phrases.txt'))).toBe(true);

    // The next page: converted at once, never shown in Simplified. What the inline head script
    // did is read when the parser first inserts <body>, before anything can be painted (reading
    // it right after navigation commits could run before that script).
    const next = await ctx.newPage();
    await next.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        const html = document.documentElement;
        (window as unknown as { yiluAtBody: boolean }).yiluAtBody =
          html.hasAttribute('data-script-pending') || html.dataset.script === 'hant';
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await next.goto(fixture.url('/people/'));
    expect(await next.evaluate(() => (window as unknown as { yiluAtBody?: boolean }).yiluAtBody)).toBe(true);
    await converted(next);
    expect(await next.locator('h1').textContent()).toBe('人物');
    expect(await next.locator('.site-nav').textContent()).toContain('機構');
    expect(await next.evaluate(() => getComputedStyle(document.body).visibility)).toBe('visible');

    // Back to 简, and that persists too.
    await toggle(next).click();
    await next.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    expect(await next.locator('.site-nav').textContent()).toContain('机构');
    await next.goto(fixture.url('/organizations/'));
    expect(await next.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(await next.locator('.site-nav').textContent()).toContain('机构');
    expect(problems).toEqual([]);
    await ctx.close();
  });

  it('writes recorded Traditional names instead of converting them (余永龍, not 餘永龍)', async () => {
    const { ctx, page } = await context();
    await page.goto(real.url('/people/yu-yonglong/'));
    await toggle(page).click();
    await converted(page);
    expect(await page.locator('h1').textContent()).toBe('余永龍');
    expect(await page.title()).toMatch(/^余永龍/);
    await page.goto(real.url('/people/you-hongtao/'));
    await converted(page);
    expect(await page.locator('h1').textContent()).toBe('游洪濤');
    // His organizations' links carry their recorded Traditional names, and show them.
    const links = await page
      .locator('main a[data-hant]')
      .evaluateAll((as) => as.map((a) => [a.getAttribute('data-hant'), a.textContent]));
    expect(links).toEqual([
      ['重慶市四川商會', '重慶市四川商會'],
      ['四川省川商總會', '四川省川商總會'],
    ]);
    await ctx.close();
  });

  it('search works with a Traditional query on a Traditional page, and its results read in Traditional', async () => {
    const { ctx, page, problems } = await context();
    await page.goto(fixture.url('/'));
    await toggle(page).click();
    await converted(page);
    await page.keyboard.press('/');
    const input = page.locator('dialog[open] input[type=search]');
    await input.fill('王強');
    await page.waitForFunction(() =>
      /找到|沒有找到/.test(document.querySelector('dialog .ys-status')?.textContent ?? ''),
    );
    expect(await page.locator('dialog .ys-status').textContent()).toMatch(/找到 \d+ 條結果/);
    const titles = await page.locator('dialog .ys-hit .ys-title').allTextContents();
    expect(titles).toContain('王強');
    expect(await page.locator('dialog').getAttribute('lang')).toBe('zh-Hant');
    expect(problems).toEqual([]);
    await ctx.close();
  });
});

describe('繁/简 phrase table', () => {
  it('the phrase table written for the browser converts every built page exactly as the whole table does', () => {
    for (const spec of [SITES.fixture, SITES.real]) {
      const dir = siteDir(spec);
      const subset = traditionalConverter(fs.readFileSync(path.join(dir, '_yilu/hant-phrases.txt'), 'utf8'));
      const whole = traditionalConverter(ALL_PHRASES);
      const pages = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
      expect(pages.length).toBeGreaterThan(10);
      for (const f of pages) {
        const text = fs.readFileSync(path.join(dir, f), 'utf8').replace(/<[^>]*>/g, '\n');
        expect(subset(text), `${spec.name}/${f}`).toBe(whole(text));
      }
    }
  });
});
