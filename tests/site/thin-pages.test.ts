/**
 * Pages that had little to give (issue 15, items 7 and 8), on the built fixture and
 * real sites: organizations list the speakers of their units, regions with no
 * conference are not advertised, every speech is in a list, tags are links to their
 * pages, a speech says once that its report gives no content, and the English
 * interface has English names of organizations and positions (with the Chinese), English
 * terms of use and English place searches. Expectations come from the archive graph the
 * pages are built from, not from lists.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArchive } from '../../src/integrations/search/index-build.ts';
import { DATA_TERMS_EN } from '../../src/lib/formats/terms.ts';
import { provinceEnglish } from '../../src/lib/place-english.ts';
import { englishPositions } from '../../src/lib/positions.ts';
import { searchDocuments } from '../../src/lib/search/documents.ts';
import { tagIndex } from '../../src/lib/tags.ts';
import { organizationTimeline } from '../../src/lib/timelines.ts';
import { toTraditional } from '../../src/lib/text/s2t.ts';
import { hasBrowser } from '../support/browser.ts';
import { browseSite } from '../support/browse-site.ts';
import { engineSearch, searchBundle } from '../support/search.ts';
import { byAttr, byTag, htmlFiles, readPage } from '../support/html.ts';
import { ROOT, SITES, siteDir, type SiteSpec } from '../support/sites.ts';

const hrefsOf = (p: ReturnType<typeof readPage>) => p.findAll(byTag('a')).map((a) => a.attribs.href ?? '');
const sitePath = (file: string) => `/${file.replace(/index\.html$/, '')}`;

for (const spec of [SITES.fixture, SITES.real] as SiteSpec[]) {
  describe(`thin pages filled on the ${spec.name} site`, () => {
    const archive = readArchive(path.join(ROOT, spec.content));
    const dir = siteDir(spec);
    const page = (p: string) => readPage(dir, p, ['span', 'a']);
    const published = <T extends { data: { draft?: boolean } }>(xs: T[]) => xs.filter((x) => !x.data.draft);
    const conferences = published(archive.conferences);
    const speeches = conferences.flatMap((c) => published(c.speeches));

    it('an organization names the speakers of its units too (民政部: 刘振国 and 余永龙 of its 社会组织管理局)', () => {
      const units = (o: (typeof archive.organizations)[number]): typeof archive.organizations =>
        o.children.flatMap((c) => [c, ...units(c)]);
      let rolled = 0;
      for (const o of archive.organizations) {
        const people = units(o).flatMap((u) => u.members.map((m) => m.person));
        const hrefs = hrefsOf(page(o.path));
        for (const p of people) expect(hrefs, `${o.path} ← ${p.data.name}`).toContain(p.path);
        rolled += people.length;
      }
      expect(rolled).toBeGreaterThan(0);
      if (spec.name === 'real') {
        const text = page('/organizations/minzhengbu/').text;
        for (const name of ['刘振国', '余永龙']) expect(text).toContain(name);
      }
    });

    it('does not link or offer a region with no conference, and names it apart on /regions/', () => {
      const empty = archive.regions.filter((r) => r.conferences.length === 0);
      const listed = archive.regions.filter((r) => r.conferences.length > 0);
      if (spec.name === 'real') expect(empty.map((r) => r.id)).toContain('jingjinji');
      const regions = page('/regions/');
      for (const r of listed) expect(hrefsOf(regions), r.id).toContain(r.path);
      const apart = regions.find(byAttr('aria-labelledby', 'empty-regions'));
      if (empty.length) expect(regions.textOf(apart)).toContain('尚未收录会议的区域');
      else expect(apart).toBeUndefined();
      for (const r of empty) {
        expect(regions.textOf(apart), r.id).toContain(r.data.name);
        expect(
          page(r.path).find((e) => e.name === 'meta' && e.attribs.name === 'robots')?.attribs.content,
          r.path,
        ).toBe('noindex');
      }
      // No page links to an empty region, and search does not offer it.
      const emptyPaths = new Set(empty.map((r) => r.path));
      for (const file of htmlFiles(dir)) {
        for (const href of hrefsOf(readPage(dir, file))) expect(emptyPaths.has(href), `${file} → ${href}`).toBe(false);
      }
      for (const d of searchDocuments(archive)) expect(emptyPaths.has(d.path), d.path).toBe(false);
    });

    it("lists every published speech once on /speeches/ (and its year's page), which the home page's counter links to", () => {
      const list = page('/speeches/');
      const linked = hrefsOf(list).filter((h) => speeches.some((s) => s.path === h));
      expect(linked.sort()).toEqual(speeches.map((s) => s.path).sort());
      for (const y of new Set(speeches.map((s) => s.conference.year))) {
        const own = speeches.filter((s) => s.conference.year === y).map((s) => s.path);
        expect(
          hrefsOf(page(`/speeches/${y}/`))
            .filter((h) => own.includes(h))
            .sort(),
          String(y),
        ).toEqual(own.sort());
      }
      const home = page('/');
      const counter = home.findAll(byTag('a')).find((a) => a.attribs.href === '/speeches/');
      expect(counter, 'home page counter').toBeDefined();
      expect(home.textOf(counter!.parent as Parameters<typeof home.textOf>[0])).toBe(`${speeches.length} 篇发言`);
      // A conference card's speech counter leads to that conference's program.
      const cards = page('/conferences/');
      for (const c of conferences.filter((x) => published(x.speeches).length)) {
        const counter = cards.findAll(byTag('a')).find((a) => a.attribs.href === `${c.path}#program`);
        expect(cards.textOf(counter), c.path).toBe(`${published(c.speeches).length} 篇发言`);
      }
      // Program order within each conference.
      const order = hrefsOf(list).filter((h) => speeches.some((s) => s.path === h));
      for (const c of conferences) {
        const own = published(c.speeches).map((s) => s.path);
        expect(
          order.filter((h) => own.includes(h)),
          c.path,
        ).toEqual(own);
      }
    });

    it('makes every tag a link to its page, which lists the records that carry it', () => {
      const { tags, byName } = tagIndex(archive);
      expect(tags.length).toBeGreaterThan(0);
      for (const record of [...conferences, ...speeches]) {
        const hrefs = hrefsOf(page(record.path));
        for (const t of record.data.tags) {
          const node = byName.get(t)!;
          expect(node.path, t).toMatch(/^\/tags\/[a-z0-9]+(?:-[a-z0-9]+)*\/$/);
          expect(hrefs, `${record.path}: ${t}`).toContain(node.path);
          expect(hrefsOf(page(node.path)), `${node.path} lists ${record.path}`).toContain(record.path);
        }
      }
      const index = hrefsOf(page('/tags/'));
      for (const t of tags) expect(index, t.name).toContain(t.path);
    });

    it('says once that a report gives only a title: no 要点 section without key points, none repeating the summary', () => {
      let without = 0;
      for (const s of speeches) {
        const p = page(s.path);
        const points = p.find(byAttr('aria-labelledby', 'points'));
        if (!s.body?.trim()) {
          without++;
          expect(points, s.path).toBeUndefined();
          continue;
        }
        const summary = s.data.summary;
        if (summary) expect(p.textOf(points), s.path).not.toContain(summary);
        // The statement that the report records nothing is made at most once on the page.
        const saying = (
          p.textOf(p.find(byTag('article'))).match(/报道[^。；]{0,12}(?:没有|未|只)[^。；]*(?:内容|题目|主题)/g) ?? []
        ).length;
        expect(saying, s.path).toBeLessThanOrEqual(1);
      }
      if (spec.name === 'real') expect(without).toBeGreaterThan(0);
    });

    it('writes the English names of organizations and positions before the Chinese, where editors gave them', () => {
      const positions = englishPositions(archive);
      if (spec.name === 'real') {
        expect(archive.organizations.find((o) => o.id === 'minzhengbu')?.data.englishName).toBe(
          'Ministry of Civil Affairs',
        );
        expect(positions.get('民政部副部长')).toBe('Vice Minister of Civil Affairs');
      }
      for (const o of archive.organizations.filter((x) => x.data.englishName)) {
        for (const c of o.roles.map((r) => r.conference)) {
          const p = page(c.path);
          const link = p.find((e) => e.name === 'a' && e.attribs.href === o.path);
          expect(link?.attribs['data-name-en'], `${c.path} → ${o.id}`).toBe(o.data.englishName);
          expect(p.englishOf(link)).toBe(`${o.data.englishName} ${o.data.name}`);
        }
      }
      for (const s of speeches) {
        for (const sp of s.speakers.filter((x) => positions.has(x.position))) {
          const p = page(s.path);
          const el = p.find((e) => e.attribs['data-name-en'] === positions.get(sp.position));
          expect(p.textOf(el), s.path).toBe(sp.position);
        }
      }
    });

    it('states the terms of use in English on /data/ and keeps the Chinese beside them', () => {
      const data = page('/data/');
      const english = data.find((e) => e.attribs['data-only'] === 'en');
      expect(data.textOf(english)).toContain(DATA_TERMS_EN);
    });

    it("does not tell readers what is advice to editors, nor list a converter's Traditional spelling as a name in JSON-LD", () => {
      for (const p of archive.people) {
        const built = page(p.path);
        expect(built.textOf(built.find(byTag('article'))), p.path).not.toMatch(/请以职务区分|同名者众/);
        for (const script of built.findAll((e) => e.name === 'script' && e.attribs.type === 'application/ld+json')) {
          const ld = JSON.parse(built.textOf(script)) as { alternateName?: string[] };
          expect(ld.alternateName ?? [], p.path).not.toContain(toTraditional(p.data.name));
        }
      }
    });
  });
}

describe.skipIf(!hasBrowser)("English place names find the place's pages (Chromium, real site)", () => {
  const spec = SITES.real;
  const s = browseSite(spec);
  const archive = readArchive(path.join(ROOT, spec.content));
  const conferences = archive.conferences.filter((c) => !c.data.draft);

  it('Suzhou, Chengdu, Sichuan, Jiangsu, Hong Kong: conferences held there, organizations there, regions', async () => {
    const page = await s.browser.newPage();
    await page.goto(s.site.url('/'));
    const bundle = searchBundle(siteDir(spec));
    const urls = async (q: string) =>
      (await engineSearch(page, bundle, q, {}, 100)).map((h) => new URL(h.url, s.site.origin).pathname);
    const heldIn = (city: string) => conferences.filter((c) => c.data.city === city).map((c) => c.path);
    expect(heldIn('苏州市').length).toBeGreaterThan(1);
    expect(await urls('Suzhou')).toEqual(expect.arrayContaining(heldIn('苏州市')));
    expect(await urls('Chengdu')).toEqual(expect.arrayContaining(heldIn('成都市')));
    // A province by its English name: the conferences held in its cities, the regions it belongs to,
    // organizations there; an organization placed in Hong Kong by the English name, which is not its pinyin.
    const heldInProvince = (en: string) =>
      conferences.filter((c) => provinceEnglish(c.data.city) === en).map((c) => c.path);
    const inProvince = (en: string) =>
      archive.organizations.filter((o) => provinceEnglish(o.data.place) === en).map((o) => o.path);
    const regionsOf = (en: string) =>
      archive.regions
        .filter((r) => r.conferences.length && r.data.members.some((m) => provinceEnglish(m) === en))
        .map((r) => r.path);
    for (const en of ['Sichuan', 'Jiangsu', 'Hong Kong']) {
      const got = await urls(en);
      expect(got, en).toEqual(expect.arrayContaining([...regionsOf(en), ...heldInProvince(en)]));
      expect(got.filter((u) => inProvince(en).includes(u)).length, en).toBeGreaterThan(0);
    }
    expect(heldInProvince('Sichuan').length).toBeGreaterThan(1);
    expect(inProvince('Hong Kong').length).toBeGreaterThan(0);
    expect(await urls('Hong Kong')).toEqual(expect.arrayContaining(inProvince('Hong Kong')));
    await page.close();
  });

  it('sorted by date, a page with no date of its own (an organization with no role or speaker, itself or in its units) still comes back, last', async () => {
    const page = await s.browser.newPage();
    await page.goto(s.site.url('/'));
    // 赛力斯集团: named only as a presider's employer, with no role, document or speaker at any conference.
    const org = archive.organizations.find((o) => o.id === 'sailisi-jituan')!;
    expect(organizationTimeline(org), 'pick an organization with no date of its own').toEqual([]);
    const script = `(async () => {
      const m = await import(${JSON.stringify(searchBundle(siteDir(spec)))});
      const r = await m.engine.search(${JSON.stringify(org.data.name)}, { limit: 500, maxChecked: 500, sort: 'date' });
      return r.hits.map((h) => ({ url: new URL(h.url, location.href).pathname, date: h.sortDate }));
    })()`;
    const hits = (await page.evaluate(script)) as { url: string; date: string }[];
    expect(hits.length).toBeGreaterThan(1);
    expect(hits.at(-1)).toEqual({ url: org.path, date: '0000-00-00' });
    await page.close();
  });

  it('the search filters of the English interface offer kinds of speech, regions and organizations in English where named', async () => {
    const page = await s.browser.newPage();
    await page.goto(s.site.url(`/search/?q=${encodeURIComponent('民政')}&lang=en`));
    const options = async (name: string) => {
      const select = page.locator(`select[name="${name}"]`);
      await select.waitFor();
      return select.locator('option').allTextContents();
    };
    for (const name of ['kind', 'region']) {
      const texts = await options(name);
      expect(texts.length, name).toBeGreaterThan(2);
      for (const o of texts) expect(o, name).not.toMatch(/\p{Script=Han}/u);
    }
    const named = archive.organizations.filter((o) => o.data.englishName);
    const orgs = await options('organization');
    expect(orgs).toContain('Ministry of Civil Affairs');
    for (const o of named) expect(orgs, o.id).not.toContain(o.data.name);
    // The Chinese interface keeps the records' names.
    await page.goto(s.site.url(`/search/?q=${encodeURIComponent('民政')}&lang=zh`));
    expect(await options('organization')).toContain('民政部');
    await page.close();
  });
});

describe('the tag and speech list pages exist for every tag and year, and nothing else under them', () => {
  for (const spec of [SITES.fixture, SITES.real] as SiteSpec[]) {
    it(spec.name, () => {
      const archive = readArchive(path.join(ROOT, spec.content));
      const built = htmlFiles(siteDir(spec)).map(sitePath);
      const tagPages = built.filter((p) => /^\/tags\/[^/]+\/$/.test(p)).sort();
      expect(tagPages).toEqual(
        tagIndex(archive)
          .tags.map((t) => t.path)
          .sort(),
      );
      expect(fs.existsSync(path.join(siteDir(spec), 'speeches/index.html'))).toBe(true);
    });
  }
});
