/**
 * The English interface in built HTML. Every page is built once, in Chinese, and
 * carries its English interface (docs/i18n.md): every Chinese text on it is either
 * the records' (inside an element marked lang="zh…", which keeps its language when
 * the page's becomes English) or an interface string carrying its English form
 * (`data-en`, `data-en-<attribute>`); the English forms are English; dates have
 * theirs; there are no /en/ twins, no hreflang alternates, and `_redirects` sends
 * the former /en/ addresses on. The English attributes stay small. What the
 * browser makes of all this is tests/site/english.test.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { AnyNode, Element, Text } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { htmlFiles, readPage } from '../support/html.ts';
import { SITES, SITES_DIR, siteDir } from '../support/sites.ts';

const HAN = /\p{Script=Han}/u;
/** Attributes a reader meets (read aloud, shown on hover or in an empty field). */
const READ_ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt'];
/** Elements whose text a reader never sees with JavaScript on (noscript), or that are not text. */
const SKIP = new Set(['script', 'style', 'noscript', 'template']);

/**
 * Chinese on a page that would stay Chinese in the English interface without being
 * the records': text outside any lang="zh…" element and outside any element that
 * carries its English form; reader-facing attributes without their English form.
 */
function untranslated(page: ReturnType<typeof readPage>): string[] {
  const body = page.find((e) => e.name === 'body');
  const out: string[] = [];
  const walk = (node: AnyNode, lang: string, english: boolean) => {
    if (node.type === 'text') {
      const text = (node as Text).data.trim();
      if (HAN.test(text) && !lang.startsWith('zh') && !english) out.push(text);
      return;
    }
    if (!('children' in node)) return;
    const el = node as Element;
    if (SKIP.has(el.name)) return;
    const own = el.attribs.lang ?? lang;
    for (const a of READ_ATTRIBUTES) {
      const value = el.attribs[a];
      if (value && HAN.test(value) && !own.startsWith('zh') && el.attribs[`data-en-${a}`] === undefined)
        out.push(`${a}="${value}"`);
    }
    const carries = english || el.attribs['data-en'] !== undefined || el.attribs['data-name-en'] !== undefined;
    for (const child of el.children) walk(child, own, carries);
  };
  if (body) walk(body, 'en', false);
  return out;
}

/** Every English form on a page (`data-en`, `data-en-*`, `data-name-en`, `data-site-en`) that is not English. */
function notEnglish(page: ReturnType<typeof readPage>): string[] {
  return page
    .findAll(() => true)
    .flatMap((el) =>
      Object.entries(el.attribs)
        .filter(([name]) => /^data-(en(-.+)?|name-en|site-en)$/.test(name))
        // The language switch offers 中文 in the English interface, marked as Chinese; a title
        // (plain text, no markup) names its record in Chinese: `Zhōu Lìmín 周利民 · Yilu`.
        .filter(
          ([name]) => !(name === 'data-en' && el.attribs['data-en-lang']?.startsWith('zh')) && name !== 'data-en-lang',
        )
        .filter(([name, value]) => !(el.name === 'title' && name === 'data-en' && value.endsWith(' · Yilu')))
        .filter(([, value]) => HAN.test(value) || /[\u3000-\u303f\uff01-\uff5e]/.test(value))
        .map(([name, value]) => `${el.name} ${name}="${value}"`),
    );
}

/** Bytes of the English interface's attributes on a page. */
const englishBytes = (html: string) =>
  [...html.matchAll(/ data-(?:en(?:-[a-z-]+)?|name-en|site-en)="[^"]*"/g)].reduce(
    (n, m) => n + Buffer.byteLength(m[0]),
    0,
  );

describe('English interface in the built pages', () => {
  for (const spec of [SITES.fixture, SITES.real]) {
    const dir = siteDir(spec);
    const files = htmlFiles(dir);

    it(`every page of the ${spec.name} site is built once, in Chinese, without hreflang twins`, () => {
      expect(files.length).toBeGreaterThan(30);
      expect(fs.existsSync(path.join(dir, 'en'))).toBe(false);
      for (const f of files) {
        const page = readPage(dir, f);
        expect(page.html, f).toMatch(/<html lang="zh-CN"/);
        expect(
          page.findAll((e) => e.name === 'link' && e.attribs.hreflang !== undefined),
          f,
        ).toEqual([]);
        expect(page.find((e) => e.attribs['data-lang-switch'] !== undefined)?.attribs.href, f).toBe('?lang=en');
      }
      expect(fs.readFileSync(path.join(dir, '_redirects'), 'utf8')).toContain('/en/* /:splat?lang=en 301');
    });

    it(`every Chinese text on the ${spec.name} site is the records' or carries its English form`, () => {
      const problems = files.flatMap((f) => untranslated(readPage(dir, f)).map((t) => `${f}: ${t}`));
      expect(problems).toEqual([]);
    });

    it(`the English forms on the ${spec.name} site are English, and dates have theirs`, () => {
      const problems: string[] = [];
      for (const f of files) {
        const page = readPage(dir, f);
        problems.push(...notEnglish(page).map((t) => `${f}: ${t}`));
        for (const time of page.findAll((e) => e.name === 'time')) {
          const zh = page.textOf(time);
          if (!HAN.test(zh)) continue;
          const en = time.attribs['data-en'] ?? '';
          if (
            !/^\d{1,2}( [A-Z][a-z]+)?( \d{4})?(–\d{1,2}| – \d{1,2} [A-Z][a-z]+( \d{4})?)? [A-Z][a-z]+ \d{4}$|^\d{1,2} [A-Z][a-z]+ \d{4}$/.test(
              en,
            )
          )
            problems.push(`${f}: <time> ${zh} → "${en}"`);
        }
      }
      expect(problems).toEqual([]);
    });
  }

  it('the checkers find Chinese interface text left without its English form', () => {
    const tmp = fs.mkdtempSync(path.join(SITES_DIR, 'i18n-'));
    fs.writeFileSync(
      path.join(tmp, 'index.html'),
      '<html lang="zh-CN"><body><p><span data-en="Speaker">发言人</span> <span lang="zh-CN">王强</span> <a data-name-en="Wáng Qiáng">王强</a></p>' +
        '<p>时任</p><nav aria-label="主导航"></nav><nav aria-label="位置" data-en-aria-label="Breadcrumbs"></nav><time data-en="2024年">2024年</time></body></html>',
    );
    const page = readPage(tmp, 'index.html');
    fs.rmSync(tmp, { recursive: true });
    expect(untranslated(page)).toEqual(['时任', 'aria-label="主导航"']);
    expect(notEnglish(page)).toEqual(['time data-en="2024年"']);
  });

  it('what the English interface adds to a page is small: no record is repeated', () => {
    const dir = siteDir(SITES.real);
    const speech = readPage(dir, '/conferences/2024-chuanyu/07-guo-qinghua/').html;
    const conference = readPage(dir, '/conferences/2024-chuanyu/').html;
    // Measured when this was built (docs/i18n.md): about 2.0 KB on the speech page, 4.1 KB on the conference's.
    expect(englishBytes(speech)).toBeLessThan(2_500);
    expect(englishBytes(conference)).toBeLessThan(5_000);
    // No English form repeats a record's Chinese: a long run of Han inside one would.
    expect(
      [...speech.matchAll(/ data-en(?:-[a-z-]+)?="([^"]*)"/g)].filter((m) => /\p{Script=Han}{4}/u.test(m[1]!)),
    ).toEqual([]);
  });
});
