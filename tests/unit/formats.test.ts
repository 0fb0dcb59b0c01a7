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
import { bibtex, citations, cslJson, ris } from '../../src/lib/formats/citations.ts';
import { highwireTags } from '../../src/lib/formats/highwire.ts';
import { gbt7714, gbtAuthors } from '../../src/lib/formats/gbt7714.ts';
import { conferenceKey, speechKey } from '../../src/lib/formats/keys.ts';
import { speechesCsv } from '../../src/lib/formats/csv.ts';
import { absoluteUrl } from '../../src/lib/formats/context.ts';
import { archiveExport, bodyText } from '../../src/lib/formats/data.ts';
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
    // A run of other characters is one hyphen; none at either end of the slug.
    expect(speechKey({ slug: '/Sub // 07/', conference: conf })).toBe('yilu-2022-xiling-sub-07');
  });
  it('absolute URLs carry the base', () => {
    expect(absoluteUrl('/people/x/', ctx)).toBe('https://example.org/yilu/people/x/');
    expect(absoluteUrl('/', { site: 'https://example.org', base: '/' })).toBe('https://example.org/');
  });
});

// Expected citations are written out by hand from the records in content/ and the fixture
// archive, following GB/T 7714-2015 (an archive page is an electronic resource:
// 责任者. 题名[EB/OL]. (发表日期)[引用日期]. URL., §4.8, §8.8; three 责任者 at most, then
// “, 等”, §8.1.2; a title the editors supplied in square brackets; dates as YYYY-MM-DD),
// BibTeX (btxdoc: the month as its three-letter macro; the URL once, in `url`) and the RIS
// specification (PY the year, DA and Y2 YYYY/MM/DD/, CRLF line ends, ER last; LA the
// language and script of the text, zh-Hans).
const real = archiveFrom(path.join(ROOT, 'content'));
/** The title of content/conferences/2024-chuanyu/speeches/07-guo-qinghua.md, as written there (with its `--`). */
const GUO_TITLE = '努力争做先进制造业“领跑者” 赋能高质量发展“智造”新引擎--为构建现代化产业体系谱写新重庆新篇章';
const realConf = (id: string) => real.byId.conferences.get(id)!;
const realSpeech = (conf: string, slug: string) => realConf(conf).speeches.find((s) => s.slug === slug)!;

describe('GB/T 7714-2015', () => {
  it('a titled speech: speaker, exact title, [EB/OL], (the day it was given)[引用日期], URL', () => {
    expect(gbt7714(speechCsl(realSpeech('2024-chuanyu', '07-guo-qinghua'), ctx))).toBe(
      `郭庆华. ${GUO_TITLE}[EB/OL]. (2024-12-04)[2026-01-02]. https://example.org/yilu/conferences/2024-chuanyu/07-guo-qinghua/.`,
    );
  });
  it('an untitled speech: the heading the editors supplied, in square brackets', () => {
    expect(gbt7714(speechCsl(realSpeech('2024-chuanyu', '01-zhou-limin'), ctx), { suppliedTitle: true })).toBe(
      '周利民. [周利民讲话][EB/OL]. (2024-12-04)[2026-01-02]. https://example.org/yilu/conferences/2024-chuanyu/01-zhou-limin/.',
    );
    expect(
      citations(speechCsl(realSpeech('2024-chuanyu', '01-zhou-limin'), ctx), { suppliedTitle: true })[0]!.text,
    ).toMatch(/^周利民\. \[周利民讲话\]\[EB\/OL\]\. /);
  });
  it('two speakers, and the day of their session rather than the conference’s first day', () => {
    const s = conf.speeches.find((x) => x.slug === '03-chen-siyuan')!;
    expect(gbt7714(speechCsl(s, ctx))).toBe(
      '陈思远, 刘佳. 社区基金会的三年探索[EB/OL]. (2022-09-16)[2026-01-02]. https://example.org/yilu/conferences/2022-xiling/03-chen-siyuan/.',
    );
  });
  it('a conference: its organizers as 责任者, its first day as 发表日期', () => {
    expect(gbt7714(conferenceCsl(conf, ctx))).toBe(
      '青川省民政厅. 2022西岭公益论坛暨社区治理交流会[EB/OL]. (2022-09-15)[2026-01-02]. https://example.org/yilu/conferences/2022-xiling/.',
    );
  });
  it('five organizers: the first three, then 等', () => {
    expect(gbt7714(conferenceCsl(realConf('2023-changsanjiao-suzhou'), ctx))).toBe(
      '江苏省民政厅, 上海市民政局, 浙江省民政厅, 等. 2023长三角社会组织协同发展（苏州）大会暨江苏省社会组织展示交流会[EB/OL]. (2023-11-06)[2026-01-02]. https://example.org/yilu/conferences/2023-changsanjiao-suzhou/.',
    );
  });
  it('no organizer on record: the reference starts with the title', () => {
    expect(gbt7714(conferenceCsl(realConf('2024-dawanqu-nansha'), ctx))).toBe(
      '2024粤港澳大湾区社会服务融合发展交流会[EB/OL]. (2024-12-30)[2026-01-02]. https://example.org/yilu/conferences/2024-dawanqu-nansha/.',
    );
  });
  it('never mixes in the part-of-a-work “//” form', () => {
    for (const s of real.speeches)
      expect(gbt7714(speechCsl(s, ctx), { suppliedTitle: !s.data.title })).not.toContain(
        `//${s.conference.data.title}`,
      );
  });
  it('lists three authors, then 等', () => {
    expect(gbtAuthors([])).toBe('');
    expect(gbtAuthors(['甲', '乙', '丙'].map((literal) => ({ literal })))).toBe('甲, 乙, 丙');
    expect(gbtAuthors(['甲', '乙', '丙', '丁'].map((literal) => ({ literal })))).toBe('甲, 乙, 丙, 等');
  });
});

