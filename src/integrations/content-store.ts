/**
 * How Astro keeps the content store between the content sync and the rendering
 * (`experimental.collectionStorage`), chosen by the size of the content.
 *
 * The store holds every record and its rendered Markdown (not the Markdown
 * itself: content-loader.ts), about 1.4 times the bytes of the content files on
 * the bench's corpus (21.5 MB for 15.1 MB at 2,000 speeches). Astro bundles it as
 * one module, and a JavaScript string holds at most 2^29 − 24 characters: at
 * 50,000 speeches (378 MB of content) the build stopped in the bundler ("Failed
 * to convert rust `&str` into napi `string`"). Astro's chunked store splits it
 * into modules of 20 MiB, but its chunking encodes the store one character at a
 * time (about a second per megabyte on these machines), so it is used only where
 * the single file could come near that limit. docs/benchmarks.md has the
 * measurements.
 */
import fs from 'node:fs';
import path from 'node:path';

/** Content bytes above which the store is chunked. */
export const CHUNKED_ABOVE_BYTES = 150 * 1024 * 1024;

/** Total bytes of the files under `dir` (0 when it does not exist). */
export function contentBytes(dir: string): number {
  let total = 0;
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) total += contentBytes(p);
    else if (e.isFile()) total += fs.statSync(p).size;
  }
  return total;
}

export type Storage = 'single-file' | 'chunked';

/** `YILU_CONTENT_STORE` (single-file or chunked) when set, else by the content's size. */
export function collectionStorage(
  contentRoot: string,
  limit = CHUNKED_ABOVE_BYTES,
  env = process.env.YILU_CONTENT_STORE,
): Storage {
  if (env === 'single-file' || env === 'chunked') return env;
  if (env) throw new Error(`YILU_CONTENT_STORE must be single-file or chunked, got "${env}"`);
  return contentBytes(contentRoot) > limit ? 'chunked' : 'single-file';
}
