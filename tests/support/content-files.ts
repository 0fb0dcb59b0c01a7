/**
 * The content files as an editor wrote them, read for tests with the `yaml` package
 * alone (YAML 1.2 core schema: dates stay strings) and a plain front-matter split:
 * none of the archive's own reading, checking or graph code. Tests compare what the
 * site publishes with these, so an error in the archive's code cannot hide in both.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

export type Yaml = Record<string, unknown>;

export interface ConferenceFile {
  id: string;
  data: Yaml;
  /** Speech files by slug (file name without extension). */
  speeches: Map<string, Yaml>;
}

export interface ContentFiles {
  conferences: Map<string, ConferenceFile>;
  people: Map<string, Yaml>;
  organizations: Map<string, Yaml>;
  series: Map<string, Yaml>;
  regions: Map<string, Yaml>;
  /** Raw text of every file, by path relative to the content root. */
  texts: Map<string, string>;
}

/** The YAML between the first two `---` lines of a Markdown/MDX file. */
export function frontMatter(text: string): Yaml {
  const m = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
  if (!m) throw new Error('no front matter');
  return parse(m[1]!) as Yaml;
}

/** The Markdown body of a Markdown/MDX file as written (after the front matter, without surrounding blank lines), or undefined when it has none. */
export function bodyOf(text: string): string | undefined {
  return (
    text
      .replace(/^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/, '')
      .replace(/\r\n?/g, '\n')
      .trim() || undefined
  );
}

export function readContentFiles(root: string): ContentFiles {
  const texts = new Map<string, string>();
  const read = (rel: string) => {
    const text = fs.readFileSync(path.join(root, rel), 'utf8');
    texts.set(rel, text);
    return text;
  };
  const yamls = (dir: string) =>
    new Map(
      fs
        .readdirSync(path.join(root, dir))
        .filter((f) => f.endsWith('.yaml'))
        .sort()
        .map((f) => [f.replace(/\.yaml$/, ''), parse(read(`${dir}/${f}`)) as Yaml]),
    );
  const conferences = new Map<string, ConferenceFile>();
  for (const id of fs.readdirSync(path.join(root, 'conferences')).sort()) {
    const index = ['index.mdx', 'index.md'].find((f) => fs.existsSync(path.join(root, 'conferences', id, f)));
    if (!index) continue;
    const speechDir = path.join(root, 'conferences', id, 'speeches');
    const speeches = new Map<string, Yaml>();
    if (fs.existsSync(speechDir)) {
      for (const f of fs
        .readdirSync(speechDir)
        .filter((f) => /\.mdx?$/.test(f))
        .sort()) {
        speeches.set(f.replace(/\.mdx?$/, ''), frontMatter(read(`conferences/${id}/speeches/${f}`)));
      }
    }
    conferences.set(id, { id, data: frontMatter(read(`conferences/${id}/${index}`)), speeches });
  }
  return {
    conferences,
    people: yamls('people'),
    organizations: yamls('organizations'),
    series: yamls('series'),
    regions: yamls('regions'),
    texts,
  };
}

/**
 * Differences between what the content file says (`written`) and a published record:
 * every value written must be published as written. A time written without seconds
 * (`2022-09-15 20:00`) is published with them (`…:00`); `draft` is never published.
 */
export function differences(record: unknown, written: unknown, at = ''): string[] {
  if (Array.isArray(written)) {
    if (!Array.isArray(record)) return [`${at}: published ${JSON.stringify(record)}, written a list`];
    if (record.length !== written.length) return [`${at}: published ${record.length} items, written ${written.length}`];
    return written.flatMap((w, i) => differences(record[i], w, `${at}[${i}]`));
  }
  if (written !== null && typeof written === 'object') {
    if (record === null || typeof record !== 'object')
      return [`${at}: published ${JSON.stringify(record)}, written an object`];
    return Object.entries(written as Yaml)
      .filter(([k]) => k !== 'draft')
      .flatMap(([k, w]) => differences((record as Yaml)[k], w, at ? `${at}.${k}` : k));
  }
  if (record === written) return [];
  if (typeof written === 'string' && /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(written) && record === `${written}:00`)
    return [];
  return [`${at}: published ${JSON.stringify(record)}, written ${JSON.stringify(written)}`];
}
