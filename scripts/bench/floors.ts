/**
 * The floors the site is compared with, on the same generated corpus:
 * - Pagefind alone (its CLI, extended build) over equivalent plain HTML: one
 *   minimal page per speech, conference, person and organization with the same
 *   text, `<html lang="zh-CN">`;
 * - the Markdown pipeline alone (unified + remark-parse + remark-gfm +
 *   remark-rehype + rehype-stringify) over the same Markdown files
 *   (scripts/bench/markdown-floor.ts, in a child process so memory is its own).
 */
import fs from 'node:fs';
import path from 'node:path';
import { dirStats, run, type DirStats } from './measure.ts';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Frontmatter and body of a Markdown file. */
export function splitFrontmatter(text: string): { front: string; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  return m ? { front: m[1]!, body: m[2]! } : { front: '', body: text };
}

function page(title: string, paragraphs: string[]): string {
  const body = paragraphs
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) =>
      p.startsWith('- ')
        ? `<ul>${p
            .split('\n')
            .map((li) => `<li>${escapeHtml(li.replace(/^- /, ''))}</li>`)
            .join('')}</ul>`
        : `<p>${escapeHtml(p)}</p>`,
    )
    .join('\n');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><main><h1>${escapeHtml(title)}</h1>\n${body}</main></body></html>`;
}

/** Every content file as a plain page: frontmatter values as text, body paragraphs as <p>. */
export function writePlainSite(content: string, out: string): number {
  fs.rmSync(out, { recursive: true, force: true });
  let pages = 0;
  for (const e of fs.readdirSync(content, { recursive: true, withFileTypes: true })) {
    if (
      !e.isFile() ||
      !/\.(md|mdx|yaml)$/.test(e.name) ||
      e.parentPath.endsWith('regions') ||
      e.parentPath.endsWith('series')
    )
      continue;
    const file = path.join(e.parentPath, e.name);
    const { front, body } = e.name.endsWith('.yaml')
      ? { front: fs.readFileSync(file, 'utf8'), body: '' }
      : splitFrontmatter(fs.readFileSync(file, 'utf8'));
    const values = front
      .split('\n')
      .map((l) => l.replace(/^[\s-]*[A-Za-z]+:\s*/, '').trim())
      .filter((l) => /[\u4e00-\u9fff]/.test(l));
    const rel = path.relative(content, file).replace(/\.(md|mdx|yaml)$/, '');
    const target = path.join(out, rel, 'index.html');
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, page(values[0] ?? rel, [values.slice(1).join(' '), ...body.split(/\n\n+/)]));
    pages += 1;
  }
  return pages;
}

export interface Floor {
  ms: number;
  peakBytes: number;
  pages: number;
  index?: DirStats;
}

/**
 * Pagefind's CLIs the bench can run: the version whose runtime the site ships, and
 * 1.5.2, the fastest at Chinese (its extended build segments with jieba; 1.6's ICU
 * segmentation and character pairs took 2.3× the time and memory here). The floor
 * and the peer use 1.5.2: the strictest comparison.
 */
export const PAGEFIND_CLI = {
  '1.6.0': 'node_modules/pagefind/lib/runner/bin.cjs',
  '1.5.2': 'node_modules/pagefind-1-5/lib/runner/bin.cjs',
} as const;
export type PagefindVersion = keyof typeof PAGEFIND_CLI;

/** Writes the plain site once (shared by every Pagefind version measured). */
export function plainSite(content: string, out: string): number {
  return writePlainSite(content, out);
}

export async function pagefindFloor(
  root: string,
  plain: string,
  pages: number,
  version: PagefindVersion,
): Promise<Floor> {
  fs.rmSync(path.join(plain, 'pagefind'), { recursive: true, force: true });
  const result = await run(process.execPath, [path.join(root, PAGEFIND_CLI[version]), '--site', plain, '--quiet'], {
    cwd: root,
  });
  if (result.status !== 0) throw new Error(`pagefind ${version} failed:\n${result.output.slice(-2000)}`);
  return { ms: result.ms, peakBytes: result.peakBytes, pages, index: dirStats(path.join(plain, 'pagefind')) };
}

export async function markdownFloor(root: string, content: string): Promise<Floor> {
  const result = await run(process.execPath, [path.join(root, 'scripts/bench/markdown-floor.ts'), content], {
    cwd: root,
  });
  if (result.status !== 0) throw new Error(`markdown floor failed:\n${result.output.slice(-2000)}`);
  const { files } = JSON.parse(result.output.trim().split('\n').pop()!) as { files: number };
  return { ms: result.ms, peakBytes: result.peakBytes, pages: files };
}
