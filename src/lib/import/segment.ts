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
