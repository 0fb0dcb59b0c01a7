import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateArchive } from '../../scripts/bench/generate.ts';
import { checkContent } from '../../src/lib/content/check.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'yilu-bench-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function treeHash(dir: string): string {
  const hash = createHash('sha256');
  const files = fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  for (const e of files.map((f) => path.join(f.parentPath, f.name)).sort())
    hash.update(path.relative(dir, e)).update(fs.readFileSync(e));
  return hash.digest('hex');
}

describe('benchmark archive generator', () => {
  const dir = path.join(tmp, 'a');
  const stats = generateArchive(dir, { speeches: 150, perConference: 50 });

  it('writes an archive that passes the content check with no errors', () => {
    const result = checkContent(dir, { warnings: false });
    expect(result.errors).toEqual([]);
    expect(result.index.speeches.size).toBe(150);
    expect(result.index.conferences.size).toBe(3);
    expect(result.index.people.size).toBe(stats.people);
    expect(result.index.organizations.size).toBe(stats.organizations);
  });

  it('writes Chinese speeches of about 2,200 characters, with recurring speakers', () => {
    expect(stats.bodyChars / stats.speeches).toBeGreaterThan(2000);
    expect(stats.bodyChars / stats.speeches).toBeLessThan(2800);
    const result = checkContent(dir, { warnings: false });
    const speakers = [...result.index.speeches.values()].map((s) => s.data.speakers[0]!.person);
    const counts = new Map<string, number>();
    for (const p of speakers) counts.set(p, (counts.get(p) ?? 0) + 1);
    expect(Math.max(...counts.values())).toBeGreaterThan(3);
    const body = fs.readFileSync(result.index.speeches.values().next().value!.file, 'utf8').split('---\n')[2]!;
    const han = body.match(/\p{Script=Han}/gu)?.length ?? 0;
    expect(han / body.length).toBeGreaterThan(0.8);
  });

  it('is deterministic for a seed and differs for another', () => {
    generateArchive(path.join(tmp, 'b'), { speeches: 150, perConference: 50 });
    generateArchive(path.join(tmp, 'c'), { speeches: 150, perConference: 50, seed: 7 });
    expect(treeHash(path.join(tmp, 'b'))).toBe(treeHash(dir));
    expect(treeHash(path.join(tmp, 'c'))).not.toBe(treeHash(dir));
  });
});
