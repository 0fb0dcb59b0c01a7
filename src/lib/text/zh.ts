/**
 * Chinese text tools shared by the search indexer (Node, at build time), the
 * search client (browser) and the importer, so all three normalise and split text
 * exactly the same way.
 *
 * Why not Pagefind's own segmentation: Pagefind segments the index with one
 * segmenter (charabia/jieba or ICU) and the query with the browser's
 * Intl.Segmenter, so words split differently on the two sides are missed
 * (民政 inside 市民|政局), and it has no Traditional/Simplified folding. Instead
 * the archive indexes overlapping character bigrams of Simplified text — the
 * classic CJK approach (Lucene's CJKAnalyzer): any substring of two or more
 * characters is found, with no dictionary to ship to the browser — and runs the
 * same function over the query.
 *
 * The index holds each token once per section; the text itself travels in each
 * page's fragment (src/integrations/search/index-build.ts), where the client
 * checks that a result really contains what was asked and cuts its excerpts.
 */
import { escapeRegExp } from './regexp.ts';

const HAN = /\p{Script=Han}/u;
const WORD = /[\p{L}\p{N}]/u;

/**
 * Width and compatibility folding, lower case, tone marks off Latin letters, and
 * white space collapsed: `２０２４ Zhōu` → `2024 zhou`. Does not change script.
 */
export function fold(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim();
}

export type Converter = (text: string) => string;

/** Full normalisation for matching: fold, then Traditional → Simplified with the given converter. */
export function normalize(text: string, toSimplified: Converter): string {
  return toSimplified(fold(text));
}

type RunKind = 'han' | 'word' | 'space' | 'other';
interface Run {
  kind: RunKind;
  text: string;
}

function kindOf(ch: string): RunKind {
  if (HAN.test(ch)) return 'han';
  if (WORD.test(ch)) return 'word';
  if (/\s/.test(ch)) return 'space';
  return 'other';
}

/** Splits text into runs of Han characters, letters/digits, white space and everything else. */
export function runs(text: string): Run[] {
  const out: Run[] = [];
  for (const ch of text) {
    const kind = kindOf(ch);
    const last = out[out.length - 1];
    if (last && last.kind === kind) last.text += ch;
    else out.push({ kind, text: ch });
  }
  return out;
}

/**
 * `重庆市` → `重庆 庆市 市`: every adjacent pair, then the last character on its own
 * (so a one-character query still prefix-matches every occurrence, and the run can
 * be rebuilt exactly).
 */
export function hanTokens(run: string): string[] {
  const chars = [...run];
  const out: string[] = [];
  for (let i = 0; i < chars.length - 1; i++) out.push(chars[i]! + chars[i + 1]!);
  out.push(chars[chars.length - 1]!);
  return out;
}

/**
 * The tokens the index holds for a text: Han runs (converted to Simplified) as
 * bigrams plus a closing unigram, letters/digits as words (width-folded, tone
 * marks off, case kept; the index lower-cases them). Punctuation and white space
 * are not tokens.
 */
export function indexTokens(text: string, toSimplified: Converter): string[] {
  const out: string[] = [];
  for (const run of runs(text)) {
    if (run.kind === 'han') out.push(...hanTokens(toSimplified(run.text.normalize('NFKC'))));
    else if (run.kind === 'word') out.push(foldWord(run.text));
  }
  return out;
}

/** `Ｚｈōｕ` → `Zhou`: width folded and tone marks removed, case kept. */
function foldWord(word: string): string {
  return word
    .normalize('NFKC')
    .normalize('NFD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC');
}

/** One word of a query as the reader typed it, and the pieces it must match. */
export interface QueryPart {
  /** The part, normalised: `重庆市民政局`, `2024川渝`, `zhou`. */
  text: string;
  /** Its runs of Han characters and of letters/digits: each must occur in a matching page. */
  pieces: string[];
  /** Tokens to hand to Pagefind. */
  tokens: string[];
}

/**
 * Splits a normalised query into parts (at white space and punctuation) and each
 * part into the tokens Pagefind looks up. A one-character Han piece stays a
 * unigram, which prefix-matches every bigram starting with it.
 */
export function parseQuery(normalized: string): QueryPart[] {
  const parts: QueryPart[] = [];
  for (const chunk of normalized.split(/[^\p{L}\p{N}]+/u)) {
    if (!chunk) continue;
    const pieces = runs(chunk).map((r) => r.text);
    const tokens = runs(chunk).flatMap((r) => (r.kind === 'han' ? queryHanTokens(r.text) : [r.text]));
    parts.push({ text: chunk, pieces, tokens: [...new Set(tokens)] });
  }
  return parts;
}

/**
 * Query side of `hanTokens`: bigrams that cover the run without overlapping, plus
 * the last pair when the length is odd (`养老服务协会` → 养老 服务 协会; `扬州市` → 扬州 州市).
 * Every bigram of the run is in a matching page anyway, so the overlapping ones
 * only add index chunks to load and lists to intersect; the client's check of
 * each candidate keeps results exact. The closing unigram would match too much.
 */