describe('BibTeX, RIS and CSL-JSON of real records', () => {
  const guo = speechCsl(realSpeech('2024-chuanyu', '07-guo-qinghua'), ctx);
  const suzhou = conferenceCsl(realConf('2023-changsanjiao-suzhou'), ctx);
  it('BibTeX: a speech is @inproceedings of its conference; names braced whole; -- kept as -{}-', () => {
    expect(bibtex(guo)).toBe(
      [
        '@inproceedings{yilu-2024-chuanyu-07-guo-qinghua,',
        '\taddress = {重庆市},',
        '\tauthor = {{郭庆华}},',
        '\tbooktitle = {2024年川渝社会组织促进经济社会高质量发展大会},',
        '\tyear = {2024},',
        '\tmonth = dec,',
        '\tday = {4},',
        '\tnote = {郭庆华 时任 重庆市企业联合会（企业家协会）党委副书记、副会长兼秘书长},',
        // BibTeX: a hyphen pair would print as a dash; -{}- keeps both hyphens.
        `\ttitle = {${GUO_TITLE.replace('--', '-{}-')}},`,
        '\ttype = {交流发言},',
        '\turl = {https://example.org/yilu/conferences/2024-chuanyu/07-guo-qinghua/},',
        '}',
        '',
      ].join('\n'),
    );
  });
  it('BibTeX: a conference is @misc with every organizer an author', () => {
    expect(bibtex(suzhou)).toBe(
      [
        '@misc{yilu-2023-changsanjiao-suzhou,',
        '\tnote = {[Online; accessed 2026-01-02]},',
        '\taddress = {苏州市},',
        '\tauthor = {{江苏省民政厅} and {上海市民政局} and {浙江省民政厅} and {安徽省民政厅} and {苏州市人民政府}},',
        '\tyear = {2023},',
        '\tmonth = nov,',
        '\tday = {6},',
        '\ttitle = {2023长三角社会组织协同发展（苏州）大会暨江苏省社会组织展示交流会},',
        '\ttype = {会议},',
        '\turl = {https://example.org/yilu/conferences/2023-changsanjiao-suzhou/},',
        '}',
        '',
      ].join('\n'),
    );
  });
  it('RIS: a speech is CONF, its conference C3, its city CY; dates as the specification writes them', () => {
    expect(ris(guo)).toBe(
      [
        'TY  - CONF',
        'AU  - 郭庆华',
        'C1  - 重庆市',
        'C3  - 2024年川渝社会组织促进经济社会高质量发展大会',
        'CY  - 重庆市',
        'DA  - 2024/12/04/',
        'C2  - 2024',
        'LA  - zh-Hans',
        'N1  - 郭庆华 时任 重庆市企业联合会（企业家协会）党委副书记、副会长兼秘书长',
        'PY  - 2024',
        `TI  - ${GUO_TITLE}`,
        'UR  - https://example.org/yilu/conferences/2024-chuanyu/07-guo-qinghua/',
        'Y2  - 2026/01/02/',
        'ER  - ',
        '',
      ].join('\r\n'),
    );
  });
  it('RIS: a conference is GEN with every organizer an AU', () => {
    expect(ris(suzhou)).toBe(
      [
        'TY  - GEN',
        'AU  - 江苏省民政厅',
        'AU  - 上海市民政局',
        'AU  - 浙江省民政厅',
        'AU  - 安徽省民政厅',
        'AU  - 苏州市人民政府',
        'CY  - 苏州市',
        'DA  - 2023/11/06/',
        'PY  - 2023',
        'LA  - zh-Hans',
        'M3  - 会议',
        'T2  - 2023长三角社会组织协同发展（苏州）大会暨江苏省社会组织展示交流会',
        'TI  - 2023长三角社会组织协同发展（苏州）大会暨江苏省社会组织展示交流会',
        'UR  - https://example.org/yilu/conferences/2023-changsanjiao-suzhou/',
        'Y2  - 2026/01/02/',
        'ER  - ',
        '',
      ].join('\r\n'),
    );
  });
  it('CSL-JSON: an untitled speech with its speaker, position then, conference, dates and summary', () => {
    expect(JSON.parse(cslJson(speechCsl(realSpeech('2024-chuanyu', '01-zhou-limin'), ctx)))).toEqual([
      {
        id: 'yilu-2024-chuanyu-01-zhou-limin',
        'citation-key': 'yilu-2024-chuanyu-01-zhou-limin',
        type: 'speech',
        title: '周利民讲话',
        author: [{ literal: '周利民' }],
        genre: '讲话',
        'container-title': '2024年川渝社会组织促进经济社会高质量发展大会',
        'event-title': '2024年川渝社会组织促进经济社会高质量发展大会',
        'event-place': '重庆市',
        'event-date': { 'date-parts': [[2024, 12, 4]] },
        issued: { 'date-parts': [[2024, 12, 4]] },
        accessed: { 'date-parts': [[2026, 1, 2]] },
        publisher: '议录',
        URL: 'https://example.org/yilu/conferences/2024-chuanyu/01-zhou-limin/',
        language: 'zh-Hans',
        note: '周利民 时任 重庆市民政局二级巡视员',
        abstract: '回顾川渝两地民政部门在双城经济圈建设中的合作成果，并提出下一步在信息、能力和交流三方面建立机制。',
      },
    ]);
  });
  it('CSL-JSON: a conference is an event (genre 会议) in Simplified Chinese, with its summary', () => {
    expect(conferenceCsl(conf, ctx)).toEqual({
      id: 'yilu-2022-xiling',
      'citation-key': 'yilu-2022-xiling',
      type: 'event',
      title: '2022西岭公益论坛暨社区治理交流会',
      author: [{ literal: '青川省民政厅' }],
      genre: '会议',
      'event-title': '2022西岭公益论坛暨社区治理交流会',
      'event-place': '白江市',
      'event-date': {
        'date-parts': [
          [2022, 9, 15],
          [2022, 9, 16],
        ],
      },
      issued: { 'date-parts': [[2022, 9, 15]] },
      accessed: { 'date-parts': [[2026, 1, 2]] },
      publisher: '议录',
      URL: 'https://example.org/yilu/conferences/2022-xiling/',
      language: 'zh-Hans',
      abstract: '首届西岭公益论坛，两天议程包括致辞、主旨演讲和交流发言，签署一份合作协议并发布倡议。',
    });
    // The file ends with a line break; one field a line, a date's parts on its field's line.
    const text = cslJson(conferenceCsl(conf, ctx));
    expect(text.endsWith('}\n]\n')).toBe(true);
    expect(text.split('\n')).toHaveLength(Object.keys(conferenceCsl(conf, ctx)).length + 5);
    expect(text).toContain('\n    "event-date": {"date-parts":[[2022,9,15],[2022,9,16]]},\n');
    expect(JSON.parse(text)).toEqual([conferenceCsl(conf, ctx)]);
  });
  it('CSL-JSON: two speakers, each with the position held then, separated by ；', () => {
    const s = conf.speeches.find((x) => x.slug === '03-chen-siyuan')!;
    expect(speechCsl(s, ctx).note).toBe('陈思远 时任 西岭社区基金会理事长；刘佳 时任 西岭社区基金会项目主管');
  });
  it('BibTeX and RIS: a two-digit day is split off the month and padded as the specification writes it', () => {
    // The fixture conference opened on 2022-09-15 and was cited on 2026-01-02.
    expect(bibtex(conferenceCsl(conf, ctx))).toContain('\tmonth = sep,\n\tday = {15},\n');
    const lines = ris(conferenceCsl(conf, ctx)).split('\r\n');
    expect(lines).toContain('DA  - 2022/09/15/');
    expect(lines).toContain('Y2  - 2026/01/02/');
  });
  it('BibTeX: no author field for a conference without organizers on record', () => {
    const out = bibtex(conferenceCsl(realConf('2024-dawanqu-nansha'), ctx));
    expect(out).toMatch(/^@misc\{yilu-2024-dawanqu-nansha,\n/);
    expect(out).not.toContain('author');
  });
  it('BibTeX: every text field and every name is escaped, so a BibTeX reader gets each back exactly', () => {
    const item = {
      ...speechCsl(speech, ctx),
      author: [{ literal: '甲&乙协会' }],
      genre: '致辞#1',
      'container-title': '论坛 50%',
      'event-title': '论坛 50%',
      'event-place': '白江_市',
      note: '甲 时任 {秘书长}',
    };
    const out = bibtex(item);
    const entry = parseBibtex(out).entries[0]!;
    expect(entry.fields.booktitle).toBe('论坛 50%');
    expect(entry.fields.address).toBe('白江_市');
    expect(entry.fields.type).toBe('致辞#1');
    expect(entry.fields.note).toBe('甲 时任 {秘书长}');
    expect(out).toContain('\tauthor = {{甲\\&乙协会}},');
    // No special character is left bare anywhere in the entry.
    expect(out).not.toMatch(/(?<!\\)[&%#_]/);
  });
  it('CSL-JSON: a multi-day conference has both days as its event date, the first as issued', () => {
    const item = conferenceCsl(conf, ctx);
    expect(item['event-date']).toEqual({
      'date-parts': [
        [2022, 9, 15],
        [2022, 9, 16],
      ],
    });
    expect(item.issued).toEqual({ 'date-parts': [[2022, 9, 15]] });
    expect(item.author).toEqual([{ literal: '青川省民政厅' }]);
    expect(conferenceCsl(realConf('2024-dawanqu-nansha'), ctx).author).toBeUndefined();
  });
  it('every format of a record, in the panel’s order, with its file name and type', () => {
    expect(citations(guo).map((c) => [c.id, c.label, c.filename, c.mime])).toEqual([
      ['gbt7714', 'GB/T 7714-2015', 'yilu-2024-chuanyu-07-guo-qinghua.txt', 'text/plain'],
      ['bibtex', 'BibTeX', 'yilu-2024-chuanyu-07-guo-qinghua.bib', 'application/x-bibtex'],
      ['ris', 'RIS', 'yilu-2024-chuanyu-07-guo-qinghua.ris', 'application/x-research-info-systems'],
      ['csl', 'CSL-JSON', 'yilu-2024-chuanyu-07-guo-qinghua.json', 'application/vnd.citationstyles.csl+json'],
    ]);
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
    const broken = {
      ...archive,
      people: [{ ...archive.people[0]!, data: { ...archive.people[0]!.data, pinyin: '周' } }],
    };
    expect(() => archiveExport(broken, ctx, '条件')).toThrow(/schema/);
  });
  it('JSON-LD cannot close its script element, and reads back as written', () => {
    expect(jsonLdScript({ name: '</script><b>' })).not.toContain('</script>');
    expect(JSON.parse(jsonLdScript({ name: '</script><b>' }))).toEqual({ name: '</script><b>' });
  });
  it('body text has line feeds only, whatever the editor saved', () => {
    expect(bodyText('甲\r\n乙\r丙\n')).toBe('甲\n乙\n丙');
    expect(bodyText(undefined)).toBeUndefined();
  });
  it('citation_* tags: no abstract tag for a record without a summary', () => {
    const { abstract: _abstract, ...bare } = speechCsl(speech, ctx);
    expect(highwireTags(bare).map((t) => t.name)).not.toContain('citation_abstract');
  });
});

describe('RIS', () => {
  it('keeps long values on one line (citation-js wraps them at 70 characters)', async () => {
    const item = {
      ...speechCsl(speech, ctx),
      title: '很长的题目'.repeat(30),
      URL: `https://example.org/${'x'.repeat(120)}/`,
    };
    const text = ris(item);
    expect(text).toContain(`TI  - ${item.title}\r\n`);
    expect(text).toContain(`UR  - ${item.URL}\r\n`);
    expect(
      text
        .split('\r\n')
        .slice(0, -1)
        .every((l) => /^[A-Z][A-Z0-9] {2}- /.test(l)),
    ).toBe(true);
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
