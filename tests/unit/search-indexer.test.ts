/**
 * The indexer's process (src/integrations/search/index.ts): its V8 heap limit follows the
 * content, and a process that dies within it (out of memory) is run again without one, so
 * the limit can cost time but never the build.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexerHeapMb, runIndexer } from '../../src/integrations/search/index.ts';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/archive');

describe('the indexer process', () => {
  it('gets 256 MB and 24 KB a content file, at least 512 MB', () => {
    expect(indexerHeapMb(0)).toBe(512);
    expect(indexerHeapMb(283)).toBe(512);
    // The bench's 10,000 speeches (15,114 files) indexed within 500 MB; 50,000 (75,554) get four times that.
    expect(indexerHeapMb(15_114)).toBe(611);
    expect(indexerHeapMb(75_554)).toBe(2_027);
  });

  /** Indexes the fixture archive into a temporary directory with `heapMb`; the warnings given and what was written. */
  async function indexFixture(heapMb: number) {
    const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'yilu-indexer-'));
    const warnings: string[] = [];
    try {
      const done = await runIndexer(
        { index: { content: FIXTURE, base: '/' }, staging },
        () => {},
        (m) => warnings.push(m),
        heapMb,
      );
      return { done, warnings, files: fs.readdirSync(path.join(staging, 'pagefind')) };
    } finally {
      fs.rmSync(staging, { recursive: true, force: true });
    }
  }

  it('runs again without a limit when it dies within its heap, and then writes the index', async () => {
    // Far too little for the indexer: the first process dies.
    const { done, warnings, files } = await indexFixture(4);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/within a 4 MB heap; indexing again without a limit/);
    expect(done.pages).toBeGreaterThan(10);
    expect(files.some((f) => f.endsWith('.pf_meta'))).toBe(true);
  }, 120_000);

  it('does not run again when the limit is enough', async () => {
    const { done, warnings } = await indexFixture(indexerHeapMb(0));
    expect(warnings).toEqual([]);
    expect(done.pages).toBeGreaterThan(10);
  }, 120_000);
});
