/**
 * The copy check: finds runs of N (16) or more Han characters in the project's
 * own text that also stand, character for character, in a source report. Both
 * sides are compared as Simplified Han text with everything else dropped (so
 * punctuation, converter pinyin such as `中國(guó)` and page layout do not hide a
 * copied sentence), as overlapping N-character shingles.
 *
 * What may match, because it is a fact and not a sentence:
 * - text inside 《》 (titles of speeches, documents, reports);
 * - a short quotation in “” (up to QUOTED_TERM Han characters): the name of a
 *   session, a slogan, a heading the report quotes — a term, where a quoted
 *   sentence is longer and still counts;
 * - the value of a fact field in content YAML and frontmatter (names, positions,
 *   titles, themes, outlets and headlines: see FACT_KEYS), and that same fact
 *   string wherever else it is quoted (docs, tests).
 * Everything else that matches is reported with its file and line.
 */
import { isMap, isPair, isScalar, isSeq, parseDocument, type Node } from 'yaml';

export const MIN_RUN = 16;
/** The longest “quoted term” that counts as a name rather than a sentence. */
export const QUOTED_TERM = 12;

/**
 * Fields whose values are facts copied exactly from the reports, as the editing
 * rules ask: names and their variants, positions and roles, titles, themes,
 * places, outlets, headlines and people's bylines.
 */
export const FACT_KEYS = new Set([
  'name',
  'shortName',
  'englishName',
  'aliases',
  'variants',
  'title',
  'shortTitle',
  'theme',
  'position',
  'role',
  'city',
  'venue',
  'place',
  'members',
  'outlet',
  'headline',
  'reporters',
  'editors',
  'photoCredits',
  'partiesNote',
  'tags',
]);

const HAN = /\p{Script=Han}/u;

/** One project file's text, with the spans that are facts marked so they never count. */
export interface CheckedText {
  file: string;
  text: string;
  /** [start, end) offsets of fact spans inside `text`. */
  exempt: [number, number][];
}

export interface Finding {
  file: string;
  line: number;
  run: string;
}

/** The Han characters of a source text, as one Simplified stream. */
export function hanStream(text: string, toSimplified: (s: string) => string): string {
  let out = '';
  for (const ch of toSimplified(text)) if (HAN.test(ch)) out += ch;
  return out;
}

/** Every N-character window of the source streams. */
export function shingles(streams: Iterable<string>, n = MIN_RUN): Set<string> {
  const set = new Set<string>();
  for (const s of streams) {
    const chars = [...s];
    for (let i = 0; i + n <= chars.length; i++) set.add(chars.slice(i, i + n).join(''));
  }
  return set;
}

/**
 * Spans of fact values in a YAML document (or frontmatter): scalars under a
 * FACT_KEYS key, at any depth (items of a list under such a key included).
 * `offset` is where the YAML starts inside the file.
 */
export function factSpans(yamlText: string, offset = 0): { spans: [number, number][]; values: string[] } {
  const spans: [number, number][] = [];
  const values: string[] = [];
  let doc: ReturnType<typeof parseDocument>;
  try {
    doc = parseDocument(yamlText, { schema: 'core', prettyErrors: false });
  } catch {
    return { spans, values };
  }
  const visit = (node: unknown, fact: boolean) => {
    if (isScalar(node)) {
      if (fact && typeof node.value === 'string' && node.range) {
        spans.push([offset + node.range[0], offset + node.range[1]]);
        values.push(node.value);
      }
    } else if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        visit(pair.value, fact || FACT_KEYS.has(key));
      }
    } else if (isSeq(node)) {
      for (const item of node.items) visit(item as Node, fact);
    }
  };
  visit(doc.contents, false);
  return { spans, values };
}

/** A Markdown/MDX file's frontmatter: its YAML and where that YAML starts. */
export function frontmatter(text: string): { yaml: string; offset: number } | undefined {
  const m = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
  return m ? { yaml: m[1]!, offset: m[0].indexOf(m[1]!) } : undefined;
}

/**
 * Runs of `n`+ Han characters of `file` found among the source shingles. Text in
 * 《》, short “quoted terms”, exempt spans and any of the `facts` strings break a run; so does nothing
 * else (punctuation and Latin text are dropped, as on the source side).
 */
export function findCopied(
  file: CheckedText,
  known: ReadonlySet<string>,
  toSimplified: (s: string) => string,
  facts: readonly string[] = [],
  n = MIN_RUN,
): Finding[] {
  const text = file.text;
  const blocked = new Uint8Array(text.length);
  for (const [a, b] of file.exempt) blocked.fill(1, a, b);
  for (const m of text.matchAll(/《[^》\n]*》/g)) blocked.fill(1, m.index, m.index + m[0].length);
  for (const m of text.matchAll(/“([^”\n]*)”/g)) {
    if ((m[1]!.match(/\p{Script=Han}/gu)?.length ?? 0) <= QUOTED_TERM) blocked.fill(1, m.index, m.index + m[0].length);
  }
  for (const f of facts) {
    if (f.length < 2) continue;
    for (let i = text.indexOf(f); i >= 0; i = text.indexOf(f, i + f.length)) blocked.fill(1, i, i + f.length);
  }

  // The Han characters still in play, in Simplified, each with its offset; a
  // blocked character ends the current run.
  // The whole text is converted at once (OpenCC's phrase table needs context); in
  // the rare case a phrase changes length, character by character instead.
  const original = [...text];
  const whole = [...toSimplified(text)];
  const simplified = whole.length === original.length ? whole : original.map((ch) => toSimplified(ch));
  const runs: { chars: string[]; at: number[] }[] = [];
  let cur: { chars: string[]; at: number[] } = { chars: [], at: [] };
  let i = 0;
  original.forEach((ch, j) => {
    const here = i;
    i += ch.length;
    if (blocked[here]) {
      if (cur.chars.length) runs.push(cur);
      cur = { chars: [], at: [] };
      return;
    }
    if (!HAN.test(ch)) return;
    cur.chars.push(simplified[j]!);
    cur.at.push(here);
  });
  if (cur.chars.length) runs.push(cur);

  const found: Finding[] = [];
  for (const run of runs) {
    const { chars, at } = run;
    let k = 0;
    while (k + n <= chars.length) {
      if (!known.has(chars.slice(k, k + n).join(''))) {
        k++;
        continue;
      }
      let end = k + n;
      while (end < chars.length && known.has(chars.slice(end - n + 1, end + 1).join(''))) end++;
      found.push({ file: file.file, line: lineAt(text, at[k]!), run: chars.slice(k, end).join('') });
      k = end;
    }
  }
  return found;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
