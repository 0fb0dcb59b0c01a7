/**
 * An editor's mistakes never reach the published site: the real `astro build` on a
 * copy of the fixture archive with every mistake of the catalogue at once
 * (tests/support/mistakes.ts) fails, names each one's file, line and field exactly
 * as `npm run check` does, and writes nothing to its output directory.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild } from '../support/build.ts';
import { applyEdits, expectedLine, MISTAKES } from '../support/mistakes.ts';
import { ROOT } from '../support/sites.ts';

function copyFixture(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yilu-bad-'));
  fs.cpSync(path.join(ROOT, 'tests/fixtures/archive'), dir, { recursive: true });
  return dir;
}

describe('a build with every mistake of the catalogue', () => {
  const dir = copyFixture();
  for (const m of MISTAKES) applyEdits(dir, m.edits);
  const out = path.join(dir, '..', `${path.basename(dir)}-dist`);
  const result = astroBuild({ content: dir, out });
  // The report's lines: two spaces, then a file of the content tree.
  const reported = result.output
    .split('\n')
    .filter((l) => l.startsWith(`  ${dir}/`))
    .map((l) => l.slice(2));

  it('fails', () => {
    expect(result.status).not.toBe(0);
  });
  it.each(MISTAKES.map((m) => [m.kind, m] as const))('names the file, line and field of: %s', (_kind, m) => {
    for (const line of m.errors) expect(reported).toContain(expectedLine(dir, line));
  });
  it('reports those errors and no others, counts them and publishes nothing', () => {
    const expected = MISTAKES.flatMap((m) => m.errors.map((l) => expectedLine(dir, l)));
    expect([...reported].sort()).toEqual([...expected].sort());
    expect(result.output).toMatch(new RegExp(`内容检查发现 ${expected.length} 个错误`));
    expect(fs.existsSync(path.join(out, 'index.html'))).toBe(false);
  });
});

describe('a build with broken Markdown', () => {
  it('fails naming the file', () => {
    const dir = copyFixture();
    applyEdits(dir, [
      { file: 'conferences/2022-xiling/index.mdx', from: '与会人数约三百人。', to: '与会人数约三百人 <Unclosed' },
    ]);
    const result = astroBuild({ content: dir, out: path.join(dir, '..', `${path.basename(dir)}-dist`) });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('2022-xiling/index.mdx');
  });
});
