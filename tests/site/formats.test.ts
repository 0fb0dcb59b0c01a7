/**
 * Cite it, reuse it: every machine-readable format of the built sites, read back
 * with a parser that is not the generator — BibTeX (@retorquere/bibtex-parser),
 * RIS (astrocite-ris), JSON-LD (jsonld expansion), XML (fast-xml-parser), JSON
 * Schema (Ajv), CSV (csv-parse) — and compared with the content records.
 * Runs on the real archive and on the fixture archive at / and under /yilu/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DomUtils } from 'htmlparser2';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { AST as RisAst, parse as parseRis } from 'astrocite-ris';
import jsonld from 'jsonld';
import { XMLParser } from 'fast-xml-parser';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import { archiveFrom } from '../support/archive.ts';
import { byAttr, htmlFiles, readPage } from '../support/html.ts';
import { absolute, citationsOf, fileOfUrl, jsonLdOf, offlineLoader } from '../support/formats.ts';
import { ROOT, SITES, siteDir, type SiteSpec } from '../support/sites.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['item', 'url', 'sitemap', 'category'].includes(name) });
const S = (p: string) => `https://schema.org/${p}`;
type Expanded = Record<string, unknown[]>;
const val = (node: Expanded, p: string) => (node[S(p)] as { '@value'?: unknown }[] | undefined)?.map((v) => v['@value']);
const nodes = (node: Expanded, p: string) => (node[S(p)] ?? []) as Expanded[];

interface Expected {
  key: string;
  title: string;
  authors: string[];
  conference: string;
  date: string;
  place: string;
  url: string;
}

function checkCitations(page: ReturnType<typeof readPage>, e: Expected, kind: 'speech' | 'conference') {
  const c = citationsOf(page);
  expect(Object.keys(c).sort()).toEqual(['bibtex', 'csl', 'gbt7714', 'ris']);
  for (const f of Object.values(c)) {
    expect(f.download.replace(/\r/g, '')).toBe(f.text.replace(/\r/g, ''));
    expect(f.filename).toMatch(new RegExp(`^${e.key}\\.(txt|bib|ris|json)$`));
  }
  const [y, m, d] = e.date.split('-').map(Number) as [number, number, number];

  // BibTeX
  const bib = parseBibtex(c.bibtex!.download);
  expect(bib.errors).toEqual([]);
  expect(bib.entries).toHaveLength(1);
  const entry = bib.entries[0]!;
  expect(entry.key).toBe(e.key);
  expect(entry.key).toMatch(/^[a-z0-9-]+$/);
  expect(entry.type).toBe(kind === 'speech' ? 'inproceedings' : 'misc');
  expect(entry.fields.title).toBe(e.title);
  expect((entry.fields.author ?? []).map((a: { name?: string }) => a.name)).toEqual(e.authors);
  if (kind === 'speech') expect(entry.fields.booktitle).toBe(e.conference);
  expect(entry.fields.address).toBe(e.place);
  expect(entry.fields.year).toBe(String(y));
  expect(entry.fields.month).toBe(`${MONTHS[m - 1]} ${d}`);
  expect(entry.fields.url).toBe(e.url);

  // RIS: the grammar's tags, and astrocite's conversion to CSL
  expect(c.ris!.download).toMatch(/\r\nER {2}- \r\n$/);
  const ast = (RisAst as { parse(s: string): { children: { type: string; properties: { key: string; value: string }[] }[] } }).parse(c.ris!.download);
  expect(ast.children).toHaveLength(1);
  const tags = (k: string) => ast.children[0]!.properties.filter((p) => p.key === k).map((p) => p.value);
  expect(ast.children[0]!.type).toBe(kind === 'speech' ? 'CONF' : 'GEN');
  expect(tags('AU')).toEqual(e.authors);
  expect(tags('TI')).toEqual([e.title]);
  expect(tags(kind === 'speech' ? 'C3' : 'T2')).toEqual([e.conference]);
  expect(tags('CY')).toEqual([e.place]);
  const risCsl = parseRis(c.ris!.download)[0] as Record<string, unknown>;
  expect(risCsl.title).toBe(e.title);
  expect(risCsl['publisher-place']).toBe(e.place);
  expect(tags('DA')).toEqual([`${y}/${m}/${d}/`]);
  expect(c.ris!.download.split('\r\n').slice(0, -1).every((l) => /^[A-Z][A-Z0-9] {2}- /.test(l))).toBe(true);
  expect(risCsl.URL).toBe(e.url);

  // CSL-JSON
  const csl = JSON.parse(c.csl!.download) as Record<string, unknown>[];
  expect(csl).toHaveLength(1);
  const item = csl[0]!;
  expect(item['citation-key']).toBe(e.key);
  expect(item.type).toBe(kind === 'speech' ? 'speech' : 'event');
  expect(item.title).toBe(e.title);
  expect((item.author as { literal: string }[] | undefined ?? []).map((a) => a.literal)).toEqual(e.authors);
  expect(item['event-title']).toBe(e.conference);
  expect(item['event-place']).toBe(e.place);
  expect((item.issued as { 'date-parts': number[][] })['date-parts'][0]).toEqual([y, m, d]);
  expect(item.URL).toBe(e.url);

  // GB/T 7714-2015: no parser exists, so its grammar is spelled out here.
  const gbt = c.gbt7714!.download;
  const authorPart = e.authors.length > 3 ? `${e.authors.slice(0, 3).join(', ')}, 等` : e.authors.join(', ');
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const host = kind === 'speech' ? `\\[EB/OL\\]//${esc(e.conference)}, ` : `\\[EB/OL\\]. `;
  expect(gbt).toMatch(
    new RegExp(`^${authorPart ? esc(authorPart) + '\\. ' : ''}${esc(e.title)}${host}${esc(e.place)}, ${e.date}(/\\d{4}-\\d{2}-\\d{2})?\\. 议录\\[\\d{4}-\\d{2}-\\d{2}\\]\\. ${esc(e.url)}\\.$`),
  );

  // citation_* meta tags
  const meta = (name: string) => page.findAll((el) => el.name === 'meta' && el.attribs.name === name).map((el) => el.attribs.content);
  expect(meta('citation_title')).toEqual([e.title]);
  expect(meta('citation_author')).toEqual(e.authors);
  expect(meta('citation_conference_title')).toEqual([e.conference]);
  expect(meta('citation_date')).toEqual([e.date.replace(/-/g, '/')]);
}

function suite(spec: SiteSpec) {
  const dir = siteDir(spec);
  const archive = archiveFrom(path.join(ROOT, spec.content));
  const abs = (p: string) => absolute(p, spec.base);
  const page = (p: string) => readPage(dir, p);
  const readJson = (p: string) => JSON.parse(fs.readFileSync(path.join(dir, p), 'utf8'));

  describe(`${spec.name}: citations`, () => {
    it('every conference page cites the conference in four formats that parse and agree', () => {
      expect(archive.conferences.length).toBeGreaterThan(0);
      for (const c of archive.conferences) {
        const p = page(c.path);
        checkCitations(p, {
          key: `yilu-${c.id}`,
          title: c.data.title,
          authors: c.roles.organizers.map((o) => o.data.name),
          conference: c.data.title,
          date: c.data.startDate,
          place: c.data.city,
          url: abs(c.path),
        }, 'conference');
      }
    });
    it('every speech page cites the speech: speaker, title, conference, date and place', () => {
      for (const s of archive.speeches) {
        checkCitations(page(s.path), {
          key: `yilu-${s.conference.id}-${s.slug}`,
          title: s.data.title ?? s.displayTitle,
          authors: s.speakers.map((sp) => sp.person.data.name),
          conference: s.conference.data.title,
          date: s.session.date ?? s.conference.data.startDate,
          place: s.conference.data.city,
          url: abs(s.path),
        }, 'speech');
      }
    });
    it('gives every paragraph of speech and conference bodies a numbered anchor with a permalink', () => {
      for (const n of [...archive.conferences, ...archive.speeches]) {
        const p = page(n.path);
        const ids = p.findAll((e) => /^p-\d+$/.test(e.attribs.id ?? '')).map((e) => e.attribs.id);
        expect(ids.length, n.path).toBeGreaterThan(0);
        expect(ids).toEqual(ids.map((_, i) => `p-${i + 1}`));
        for (const id of ids) expect(p.find((e) => e.name === 'a' && e.attribs.href === `#${id}` && e.attribs['data-para-link'] !== undefined), `${n.path}#${id}`).toBeDefined();
      }
    });
  });

  describe(`${spec.name}: structured data`, () => {
    it('every page has JSON-LD that expands, Open Graph tags and a canonical URL', async () => {
      const files = htmlFiles(dir);
      for (const f of files) {
        const p = readPage(dir, f);
        const blocks = jsonLdOf(p);
        expect(blocks.length, f).toBeGreaterThan(0);
        for (const b of blocks) {
          const expanded = await jsonld.expand(b, { documentLoader: offlineLoader });
          expect(expanded.length, f).toBeGreaterThan(0);
        }
        const og = (prop: string) => p.find((e) => e.name === 'meta' && e.attribs.property === prop)?.attribs.content;
        expect(og('og:title'), f).toBeTruthy();
        expect(og('og:url'), f).toMatch(new RegExp(`^${ORIGIN_RE}${spec.base}`));
        if (f !== '404.html') expect(p.find((e) => e.name === 'link' && e.attribs.rel === 'canonical')?.attribs.href).toBe(og('og:url'));
      }
    });
    it('a conference is an Event with place, organizers, its series as superEvent and its speeches as subEvents', async () => {
      for (const c of archive.conferences) {
        const [event] = (await jsonld.expand(jsonLdOf(page(c.path)).find((b) => b['@type'] === 'Event'), { documentLoader: offlineLoader })) as unknown as Expanded[];
        expect(event!['@id']).toBe(`${abs(c.path)}#event`);
        expect(val(event!, 'name')).toEqual([c.data.title]);
        expect(val(event!, 'startDate')).toEqual([c.data.startDate]);
        const address = nodes(nodes(event!, 'location')[0]!, 'address')[0]!;
        expect(val(address, 'addressLocality')).toEqual([c.data.city]);
        expect(nodes(event!, 'organizer').map((o) => val(o, 'name')![0])).toEqual([...c.roles.organizers, ...c.roles.hosts].map((o) => o.data.name));
        const series = nodes(event!, 'superEvent')[0]!;
        expect(series['@type']).toEqual([S('EventSeries')]);
        expect(val(series, 'name')).toEqual([c.series.data.name]);
        expect(nodes(event!, 'subEvent').map((e) => e['@id'])).toEqual(c.speeches.map((s) => `${abs(s.path)}#event`));
      }
    });
    it('a speech is an Event whose performers are Roles held then, part of its conference', async () => {
      for (const s of archive.speeches) {
        const [event] = (await jsonld.expand(jsonLdOf(page(s.path)).find((b) => b['@type'] === 'Event'), { documentLoader: offlineLoader })) as unknown as Expanded[];
        expect(nodes(event!, 'superEvent')[0]!['@id']).toBe(`${abs(s.conference.path)}#event`);
        const roles = nodes(event!, 'performer');
        expect(roles.map((r) => r['@type'])).toEqual(s.speakers.map(() => [S('PerformanceRole')]));
        expect(roles.map((r) => val(r, 'roleName')![0])).toEqual(s.speakers.map((sp) => sp.position));
        expect(roles.map((r) => val(nodes(r, 'performer')[0]!, 'name')![0])).toEqual(s.speakers.map((sp) => sp.person.data.name));
        const affiliations = roles.flatMap((r) => nodes(nodes(r, 'performer')[0]!, 'affiliation'));
        expect(affiliations.map((a) => val(a, 'roleName')![0])).toEqual(s.speakers.flatMap((sp) => sp.affiliations.map((a) => a.role)));
      }
    });
  });

  describe(`${spec.name}: open data`, () => {
    const data = readJson('api/archive.json');
    it('archive.json validates against schema.json (Ajv, JSON Schema 2020-12)', () => {
      const schema = readJson('api/schema.json');
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.$id).toBe(abs('/api/schema.json'));
      const ajv = new Ajv2020({ allErrors: true, strict: false });
      addFormats.default(ajv);
      const validate = ajv.compile(schema);
      expect(validate(data), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
      expect(data.$schema).toBe(abs('/api/schema.json'));
      expect(data.version).toBe(1);
      // The schema is not a rubber stamp: a record missing a required field fails.
      const broken = structuredClone(data);
      delete broken.speeches[0].speakers;
      expect(validate(broken)).toBe(false);
    });
    it('counts the records the site shows: one built page for each', () => {
      const dirs = (sub: string, depth = 1) =>
        htmlFiles(dir).filter((f) => f.startsWith(`${sub}/`) && f.split('/').length === depth + 2).length;
      const shown = {
        conferences: dirs('conferences'),
        speeches: dirs('conferences', 2),
        people: dirs('people'),
        organizations: dirs('organizations'),
        series: dirs('series'),
        regions: dirs('regions'),
      };
      expect(data.counts).toEqual(shown);
      for (const k of Object.keys(shown) as (keyof typeof shown)[]) expect(data[k]).toHaveLength(shown[k]);
      for (const r of [...data.conferences, ...data.speeches, ...data.people, ...data.organizations, ...data.series, ...data.regions]) {
        expect(fileOfUrl(r.url, dir, spec.base), r.url).toBeDefined();
      }
      expect(JSON.stringify(data)).not.toContain('"draft"');
    });
    it('publishes JSON beside every conference and series page, and of all people and organizations in one file each', () => {
      for (const c of archive.conferences) {
        const j = readJson(`${c.path.slice(1, -1)}.json`);
        expect(j.title).toBe(c.data.title);
        expect(j.speeches.map((s: { id: string; title?: string; speakers: unknown[] }) => s.id)).toEqual(c.speeches.map((s) => s.id));
        expect(j.speeches.every((s: { speakers: unknown[] }) => s.speakers.length > 0)).toBe(true);
        expect(fileOfUrl(j.url, dir, spec.base)).toBeDefined();
      }
      for (const n of archive.series) {
        const j = readJson(`${n.path.slice(1, -1)}.json`);
        expect(j.id).toBe(n.id);
        expect(j.url).toBe(abs(n.path));
      }
      const people = readJson('api/people.json').people as { id: string; url: string }[];
      const organizations = readJson('api/organizations.json').organizations as { id: string; url: string }[];
      const byId = (a: string[], b: string[]) => a[0]!.localeCompare(b[0]!);
      expect(people.map((p) => [p.id, p.url]).sort(byId)).toEqual(archive.people.map((p) => [p.id, abs(p.path)]).sort(byId));
      expect(organizations.map((o) => [o.id, o.url]).sort(byId)).toEqual(archive.organizations.map((o) => [o.id, abs(o.path)]).sort(byId));
      const speech = archive.speeches[0]!;
      expect(page(speech.path).find(byAttr('href', `${spec.base}${speech.conference.path.slice(1, -1)}.json`))).toBeDefined();
    });
    it('speeches.csv has one row per speech, readable by a CSV parser', () => {
      const text = fs.readFileSync(path.join(dir, 'api/speeches.csv'), 'utf8');
      expect(text.startsWith('\uFEFF')).toBe(true);
      const rows = parseCsv(text, { bom: true, columns: true }) as Record<string, string>[];
      expect(rows.map((r) => r.id)).toEqual(archive.speeches.map((s) => s.id));
      for (const [i, s] of archive.speeches.entries()) {
        expect(rows[i]!.speakers).toBe(s.speakers.map((sp) => sp.person.data.name).join('；'));
        expect(rows[i]!.conference).toBe(s.conference.data.title);
        expect(rows[i]!.url).toBe(abs(s.path));
      }
    });
  });

  describe(`${spec.name}: feed and discovery`, () => {
    it('the RSS feed lists conferences newest first with absolute links to built pages', () => {
      const feed = xml.parse(fs.readFileSync(path.join(dir, 'feed.xml'), 'utf8'));
      const items = feed.rss.channel.item as { title: string; link: string; pubDate: string }[];
      expect(items.map((i) => i.title)).toEqual(archive.conferences.map((c) => c.data.title));
      const dates = items.map((i) => Date.parse(i.pubDate));
      expect(dates).toEqual([...dates].sort((a, b) => b - a));
      for (const i of items) expect(fileOfUrl(i.link, dir, spec.base), i.link).toBeDefined();
      expect(page('/').find((e) => e.name === 'link' && e.attribs.type === 'application/rss+xml')?.attribs.href).toBe(`${spec.base}feed.xml`);
    });
    it('the sitemap lists every page but search and 404, each an absolute URL of a built page', () => {
      const index = xml.parse(fs.readFileSync(path.join(dir, 'sitemap-index.xml'), 'utf8'));
      const locs = (index.sitemapindex.sitemap as { loc: string }[]).flatMap((s) => {
        const file = fileOfUrl(s.loc, dir, spec.base);
        expect(file, s.loc).toBeDefined();
        return (xml.parse(fs.readFileSync(file!, 'utf8')).urlset.url as { loc: string }[]).map((u) => u.loc);
      });
      for (const loc of locs) expect(fileOfUrl(loc, dir, spec.base), loc).toBeDefined();
      // The search page is not content.
      const pages = htmlFiles(dir).filter((f) => f !== '404.html' && !/^search\//.test(f));
      expect(locs.length).toBe(pages.length);
      const robots = fs.readFileSync(path.join(dir, 'robots.txt'), 'utf8');
      expect(robots).toContain(`Sitemap: ${abs('/sitemap-index.xml')}`);
    });
    it('the 404 page offers search under the base in both interfaces, and sends the former /en/ addresses on', () => {
      const p = page('404.html');
      const form = p.find((e) => e.name === 'form' && e.attribs.role === 'search');
      expect(form?.attribs.action).toBe(`${spec.base}search/`);
      expect(p.find((e) => e.name === 'input' && e.attribs.name === 'q')).toBeDefined();
      expect(p.englishOf(p.find((e) => e.name === 'main'))).toMatch(/^Page not found .* Home · All conferences$/);
      // Static hosts serve this page at every missing address, /en/… included: a few inline lines
      // send those on to the page in English (tests/site/english.test.ts follows them in Chromium),
      // and hosts that read `_redirects` do it on the server.
      const inline = p.findAll((e) => e.name === 'script' && !e.attribs.src && !e.attribs.type).map((e) => DomUtils.textContent(e));
      expect(inline.some((js) => js.includes(`${JSON.stringify(spec.base)},location`) && js.includes('lang=en'))).toBe(true);
      expect(fs.readFileSync(path.join(dir, '_redirects'), 'utf8')).toContain(`${spec.base}en/* ${spec.base}:splat?lang=en 301`);
    });
    it('the /data/ page links every download', () => {
      const p = page('/data/');
      for (const f of ['api/archive.json', 'api/schema.json', 'api/speeches.csv', 'feed.xml', 'sitemap-index.xml']) {
        expect(p.find(byAttr('href', `${spec.base}${f}`)), f).toBeDefined();
        expect(fs.existsSync(path.join(dir, f)), f).toBe(true);
      }
    });
  });
}

const ORIGIN_RE = 'https://yilu\\.example\\.org';

for (const spec of [SITES.real, SITES.fixture, SITES.fixtureBase]) suite(spec);
