/**
 * The importer's steps in this test process, on the fixture report gb18030.txt and a copy of
 * the invented fixture archive: the draft is valid, and writing it is all or nothing.
 * (import-cli.test.ts runs `npm run import` itself, as a child process.)
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArchive } from '../../src/lib/import/archive.ts';
import { importReport, validateDraft } from '../../src/lib/import/index.ts';
import { writeAllOrNothing } from '../../src/lib/import/write.ts';
import { copyContent, repoRoot, snapshot } from '../support/cli.ts';

const fixture = (name: string) => path.join(repoRoot, 'tests/fixtures/import', name);

describe('writing all or nothing', () => {
  it('never overwrites, and undoes every move when one fails', () => {
    const content = copyContent();
    const { draft } = importReport(fs.readFileSync(fixture('gb18030.txt')), readArchive(content));
    expect(validateDraft(draft)).toEqual([]);
    // A file where the people folder should be makes the last moves fail.
    fs.rmSync(path.join(content, 'people'), { recursive: true });
    fs.writeFileSync(path.join(content, 'people'), 'not a folder');
    const before = snapshot(content);
    expect(() => writeAllOrNothing(content, draft.files)).toThrow();
    expect(snapshot(content)).toEqual(before);
    expect(fs.readdirSync(path.dirname(content)).filter((n) => n.includes('-import-'))).toEqual([]);
  });
  it('refuses when any target exists', () => {
    const content = copyContent();
    const { draft } = importReport(fs.readFileSync(fixture('gb18030.txt')), readArchive(content));
    fs.mkdirSync(path.join(content, 'people'), { recursive: true });
    fs.writeFileSync(path.join(content, 'people/yang-fan.yaml'), 'name: 杨帆\npinyin: Yáng Fān\n');
    const before = snapshot(content);
    expect(() => writeAllOrNothing(content, draft.files)).toThrow(/不会覆盖.*people\/yang-fan\.yaml/);
    expect(snapshot(content)).toEqual(before);
  });
});
