/**
 * Cite it, reuse it: every machine-readable format of the built sites, read back
 * with a parser that is not the generator — BibTeX (@retorquere/bibtex-parser),
 * RIS (astrocite-ris), JSON-LD (jsonld expansion), XML (fast-xml-parser), JSON
 * Schema (Ajv), CSV (csv-parse) — and compared with the content files themselves,
 * read here with the `yaml` package alone (tests/support/content-files.ts), not with
 * the archive graph the pages were rendered from. Runs on the real archive and on the
 * fixture archive at / and under /yilu/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DomUtils } from 'htmlparser2';
import type { AnyNode, Element, Text } from 'domhandler';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { AST as RisAst, parse as parseRis } from 'astrocite-ris';
import jsonld from 'jsonld';
import { XMLParser } from 'fast-xml-parser';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import { bodyOf, differences, readContentFiles, type ConferenceFile, type Yaml } from '../support/content-files.ts';
import { byAttr, htmlFiles, readPage } from '../support/html.ts';
import { absolute, citationsOf, fileOfUrl, jsonLdOf, offlineLoader } from '../support/formats.ts';
import { originOf, ROOT, SITES, siteDir, type SiteSpec } from '../support/sites.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const xml = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ['item', 'url', 'sitemap', 'category'].includes(name),
});
const S = (p: string) => `https://schema.org/${p}`;
type Expanded = Record<string, unknown[]>;
const val = (node: Expanded, p: string) =>
  (node[S(p)] as { '@value'?: unknown }[] | undefined)?.map((v) => v['@value']);
const nodes = (node: Expanded, p: string) => (node[S(p)] ?? []) as Expanded[];

interface Expected {
  key: string;
  title: string;
  authors: string[];
  conference: string;
  date: string;
  place: string;
  url: string;
  /** The title is the page's heading, supplied by the editors (no title was reported). */
  supplied?: boolean;
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
  // `month = dec` (BibTeX's macro) reads back as the month's number; the day is its own field.
  expect(entry.fields.month).toBe(String(m));
  expect(entry.fields.day).toBe(String(d));
  expect(c.bibtex!.download).toMatch(new RegExp(`\\tmonth = ${MONTHS[m - 1]},\\n`));
  expect(entry.fields.url).toBe(e.url);
  // The URL once: not repeated in howpublished.
  expect(entry.fields.howpublished).toBeUndefined();
  expect(c.bibtex!.download.split(e.url)).toHaveLength(2);

  // RIS: the grammar's tags, and astrocite's conversion to CSL
  // The record ends with ER; its CRLF line ends are the download's (checked on a real download in cite.test.ts).
  expect(c.ris!.text).toMatch(/^TY {2}- (CONF|GEN)\r?\n[\s\S]*\r?\nER {2}- \r?\n?$/);
  const ast = (
    RisAst as { parse(s: string): { children: { type: string; properties: { key: string; value: string }[] }[] } }
  ).parse(c.ris!.download);
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
  // The RIS specification's date: YYYY/MM/DD/, month and day in two digits; PY the year alone.
  expect(tags('DA')).toEqual([`${e.date.replace(/-/g, '/')}/`]);
  expect(tags('PY')).toEqual([String(y)]);
  const risLines = c.ris!.download.split(/\r?\n/).filter((l) => l !== '');
  expect(risLines.length).toBeGreaterThan(8);
  expect(
    risLines.every((l) => /^[A-Z][A-Z0-9] {2}- /.test(l)),
    risLines.join('|'),
  ).toBe(true);
  expect(risCsl.URL).toBe(e.url);
  // The language and script of the record's text, as shown (the panel is never converted to 繁).
  expect(tags('LA')).toEqual(['zh-Hans']);

  // CSL-JSON
  const csl = JSON.parse(c.csl!.download) as Record<string, unknown>[];
  expect(csl).toHaveLength(1);
  const item = csl[0]!;
  expect(item['citation-key']).toBe(e.key);
  expect(item.type).toBe(kind === 'speech' ? 'speech' : 'event');
  expect(item.title).toBe(e.title);
  expect(((item.author as { literal: string }[] | undefined) ?? []).map((a) => a.literal)).toEqual(e.authors);
  expect(item['event-title']).toBe(e.conference);
  expect(item['event-place']).toBe(e.place);
  expect((item.issued as { 'date-parts': number[][] })['date-parts'][0]).toEqual([y, m, d]);
  expect(item.URL).toBe(e.url);

  // GB/T 7714-2015: no parser exists, so its grammar is spelled out here.
  const gbt = c.gbt7714!.download;
  const authorPart = e.authors.length > 3 ? `${e.authors.slice(0, 3).join(', ')}, 等` : e.authors.join(', ');
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // 责任者. 题名[EB/OL]. (发表日期)[引用日期]. URL. — a supplied title in square brackets, no `//`.
  const title = e.supplied ? `\\[${esc(e.title)}\\]` : esc(e.title);
  expect(gbt).toMatch(
    new RegExp(
      `^${authorPart ? `${esc(authorPart)}\\. ` : ''}${title}\\[EB/OL\\]\\. \\(${e.date}\\)\\[\\d{4}-\\d{2}-\\d{2}\\]\\. ${esc(e.url)}\\.$`,
    ),
  );
  expect(gbt).not.toContain(`//${e.conference}`);

  // citation_* meta tags
  const meta = (name: string) =>
    page.findAll((el) => el.name === 'meta' && el.attribs.name === name).map((el) => el.attribs.content);
  expect(meta('citation_title')).toEqual([e.title]);
  expect(meta('citation_author')).toEqual(e.authors);
  expect(meta('citation_conference_title')).toEqual([e.conference]);
  expect(meta('citation_date')).toEqual([e.date.replace(/-/g, '/')]);
}

