/**
 * A reader's path through the fixture archive in Chromium — home → conference →
 * speech → person → organization — on a phone and a desktop, light and dark:
 * every step works by clicking, with no console error, no horizontal scrolling,
 * no script file and no request to another origin.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasBrowser } from '../support/browser.ts';
import { browseSite } from '../support/browse-site.ts';
import { SITES } from '../support/sites.ts';

describe.skipIf(!hasBrowser)('browsing in Chromium', () => {
  const s = browseSite(SITES.fixture);

  async function check(page: Page, problems: string[]) {
    expect(await page.locator('h1').count()).toBe(1);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    if (overflow > 0) problems.push(`${page.url()}: ${overflow}px horizontal overflow`);
  }

  for (const width of [375, 1280]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`home → conference → speech → person → organization at ${width}px, ${colorScheme}`, async () => {
        const served = s.site.requests.length;
        const context = await s.browser.newContext({ viewport: { width, height: 900 }, colorScheme });
        const page = await context.newPage();
        const problems: string[] = [];
        const requests: string[] = [];
        page.on(
          'console',
          (m) => ['error', 'warning'].includes(m.type()) && problems.push(`console ${m.type()}: ${m.text()}`),
        );
        page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
        page.on('request', (r) => requests.push(r.url()));

        await page.goto(s.site.url('/'));
        await check(page, problems);
        await page.getByRole('link', { name: '2023西岭论坛' }).first().click();
        await page.waitForURL(/\/conferences\/2023-xiling\/$/);
        await check(page, problems);
        expect(await page.locator('h1').textContent()).toBe('2023西岭公益论坛');

        await page.getByRole('link', { name: '《乡村养老互助点建设》' }).click();
        await page.waitForURL(/\/conferences\/2023-xiling\/03-wang-qiang-2\/$/);
        await check(page, problems);

        await page.locator('.facts').getByRole('link', { name: '王强' }).click();
        await page.waitForURL(/\/people\/wang-qiang-2\/$/);
        await check(page, problems);
        expect(await page.locator('main').textContent()).toContain('蓝山养老服务协会的王强');

        await page.locator('.facts').getByRole('link', { name: '蓝山养老服务协会' }).click();
        await page.waitForURL(/\/organizations\/lanshan-yanglao-xiehui\/$/);
        await check(page, problems);
        expect(await page.locator('main').textContent()).toContain('在此任职的发言人');

        // The theme follows the system, and the background really differs between themes.
        const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        expect(bg).toBe(colorScheme === 'dark' ? 'rgb(21, 23, 26)' : 'rgb(253, 252, 249)');

        expect(problems).toEqual([]);
        expect(requests.filter((u) => !u.startsWith(s.site.origin))).toEqual([]);
        expect(requests.filter((u) => /\.m?js(\?|$)/.test(u) && !/\/_yilu\/site\.[0-9a-f]+\.js$/.test(u))).toEqual([]);
        // The site script reached the server once at most: named by its content, the browser keeps it.
        expect(
          s.site.requests.slice(served).filter((u) => /\/_yilu\/site\.[0-9a-f]+\.js$/.test(u)).length,
        ).toBeLessThanOrEqual(1);
        await context.close();
      });
    }
  }

  it('skip link moves focus to the main content, and the theme toggle persists', async () => {
    const page = await s.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(s.site.url('/people/'));
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到正文');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.getByRole('button', { name: /切换到深色主题/ }).click();
    await page.goto(s.site.url('/organizations/'));
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.close();
  });
});
