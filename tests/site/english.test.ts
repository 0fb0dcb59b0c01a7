/**
 * The English interface in Chromium. Every page is built once, in Chinese; the
 * header's English/中文 switch swaps its interface strings in place
 * (src/reading/site.ts). Checked here: every page of the fixture site (under
 * /yilu/) and of the real archive in English has no Chinese outside the records
 * (which are marked lang="zh…"), no untranslated string, English dates and an
 * English title; switching back restores the page exactly; the choice persists to
 * the next page without a flash of Chinese, and ?lang=en opens any page in
 * English; English works with 繁; search speaks English and links to the same
 * pages; the former /en/ addresses land on the page in English; without
 * JavaScript every page is complete in Chinese.
 */
import { describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { hasBrowser } from '../support/browser.ts';
import { browseSite } from '../support/browse-site.ts';
import { htmlFiles } from '../support/html.ts';
import { SITES, siteDir } from '../support/sites.ts';

/** One page of each type in the fixture archive. */
const PAGE_TYPES: Record<string, string> = {
  home: '/',
  conferences: '/conferences/',
  conference: '/conferences/2022-xiling/',
  speech: '/conferences/2022-xiling/02-wang-qiang/',
  people: '/people/',
  person: '/people/chen-siyuan/',
  organizations: '/organizations/',
  organization: '/organizations/baijiang-daxue/',
  'series index': '/series/',
  series: '/series/xiling-gongyi-luntan/',
  years: '/years/',
  year: '/years/2023/',
  regions: '/regions/',
  region: '/regions/xiling/',
  about: '/about/',
  data: '/data/',
  search: '/search/',
  '404': '/404.html',
  speeches: '/speeches/',
  'speeches of a year': '/speeches/2023/',
  tags: '/tags/',
  tag: '/tags/xiang-cun-zhen-xing/',
};

/** A built page's site path: `people/x/index.html` → `/people/x/`. */
const sitePath = (file: string) => `/${file.replace(/index\.html$/, '')}`;

/**
 * What the English interface must not show, read from the live page: Chinese
 * characters or Chinese punctuation outside an element marked lang="zh…" (the
 * records), reader-facing attributes in Chinese outside one, a date not in
 * English, a title without the English site name.
 */
function inspectEnglish(): string[] {
  const out: string[] = [];
  const han = /[\p{Script=Han}\u3000-\u303f\uff01-\uff5e]/u;
  const zh = (el: Element) => (el.closest('[lang]')?.getAttribute('lang') ?? '').startsWith('zh');
  if (document.documentElement.lang !== 'en') out.push(`<html lang="${document.documentElement.lang}">`);
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement!;
    if (el.closest('script, style, noscript, template')) continue;
    if (han.test(n.textContent ?? '') && !zh(el))
      out.push(`${el.tagName.toLowerCase()}: ${(n.textContent ?? '').trim()}`);
  }
  for (const el of document.body.querySelectorAll('*')) {
    for (const a of ['aria-label', 'title', 'placeholder', 'alt']) {
      const v = el.getAttribute(a);
      if (v && han.test(v) && !zh(el)) out.push(`${el.tagName.toLowerCase()} ${a}="${v}"`);
    }
  }
  for (const t of document.querySelectorAll('time')) {
    if (zh(t)) continue;
    const text = t.textContent ?? '';
    if (
      !/^(\d{1,2}(–\d{1,2})? [A-Z][a-z]+( – \d{1,2} [A-Z][a-z]+)? \d{4}|\d{1,2} [A-Z][a-z]+ \d{4} – \d{1,2} [A-Z][a-z]+ \d{4}|\d{4}-\d{2}-\d{2}( \d{2}:\d{2}(:\d{2})?)?)$/.test(
        text,
      )
    )
      out.push(`time: ${text}`);
  }
  if (!/(^| · )Yilu( · An archive of conference proceedings)?$/.test(document.title))
    out.push(`title: ${document.title}`);
  return out;
}