/** The records the content files describe, with what a page of each shows, worked out from the files by hand. */
function contentOf(spec: SiteSpec) {
  const files = readContentFiles(path.join(ROOT, spec.content));
  const drafts = [...files.conferences.values()].filter((c) => c.data.draft === true);
  const conferences = [...files.conferences.values()].filter((c) => c.data.draft !== true);
  const name = (kind: 'people' | 'organizations' | 'series', id: string) => files[kind].get(id)!.name as string;
  const list = (v: unknown) => (v ?? []) as string[];
  type SpeechFile = { conf: ConferenceFile; slug: string; data: Yaml };
  // Program order: each speech's `order`.
  const speechesOf = (c: ConferenceFile): SpeechFile[] =>
    [...c.speeches]
      .filter(([, data]) => data.draft !== true)
      .map(([slug, data]) => ({ conf: c, slug, data }))
      .sort((a, b) => (a.data.order as number) - (b.data.order as number));
  const speakers = (s: SpeechFile) =>
    s.data.speakers as { person: string; position: string; affiliations?: { organization: string; role: string }[] }[];
  const session = (s: SpeechFile) => (s.conf.data.sessions as Yaml[]).find((x) => x.id === s.data.session)!;
  /** The body of a record's file as written, found by its path (index.md or .mdx, a speech .md or .mdx). */
  const bodyAt = (stem: string) => {
    const text = files.texts.get(`${stem}.md`) ?? files.texts.get(`${stem}.mdx`);
    if (text === undefined) throw new Error(`no content file ${stem}.md(x)`);
    return bodyOf(text);
  };
  return {
    files,
    drafts,
    overview: (c: ConferenceFile) => bodyAt(`conferences/${c.id}/index`),
    keyPoints: (s: SpeechFile) => bodyAt(`conferences/${s.conf.id}/speeches/${s.slug}`),
    conferences,
    // Newest first, as the site lists them.
    newestFirst: [...conferences].sort((a, b) => String(b.data.startDate).localeCompare(String(a.data.startDate))),
    speechesOf,
    speakers,
    session,
    name,
    list,
    confPath: (c: ConferenceFile) => `/conferences/${c.id}/`,
    speechPath: (s: SpeechFile) => `/conferences/${s.conf.id}/${s.slug}/`,
    speakerNames: (s: SpeechFile) => speakers(s).map((sp) => name('people', sp.person)),
    // A speech was given on its session's day, or else on the conference's first day.
    speechDate: (s: SpeechFile) => String(session(s).date ?? s.conf.data.startDate),
    // An untitled speech is called by its speakers and its kind (the page's heading): 周利民讲话.
    speechTitle: (s: SpeechFile) =>
      (s.data.title as string | undefined) ??
      `${speakers(s)
        .map((sp) => name('people', sp.person))
        .join('、')}${s.data.kind}`,
  };
}

