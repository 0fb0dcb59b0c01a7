/**
 * The English interface (/en/) in built HTML: every page has an English twin with
 * <html lang="en">; every Chinese character on it sits inside an element marked
 * lang="zh…" (records' text), so no interface string is left untranslated; hreflang
 * alternates pair every page with its twin and resolve; English pages are not in
 * the search index; YILU_LOCALES=zh builds without them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DomUtils } from 'htmlparser2';
import type { AnyNode, Element, Text } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { astroBuild } from '../support/build.ts';
import { htmlFiles, readPage } from '../support/html.ts';
import { SITES, SITES_DIR, siteDir } from '../support/sites.ts';

const HAN = /\p{Script=Han}/u;

/** Text nodes with Han characters whose nearest `lang` ancestor is not Chinese. */
function untranslated(page: ReturnType<typeof readPage>): string[] {
  const body = page.find((e) => e.name === 'body');
  const out: string[] = [];
  const walk = (node: AnyNode, lang: string) => {
    if (node.type === 'text') {
      const text = (node as Text).data.trim();
      if (HAN.test(text) && !lang.startsWith('zh')) out.push(text);
      return;
    }
    if (!('children' in node)) return;
    const el = node as Element;
    if (el.name === 'script' || el.name === 'style') return;
    const own = el.attribs?.lang ?? lang;
    for (const child of el.children) walk(child, own);
  };
  if (body) walk(body, 'en');
  return out;
}

describe('English interface', () => {
  for (const spec of [SITES.fixture, SITES.real]) {
    const dir = siteDir(spec);
    const zhPages = htmlFiles(dir).filter((f) => !f.startsWith('en/') && f !== '404.html');
    it(`every page of the ${spec.name} site has an English twin with <html lang="en">`, () => {
      expect(zhPages.length).toBeGreaterThan(10);
      for (const f of zhPages) {
        const twin = path.join(dir, 'en', f);
        expect(fs.existsSync(twin), `en/${f}`).toBe(true);
        expect(readPage(dir, `en/${f}`).html).toMatch(/<html lang="en"/);
        expect(readPage(dir, f).html).toMatch(/<html lang="zh-CN"/);
      }
    });

    it(`no Chinese text on an English page of the ${spec.name} site is outside a lang="zh…" element`, () => {
      const problems = zhPages.flatMap((f) => untranslated(readPage(dir, `en/${f}`)).map((t) => `en/${f}: ${t}`));
      expect(problems).toEqual([]);
    });

    it(`hreflang alternates of the ${spec.name} site pair each page with its twin and resolve`, () => {
      for (const f of zhPages) {
        for (const rel of [f, `en/${f}`]) {
          const page = readPage(dir, rel);
          const links = page.findAll((e) => e.name === 'link' && e.attribs.rel === 'alternate' && !!e.attribs.hreflang);
          const map: Record<string, string> = Object.fromEntries(links.map((l) => [l.attribs.hreflang!, new URL(l.attribs.href!).pathname]));
          const zhPath = `/${f.replace(/index\.html$/, '')}`;
          expect(map, rel).toEqual({ 'zh-CN': zhPath, en: `/en${zhPath}`, 'x-default': zhPath });
          for (const p of Object.values(map)) expect(fs.existsSync(path.join(dir, p, 'index.html')), `${rel} → ${p}`).toBe(true);
        }
      }
    });
  }

  it('the checker itself finds Chinese interface text left on an English page', () => {
    const dir = siteDir(SITES.fixture);
    const tmp = fs.mkdtempSync(path.join(SITES_DIR, 'i18n-'));
    fs.writeFileSync(path.join(tmp, 'index.html'), '<html lang="en"><body><p>Speaker: <span lang="zh-CN">王强</span></p><p>发言人</p></body></html>');
    expect(untranslated(readPage(tmp, 'index.html'))).toEqual(['发言人']);
    fs.rmSync(tmp, { recursive: true });
    expect(fs.existsSync(dir)).toBe(true);
  });

  it('English pages use English words, dates and pinyin names; content stays Chinese', () => {
    const dir = siteDir(SITES.fixture);
    const page = readPage(dir, 'en/conferences/2022-xiling/01-lin-haiyan/');
    expect(page.text).toContain('Speaker');
    expect(page.text).toContain('Lín Hǎiyàn');
    expect(page.text).toMatch(/\d{1,2}(–\d{1,2})? [A-Z][a-z]+ 2022/);
    const nav = page.find((e) => e.name === 'nav' && e.attribs.class === 'site-nav');
    expect(page.textOf(nav)).toBe('Conferences People Organizations Series Years Regions About');
    const zhLink = page.find((e) => e.name === 'a' && (e.attribs.class ?? '').includes('lang-link'));
    expect(zhLink?.attribs.href).toBe('/conferences/2022-xiling/01-lin-haiyan/');
    expect(page.textOf(zhLink)).toBe('中文');
  });

  it('English pages are not indexed: every result of the index is a Chinese page', () => {
    const dir = siteDir(SITES.fixture);
    const fragments = fs.readdirSync(path.join(dir, 'pagefind/fragment'));
    expect(fragments.length).toBeGreaterThan(10);
    const zhPages = htmlFiles(dir).filter((f) => !f.startsWith('en/') && f !== '404.html');
    expect(fragments.length).toBeLessThanOrEqual(zhPages.length);
  });

  it('YILU_LOCALES=zh builds without /en/ and without hreflang links', () => {
    const out = path.join(SITES_DIR, 'fixture-zh-only');
    fs.rmSync(out, { recursive: true, force: true });
    const result = astroBuild({ content: SITES.fixture.content, out, env: { YILU_LOCALES: 'zh' } });
    expect(result.status, result.output.slice(-2000)).toBe(0);
    expect(fs.existsSync(path.join(out, 'en'))).toBe(false);
    const home = readPage(out, '/');
    expect(home.html).not.toContain('hreflang');
    expect(DomUtils.findAll((e) => (e.attribs.class ?? '').includes('lang-link'), home.doc.children)).toEqual([]);
    expect(readPage(out, '404.html').find((e) => e.attribs.lang === 'en'), 'no English on the 404 page').toBeUndefined();
    fs.rmSync(out, { recursive: true, force: true });
  }, 180_000);
});
