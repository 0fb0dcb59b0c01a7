/**
 * The format functions on the fixture archive's graph. Outputs are read back with
 * parsers that are not the generators; tests/site/formats.test.ts does the same
 * on every page of the built sites.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parse as parseCsv } from 'csv-parse/sync';
import { archiveFrom } from '../support/archive.ts';
import { ROOT } from '../support/sites.ts';
import { conferenceCsl, speechCsl } from '../../src/lib/formats/csl.ts';
import { bibtex, citations } from '../../src/lib/formats/citations.ts';
import { gbt7714, gbtAuthors } from '../../src/lib/formats/gbt7714.ts';
import { conferenceKey, speechKey } from '../../src/lib/formats/keys.ts';
import { speechesCsv } from '../../src/lib/formats/csv.ts';
import { absoluteUrl } from '../../src/lib/formats/context.ts';
import { archiveExport } from '../../src/lib/formats/data.ts';
import { jsonLdScript } from '../../src/lib/formats/jsonld.ts';

const archive = archiveFrom(path.join(ROOT, 'tests/fixtures/archive'));
const ctx = { site: 'https://example.org', base: '/yilu/', accessed: '2026-01-02' };
const conf = archive.byId.conferences.get('2022-xiling')!;
const speech = conf.speeches[0]!;

describe('keys and URLs', () => {
  it('are ASCII, stable and derived from ids and file names only', () => {
    expect(conferenceKey(conf)).toBe('yilu-2022-xiling');
    expect(speechKey(speech)).toBe(`yilu-2022-xiling-${speech.slug}`);
    expect(speechKey({ slug: 'Sub/07 Guo', conference: conf })).toBe('yilu-2022-xiling-sub-07-guo');
  });
  it('absolute URLs carry the base', () => {
    expect(absoluteUrl('/people/x/', ctx)).toBe('https://example.org/yilu/people/x/');
    expect(absoluteUrl('/', { site: 'https://example.org', base: '/' })).toBe('https://example.org/');
  });
});

describe('GB/T 7714-2015', () => {
  it('writes a speech as an [EB/OL] contribution to its conference, with 引用日期 and URL', () => {
    const text = gbt7714(speechCsl(speech, ctx));
    const names = speech.speakers.map((s) => s.person.data.name).join(', ');
    expect(text).toBe(
      `${names}. ${speech.data.title ?? speech.displayTitle}[EB/OL]//${conf.data.title}, ${conf.data.city}, ${speech.session.date ?? conf.data.startDate}. 议录[2026-01-02]. https://example.org/yilu/conferences/2022-xiling/${speech.slug}/.`,
    );
  });
  it('gives a multi-day conference its date range and its organizers as authors', () => {
    const text = gbt7714(conferenceCsl(conf, ctx));
    expect(conf.data.endDate).toBeDefined();
    expect(text).toContain(`, ${conf.data.startDate}/${conf.data.endDate}. `);
    expect(text.startsWith(`${conf.roles.organizers.map((o) => o.data.name).join(', ')}. `)).toBe(true);
  });
  it('lists three authors, then 等', () => {
    expect(gbtAuthors(['甲', '乙', '丙'].map((literal) => ({ literal })))).toBe('甲, 乙, 丙');
    expect(gbtAuthors(['甲', '乙', '丙', '丁'].map((literal) => ({ literal })))).toBe('甲, 乙, 丙, 等');
    const item = { ...conferenceCsl(conf, ctx), author: undefined };
    expect(gbt7714(item)).toMatch(/^2022/);
  });
});

describe('BibTeX and RIS (citation-js)', () => {
  it('keeps Unicode text, braces names as literals and escapes nothing into LaTeX', () => {
    const entry = parseBibtex(bibtex(speechCsl(speech, ctx))).entries[0]!;
    expect(entry.fields.booktitle).toBe(conf.data.title);
    expect(bibtex(speechCsl(speech, ctx))).not.toMatch(/\\[a-zA-Z{]/);
  });
  it('names the download of each format by the key, with its type', () => {
    for (const c of citations(conferenceCsl(conf, ctx))) {
      expect(c.filename.startsWith('yilu-2022-xiling.')).toBe(true);
      expect(c.mime).toMatch(/^(text|application)\/[a-z.+-]+$/);
    }
  });
});

describe('CSV and JSON', () => {
  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    const tricky = { ...speech, data: { ...speech.data, summary: '甲,乙"丙"\n丁' } };
    const rows = parseCsv(speechesCsv([tricky], ctx), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows[0]!.summary).toBe('甲,乙"丙"\n丁');
  });
  it('archive export refuses data its own schema rejects', () => {
    const broken = { ...archive, people: [{ ...archive.people[0]!, data: { ...archive.people[0]!.data, pinyin: '周' } }] };
    expect(() => archiveExport(broken, ctx, '条件')).toThrow(/schema/);
  });
  it('JSON-LD cannot close its script element', () => {
    expect(jsonLdScript({ name: '</script><b>' })).not.toContain('</script>');
  });
});

describe('RIS', () => {
  it('keeps long values on one line (citation-js wraps them at 70 characters)', async () => {
    const { ris } = await import('../../src/lib/formats/citations.ts');
    const item = { ...speechCsl(speech, ctx), title: '很长的题目'.repeat(30), URL: `https://example.org/${'x'.repeat(120)}/` };
    const text = ris(item);
    expect(text).toContain(`TI  - ${item.title}\r\n`);
    expect(text).toContain(`UR  - ${item.URL}\r\n`);
    expect(text.split('\r\n').slice(0, -1).every((l) => /^[A-Z][A-Z0-9] {2}- /.test(l))).toBe(true);
    expect(text).not.toMatch(/^ID {2}- /m);
  });
});

describe('BibTeX text', () => {
  it('escapes LaTeX specials and keeps hyphen pairs, so a BibTeX reader gets the exact title back', () => {
    const title = '新引擎--为构建 A & B 50% ~x $y_z#1^2 {甲} \\n ---丙';
    const out = bibtex({ ...speechCsl(speech, ctx), title });
    const entry = parseBibtex(out).entries[0]!;
    expect(entry.fields.title).toBe(title);
    expect(entry.fields.url).toBe(speechCsl(speech, ctx).URL);
  });
});
