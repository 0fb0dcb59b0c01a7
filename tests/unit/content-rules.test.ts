/**
 * Every rule the content check knows, one bad-content case each (tests/support/
 * mistakes.ts): on a copy of the fixture archive with that one mistake, the check
 * reports exactly the expected errors — file:line field: message（提示：hint）—
 * and nothing else. The same catalogue drives `npm run check` (check-cli.test.ts)
 * and `astro build` (tests/site/content-errors.test.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { ERROR_CODES, formatProblem } from '../../src/lib/content/problems.ts';
import { applyEdits, expectedLine, MISTAKES, type Mistake } from '../support/mistakes.ts';
import { ROOT } from '../support/sites.ts';

const FIXTURE = path.join(ROOT, 'tests/fixtures/archive');

function errorsWith(mistakes: readonly Mistake[]): { root: string; lines: string[]; codes: string[] } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'yilu-rules-'));
  fs.cpSync(FIXTURE, root, { recursive: true });
  for (const m of mistakes) applyEdits(root, m.edits);
  const { errors } = checkContent(root);
  return { root, lines: errors.map(formatProblem), codes: errors.map((p) => p.code) };
}

describe('the catalogue of bad content', () => {
  it('starts from a fixture archive without errors', () => {
    expect(errorsWith([]).lines).toEqual([]);
  });

  it.each(MISTAKES.map((m) => [m.kind, m] as const))(
    '%s: exactly its errors, with file, line and field',
    (_kind, m) => {
      const { root, lines, codes } = errorsWith([m]);
      expect(lines).toEqual(m.errors.map((l) => expectedLine(root, l)));
      // The code (what the problems page and tools sort by) is the case's own.
      expect(codes).toEqual(m.codes ?? m.errors.map(() => m.code));
    },
  );

  it('gives each case its own errors when all are made at once', () => {
    const { root, lines } = errorsWith(MISTAKES);
    expect([...lines].sort()).toEqual(MISTAKES.flatMap((m) => m.errors.map((l) => expectedLine(root, l))).sort());
  });

  it('has a case for every kind of error the check reports', () => {
    expect([...new Set(MISTAKES.map((m) => m.code))].sort()).toEqual([...ERROR_CODES].sort());
  });

  it('is listed in docs/testing.md', () => {
    const doc = fs.readFileSync(path.join(ROOT, 'docs/testing.md'), 'utf8');
    for (const m of MISTAKES) expect(doc, m.kind).toContain(`| ${m.kind} |`);
  });
});