function suite(spec: SiteSpec) {
  const dir = siteDir(spec);
  const content = contentOf(spec);
  const { conferences, speechesOf, name, list } = content;
  const speeches = conferences.flatMap(speechesOf);
  const abs = (p: string) => absolute(p, spec);
  const page = (p: string) => readPage(dir, p);
  const readJson = (p: string) => JSON.parse(fs.readFileSync(path.join(dir, p), 'utf8'));

  describe(`${spec.name}: citations`, () => {
    it('every conference page cites the conference in four formats that parse and agree', () => {
      expect(conferences.length).toBeGreaterThan(0);
      for (const c of conferences) {
        checkCitations(
          page(content.confPath(c)),
          {
            key: `yilu-${c.id}`,
            title: c.data.title as string,
            authors: list(c.data.organizers).map((o) => name('organizations', o)),
            conference: c.data.title as string,
            date: String(c.data.startDate),
            place: c.data.city as string,
            url: abs(content.confPath(c)),
          },
          'conference',
        );
      }
    });
    it('every speech page cites the speech: speaker, title, conference, date and place', () => {
      for (const s of speeches) {
        checkCitations(
          page(content.speechPath(s)),
          {
            key: `yilu-${s.conf.id}-${s.slug}`,
            title: content.speechTitle(s),
            authors: content.speakerNames(s),
            conference: s.conf.data.title as string,
            date: content.speechDate(s),
            place: s.conf.data.city as string,
            url: abs(content.speechPath(s)),
            supplied: s.data.title === undefined,
          },
          'speech',
        );
      }
    });
    it('gives every paragraph of speech and conference bodies a numbered anchor with a permalink', () => {
      // A speech whose report gives only a title has no key points, and so no paragraphs.
      const bodied = [
        ...conferences.map(content.confPath),
        ...speeches.filter((s) => content.keyPoints(s)).map(content.speechPath),
      ];
      expect(bodied.length).toBeGreaterThan(conferences.length);
      for (const p0 of bodied) {
        const p = page(p0);
        const ids = p.findAll((e) => /^p-\d+$/.test(e.attribs.id ?? '')).map((e) => e.attribs.id);
        expect(ids.length, p0).toBeGreaterThan(0);
        expect(ids).toEqual(ids.map((_, i) => `p-${i + 1}`));
        for (const id of ids)
          expect(
            p.find((e) => e.name === 'a' && e.attribs.href === `#${id}` && e.attribs['data-para-link'] !== undefined),
            `${p0}#${id}`,
          ).toBeDefined();
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
        expect(og('og:url')?.startsWith(originOf(spec) + spec.base), f).toBe(true);
        // A page kept only at its address (a region with no conference, the 404 page) is noindex and names no canonical URL.
        const noindex = p.find((e) => e.name === 'meta' && e.attribs.name === 'robots')?.attribs.content === 'noindex';
        if (noindex)
          expect(
            p.find((e) => e.name === 'link' && e.attribs.rel === 'canonical'),
            f,
          ).toBeUndefined();
        else expect(p.find((e) => e.name === 'link' && e.attribs.rel === 'canonical')?.attribs.href).toBe(og('og:url'));
      }
    });
    it('a conference is an Event with place, organizers, its series as superEvent and its speeches as subEvents', async () => {
      for (const c of conferences) {
        const url = abs(content.confPath(c));
        const [event] = (await jsonld.expand(
          jsonLdOf(page(content.confPath(c))).find((b) => b['@type'] === 'Event'),
          { documentLoader: offlineLoader },
        )) as unknown as Expanded[];
        expect(event!['@id']).toBe(`${url}#event`);
        expect(val(event!, 'name')).toEqual([c.data.title]);
        expect(val(event!, 'startDate')).toEqual([String(c.data.startDate)]);
        const address = nodes(nodes(event!, 'location')[0]!, 'address')[0]!;
        expect(val(address, 'addressLocality')).toEqual([c.data.city]);
        expect(nodes(event!, 'organizer').map((o) => val(o, 'name')![0])).toEqual(
          [...list(c.data.organizers), ...list(c.data.hosts)].map((o) => name('organizations', o)),
        );
        const series = nodes(event!, 'superEvent')[0]!;
        expect(series['@type']).toEqual([S('EventSeries')]);
        expect(val(series, 'name')).toEqual([name('series', c.data.series as string)]);
        expect(nodes(event!, 'subEvent').map((e) => e['@id'])).toEqual(
          speechesOf(c).map((s) => `${abs(content.speechPath(s))}#event`),
        );
      }
    });
    it('a speech is an Event whose performers are Roles held then, part of its conference', async () => {
      for (const s of speeches) {
        const [event] = (await jsonld.expand(
          jsonLdOf(page(content.speechPath(s))).find((b) => b['@type'] === 'Event'),
          { documentLoader: offlineLoader },
        )) as unknown as Expanded[];
        expect(nodes(event!, 'superEvent')[0]!['@id']).toBe(`${abs(content.confPath(s.conf))}#event`);
        const roles = nodes(event!, 'performer');
        const sps = content.speakers(s);
        expect(roles.map((r) => r['@type'])).toEqual(sps.map(() => [S('PerformanceRole')]));
        expect(roles.map((r) => val(r, 'roleName')![0])).toEqual(sps.map((sp) => sp.position));
        expect(roles.map((r) => val(nodes(r, 'performer')[0]!, 'name')![0])).toEqual(content.speakerNames(s));
        const affiliations = roles.flatMap((r) => nodes(nodes(r, 'performer')[0]!, 'affiliation'));
        expect(affiliations.map((a) => val(a, 'roleName')![0])).toEqual(
          sps.flatMap((sp) => (sp.affiliations ?? []).map((a) => a.role)),
        );
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
      expect(data.version).toBe(2);
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
      for (const r of [
        ...data.conferences,
        ...data.speeches,
        ...data.people,
        ...data.organizations,
        ...data.series,
        ...data.regions,
      ]) {
        expect(fileOfUrl(r.url, dir, spec), r.url).toBeDefined();
      }
      expect(JSON.stringify(data)).not.toContain('"draft"');
    });
    it('holds every conference and speech the content files publish, each as written, and no draft', () => {
      expect(data.conferences.map((r: Yaml) => r.id).sort()).toEqual(conferences.map((c) => c.id).sort());
      for (const c of conferences) {
        const r = data.conferences.find((x: Yaml) => x.id === c.id);
        expect(differences(r, c.data), c.id).toEqual([]);
        expect(r.url).toBe(abs(content.confPath(c)));
        expect(r.speeches).toEqual(speechesOf(c).map((s) => `${c.id}/${s.slug}`));
      }
      expect(data.speeches.map((r: Yaml) => r.id).sort()).toEqual(speeches.map((s) => `${s.conf.id}/${s.slug}`).sort());
      for (const s of speeches) {
        const r = data.speeches.find((x: Yaml) => x.id === `${s.conf.id}/${s.slug}`);
        expect(differences(r, s.data), r.id).toEqual([]);
        expect([r.conference, r.slug, r.date, r.url]).toEqual([
          s.conf.id,
          s.slug,
          content.speechDate(s),
          abs(content.speechPath(s)),
        ]);
      }
    });
    it('holds the text the pages show: each overview (概况) and each speech’s key points (要点), as the files write them', () => {
      // Letters and digits only: the page's ¶ links, footnote marks and list markers aside, each
      // paragraph and point shown must be in the data.
      const letters = (t: string) => t.replace(/[^\p{L}\p{N}]/gu, '');
      const shownBlocks = (p: string, section: string) => {
        const sec = page(p).find((e) => e.name === 'section' && e.attribs['aria-labelledby'] === section);
        expect(sec, `${p} has no ${section} section`).toBeDefined();
        // The text of a block without its footnote marks (GFM renders [^a] as a numbered <sup>).
        const text = (n: AnyNode): string =>
          n.type === 'text'
            ? (n as Text).data
            : 'children' in n && !(n.type === 'tag' && (n as Element).name === 'sup')
              ? (n as Element).children.map(text).join('')
              : '';
        return DomUtils.findAll((e) => /^p-\d+$/.test(e.attribs.id ?? ''), [sec!]).map((e) => letters(text(e)));
      };
      const json = new Map(conferences.map((c) => [c.id, readJson(`conferences/${c.id}.json`)]));
      let withText = 0;
      for (const c of conferences) {
        const written = content.overview(c);
        const r = data.conferences.find((x: Yaml) => x.id === c.id);
        expect(r.overview, c.id).toBe(written);
        expect(json.get(c.id).overview, `conferences/${c.id}.json`).toBe(written);
        if (written) withText++;
        for (const block of shownBlocks(content.confPath(c), 'overview'))
          expect(letters(r.overview ?? ''), `${c.id}: ${block}`).toContain(block);
      }
      for (const s of speeches) {
        const id = `${s.conf.id}/${s.slug}`;
        const written = content.keyPoints(s);
        // The key points are in the conference's JSON, which archive.json names, and only there.
        expect(
          data.speeches.find((x: Yaml) => x.id === id),
          id,
        ).not.toHaveProperty('keyPoints');
        expect(data.conferences.find((x: Yaml) => x.id === s.conf.id).json).toBe(abs(`/conferences/${s.conf.id}.json`));
        const r = json.get(s.conf.id).speeches.find((x: Yaml) => x.id === id);
        expect(r.keyPoints, `conferences/${s.conf.id}.json ${id}`).toBe(written);
        if (written) withText++;
        // No key points, no 要点 section (the summary says the report gives none).
        if (!written) {
          expect(
            page(content.speechPath(s)).find((e) => e.name === 'section' && e.attribs['aria-labelledby'] === 'points'),
            id,
          ).toBeUndefined();
          continue;
        }
        for (const block of shownBlocks(content.speechPath(s), 'points'))
          expect(letters(r.keyPoints ?? ''), `${id}: ${block}`).toContain(block);
      }
      expect(withText).toBeGreaterThan(conferences.length);
      // The schema describes the overview, and where the key points are.
      const schema = JSON.stringify(readJson('api/schema.json'));
      expect(schema).toMatch(/"overview":\{[^{}]*Markdown/);
      expect(schema).toMatch(/"json":\{[^{}]*keyPoints/);
    });
    it('holds every person, organization, series and region as written; leaves out only those a draft alone names', () => {
      const draftText = content.drafts
        .flatMap((c) =>
          [...content.files.texts].filter(([f]) => f.startsWith(`conferences/${c.id}/`)).map(([, t]) => t),
        )
        .join('\n');
      for (const [kind, sub] of [
        ['people', 'people'],
        ['organizations', 'organizations'],
        ['series', 'series'],
        ['regions', 'regions'],
      ] as const) {
        const written = content.files[kind];
        const records = data[kind] as Yaml[];
        for (const r of records) {
          expect(written.has(r.id as string), `${kind}/${r.id} has no content file`).toBe(true);
          expect(differences(r, written.get(r.id as string)), `${kind}/${r.id}`).toEqual([]);
          expect(r.url).toBe(abs(`/${sub}/${r.id}/`));
        }
        const left = [...written.keys()].filter((id) => !records.some((r) => r.id === id));
        for (const id of left)
          expect(draftText, `${kind}/${id} is not published, and no draft names it`).toMatch(new RegExp(`\\b${id}\\b`));
      }
    });
    it('publishes JSON beside every conference and series page, and of all people and organizations in one file each, as the files say', () => {
      for (const c of conferences) {
        const j = readJson(`conferences/${c.id}.json`);
        expect(differences(j, c.data), c.id).toEqual([]);
        expect(j.url).toBe(abs(content.confPath(c)));
        expect(j.speeches.map((s: Yaml) => s.id)).toEqual(speechesOf(c).map((s) => `${c.id}/${s.slug}`));
        for (const [i, s] of speechesOf(c).entries()) {
          expect(differences(j.speeches[i], s.data), `${c.id}/${s.slug}`).toEqual([]);
          expect(j.speeches[i].speakerNames).toEqual(content.speakerNames(s));
        }
      }
      for (const r of data.series as Yaml[]) {
        const j = readJson(`series/${r.id}.json`);
        expect(differences(j, content.files.series.get(r.id as string)), `series/${r.id}`).toEqual([]);
        expect([j.id, j.url]).toEqual([r.id, abs(`/series/${r.id}/`)]);
      }
      for (const kind of ['people', 'organizations'] as const) {
        const records = readJson(`api/${kind}.json`)[kind] as Yaml[];
        expect(records.map((r) => r.id).sort()).toEqual((data[kind] as Yaml[]).map((r) => r.id).sort());
        for (const j of records) {
          expect(differences(j, content.files[kind].get(j.id as string)), `api/${kind}.json ${j.id}`).toEqual([]);
          expect(j.url).toBe(abs(`/${kind}/${j.id}/`));
        }
      }
      const first = speeches[0]!;
      expect(
        page(content.speechPath(first)).find(byAttr('href', `${spec.base}conferences/${first.conf.id}.json`)),
      ).toBeDefined();
    });
    it('speeches.csv has one row per speech, newest conference first, in program order, as the files say', () => {
      const text = fs.readFileSync(path.join(dir, 'api/speeches.csv'), 'utf8');
      expect(text.startsWith('\uFEFF')).toBe(true);
      const rows = parseCsv(text, { bom: true, columns: true }) as Record<string, string>[];
      const expected = content.newestFirst.flatMap(speechesOf);
      expect(rows.map((r) => r.id)).toEqual(expected.map((s) => `${s.conf.id}/${s.slug}`));
      for (const [i, s] of expected.entries()) {
        expect(rows[i]).toEqual({
          id: `${s.conf.id}/${s.slug}`,
          conference_id: s.conf.id,
          conference: s.conf.data.title,
          date: content.speechDate(s),
          city: s.conf.data.city,
          session: content.session(s).name,
          order: String(s.data.order),
          kind: s.data.kind,
          title: (s.data.title as string | undefined) ?? '',
          speakers: content.speakerNames(s).join('；'),
          positions: content
            .speakers(s)
            .map((sp) => sp.position)
            .join('；'),
          summary: (s.data.summary as string | undefined) ?? '',
          url: abs(content.speechPath(s)),
        });
      }
    });
  });

  describe(`${spec.name}: the origin of absolute URLs`, () => {
    const own = originOf(spec);
    const files = (fs.readdirSync(dir, { recursive: true }) as string[])
      .map((f) => f.split(path.sep).join('/'))
      .filter((f) => fs.statSync(path.join(dir, f)).isFile());
    it(`names no made-up origin: every URL of the site's own starts with ${own}`, () => {
      // Other origins may appear only where the content files name them (sources, websites) or
      // where a format names its standard (schema.org, JSON Schema, the sitemap's XML namespaces), the repository, or the Wayback Machine (schema.json's example of an archived copy).
      const named = [...content.files.texts.values()].join('\n').match(/https?:\/\/[^\s"'<>)]+/g) ?? [];
      const allowed = new Set([
        own,
        ...named.map((u) => new URL(u).origin),
        'https://schema.org',
        'https://json-schema.org',
        'http://www.w3.org',
        'https://www.w3.org',
        'http://www.sitemaps.org',
        'http://www.google.com',
        'https://github.com',
        'https://web.archive.org',
      ]);
      const foreign: string[] = [];
      let ownUrls = 0;
      for (const f of files.filter((x) => /\.(html|xml|json|csv|txt)$/.test(x) || x === '_redirects')) {
        for (const m of fs.readFileSync(path.join(dir, f), 'utf8').matchAll(/https?:\/\/[a-z0-9.-]+(?::\d+)?/gi)) {
          const origin = new URL(m[0]).origin;
          if (origin === own) ownUrls++;
          else if (!allowed.has(origin)) foreign.push(`${f}: ${m[0]}`);
        }
      }
      expect([...new Set(foreign)]).toEqual([]);
      expect(ownUrls).toBeGreaterThan(100);
    });
    it('prints nowhere the placeholder origin of earlier builds', () => {
      for (const f of files.filter((x) => !/\.(pf_\w+|pagefind|png|woff2?)$/.test(x))) {
        expect(fs.readFileSync(path.join(dir, f), 'utf8').includes('yilu.example.org'), f).toBe(false);
      }
    });
    it(
      spec.site
        ? `a publishing build (YILU_SITE=${spec.site}) points nowhere local`
        : 'a local build (no YILU_SITE) points at the local preview',
      () => {
        expect(fs.readFileSync(path.join(dir, 'robots.txt'), 'utf8')).toContain(
          `Sitemap: ${own}${spec.base}sitemap-index.xml`,
        );
        expect(readJson('api/archive.json').site).toBe(`${own}${spec.base}`);
        expect(own).toBe(spec.site ?? 'http://localhost:4321');
      },
    );
  });

  describe(`${spec.name}: feed and discovery`, () => {
    it('the RSS feed lists conferences newest first with absolute links to built pages', () => {
      const feed = xml.parse(fs.readFileSync(path.join(dir, 'feed.xml'), 'utf8'));
      const items = feed.rss.channel.item as { title: string; link: string; pubDate: string }[];
      expect(items.map((i) => i.title)).toEqual(content.newestFirst.map((c) => c.data.title));
      const dates = items.map((i) => Date.parse(i.pubDate));
      expect(dates).toEqual([...dates].sort((a, b) => b - a));
      for (const i of items) expect(fileOfUrl(i.link, dir, spec), i.link).toBeDefined();
      expect(page('/').find((e) => e.name === 'link' && e.attribs.type === 'application/rss+xml')?.attribs.href).toBe(
        `${spec.base}feed.xml`,
      );
    });
    it('the sitemap lists every page but search, 404 and pages that say noindex, each an absolute URL of a built page', () => {
      const index = xml.parse(fs.readFileSync(path.join(dir, 'sitemap-index.xml'), 'utf8'));
      const locs = (index.sitemapindex.sitemap as { loc: string }[]).flatMap((s) => {
        const file = fileOfUrl(s.loc, dir, spec);
        expect(file, s.loc).toBeDefined();
        return (xml.parse(fs.readFileSync(file!, 'utf8')).urlset.url as { loc: string }[]).map((u) => u.loc);
      });
      for (const loc of locs) expect(fileOfUrl(loc, dir, spec), loc).toBeDefined();
      // The search page is not content; a page kept only at its address (a region with no conference) says noindex.
      const noindex = (f: string) =>
        fs.readFileSync(path.join(dir, f), 'utf8').includes('<meta name="robots" content="noindex">');
      const pages = htmlFiles(dir).filter((f) => f !== '404.html' && !/^search\//.test(f) && !noindex(f));
      expect(htmlFiles(dir).filter(noindex).length, 'a noindex page besides 404').toBeGreaterThan(1);
      expect(locs.length).toBe(pages.length);
      for (const f of htmlFiles(dir).filter(noindex))
        expect(
          locs.some((l) => fileOfUrl(l, dir, spec) === path.join(dir, f)),
          f,
        ).toBe(false);
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
      const inline = p
        .findAll((e) => e.name === 'script' && !e.attribs.src && !e.attribs.type)
        .map((e) => DomUtils.textContent(e));
      expect(inline.some((js) => js.includes(`${JSON.stringify(spec.base)},location`) && js.includes('lang=en'))).toBe(
        true,
      );
      expect(fs.readFileSync(path.join(dir, '_redirects'), 'utf8')).toContain(
        `${spec.base}en/* ${spec.base}:splat?lang=en 301`,
      );
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

for (const spec of [SITES.real, SITES.fixture, SITES.fixtureBase]) suite(spec);