/**
 * The page as a reader and the tests see it: its title and markup, attributes in
 * order. The search page's view is remade in the other language, and its element
 * ids are numbered as views are made: the number is left out.
 */
function snapshot(): string {
  const walk = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
    if (!(node instanceof Element)) return '';
    const attrs = [...node.attributes]
      .map((a) => `${a.name}="${a.value}"`)
      .sort()
      .join(' ');
    return `<${node.tagName.toLowerCase()} ${attrs}>${[...node.childNodes].map(walk).join('')}</>`;
  };
  return `${document.title}\n${walk(document.documentElement)}`.replace(/yilu-search-\d+/g, 'yilu-search-N');
}

const pending = (page: Page) =>
  page.waitForFunction(() => !document.documentElement.hasAttribute('data-script-pending'));
const switchLanguage = async (page: Page, to: 'en' | 'zh-CN') => {
  await page.locator('[data-lang-switch]').click();
  await page.waitForFunction(
    (lang) =>
      document.documentElement.lang === lang || (lang === 'zh-CN' && document.documentElement.lang === 'zh-Hant'),
    to,
  );
};

/** Frames of the page painted, before it was loaded, with text in a language other than English (see watchedContext). */
const framesInChinese = (page: Page) =>
  page.evaluate(() => (window as unknown as { chineseFrames: number }).chineseFrames);

