/**
 * `npm run bench` end to end at a tiny size: generate, build twice (full, then
 * after changing one speech), search in Chromium, floors, the peer, table. Only checks
 * that every measurement is there and plausible; budgets live in the bench's own
 * output, never in tests.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hasBrowser } from '../support/browser.ts';
import { ROOT } from '../support/sites.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yilu-bench-cli-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!hasBrowser)('npm run bench', () => {
  it('measures a tiny archive end to end and prints the table without writing docs', () => {
    const doc = fs.readFileSync(path.join(ROOT, 'docs/benchmarks.md'), 'utf8');
    const run = spawnSync(process.execPath, ['scripts/bench/run.ts', '--sizes', '30', '--dir', dir, '--no-write'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(run.status, run.stderr.slice(-3000)).toBe(0);
    expect(run.stdout).toMatch(/\| speeches \| 30 \|/);
    expect(run.stdout).toMatch(/ratio to the floor: Yilu \/ peer\*\* \| \*\*[\d.]+×\*\* \/ [\d.]+× \|/);
    expect(run.stderr).toMatch(/(met|MISSED) +peak memory of the process tree ≤ 3 GB/);
    expect(fs.readFileSync(path.join(ROOT, 'docs/benchmarks.md'), 'utf8')).toBe(doc);

    const result = JSON.parse(fs.readFileSync(path.join(dir, 'results.json'), 'utf8'))['30'];
    expect(result.full.indexedPages).toBeGreaterThan(30);
    expect(result.full.peakBytes).toBeGreaterThan(50e6);
    expect(result.full.output.files).toBeGreaterThan(result.full.indexedPages);
    expect(result.repeat.reusedPages).toBeGreaterThan(20);
    // One speech changed: its conference's index shard is written again, every other comes from the cache.
    expect(result.repeat.shards).toBeGreaterThan(2);
    expect(result.repeat.cachedShards).toBe(result.repeat.shards - 1);
    // The most frequent speaker is found by name (the first query may find nothing in so small an archive).
    expect(
      result.search.warm.find((w: { query: string }) => w.query === result.corpus.samples.person).hits,
    ).toBeGreaterThan(0);
    expect(result.search.first.bytes).toBeGreaterThan(50_000);
    expect(result.floors.pagefind.pages).toBeGreaterThan(30);
    expect(result.floors.pagefind16.pages).toBe(result.floors.pagefind.pages);
    expect(result.floors.markdown.pages).toBe(31);
    expect(result.peer.pages).toBe(30);
    expect(result.peer.ms).toBe(result.peer.astroMs + result.peer.pagefindMs);
  }, 600_000);
});
