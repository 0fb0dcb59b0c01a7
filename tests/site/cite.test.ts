/**
 * The citation panel in Chromium, on the fixture site deployed under /yilu/: it
 * opens without scripts loaded from files, copy buttons put exactly the shown text
 * on the clipboard, and a paragraph's ¶ link copies a citation pointing at that
 * paragraph. Phone and desktop widths, no horizontal scrolling.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasBrowser } from '../support/browser.ts';
import { browseSite } from '../support/browse-site.ts';
import { SITES } from '../support/sites.ts';

const SHOTS = process.env.YILU_SCREENSHOTS;

describe.skipIf(!hasBrowser)('citing in Chromium', () => {
  const s = browseSite(SITES.fixtureBase);

  it('in 繁 the citations stay as written (Simplified, LA zh-Hans): what is shown is what is copied and downloaded', async () => {
    const context = await s.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: s.site.origin });
    const page = await context.newPage();
    await page.goto(s.site.url('/conferences/2022-xiling/'));
    await page.getByText('引用本页').click();
    const ris = page.locator('#cite-ris');
    const before = await ris.textContent();
    await page.locator('[data-script-toggle]').click();
    await page.waitForFunction(() => document.documentElement.dataset.script === 'hant');
    // The page around it is converted; the record is not.
    expect(await page.locator('#cite summary').textContent()).toBe('引用本頁');
    expect(await ris.textContent()).toBe(before);
    expect(before).toContain('LA  - zh-Hans');
    expect(before).toContain('西岭公益论坛');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('button[data-download="cite-ris"]').click(),
    ]);
    expect(
      readFileSync(await download.path(), 'utf8')
        .replace(/\r\n/g, '\n')
        .trimEnd(),
    ).toBe(before!.trimEnd());
    await page.locator('button[data-copy="cite-ris"]').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText()), { timeout: 10_000 }).toBe(before);
    await context.close();
  });

  for (const width of [375, 1280]) {
    it(`copies citations and paragraph citations at ${width}px`, async () => {
      const served = s.site.requests.length;
      const context = await s.browser.newContext({ viewport: { width, height: 900 } });
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: s.site.origin });
      const page = await context.newPage();
      const problems: string[] = [];
      page.on(
        'console',
        (m) => ['error', 'warning'].includes(m.type()) && problems.push(`console ${m.type()}: ${m.text()}`),
      );
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));

      const path = '/conferences/2022-xiling/02-wang-qiang/';
      await page.goto(s.site.url(path));
      await page.getByText('引用本页').click();
      const bibtex = page.locator('#cite-bibtex');
      await expect.poll(() => bibtex.isVisible()).toBe(true);
      const copyBibtex = page.getByRole('button', { name: '复制 BibTeX' });
      await copyBibtex.click();
      // Confirmed twice: the button itself says so (visibly, where the reader clicked), and the
      // status line, a live region, announces what was copied.
      await expect
        .poll(() => page.locator('.cite-status').textContent(), { timeout: 10_000 })
        .toContain('已复制 BibTeX');
      expect(await page.locator('.cite-status').getAttribute('role')).toBe('status');
      expect(await page.locator('.cite-status').isVisible()).toBe(true);
      const pressed = page.locator('button.is-copied[data-copy="cite-bibtex"]');
      expect(await pressed.textContent()).toMatch(/^已复制 BibTeX$/);
      expect(await pressed.isVisible()).toBe(true);
      const inViewport = await pressed.evaluate((b) => {
        const r = b.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight;
      });
      expect(inViewport).toBe(true);
      // …and goes back to its label.
      await expect.poll(() => pressed.count(), { timeout: 6000 }).toBe(0);
      expect(await copyBibtex.textContent()).toBe('复制 BibTeX');
      const clip = await page.evaluate(() => navigator.clipboard.readText());
      expect(clip).toBe(await bibtex.textContent());
      expect(clip).toMatch(/^@inproceedings\{yilu-2022-xiling-02-wang-qiang,/);

      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/speech-cite-${width}.png`, fullPage: true });

      await page.locator('a[data-para-link][href="#p-2"]').click();
      await page.waitForURL(/#p-2$/);
      // The citation names the canonical URL of the deployment with the paragraph's anchor.
      // GB/T 7714's form for an electronic resource: 责任者. 题名[EB/OL]. (发表日期)[引用日期]. URL.
      await expect
        .poll(() => page.evaluate(() => navigator.clipboard.readText()), { timeout: 10_000 })
        .toMatch(
          /^王强\. .*\[EB\/OL\]\. \(\d{4}-\d{2}-\d{2}\)\[\d{4}-\d{2}-\d{2}\]\. https:\/\/yilu\.test\/yilu\/conferences\/2022-xiling\/02-wang-qiang\/#p-2\.$/,
        );
      expect(await page.locator('.cite-status').textContent()).toContain('第2段');

      await page.goto(s.site.url('/conferences/2022-xiling/'));
      await page.getByText('引用本页').click();
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/conference-cite-${width}.png`, fullPage: true });
      // The download button saves the shown RIS record (with RIS's CRLF line ends) under its key.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('button[data-download="cite-ris"]').click(),
      ]);
      expect(download.suggestedFilename()).toBe('yilu-2022-xiling.ris');
      const saved = readFileSync(await download.path(), 'utf8');
      expect(saved).toMatch(/^TY {2}- GEN\r\n/);
      expect(saved.replace(/\r\n/g, '\n').trimEnd()).toBe((await page.locator('#cite-ris').textContent())!.trimEnd());

      // The English interface confirms in English.
      await page.goto(s.site.url('/conferences/2022-xiling/02-wang-qiang/?lang=en'));
      await page.waitForFunction(
        () => document.documentElement.lang === 'en' && !document.documentElement.hasAttribute('data-script-pending'),
      );
      await page.locator('#cite summary').click();
      await page.getByRole('button', { name: 'Copy GB/T 7714-2015' }).click();
      await expect
        .poll(() => page.locator('.cite-status').textContent(), { timeout: 10_000 })
        .toBe('Copied the GB/T 7714-2015 citation.');
      expect(await page.locator('button.is-copied').textContent()).toBe('Copied GB/T 7714-2015');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
        await page.locator('#cite-gbt7714').textContent(),
      );

      expect(problems).toEqual([]);
      expect(requests.filter((u) => /\.m?js(\?|$)/.test(u) && !/\/_yilu\/site\.[0-9a-f]+\.js$/.test(u))).toEqual([]);
      // The site script reached the server once at most: named by its content, the browser keeps it.
      expect(
        s.site.requests.slice(served).filter((u) => /\/_yilu\/site\.[0-9a-f]+\.js$/.test(u)).length,
      ).toBeLessThanOrEqual(1);
      await context.close();
    });
  }
});