/** A context that records, before every frame until the page is loaded, whether Chinese interface text could be painted. */
async function watchedContext(browser: Browser, viewport = { width: 1280, height: 900 }): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport });
  await context.addInitScript(() => {
    const w = window as unknown as { chineseFrames: number };
    w.chineseFrames = 0;
    const check = () => {
      const b = document.body;
      if (
        b?.textContent?.trim() &&
        getComputedStyle(b).visibility === 'visible' &&
        document.documentElement.lang !== 'en'
      )
        w.chineseFrames += 1;
      if (document.readyState !== 'complete') requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
  return context;
}

describe.skipIf(!hasBrowser)('English interface in Chromium', () => {
  const s = browseSite(SITES.fixtureBase);
  const real = browseSite(SITES.real);

  for (const [name, spec, served, sample] of [
    ['fixture (under /yilu/)', SITES.fixtureBase, s, Infinity],
    // The real archive: up to 5 pages of each kind (every page is checked in the built HTML, i18n.test.ts).
    ['real', SITES.real, real, 5],
  ] as const) {
    it(`${sample === Infinity ? 'every page' : `up to ${sample} pages of each kind`} of the ${name} site in English: the records in Chinese, everything else in English`, async () => {
      const context = await served.browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const kinds = new Map<string, number>();
      const files = htmlFiles(siteDir(spec)).filter((f) => {
        // people/x/index.html → people; conferences/c/s/index.html → conferences/*; index pages are each their own.
        const dirs = f.split('/').slice(0, -2);
        const kind = dirs.length === 0 ? f : dirs.length === 1 ? dirs[0]! : `${dirs[0]}/*`;
        kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
        return kinds.get(kind)! <= sample;
      });
      expect(files.length).toBeGreaterThan(30);
      await page.goto(served.site.url('/?lang=en'));
      const problems: string[] = [];
      for (const file of files) {
        await page.goto(served.site.url(file === '404.html' ? '/no-such-page/' : sitePath(file)), {
          waitUntil: 'domcontentloaded',
        });
        await pending(page);
        problems.push(...(await page.evaluate(inspectEnglish)).map((p) => `${file}: ${p}`));
      }
      await context.close();
      expect(problems).toEqual([]);
      expect(errors).toEqual([]);
    }, 240_000);
  }

  for (const width of [375, 1280]) {
    it(`every page type at ${width}px switches to English in place and back exactly, without scrolling sideways`, async () => {
      const context = await s.browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('pageerror', (e) => problems.push(e.message));
      for (const [type, path] of Object.entries(PAGE_TYPES)) {
        await page.goto(s.site.url(path));
        await pending(page);
        // The search page's view is made by the search bundle, which loads after the page.
        const searchView = () =>
          type === 'search' &&
          page.waitForFunction(
            () =>
              /\p{Script=Han}/u.test(document.querySelector('#search-page .ys-status')?.textContent ?? '') &&
              !!document.querySelector('#search-page .ys-filters select'),
          );
        await searchView();
        const before = await page.evaluate(snapshot);
        await switchLanguage(page, 'en');
        problems.push(...(await page.evaluate(inspectEnglish)).map((p) => `${type}: ${p}`));
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        if (overflow > 0) problems.push(`${type}: ${overflow}px wider than the window`);
        await switchLanguage(page, 'zh-CN');
        await searchView();
        if ((await page.evaluate(snapshot)) !== before)
          problems.push(`${type}: not the same page after switching back`);
      }
      await context.close();
      expect(problems).toEqual([]);
    }, 120_000);
  }

  it('names: pinyin before a person’s name, an English name where recorded, the Chinese marked as such', async () => {
    const page = await s.browser.newPage();
    await page.goto(s.site.url('/conferences/2022-xiling/01-lin-haiyan/?lang=en'));
    await pending(page);
    const link = page.locator('.facts a[href$="/people/lin-haiyan/"]');
    expect(await link.textContent()).toBe('Lín Hǎiyàn 林海燕');
    expect(await link.locator('span').getAttribute('lang')).toBe('zh-CN');
    expect(await page.locator('.site-nav a').allTextContents()).toEqual([
      'Conferences',
      'People',
      'Organizations',
      'Series',
      'Years',
      'Regions',
      'About',
    ]);
    expect(await page.locator('.facts').textContent()).toMatch(/\d{1,2}(–\d{1,2})? September 2022/);
    await page.goto(s.site.url('/organizations/baijiang-daxue/'));
    expect(await page.locator('h1').textContent()).toBe('Baijiang University 白江大学');
    expect(await page.title()).toBe('Baijiang University 白江大学 · Yilu');
    await page.close();
  });

  it('the choice persists to the next page without a flash of Chinese, and back to Chinese', async () => {
    const context = await watchedContext(s.browser);
    const page = await context.newPage();
    await page.goto(s.site.url('/conferences/2022-xiling/'));
    await pending(page);
    await switchLanguage(page, 'en');
    for (const path of ['/people/', '/conferences/2023-xiling/03-wang-qiang-2/', '/about/']) {
      await page.goto(s.site.url(path), { waitUntil: 'load' });
      await pending(page);
      expect(await framesInChinese(page), path).toBe(0);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      expect(await page.evaluate(() => getComputedStyle(document.body).visibility)).toBe('visible');
    }
    // The About page's prose: the English shown, the Chinese hidden, headings' ids on the English ones.
    expect(await page.locator('[data-only="zh"]').isHidden()).toBe(true);
    expect(await page.locator('#policy').textContent()).toBe('Editorial policy');
    await switchLanguage(page, 'zh-CN');
    expect(await page.locator('#policy').textContent()).toBe('编辑方针');
    await page.goto(s.site.url('/people/'));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(await page.locator('h1').textContent()).toBe('人物');
    await context.close();
  });

  it('?lang=en opens any page in English, shareably, and ?lang=zh in Chinese', async () => {
    const context = await watchedContext(s.browser);
    const page = await context.newPage();
    await page.goto(s.site.url('/series/xiling-gongyi-luntan/?lang=en'));
    await pending(page);
    expect(await framesInChinese(page)).toBe(0);
    expect(await page.evaluate(inspectEnglish)).toEqual([]);
    await page.goto(s.site.url('/years/'));
    expect(await page.locator('h1').textContent()).toBe('Browse by year');
    await page.goto(s.site.url('/years/?lang=zh'));
    await pending(page);
    expect(await page.locator('h1').textContent()).toBe('按年份浏览');
    // The switch on an address that asked for a language changes what it asks for.
    await switchLanguage(page, 'en');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    await context.close();
  });

  it('English and 繁 together: the interface in English, the records in Traditional, either order, and back', async () => {
    const context = await s.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const hantOn = () => page.waitForFunction(() => document.documentElement.dataset.script === 'hant');
    const toggle = page.locator('[data-script-toggle]');
    await page.goto(s.site.url('/conferences/2022-xiling/01-lin-haiyan/'));
    await pending(page);
    await switchLanguage(page, 'en');
    await toggle.click();
    await hantOn();
    const check = async () => {
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      expect(await page.locator('.site-nav').textContent()).toContain('Conferences');
      expect(await page.locator('dl.facts').textContent()).toContain('青川省民政廳副廳長');
      expect(await page.locator('[lang="zh-Hant"]').count()).toBeGreaterThan(5);
      expect(await page.evaluate(inspectEnglish)).toEqual([]);
    };
    await check();
    // The next page: both at once.
    await page.goto(s.site.url('/people/lin-haiyan/'));
    await hantOn();
    await pending(page);
    expect(await page.locator('h1').textContent()).toBe('Lín Hǎiyàn 林海燕');
    await page.goto(s.site.url('/conferences/2022-xiling/01-lin-haiyan/'));
    await hantOn();
    await check();
    // 繁 off in English: the interface stays English (labels and the search box too).
    await toggle.click();
    await page.waitForFunction(() => document.documentElement.dataset.script !== 'hant');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.locator('dl.facts').textContent()).toContain('青川省民政厅副厅长');
    expect(await page.locator('.breadcrumbs').getAttribute('aria-label')).toBe('Breadcrumbs');
    expect(await page.evaluate(inspectEnglish)).toEqual([]);
    // 繁 first, then English, then Chinese again: the Chinese interface in Traditional.
    await toggle.click();
    await hantOn();
    await switchLanguage(page, 'zh-CN');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hant');
    expect(await page.locator('.site-nav').textContent()).toContain('會議');
    await switchLanguage(page, 'en');
    await check();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('search in English: the dialog and the search page speak English and link to the same pages', async () => {
    const context = await s.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(s.site.url('/people/'));
    await pending(page);
    // Opened once in Chinese, the dialog follows the switch.
    await page.keyboard.press('/');
    await page.getByRole('dialog', { name: '搜索' }).waitFor();
    await page.keyboard.press('Escape');
    await switchLanguage(page, 'en');
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: 'Search' });
    await dialog.getByRole('searchbox', { name: 'Search Yilu' }).fill('王强');
    await page.waitForFunction(() => /results?\./.test(document.querySelector('dialog .ys-status')?.textContent ?? ''));
    expect(await dialog.locator('.ys-status').textContent()).toMatch(/^\d+ results?\.$/);
    const links = await dialog
      .locator('.ys-hit .ys-title')
      .evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.getAttribute('lang')]));
    expect(links.length).toBeGreaterThan(1);
    for (const [href, lang] of links) {
      expect(href).toMatch(/^\/yilu\/(?!en\/)/);
      expect(lang).toBe('zh-CN');
    }
    expect((await dialog.locator('.ys-type').allTextContents()).every((t) => /^[A-Z][a-z]+$/.test(t))).toBe(true);
    expect(await dialog.locator('summary').textContent()).toBe('Filter and sort');
    expect(await page.evaluate(inspectEnglish)).toEqual([]);
    // A result opens its page, in English.
    await dialog.locator('.ys-hit .ys-title').first().click();
    await page.waitForURL(/\/yilu\/(people|conferences|organizations)\//);
    await pending(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');

    // The search page answers ?q= in English, and follows the switch with its query.
    await page.goto(s.site.url('/search/?q=%E9%99%88%E6%80%9D%E8%BF%9C'));
    await page.waitForFunction(() => /results?\./.test(document.querySelector('.ys-status')?.textContent ?? ''));
    expect(await page.locator('.ys-hit .ys-title').first().getAttribute('href')).toMatch(
      /^\/yilu\/people\/chen-siyuan\//,
    );
    expect(await page.evaluate(inspectEnglish)).toEqual([]);
    await switchLanguage(page, 'zh-CN');
    await page.waitForFunction(() => /找到/.test(document.querySelector('.ys-status')?.textContent ?? ''));
    expect(await page.locator('#search-page input[type=search]').inputValue()).toBe('陈思远');
    expect(requests.every((p) => p.startsWith('/yilu/'))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('cites in English: the buttons and messages, the same citations', async () => {
    const context = await s.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: s.site.origin });
    const page = await context.newPage();
    await page.goto(s.site.url('/conferences/2022-xiling/02-wang-qiang/?lang=en'));
    await pending(page);
    await page.getByText('Cite this page').click();
    await page.getByRole('button', { name: 'Copy BibTeX' }).click();
    await expect.poll(() => page.locator('.cite-status').textContent()).toBe('Copied the BibTeX citation.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
      /^@inproceedings\{yilu-2022-xiling-02-wang-qiang,/,
    );
    expect(await page.locator('#cite-gbt7714').getAttribute('lang')).toBe('zh-CN');
    await page.locator('a[data-para-link][href="#p-2"]').click();
    await expect
      .poll(() => page.locator('.cite-status').textContent())
      .toBe('Copied the citation of paragraph 2 (its link points to the paragraph).');
    expect(await page.locator('a[data-para-link][href="#p-2"]').getAttribute('aria-label')).toBe('Link to paragraph 2');
    await switchLanguage(page, 'zh-CN');
    expect(await page.getByRole('button', { name: '复制 BibTeX' }).count()).toBe(1);
    await context.close();
  });

  it('the former /en/ addresses land on the same page in English, keeping the query and fragment', async () => {
    const context = await s.browser.newContext();
    const page = await context.newPage();
    for (const [from, to] of [
      ['/en/people/chen-siyuan/', '/yilu/people/chen-siyuan/?lang=en'],
      ['/en/', '/yilu/?lang=en'],
      ['/en', '/yilu/?lang=en'],
      ['/en/search/?q=%E7%8E%8B%E5%BC%BA', '/yilu/search/?q=%E7%8E%8B%E5%BC%BA&lang=en'],
      ['/en/conferences/2022-xiling/02-wang-qiang/#p-2', '/yilu/conferences/2022-xiling/02-wang-qiang/?lang=en#p-2'],
    ]) {
      await page.goto(s.site.url(from!));
      await page.waitForURL((u) => !u.pathname.startsWith('/yilu/en'));
      await pending(page);
      const url = new URL(page.url());
      expect(url.pathname + url.search + url.hash, from).toBe(to);
      expect(await page.evaluate(() => document.documentElement.lang), from).toBe('en');
      expect(await page.title(), from).not.toMatch(/Page not found|找不到/);
    }
    // Any other missing page is the 404 page, in the reader's language.
    const response = await page.goto(s.site.url('/english/'));
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Page not found');
    await context.close();
  });

  it('without JavaScript every page is complete in Chinese', async () => {
    const context = await s.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const [type, path] of Object.entries(PAGE_TYPES)) {
      await page.goto(s.site.url(`${path}?lang=en`));
      expect(await page.evaluate(() => document.documentElement.lang), type).toBe('zh-CN');
      expect(await page.locator('body').isVisible(), type).toBe(true);
      expect(await page.locator('h1').textContent(), type).toMatch(/\p{Script=Han}/u);
      expect(await page.locator('[data-lang-switch]').isHidden(), type).toBe(true);
      expect(
        await page.locator('[data-only="en"]').evaluateAll((els) => els.every((e) => (e as HTMLElement).hidden)),
        type,
      ).toBe(true);
      expect(await page.locator('main').innerText(), type).not.toMatch(/\b(Speaker|Conferences|Summary)\b/);
    }
    await context.close();
  });
});
