/**
 * The peer: what a bare Astro site does with the same speeches. A minimal Astro 7
 * project (the @astrojs/mdx integration, Astro's default Markdown, one content
 * collection of the speech files, one page per speech with its title and text,
 * `<html lang="zh-CN">`), built with the same `astro` the archive uses, then
 * indexed with Pagefind 1.5.2's CLI (its fastest for Chinese, see floors.ts).
 * Written into the bench directory at run time, so the peer always runs against
 * the installed versions.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PAGEFIND_CLI } from './floors.ts';
import { dirStats, run, type DirStats } from './measure.ts';

export interface PeerBuild {
  /** Wall time of `astro build` plus the Pagefind CLI. */
  ms: number;
  astroMs: number;
  pagefindMs: number;
  /** Largest resident memory of either step's process tree (they run one after the other). */
  peakBytes: number;
  pages: number;
  output: DirStats;
}

const CONFIG = (out: string, cache: string) => `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
export default defineConfig({
  outDir: ${JSON.stringify(out)},
  cacheDir: ${JSON.stringify(cache)},
  integrations: [mdx()],
});
`;

const COLLECTIONS = (content: string) => `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
const speeches = defineCollection({
  loader: glob({ pattern: 'conferences/*/speeches/*.md', base: ${JSON.stringify(content)} }),
  schema: z.object({ title: z.string().optional(), kind: z.string() }).passthrough(),
});
export const collections = { speeches };
`;

const PAGE = `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  const speeches = await getCollection('speeches');
  return speeches.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
const title = entry.data.title ?? entry.data.kind;
---
<!doctype html>
<html lang="zh-CN">
  <head><meta charset="utf-8" /><title>{title}</title></head>
  <body><main><h1>{title}</h1><Content /></main></body>
</html>
`;

/** Writes the peer project under `dir` for the archive in `content`. */
export function writePeer(dir: string, content: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'src/pages'), { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({ name: 'yilu-bench-peer', private: true, type: 'module' }),
  );
  fs.writeFileSync(path.join(dir, 'astro.config.mjs'), CONFIG(path.join(dir, 'dist'), path.join(dir, 'cache')));
  fs.writeFileSync(path.join(dir, 'src/content.config.ts'), COLLECTIONS(path.resolve(content)));
  fs.writeFileSync(path.join(dir, 'src/pages/[...slug].astro'), PAGE);
}

/** The archive's own packages, wherever the bench directory is (tests put it in /tmp). */
function linkPackages(dir: string, root: string): void {
  const link = path.join(dir, 'node_modules');
  if (!fs.existsSync(link)) fs.symlinkSync(path.join(root, 'node_modules'), link, 'dir');
}

/** Builds the peer with `astro build`, then indexes its output with the Pagefind CLI. */
export async function buildPeer(root: string, content: string, dir: string): Promise<PeerBuild> {
  writePeer(dir, content);
  linkPackages(dir, root);
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', NO_COLOR: '1' };
  const astro = await run(
    process.execPath,
    [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', dir],
    { cwd: dir, env },
  );
  if (astro.status !== 0) throw new Error(`peer astro build failed:\n${astro.output.slice(-2000)}`);
  const out = path.join(dir, 'dist');
  const pagefind = await run(process.execPath, [path.join(root, PAGEFIND_CLI['1.5.2']), '--site', out, '--quiet'], {
    cwd: dir,
  });
  if (pagefind.status !== 0) throw new Error(`peer pagefind failed:\n${pagefind.output.slice(-2000)}`);
  const pages = fs
    .readdirSync(out, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name === 'index.html').length;
  return {
    ms: astro.ms + pagefind.ms,
    astroMs: astro.ms,
    pagefindMs: pagefind.ms,
    peakBytes: Math.max(astro.peakBytes, pagefind.peakBytes),
    pages,
    output: dirStats(out),
  };
}
