/**
 * Search documents (src/lib/search/documents.ts) and the tokens the index holds
 * for them (src/integrations/search/page-tokens.ts), on the fixture archive.
 * tests/site/search-documents.test.ts compares them with the built pages.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fragmentsPerFile, groupRuns, readArchive } from '../../src/integrations/search/index-build.ts';
import { indexedPage } from '../../src/integrations/search/page-tokens.ts';
import { UNDATED, documentText, searchDocuments } from '../../src/lib/search/documents.ts';
import { markdownBlocks } from '../../src/lib/search/markdown.ts';
import { toSimplified } from '../../src/lib/text/t2s.ts';

const archive = readArchive(path.resolve(import.meta.dirname, '../fixtures/archive'));
const docs = searchDocuments(archive);
const byPath = new Map(docs.map((d) => [d.path, d]));

describe('Markdown as blocks', () => {
  it('gives headings the ids the page gives them, and text of paragraphs, list items and table rows', () => {
    const blocks = markdownBlocks(
      '导语一段。\n\n## 第一部分\n\n- 要点甲\n- 要点乙\n\n| 项 | 数 |\n| --- | --- |\n| 社团 | 12 |\n\n## 第一部分\n\n<div>不收录</div>\n',
    );
    expect(blocks).toEqual([
      { text: '导语一段。' },
      { text: '第一部分', heading: true, id: '第一部分' },
      { text: '要点甲' },
      { text: '要点乙' },
      { text: '项 数' },
      { text: '社团 12' },
      { text: '第一部分', heading: true, id: '第一部分-1' },
    ]);
    expect(markdownBlocks('  \n')).toEqual([]);
  });
});

describe('search documents of the fixture archive', () => {
  it('has one for every conference, speech, person, organization, series and region with a conference, and none for drafts', () => {
    const expected = [
      ...archive.conferences.map((c) => c.path),
      ...archive.speeches.map((s) => s.path),
      ...archive.people.map((p) => p.path),
      ...archive.organizations.map((o) => o.path),
      ...archive.series.map((s) => s.path),
      // A region whose conferences are all drafts (东海) is not offered (src/lib/regions.ts).
      ...archive.regions.filter((r) => r.conferences.length > 0).map((r) => r.path),
    ];
    expect(archive.regions.some((r) => r.conferences.length === 0)).toBe(true);
    expect(docs.map((d) => d.path).sort()).toEqual(expected.sort());
    expect(new Set(docs.map((d) => d.path)).size).toBe(docs.length);
    expect(archive.speeches.some((s) => s.data.draft)).toBe(false);
  });

  it('holds a speech as its page shows it: title, speakers with positions, summary, key points, tags', () => {
    const speech = archive.speeches.find((s) => s.data.summary && s.data.tags.length && s.body?.trim())!;
    const doc = byPath.get(speech.path)!;
    const { text } = documentText(doc);
    expect(doc.title).toBe(speech.data.title ? `《${speech.data.title}》` : speech.displayTitle);
    expect(text).toContain(`发言人 ${speech.speakers.map((sp) => sp.person.data.name).join('、')}`);
    expect(text).toContain(`时任 ${speech.speakers.map((sp) => sp.position).join('；')}`);
    expect(text).toContain(speech.data.summary!);
    for (const b of markdownBlocks(speech.body!).filter((x) => !x.heading)) expect(text).toContain(b.text);
    for (const tag of speech.data.tags) expect(text).toContain(tag);
    expect(doc.meta).toMatchObject({ type: '发言', date: speech.session.date ?? speech.conference.data.startDate });
    expect(doc.filters.kind).toEqual([speech.data.kind]);
    expect(doc.group).toBe(speech.conference.path);
  });

  it('dates people, organizations and regions by their latest appearance for sorting, but shows no date of their own', () => {
    for (const d of docs.filter((x) => ['人物', '机构', '区域'].includes(x.meta.type))) {
      expect(d.meta.date).toBeUndefined();
      expect(d.date === UNDATED || /^\d{4}-\d{2}-\d{2}$/.test(d.date)).toBe(true);
    }
    const person = archive.people.find((p) => p.appearances.length)!;
    expect(byPath.get(person.path)!.date).toBe(person.appearances[0]!.speech.conference.data.startDate);
  });

  it('keeps pinyin of names and places as keywords, which are indexed but not in the text', () => {
    const person = archive.people[0]!;
    const doc = byPath.get(person.path)!;
    const compact = person.data.pinyin
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z]/g, '');
    expect(doc.keywords.join(' ')).toContain(compact);
    expect(documentText(doc).text).not.toContain(compact);
    const org = archive.organizations[0]!;
    expect(byPath.get(org.path)!.keywords.join(' ')).toMatch(/^[a-z0-9 ]+$/);
  });

  it('marks sections by offsets into the text, each right after its title line (a result shows the title once)', () => {
    for (const doc of docs) {
      const { text, sections } = documentText(doc);
      expect(text.startsWith(doc.title)).toBe(true);
      for (const s of sections) {
        expect(`${text}\n`.slice(0, s.start).endsWith(`\n${s.title}\n`)).toBe(true);
        expect(s.end).toBeLessThanOrEqual(text.length);
        expect(s.start).toBeLessThanOrEqual(s.end + 1);
      }
    }
  });

  it('says where the prose begins: after the title and the table of facts', () => {
    for (const doc of docs) {
      const { text, prose } = documentText(doc);
      const facts = doc.sections.find((s) => s.facts);
      if (!facts) continue;
      // The facts end the line before the prose starts.
      expect(text.slice(0, prose - 1).endsWith(facts.blocks.at(-1)!), doc.path).toBe(true);
      expect(prose === text.length || text[prose - 1] === '\n', doc.path).toBe(true);
      expect(text.slice(prose).startsWith(facts.blocks[0]!), doc.path).toBe(false);
    }
  });
});

describe('tokens the index holds', () => {
  it('keeps each token once per section, lower-cased, with the title apart', () => {
    const doc = {
      ...docs[0]!,
      title: '社会组织 Yilu',
      sections: [{ blocks: ['社会组织社会组织', 'ABC'] }, { id: 'x', title: '组织', blocks: ['社会组织'] }],
      keywords: ['zhoulimin'],
    };
    const page = indexedPage(doc, '/x/', toSimplified);
    expect(page.title).toEqual(['社会', '会组', '组织', '织', 'yilu']);
    expect(page.tokens).toEqual([
      '社会',
      '会组',
      '组织',
      '织社',
      '织',
      'abc',
      '组织',
      '织',
      '社会',
      '会组',
      'zhoulimin',
    ]);
    expect(page.sorts).toEqual({ date: doc.date });
  });
  it('folds Traditional text to Simplified', () => {
    const doc = { ...docs[0]!, title: '', sections: [{ blocks: ['社會組織'] }], keywords: [] };
    expect(indexedPage(doc, '/x/', toSimplified).tokens).toEqual(['社会', '会组', '组织', '织']);
  });
});

describe('fragments per file', () => {
  it('puts one page in a file while there is room, and shares files within groups to stay within the budget', () => {
    expect(fragmentsPerFile([10, 10], 20)).toBe(1);
    // 2 groups of 10 in 4 files: 5 pages a file.
    expect(fragmentsPerFile([10, 10], 4)).toBe(5);
    // Each group ends in a file of its own: [10, 1] in 3 files needs 5 a file (2 + 1), not 4 (3 + 1).
    expect(fragmentsPerFile([10, 1], 3)).toBe(5);
    // The bench's 10,000-speech site: 100 conferences of 101 pages, 3,001 people, 2,001 organizations, in 1,775 files:
    // 9 a file gives 12 × 100 + 334 + 223 = 1,757 files; 8 would give 1,927.
    expect(fragmentsPerFile([...Array<number>(100).fill(101), 3_001, 2_001], 1_775)).toBe(9);
    // No room: at most `most` pages a file (12 by default), however far over the budget the site is.
    expect(fragmentsPerFile([10, 30], 1, 30)).toBe(30);
    expect(fragmentsPerFile([...Array<number>(500).fill(101), 15_001, 10_001], 0)).toBe(12);
  });
  it('finds the runs of documents that share a group', () => {
    expect(groupRuns([{ group: 'a' }, { group: 'a' }, { group: 'b' }, { group: 'a' }])).toEqual([2, 1, 1]);
    expect(groupRuns([])).toEqual([]);
  });
});