export function queryHanTokens(run: string): string[] {
  const chars = [...run];
  if (chars.length === 1) return chars;
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i += 2) out.push(chars[i]! + chars[i + 1]!);
  if (chars.length % 2) out.push(chars[chars.length - 2]! + chars[chars.length - 1]!);
  return out;
}

let segmenter: Intl.Segmenter | undefined;

/**
 * The words of a Han run by the dictionary of Intl.Segmenter (the browser's, or
 * Node's ICU at build and test time), with neighbouring single characters joined
 * again: `川渝合作` → 川 渝 合作 → 川渝 合作; `长三角一体化` → 长 三角 一体化.
 */
export function hanWords(run: string): string[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const out: string[] = [];
  let single = '';
  for (const { segment, isWordLike } of segmenter.segment(run)) {
    if (!isWordLike) continue;
    if ([...segment].length === 1) {
      single += segment;
      continue;
    }
    if (single) out.push(single);
    single = '';
    out.push(segment);
  }
  if (single) out.push(single);
  return out;
}

/**
 * The query loosened for a second try when no page holds it as written: every Han
 * piece of four or more characters becomes its words (`川渝合作` → 川渝, 合作), each of
 * which must still occur somewhere in a result. The index is asked for the words'
 * bigrams. Undefined when no piece splits into more than one word.
 */
export function loosenQuery(parts: readonly QueryPart[]): QueryPart[] | undefined {
  let split = false;
  const loosened = parts.map((part) => {
    const pieces = part.pieces.flatMap((piece) => {
      if (!HAN.test(piece) || [...piece].length < 4) return [piece];
      const words = hanWords(piece);
      if (words.length > 1) split = true;
      return words;
    });
    const tokens = pieces.flatMap((w) => (!HAN.test(w) ? [w] : [...w].length > 1 ? queryHanTokens(w) : []));
    return { text: part.text, pieces, tokens: [...new Set(tokens)] };
  });
  return split && loosened.some((p) => p.tokens.length) ? loosened : undefined;
}

/** How well a text answers a query: 2 = holds every part whole, 1 = every piece, 0 = not a match. */
export function matchLevel(haystack: string, parts: readonly QueryPart[]): 0 | 1 | 2 {
  if (!parts.length) return 0;
  if (parts.every((p) => haystack.includes(p.text))) return 2;
  if (parts.every((p) => p.pieces.every((piece) => haystack.includes(piece)))) return 1;
  return 0;
}

/** Occurrences of `needle` in `haystack`, at most `cap`. */
export function countOf(haystack: string, needle: string, cap = 20): number {
  if (!needle) return 0;
  let n = 0;
  for (let at = haystack.indexOf(needle); at >= 0 && n < cap; at = haystack.indexOf(needle, at + needle.length)) n++;
  return n;
}

/**
 * How strongly a text answers the query, to order results of the same match level:
 * whole parts count most, then parts whose pieces stand close together in order
 * (`2024年川渝` for `2024川渝`), then single pieces.
 */
export function matchWeight(haystack: string, parts: readonly QueryPart[]): number {
  let weight = 0;
  for (const part of parts) {
    weight += 10 * countOf(haystack, part.text);
    if (part.pieces.length > 1) {
      const near = new RegExp(part.pieces.map(escapeRegExp).join('.{0,3}'), 'g');
      weight += 5 * Math.min(20, haystack.match(near)?.length ?? 0);
    }
    for (const piece of part.pieces) weight += Math.min(20, countOf(haystack, piece)) / 2;
  }
  return weight;
}

/**
 * A window of `text` around the first place any query piece occurs, with every
 * occurrence of the pieces marked (case-insensitively). Returns plain segments,
 * so callers escape and render them as they need.
 */
export function excerpt(text: string, parts: readonly QueryPart[], length = 80): { text: string; mark: boolean }[] {
  const lower = text.toLowerCase();
  const display = lower.length === text.length ? text : lower;
  const needles = [...new Set(parts.flatMap((p) => [p.text, ...p.pieces]))]
    .filter(Boolean)
    .sort((a, b) => b.length - a.length);
  let first = -1;
  for (const n of needles) {
    const at = lower.indexOf(n);
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  const start = Math.max(0, Math.min(first - Math.floor(length / 3), text.length - length));
  const end = Math.min(text.length, start + length);
  const segments: { text: string; mark: boolean }[] = [];
  const push = (t: string, mark: boolean) => {
    const last = segments[segments.length - 1];
    if (last && last.mark === mark && !mark) last.text += t;
    else segments.push({ text: t, mark });
  };
  if (start > 0) push('…', false);
  let i = start;
  while (i < end) {
    const hit = needles.find((n) => lower.startsWith(n, i));
    if (hit) {
      push(display.slice(i, i + hit.length), true);
      i += hit.length;
    } else {
      push(display[i]!, false);
      i += 1;
    }
  }
  if (end < text.length) push('…', false);
  return segments;
}
