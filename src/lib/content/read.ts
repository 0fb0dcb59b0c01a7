/**
 * Reads the content tree from disk the way Astro's loaders do (same layout, same
 * ids), but parses YAML as YAML 1.2 "core" — no timestamp type, so an unquoted
 * `2024-13-45` stays text and can be reported instead of rolling over — and keeps
 * every node's position, so problems can name the line.
 */
import fs from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import { COLLECTIONS, entryId, type CollectionName } from '../../schemas/layout.ts';
import type { FieldPath, Problem } from './problems.ts';

export interface RawEntry {
  collection: CollectionName;
  id: string;
  /** Path shown to editors: relative to the current directory when inside it. */
  file: string;
  /** Parsed frontmatter or YAML document (plain data, not yet validated). */
  data: unknown;
  /** Markdown body after the frontmatter ('' for YAML files). */
  body: string;
  /** Line (1-based) of the value at `path`, or of the nearest parent that exists. */
  lineOf(path: FieldPath): number | undefined;
}

export interface ReadResult {
  entries: RawEntry[];
  problems: Problem[];
}

/** `*\/index.{md,mdx}` → a RegExp over '/'-separated relative paths. */
export function patternToRegExp(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*') re += '[^/]*';
    else if (c === '{') {
      const end = pattern.indexOf('}', i);
      re += `(?:${pattern
        .slice(i + 1, end)
        .split(',')
        .map(escapeRegExp)
        .join('|')})`;
      i = end;
    } else re += escapeRegExp(c);
  }
  return new RegExp(`^${re}$`);
}
const escapeRegExp = (s: string) => s.replace(/[.+?^$()|[\]\\]/g, '\\$&');

/** Every file under `dir` (not hidden ones), as '/'-separated paths relative to it, sorted. */
function walk(dir: string, prefix = ''): string[] {
  let names: fs.Dirent[];
  try {
    names = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const d of names) {
    if (d.name.startsWith('.')) continue;
    const rel = prefix ? `${prefix}/${d.name}` : d.name;
    if (d.isDirectory()) out.push(...walk(path.join(dir, d.name), rel));
    else out.push(rel);
  }
  return out.sort();
}

/** A content file a collection reads. */
export interface ContentFile {
  collection: CollectionName;
  id: string;
  /** Absolute path. */
  path: string;
}

/** Files next to content that are meant to be there: READMEs and images. */
const NOT_CONTENT = /(?:^|\/)README\.md$|\.(?:png|jpe?g|webp|gif|svg|avif)$/i;

const MATCHERS = (Object.entries(COLLECTIONS) as [CollectionName, (typeof COLLECTIONS)[CollectionName]][]).map(
  ([name, spec]) => ({
    name,
    dir: `${spec.dir}/`,
    re: patternToRegExp(spec.pattern),
  }),
);
const COLLECTION_ORDER = new Map(MATCHERS.map((m, i) => [m.name, i]));

/**
 * What a file under the content root is, from its path relative to the root
 * ('/'-separated): a file a collection reads, `stray` (one none reads: usually a
 * misplaced or misnamed file), or undefined (hidden files, READMEs, images).
 */
export function classify(root: string, rel: string): ContentFile | 'stray' | undefined {
  if (rel.split('/').some((part) => part.startsWith('.'))) return undefined;
  const m = MATCHERS.find((x) => rel.startsWith(x.dir) && x.re.test(rel.slice(x.dir.length)));
  if (m) return { collection: m.name, id: entryId(m.name, rel.slice(m.dir.length)), path: path.resolve(root, rel) };
  return NOT_CONTENT.test(rel) ? undefined : 'stray';
}

/** Content files in collection order, then by path. */
export const byCollection = (a: ContentFile, b: ContentFile) =>
  COLLECTION_ORDER.get(a.collection)! - COLLECTION_ORDER.get(b.collection)! ||
  (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/** Every file under the content root, sorted, from one walk of the tree: those a collection reads, and the stray ones. */
export function listContent(root: string): { files: ContentFile[]; stray: string[] } {
  const files: ContentFile[] = [];
  const stray: string[] = [];
  for (const rel of walk(root)) {
    const kind = classify(root, rel);
    if (kind === 'stray') stray.push(path.resolve(root, rel));
    else if (kind) files.push(kind);
  }
  return { files: files.sort(byCollection), stray };
}

/** Splits `---\nyaml\n---\nbody` into its parts; `yamlLine` is the line the YAML starts on. */
export function splitFrontmatter(text: string): { yaml: string; body: string; yamlLine: number } | null {
  const m = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return null;
  return { yaml: m[1]!, body: text.slice(m[0].length), yamlLine: 2 };
}

export function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith('..') ? rel.split(path.sep).join('/') : file;
}

/** Parses one file's YAML (whole file or frontmatter) into a RawEntry, or problems. */
export function parseEntry(
  collection: CollectionName,
  id: string,
  file: string,
  text: string,
): { entry?: RawEntry; problems: Problem[] } {
  const shown = displayPath(file);
  const isMarkdown = /\.mdx?$/.test(file);
  let yamlText = text;
  let body = '';
  let firstLine = 1;
  if (isMarkdown) {
    const fm = splitFrontmatter(text);
    if (!fm) {
      return {
        problems: [
          {
            severity: 'error',
            code: 'frontmatter',
            file: shown,
            line: 1,
            field: '',
            message: '缺少以 --- 开头和结尾的 frontmatter',
            hint: '文件开头应是 ---，然后是字段，再以 --- 结束',
          },
        ],
      };
    }
    yamlText = fm.yaml;
    body = fm.body;
    firstLine = fm.yamlLine;
  }
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(yamlText, { schema: 'core', lineCounter, uniqueKeys: true, prettyErrors: false });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  if (doc.errors.length) {
    return {
      problems: doc.errors.map((e) => ({
        severity: 'error' as const,
        code: 'yaml',
        file: shown,
        line: lineAt(e.pos[0]),
        field: '',
        message: `YAML 格式错误：${e.message.split('\n')[0]}`,
        hint: '检查缩进、冒号后的空格和引号是否成对',
      })),
    };
  }
  const lineOf = (p: FieldPath): number | undefined => {
    for (let n = p.length; n >= 0; n--) {
      const node = doc.getIn(p.slice(0, n) as (string | number)[], true);
      if (isNode(node) && node.range) return lineAt(node.range[0]);
      if (n === 0 && doc.contents && isNode(doc.contents) && doc.contents.range) return lineAt(doc.contents.range[0]);
    }
    return firstLine;
  };
  return { entry: { collection, id, file: shown, data: doc.toJS() ?? {}, body, lineOf }, problems: [] };
}

/** Reads every collection under `root`. Files that fail to parse are reported, not thrown. */
export function readContent(root: string): ReadResult {
  const entries: RawEntry[] = [];
  const problems: Problem[] = [];
  for (const f of listContent(root).files) {
    const result = parseEntry(f.collection, f.id, f.path, fs.readFileSync(f.path, 'utf8'));
    problems.push(...result.problems);
    if (result.entry) entries.push(result.entry);
  }
  return { entries, problems };
}
