/**
 * Sentences of conference Chinese from the benchmark vocabulary: subject,
 * adverb, verb and objects in the shapes speeches use, with numbers, names and
 * places mixed in. Word choice follows Zipf-like weights (src: words.ts).
 */
import type { Rng } from './random.ts';
import { wordSentence } from './vocabulary.ts';
import { ADJECTIVES, ADVERBS, CONNECTORS, NOUNS, NUMERALS, SUBJECTS, UNITS, VERBS } from './words.ts';

export interface TextContext {
  /** Places and organization names that may appear in the text. */
  places: string[];
  orgs: string[];
}

const noun = (r: Rng) => r.zipf(NOUNS, 0.9);
const verb = (r: Rng) => r.zipf(VERBS, 0.9);
const adj = (r: Rng) => r.zipf(ADJECTIVES, 0.9);
const pair = (r: Rng) => {
  const a = noun(r);
  let b = noun(r);
  while (b === a) b = noun(r);
  return a + b;
};
const phrase = (r: Rng) => (r.chance(0.45) ? pair(r) : r.chance(0.5) ? `${adj(r)}的${noun(r)}` : noun(r));

const clauses: ((r: Rng, c: TextContext) => string)[] = [
  (r) => `${r.zipf(SUBJECTS)}${r.zipf(ADVERBS)}${verb(r)}${phrase(r)}`,
  (r) => `${verb(r)}${phrase(r)}，${verb(r)}${phrase(r)}`,
  (r) => `在${phrase(r)}方面${r.zipf(ADVERBS)}${verb(r)}${phrase(r)}`,
  (r, c) => `${r.pick(c.places)}已有${r.zipf(NUMERALS)}${r.zipf(UNITS)}${phrase(r)}${verb(r)}${noun(r)}`,
  (r, c) => `${r.pick(c.orgs)}${r.zipf(ADVERBS)}${verb(r)}${phrase(r)}`,
  (r) => `把${phrase(r)}作为${verb(r)}${noun(r)}的${adj(r)}${noun(r)}`,
  (r) => `通过${phrase(r)}${verb(r)}${phrase(r)}的${noun(r)}`,
  (r) => `${noun(r)}是${verb(r)}${phrase(r)}的${adj(r)}${noun(r)}`,
  (r) => `${r.zipf(NUMERALS)}年来共${verb(r)}${phrase(r)}${r.zipf(NUMERALS)}${r.zipf(UNITS)}`,
];

export function sentence(r: Rng, c: TextContext): string {
  const head = r.chance(0.3) ? `${r.zipf(CONNECTORS)}，` : '';
  const parts = [r.zipf(clauses, 0.6)(r, c)];
  const more = r.int(3);
  for (let i = 0; i < more; i++) parts.push(r.zipf(clauses, 0.6)(r, c));
  return `${head}${parts.join('，')}${r.chance(0.08) ? '；' : '。'}`.replace(/；$/, '。');
}

/**
 * Share of sentences in speech bodies drawn word by word from jieba's vocabulary
 * (vocabulary.ts); the rest are the domain sentences above.
 */
export const WORD_LEVEL_SHARE = 0.75;

export function paragraph(r: Rng, c: TextContext, chars: number): string {
  let out = '';
  while (out.length < chars) out += r.chance(WORD_LEVEL_SHARE) ? wordSentence(r) : sentence(r, c);
  return out;
}

/** A speech body in Markdown: paragraphs and a list of key points, about `chars` characters of text. */
export function speechBody(r: Rng, c: TextContext, chars = 2200): string {
  const blocks: string[] = [];
  let length = 0;
  let listed = false;
  while (length < chars) {
    if (!listed && length > chars / 2) {
      const items = Array.from(
        { length: 3 + r.int(3) },
        () => `- ${r.chance(WORD_LEVEL_SHARE) ? wordSentence(r) : sentence(r, c)}`,
      );
      blocks.push(items.join('\n'));
      length += items.join('').length;
      listed = true;
      continue;
    }
    const p = paragraph(r, c, 120 + r.int(220));
    blocks.push(p);
    length += p.length;
  }
  return blocks.join('\n\n');
}

/** A short line: a summary, a session description. */
export function line(r: Rng, c: TextContext): string {
  return sentence(r, c);
}
