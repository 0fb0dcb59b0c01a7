/**
 * The browser scripts as src/integrations/browser-scripts.ts bundles them: the
 * configuration each gets from the build, and the source files the dev server
 * watches (derived from the bundles, so a new module of the search is watched
 * without being listed). Also the indexer's own sources, whose hash keys the
 * search index's shard cache (src/integrations/search/index-build.ts).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleScripts } from '../../src/integrations/browser-scripts.ts';
import { indexerVersion, sourcesOf } from '../../src/integrations/search/index-build.ts';

const root = path.resolve(import.meta.dirname, '../..');
const rel = (files: string[]) => files.map((f) => path.relative(root, f).split(path.sep).join('/'));

describe('browser scripts', () => {
  it('give the site script the other scripts’ URLs under the base, and the search bundle the base', async () => {
    const scripts = await bundleScripts('/yilu/');
    const { site, search, hant, highlight } = scripts.entries;
    for (const s of [search, hant, highlight]) expect(site.code).toContain(JSON.stringify(`/yilu/${s.file}`));
    expect(search.file).toMatch(/^_yilu\/search\.[0-9a-f]{10}\.js$/);
    expect(search.code).toContain('"/yilu/"');
    expect(search.code).not.toMatch(/virtual:yilu|YILU_/);
    expect(scripts.files.map((f) => f.file)).toEqual(expect.arrayContaining([site.file, search.file]));
  }, 60_000);

  it('watch every source file they are bundled from, and nothing of node_modules', async () => {
    const sources = rel((await bundleScripts('/')).sources);
    expect(sources).toEqual(
      expect.arrayContaining([
        'src/reading/site.ts',
        'src/search/client.ts',
        'src/search/engine.ts',
        'src/search/strings.ts',
        'src/search/simplified.ts',
        'src/lib/text/t2s.ts',
      ]),
    );
    expect(sources.filter((f) => !f.startsWith('src/'))).toEqual([]);
  }, 60_000);
});

describe('search indexer version', () => {
  it('hashes the modules the indexer imports, followed through their imports', () => {
    const sources = rel(sourcesOf([path.join(root, 'src/integrations/search/page-tokens.ts')]));
    expect(sources).toContain('src/integrations/search/page-tokens.ts');
    // Imported by page-tokens.ts, listed nowhere (the folders once hashed missed lib/search).
    expect(sources).toContain('src/lib/text/zh.ts');
    expect(sources).toContain('src/lib/search/fragment.ts');
    expect(sources.filter((f) => f.includes('node_modules'))).toEqual([]);
    expect(indexerVersion()).toMatch(/^[0-9a-f]{64}$/);
  });
});
