/**
 * Quality gates on the built sites: valid HTML on every page, every internal
 * reference resolving (at `/` and under a sub-path), HTML and CSS within their
 * byte budgets (read from the built files: no browser needed), and in Chromium no
 * request to another origin, no script file but the site's own before a reader
 * opens search, and zero axe-core WCAG 2.2 A/AA violations on every page type in
 * both themes at phone and desktop widths, in the Chinese interface and, switched
 * in Chromium, the English one (every page carries both: docs/i18n.md).
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { HtmlValidate } from 'html-validate';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasBrowser } from '../support/browser.ts';
import { browseSite } from '../support/browse-site.ts';
import { htmlFiles } from '../support/html.ts';
import { checkSiteLinks } from '../support/links.ts';
import { originOf, SITES, siteDir, type SiteSpec } from '../support/sites.ts';

const require = createRequire(import.meta.url);
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** One page of each type in the real archive, with the most it has to show. */
const PAGE_TYPES: Record<string, string> = {
  home: '/',
  conferences: '/conferences/',
  conference: '/conferences/2024-chuanyu/',
  speech: '/conferences/2024-chuanyu/07-guo-qinghua/',
  people: '/people/',
  person: '/people/zhou-limin/',
  organizations: '/organizations/',
  organization: '/organizations/chongqing-minzhengju/',
  'series index': '/series/',
  series: '/series/changsanjiao-shehui-zuzhi-dahui/',
  years: '/years/',
  year: '/years/2023/',
  regions: '/regions/',
  region: '/regions/chengyu/',
  about: '/about/',
  search: '/search/',
  '404': '/404.html',
  data: '/data/',
  speeches: '/speeches/',
  'speeches of a year': '/speeches/2024/',
  tags: '/tags/',
  tag: '/tags/xiang-cun-zhen-xing/',
};

/** Bytes of HTML each type of page may weigh (uncompressed), and of all its CSS. */
const HTML_BUDGET: Record<string, number> = {
  conference: 60_000,
  speech: 40_000,
  speeches: 60_000,
  'speeches of a year': 60_000,
};
const HTML_BUDGET_DEFAULT = 30_000;
const CSS_BUDGET = 24_000;

