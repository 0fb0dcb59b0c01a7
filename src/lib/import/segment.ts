/**
 * Chinese word segmentation for ids: jieba's dictionary (through @node-rs/jieba,
 * a prebuilt native binding; the dictionary loads once, in about a quarter of a
 * second, on first use). Single characters jieba leaves alone are joined to their
 * neighbours (黔|桂 → 黔桂, 大湾|区 → 大湾区, 年|会 → 年会) and long dictionary
 * words are split into the words they are made of (青年志愿者 → 青年|志愿者), so
 * ids read as short words the way the archive's hand-made ids do.
 */
import { createRequire } from 'node:module';

interface Jieba {
  cut(text: string, hmm?: boolean): string[];
  cutAll(text: string): string[];
  tag(text: string, hmm?: boolean): { word: string; tag: string }[];
}

let jieba: Jieba | undefined;
function load(): Jieba {
  if (!jieba) {
    const require = createRequire(import.meta.url);
    const { Jieba: JiebaClass } = require('@node-rs/jieba') as { Jieba: { withDict(dict: Uint8Array): Jieba } };
    const { dict } = require('@node-rs/jieba/dict.js') as { dict: Uint8Array };
    jieba = JiebaClass.withDict(dict);
  }
  return jieba;
}

/**
 * A dictionary word of four or more characters as the shorter words it is made of
 * (青年志愿者 → 青年|志愿者, 重庆大学 → 重庆|大学), when they cover it exactly.
 */
function split(word: string): string[] {
  const chars = [...word];
  if (chars.length < 4) return [word];
  const parts = load()
    .cutAll(word)
    .filter((w) => [...w].length >= 2 && w !== word);
  const out: string[] = [];
  let at = 0;
  while (at < word.length) {
    const next = parts.filter((w) => word.startsWith(w, at)).sort((a, b) => b.length - a.length)[0];
    if (!next) return [word];
    out.push(next);
    at += next.length;
  }
  return out;
}

/** Words of a run of Chinese text, with lone characters joined to their neighbours and long words split. */
export function words(text: string): string[] {
  if (!text) return [];
  const out: string[] = [];
  let singles = '';
  for (const w of load().cut(text, false).flatMap(split)) {
    if ([...w].length === 1 && /\p{Script=Han}/u.test(w)) {
      singles += w;
      continue;
    }
    if (singles) {
      if ([...singles].length === 1 && out.length) out[out.length - 1] += singles;
      else out.push(singles);
      singles = '';
    }
    out.push(w);
  }
  if (singles) {
    if ([...singles].length === 1 && out.length) out[out.length - 1] += singles;
    else out.push(singles);
  }
  return out;
}

/** Tags jieba gives a person's name: its dictionary's names (nr…) and the words its HMM finds outside the dictionary (x). */
const NAME_TAGS = /^(?:nr|nrfg|nrt|x)$/;

/**
 * The name-like word a run of text opens with, with a dictionary word of two or more characters after it: a word jieba
 * (with its HMM, which finds words outside the dictionary) reads as a name or does not know (`苏辉宣告开幕` → 苏辉,
 * `陈兵专程前来` → 陈兵), or a lone character and the one or two characters jieba cut from it (`周|振华|宣告` → 周振华).
 * A dictionary word (`会长在会上` → 会长) is none. Whether it is a person's name (a surname first) is for the caller.
 */
export function openingUnknownWord(text: string): string | undefined {
  const head = text.slice(0, 16);
  if (!/^\p{Script=Han}{2}/u.test(head)) return undefined;
  const tags = load().tag(head, true);
  // After the word, one the dictionary has: a lone character or another unknown word or name after it means the
  // segmenter may have cut a longer name short (高拔|陞, 陈黄|淑媛).
  // (Or 的, `理事长某某的贡献`: whose it was.)
  const closes = (t: { word: string; tag: string } | undefined) =>
    !!t && ((!NAME_TAGS.test(t.tag) && [...t.word].length >= 2) || t.word === '的');
  const [first, second, third] = tags;
  if (!first) return undefined;
  // (Before 的 only a three-character name: two characters and 的 are as often a word that describes, `卓越的`.)
  if (NAME_TAGS.test(first.tag) && [...first.word].length >= 2)
    return closes(second) && (second!.word !== '的' || [...first.word].length === 3) ? first.word : undefined;
  const han = (t: { word: string } | undefined) => !!t && /^\p{Script=Han}+$/u.test(t.word);
  // (Not a verb, adverb, preposition or the like cut after the character: `于|交接`.)
  if (
    [...first.word].length === 1 &&
    han(second) &&
    [...second!.word].length <= 2 &&
    !/^[vpdcuarmqf]/.test(second!.tag) &&
    closes(third)
  )
    return first.word + second!.word;
  return undefined;
}
