/**
 * Word-level Chinese from a real vocabulary: jieba's dictionary (the dict.txt that
 * @node-rs/jieba ships, about 349,000 words with their corpus frequencies and
 * part-of-speech tags). Words are drawn with their real frequencies, so the text
 * has what real text has for an indexer: tens of thousands of distinct words, a
 * few very common ones (的, 是, 在) and a long tail. The benchmark's own domain
 * sentences (text.ts) are mixed in so that searches for names, places and field
 * words have something to find.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Rng } from './random.ts';

export interface Vocabulary {
  /** Distinct words available. */
  size: number;
  /** One word, drawn with its corpus frequency. */
  word(r: Rng): string;
}

let cached: Vocabulary | undefined;

/** Words of Han characters only (no Latin, digits or symbols), with their frequencies. */
export function parseDictionary(text: string): { words: string[]; cumulative: Float64Array } {
  const words: string[] = [];
  const freqs: number[] = [];
  for (const line of text.split('\n')) {
    const [word, freq] = line.split(' ');
    if (!word || !freq || !/^\p{Script=Han}+$/u.test(word)) continue;
    const n = Number(freq);
    if (!(n > 0)) continue;
    words.push(word);
    freqs.push(n);
  }
  const cumulative = new Float64Array(freqs.length);
  let total = 0;
  for (let i = 0; i < freqs.length; i++) cumulative[i] = total += freqs[i]!;
  return { words, cumulative };
}

export function jiebaVocabulary(): Vocabulary {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const file = require.resolve('@node-rs/jieba/dict.txt');
  const { words, cumulative } = parseDictionary(fs.readFileSync(file, 'utf8'));
  const total = cumulative[cumulative.length - 1]!;
  cached = {
    size: words.length,
    word(r) {
      const x = r.next() * total;
      let lo = 0;
      let hi = cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cumulative[mid]! < x) lo = mid + 1;
        else hi = mid;
      }
      return words[lo]!;
    },
  };
  return cached;
}

const PAUSES = ['，', '，', '，', '、', '；'];

/** A sentence of 8–24 words drawn by frequency, with commas where clauses would break. */
export function wordSentence(r: Rng, v: Vocabulary = jiebaVocabulary()): string {
  const n = 8 + r.int(17);
  let out = '';
  for (let i = 0; i < n; i++) {
    out += v.word(r);
    if (i > 2 && i < n - 2 && r.chance(0.12)) out += r.pick(PAUSES);
  }
  return `${out}${r.chance(0.1) ? '！' : '。'}`;
}
