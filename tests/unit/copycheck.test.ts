/**
 * The copy check (npm run copycheck): the matching rules on texts written for this
 * test, the CLI on throw-away project trees, and the real project against the real
 * source reports in ../shared (read there at run time, never copied; skipped with
 * a loud message when ../shared is absent, failing instead under CI=1).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/lib/import/decode.ts';
import { factSpans, findCopied, frontmatter, hanStream, shingles } from '../../src/lib/text/copycheck.ts';
import { toSimplified } from '../../src/lib/text/t2s.ts';
import { repoRoot } from '../support/cli.ts';

// An invented "report", in Traditional script with converter pinyin after some characters, as such pages come.
const REPORT =
  '測(cè)試日報訊 昨天下午，白江市舉辦了一場關於社區花園與鄰里互助的分享會，三位志願者輪流介紹了各自小區的做法。';
// The same sentence as it would read in Simplified, a little of it copied into a summary.
const COPIED = '白江市举办了一场关于社区花园与邻里互助的分享会';
const known = shingles([hanStream(REPORT, toSimplified)]);
const check = (text: string, exempt: [number, number][] = [], facts: string[] = []) =>
  findCopied({ file: 'x.md', text, exempt }, known, toSimplified, facts);

describe('matching rules', () => {
  it('finds a copied run across script, punctuation and pinyin artefacts, with its line', () => {
    const found = check(`第一行\n概述：${COPIED}，并作了总结。`);
    expect(found).toEqual([{ file: 'x.md', line: 2, run: '白江市举办了一场关于社区花园与邻里互助的分享会' }]);
    // Punctuation inside the copied words does not hide them.
    expect(check('白江市举办了一场，关于社区花园与邻里互助的分享会')).toHaveLength(1);
    // Written in Traditional, it is still the same words.
    expect(check('白江市舉辦了一場關於社區花園與鄰里互助的分享會')).toHaveLength(1);
  });
  it('lets shorter runs, book titles and short quoted terms stand', () => {
    expect(check('白江市举办了一场关于社区花园')).toEqual([]); // 14 characters
    expect(check(`发布了《${COPIED}》`)).toEqual([]);
    expect(check('白江市举办了一场“关于社区花园”与邻里互助的分享会')).toEqual([]);
  });
  it('still reports a long quotation: a quoted sentence is copied text', () => {
    expect(check(`报道说“${COPIED}”。`)).toHaveLength(1);
  });
  it('draws the lines exactly: 16 characters is a copy, a quoted term is at most 12', () => {
    const run = (text: string) => check(text).map((f) => f.run);
    expect(run('白江市举办了一场关于社区花园与邻')).toEqual(['白江市举办了一场关于社区花园与邻']);
    // Twelve Han characters in quotes stand; the eight and three around them are short runs.
    expect(run('白江市举办了一场“关于社区花园与邻里互助的”分享会')).toEqual([]);
    // Thirteen do not: the quotation is part of the copied run.
    expect(run('白江市举办了一场“关于社区花园与邻里互助的分”享会')).toEqual([COPIED]);
    // Quotes around no Han characters at all are a term too.
    expect(run(`“Yilu”${COPIED}`)).toEqual([COPIED]);
  });
  it('reports the line where a run starts, also at the very start of a line or the text', () => {
    expect(check(`\n${COPIED}`)).toEqual([{ file: 'x.md', line: 2, run: COPIED }]);
    expect(check(`${COPIED.slice(0, 1)}\n${COPIED.slice(1)}`)).toEqual([{ file: 'x.md', line: 1, run: COPIED }]);
    expect(check(`《书》${COPIED.slice(0, 1)}\n${COPIED.slice(1)}`)).toEqual([{ file: 'x.md', line: 1, run: COPIED }]);
  });
  it('lets fact fields stand where they are, and the same facts wherever they are quoted', () => {
    const yaml = `position: ${COPIED}\nsummary: ${COPIED}\naliases:\n  - ${COPIED}\n`;
    const { spans, values } = factSpans(yaml);
    expect(values).toEqual([COPIED, COPIED]);
    const found = check(yaml, spans);
    expect(found.map((f) => f.line)).toEqual([2]); // the summary, not the position nor the alias
    expect(check(`职务为${COPIED}。`, [], values)).toEqual([]);
  });
  it('takes facts of two characters or more, wherever they occur, and only text values', () => {
    // A fact at the very start of the text is let stand.
    expect(check(COPIED, [], [COPIED])).toEqual([]);
    // A two-character fact breaks the run into runs of 8 and 13: too short.
    expect(check(COPIED, [], ['关于'])).toEqual([]);
    // A single character is no fact: it would break every run it occurs in.
    expect(check(COPIED, [], ['关']).map((f) => f.run)).toEqual([COPIED]);
    // Numbers under a fact key are not text; an empty document has no facts.
    expect(factSpans('title: 2024\nposition: 主任\n').values).toEqual(['主任']);
    expect(factSpans('')).toEqual({ spans: [], values: [] });
  });
  it('reads frontmatter with its offset, so lines stay right', () => {
    const mdx = `---\ntitle: ${COPIED}\nsummary: 自己的话\n---\n\n正文：${COPIED}。\n`;
    const fm = frontmatter(mdx)!;
    const { spans } = factSpans(fm.yaml, fm.offset);
    expect(mdx.slice(spans[0]![0], spans[0]![1])).toBe(COPIED);
    expect(check(mdx, spans).map((f) => f.line)).toEqual([6]);
    // Frontmatter only at the very start; a file may end right after it.
    expect(frontmatter('正文\n---\ntitle: 甲\n---\n')).toBeUndefined();
    expect(frontmatter('---\ntitle: 甲\n---')).toEqual({ yaml: 'title: 甲', offset: 4 });
  });
});

/** A throw-away project with one content file and one source folder. */
function project(files: Record<string, string>, source?: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yilu-copycheck-'));
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  const sources = path.join(dir, 'sources');
  fs.mkdirSync(sources);
  if (source !== undefined) fs.writeFileSync(path.join(sources, 'report.txt'), source);
  return { root: dir, sources };
}
const run = (args: string[]) => {
  const r = spawnSync(process.execPath, [path.join(repoRoot, 'scripts/copycheck.ts'), ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: r.status, out: r.stdout + r.stderr };
};

describe('npm run copycheck', () => {
  it('lists each copied run with file and line and exits 1', () => {
    const p = project(
      { 'content/people/a.yaml': `name: 甲\nnote: ${COPIED}。\n`, 'docs/ok.md': '全是自己的话。\n' },
      REPORT,
    );
    const r = run(['--root', p.root, '--sources', p.sources]);
    expect(r.status).toBe(1);
    expect(r.out).toContain(`content/people/a.yaml:2: ${COPIED}`);
    expect(r.out).not.toContain('docs/ok.md');
  });
  it('exits 0 on a clean project', () => {
    const p = project(
      { 'content/people/a.yaml': `name: 甲\nposition: ${COPIED}\n`, 'docs/a.md': '全是自己的话。\n' },
      REPORT,
    );
    const r = run(['--root', p.root, '--sources', p.sources]);
    expect(r.status, r.out).toBe(0);
    expect(r.out).toContain('没有与来源报道相同的句子');
  });
  it('reads GB18030 sources (the importer fixture written for the tests)', () => {
    const gbFile = path.join(repoRoot, 'tests/fixtures/import/gb18030.txt');
    const taken = [...hanStream(decodeBytes(fs.readFileSync(gbFile)).text, toSimplified)].slice(0, 20).join('');
    const p = project({ 'docs/a.md': `概述：${taken}。\n` });
    fs.copyFileSync(gbFile, path.join(p.sources, 'gb18030.txt'));
    const r = run(['--root', p.root, '--sources', p.sources]);
    expect(r.status, r.out).toBe(1);
    expect(r.out).toContain(`docs/a.md:1: ${taken}`);
  });
  it('refuses with a one-line reason when there is nothing to compare with', () => {
    const p = project({ 'docs/a.md': '文字。' });
    const r = run(['--root', p.root, '--sources', p.sources]);
    expect(r.status).toBe(2);
    expect(r.out.trim().split('\n')).toHaveLength(1);
  });
});

const SHARED = path.resolve(repoRoot, '../shared');
const hasShared = fs.existsSync(path.join(SHARED, 'sources'));
if (!hasShared) {
  const message = `copycheck on the real sources SKIPPED: ${SHARED} is missing (the copyrighted reports are read there at run time)`;
  if (process.env.CI) throw new Error(message);
  console.warn(`\n*** ${message} ***\n`);
}

describe.skipIf(!hasShared)('the project against the real source reports', () => {
  it('has no sentence of any report in it', () => {
    const r = run([]);
    expect(r.status, r.out).toBe(0);
  });
  it('would catch a sentence taken from a real report (read at run time, written only to a temp folder)', () => {
    const file = path.join(
      SHARED,
      'sources',
      fs.readdirSync(path.join(SHARED, 'sources')).find((f) => f.endsWith('.txt'))!,
    );
    const stream = hanStream(fs.readFileSync(file, 'utf8'), toSimplified);
    const taken = [...stream].slice(100, 124).join('');
    const p = project({ 'content/a.md': `---\nsummary: ${taken}\n---\n` });
    const r = run(['--root', p.root, '--sources', path.join(SHARED, 'sources')]);
    expect(r.status, r.out).toBe(1);
    expect(r.out).toContain('content/a.md:2:');
  });
});