describe('HTML validity', () => {
  const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
  for (const spec of [SITES.real, SITES.fixture] as SiteSpec[]) {
    it(`every page of the ${spec.name} site is valid HTML`, async () => {
      const dir = siteDir(spec);
      const errors: string[] = [];
      const files = htmlFiles(dir);
      expect(files.length).toBeGreaterThan(10);
      for (const rel of files) {
        const report = await validator.validateString(fs.readFileSync(path.join(dir, rel), 'utf8'), rel);
        for (const r of report.results)
          for (const m of r.messages) errors.push(`${rel}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
      expect(errors).toEqual([]);
    });
  }
});

describe('links', () => {
  for (const spec of [SITES.real, SITES.fixture, SITES.fixtureBase] as SiteSpec[]) {
    it(`every internal reference of the ${spec.name} site (base ${spec.base}) resolves`, () => {
      const broken = checkSiteLinks(siteDir(spec), spec.base, originOf(spec));
      expect(broken.map((b) => `${b.from}: ${b.ref} (${b.reason})`)).toEqual([]);
    });
  }
  it('the checker itself finds a broken link, a missing fragment and a link outside the base', () => {
    const dir = fs.mkdtempSync(path.join(siteDir(SITES.fixture), '..', 'links-'));
    fs.mkdirSync(path.join(dir, 'a'));
    fs.writeFileSync(
      path.join(dir, 'a/index.html'),
      '<p id="x"><a href="/yilu/a/#x">ok</a><a href="/yilu/b/">b</a><a href="#y">y</a><a href="/a/">out</a><a href="https://other.example/">ext</a></p>',
    );
    const broken = checkSiteLinks(dir, '/yilu/').map((b) => `${b.ref} ${b.reason}`);
    fs.rmSync(dir, { recursive: true });
    expect(broken).toEqual(['/yilu/b/ no such file', '#y no element with id "y"', '/a/ outside the base /yilu/']);
  });
});

describe('weight (built files)', () => {
  const dir = siteDir(SITES.real);
  for (const [type, sitePath] of Object.entries(PAGE_TYPES)) {
    it(`${type}: HTML and its stylesheets within budget`, () => {
      const file = path.join(dir, sitePath.endsWith('.html') ? sitePath : path.join(sitePath, 'index.html'));
      const html = fs.readFileSync(file, 'utf8');
      expect(Buffer.byteLength(html)).toBeLessThanOrEqual(HTML_BUDGET[type] ?? HTML_BUDGET_DEFAULT);
      const sheets = [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)].map(
        (m) => /\bhref="([^"]+)"/.exec(m[0])![1]!,
      );
      expect(sheets.length, type).toBeGreaterThan(0);
      const css = sheets.reduce(
        (n, href) => n + fs.statSync(path.join(dir, decodeURI(href).replace(/^\//, ''))).size,
        0,
      );
      expect(css).toBeLessThanOrEqual(CSS_BUDGET);
    });
  }
});

describe.skipIf(!hasBrowser)('in Chromium', () => {
  const s = browseSite(SITES.real);

  async function axe(page: Page): Promise<string[]> {
    await page.addScriptTag({ content: AXE_SOURCE });
    const violations = (await page.evaluate(
      `axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(WCAG_TAGS)} } }).then((r) => r.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) })))`,
    )) as { id: string; help: string; targets: string[] }[];
    return violations.map((v) => `${v.id}: ${v.help} — ${v.targets.join(' | ')}`);
  }

  describe('privacy', () => {
    for (const [type, sitePath] of Object.entries(PAGE_TYPES)) {
      it(`${type}: only this origin, only the site's script file`, async () => {
        const page = await s.browser.newPage();
        const foreign: string[] = [];
        const scripts: string[] = [];
        page.on('request', (r) => {
          if (!r.url().startsWith(s.site.origin)) foreign.push(r.url());
          if (r.resourceType() === 'script') scripts.push(r.url());
        });
        await page.goto(s.site.url(sitePath), { waitUntil: 'networkidle' });
        await page.close();
        expect(foreign).toEqual([]);
        // Every page loads the site's one script file; the search page is search: it may also load
        // the search bundle and Pagefind, nothing else.
        const site = /\/_yilu\/site\.[0-9a-f]+\.js$/;
        expect(scripts.filter((u) => site.test(u))).toHaveLength(1);
        const others = scripts.filter((u) => !site.test(u));
        if (type.startsWith('search'))
          expect(
            others.filter((u) => !/\/(_yilu\/search\.[0-9a-f]+\.js|pagefind\/pagefind(-worker)?\.js)$/.test(u)),
          ).toEqual([]);
        else expect(others).toEqual([]);
      });
    }
    it('in English, every page type requests nothing from another origin', async () => {
      const context = await s.browser.newContext();
      const page = await context.newPage();
      const foreign: string[] = [];
      page.on('request', (r) => !r.url().startsWith(s.site.origin) && foreign.push(r.url()));
      for (const sitePath of Object.values(PAGE_TYPES)) {
        await page.goto(s.site.url(`${sitePath}?lang=en`), { waitUntil: 'networkidle' });
        expect(await page.evaluate(() => document.documentElement.lang), sitePath).toBe('en');
      }
      await context.close();
      expect(foreign).toEqual([]);
    });
    it('in English, every page type is valid HTML and every reference on it resolves', async () => {
      // The English interface is made in the browser: validate and check what it made, serialized
      // into a copy of the site. Off: what is the browser's serialization, not ours (`hidden=""`,
      // a RIS line's final space written as a space, not `&#32;`), and h32 for the search view's
      // form, which the search script makes in either language and which submits on Enter.
      const validator = new HtmlValidate({
        extends: ['html-validate:recommended'],
        rules: {
          'attribute-boolean-style': 'off',
          'attribute-empty-style': 'off',
          'no-trailing-whitespace': 'off',
          'wcag/h32': 'off',
        },
      });
      const copy = fs.mkdtempSync(path.join(siteDir(SITES.real), '..', 'english-'));
      fs.cpSync(siteDir(SITES.real), copy, { recursive: true });
      const context = await s.browser.newContext();
      const page = await context.newPage();
      const errors: string[] = [];
      for (const sitePath of Object.values(PAGE_TYPES)) {
        await page.goto(s.site.url(`${sitePath}?lang=en`), { waitUntil: 'networkidle' });
        await page.waitForFunction(
          () => document.documentElement.lang === 'en' && !document.documentElement.hasAttribute('data-script-pending'),
        );
        const html = await page.evaluate(() => `<!DOCTYPE html>\n${document.documentElement.outerHTML}`);
        const file = sitePath.endsWith('.html') ? sitePath.slice(1) : `${sitePath.slice(1)}index.html`;
        fs.writeFileSync(path.join(copy, file), html);
        const report = await validator.validateString(html, file);
        for (const r of report.results)
          for (const m of r.messages) errors.push(`${file} (en):${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
      await context.close();
      const broken = checkSiteLinks(copy, '/').map((b) => `${b.from} (en): ${b.ref} (${b.reason})`);
      fs.rmSync(copy, { recursive: true });
      expect(errors).toEqual([]);
      expect(broken).toEqual([]);
    });
    it('opening search loads its scripts from this origin only', async () => {
      const page = await s.browser.newPage();
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(s.site.url('/'), { waitUntil: 'networkidle' });
      await page.keyboard.press('/');
      await page.locator('dialog[open] input[type="search"]').fill('民政');
      await page.locator('dialog[open] .ys-hit').first().waitFor();
      await page.close();
      expect(requests.some((u) => /\/_yilu\/search\.[0-9a-f]+\.js$/.test(u))).toBe(true);
      expect(requests.some((u) => /\/pagefind\//.test(u))).toBe(true);
      expect(requests.filter((u) => !u.startsWith(s.site.origin))).toEqual([]);
    });
  });

  describe('accessibility (axe-core, WCAG 2.2 A/AA)', () => {
    it('the gate catches what it should: an image without alt text and grey-on-grey text', async () => {
      const page = await s.browser.newPage();
      await page.goto(s.site.url('/about/'), { waitUntil: 'networkidle' });
      await page.evaluate(
        `document.querySelector('main').insertAdjacentHTML('beforeend', '<img src="/favicon.svg"><p style="color:#999;background:#aaa">低对比度</p>')`,
      );
      const found = (await axe(page)).map((v) => v.split(':')[0]);
      await page.close();
      expect(found).toEqual(expect.arrayContaining(['image-alt', 'color-contrast']));
    });
    for (const width of [375, 1280]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        it(`every page type at ${width}px, ${colorScheme}`, async () => {
          const context = await s.browser.newContext({ viewport: { width, height: 900 }, colorScheme });
          const page = await context.newPage();
          const problems: string[] = [];
          for (const [type, sitePath] of Object.entries(PAGE_TYPES)) {
            await page.goto(s.site.url(sitePath), { waitUntil: 'networkidle' });
            problems.push(...(await axe(page)).map((v) => `${type}: ${v}`));
            // The same page in the English interface, switched in place (the axe script stays loaded).
            await page.locator('[data-lang-switch]').click();
            await page.waitForFunction(() => document.documentElement.lang === 'en');
            problems.push(...(await axe(page)).map((v) => `${type} (en): ${v}`));
            await page.locator('[data-lang-switch]').click();
          }
          await context.close();
          expect(problems).toEqual([]);
        });
        it(`search dialog and results page at ${width}px, ${colorScheme}`, async () => {
          const context = await s.browser.newContext({ viewport: { width, height: 900 }, colorScheme });
          const page = await context.newPage();
          await page.goto(s.site.url('/conferences/'), { waitUntil: 'networkidle' });
          await page.keyboard.press('/');
          await page.locator('dialog[open] input[type="search"]').fill('社会组织');
          await page.locator('dialog[open] .ys-hit').first().waitFor();
          const problems = (await axe(page)).map((v) => `dialog: ${v}`);
          await page.goto(s.site.url('/search/?q=民政局'), { waitUntil: 'networkidle' });
          await page.locator('.ys-hit').first().waitFor();
          problems.push(...(await axe(page)).map((v) => `search page: ${v}`));
          // In English: the search page, then the dialog with results.
          await page.locator('[data-lang-switch]').click();
          await page.waitForFunction(() =>
            /^\d+ results?\b/.test(document.querySelector('.ys-status')?.textContent ?? ''),
          );
          problems.push(...(await axe(page)).map((v) => `search page (en): ${v}`));
          await page.goto(s.site.url('/conferences/'), { waitUntil: 'networkidle' });
          await page.keyboard.press('/');
          await page.locator('dialog[open] input[type="search"]').fill('社会组织');
          await page.locator('dialog[open] .ys-hit').first().waitFor();
          problems.push(...(await axe(page)).map((v) => `dialog (en): ${v}`));
          await context.close();
          expect(problems).toEqual([]);
        });
      }
    }
  });
});
