/**
 * Traditional → Simplified with OpenCC's own tables (opencc-js): Taiwan and Hong
 * Kong variant forms first, then OpenCC's phrase table (so 乾隆 stays 乾隆 while
 * 乾燥 becomes 干燥), then characters. Regional vocabulary (軟體 → 软件) is left
 * alone on purpose: search matches what was written, not a translation of it.
 *
 * The same converter runs over indexed text at build time and over queries in the
 * browser (about 36 KB gzipped, loaded only for a search query that needs it:
 * src/search/simplified.ts), so both sides agree.
 */
import { ConverterFactory } from 'opencc-js/core';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import HKVariantsRevPhrases from 'opencc-js/dict/HKVariantsRevPhrases';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import TWVariantsRevPhrases from 'opencc-js/dict/TWVariantsRevPhrases';
import type { Converter } from './zh.ts';

const CHARACTER_DICTS = [TWVariantsRev, HKVariantsRev, TSCharacters];
const PHRASE_DICTS = [TWVariantsRevPhrases, HKVariantsRevPhrases, TSPhrases];

let converter: Converter | undefined;
let triggers: Set<string> | undefined;

/** opencc-js dictionaries are `key value[ value…]|key value…` strings. */
const entries = (dict: unknown) =>
  String(dict)
    .split('|')
    .map((e) => e.split(' ') as [string, ...string[]]);

/** OpenCC's chain: Taiwan and Hong Kong variant forms to OpenCC's standard, then Traditional → Simplified. */
function fullConverter(): Converter {
  converter ??= ConverterFactory(
    [TWVariantsRevPhrases, TWVariantsRev, HKVariantsRevPhrases, HKVariantsRev],
    [TSPhrases, TSCharacters],
  );
  return converter;
}

/**
 * Characters without which no dictionary entry can change a text: every character
 * the whole chain changes, plus, for each phrase the chain changes that holds none
 * of those, the character it changes. Entries the chain takes back again (TWVariantsRev
 * turns 峰 into 峯, TSCharacters 峯 into 峰) do not count, so common Simplified
 * characters such as 峰 and 梁 are not in the set. A text with none of them is
 * returned as is — OpenCC's converter costs about 50 µs per call even when nothing
 * changes, and the indexer calls it once per run of Han text (hundreds of
 * thousands of times); the search bundle loads the converter only for a query
 * holding one (src/search/simplified.ts). tests/unit/t2s.test.ts checks the result
 * equals the full converter's on every dictionary key, bare and in context.
 */
export function conversionTriggers(): Set<string> {
  if (triggers) return triggers;
  const full = fullConverter();
  const set = new Set<string>();
  for (const dict of CHARACTER_DICTS)
    for (const [k, v] of entries(dict)) if (v !== undefined && k !== v && full(k) !== k) set.add(k);
  for (const dict of PHRASE_DICTS) {
    for (const [k, v] of entries(dict)) {
      if (v === undefined || k === v) continue;
      const chars = [...k];
      const converted = [...full(k)];
      if (converted.join('') === k || chars.some((c) => set.has(c))) continue;
      // The character the phrase changes (甦 in 甦生 → 苏生), not a neighbour common in Simplified text.
      set.add(chars.find((c, i) => converted[i] !== c) ?? chars[chars.length - 1]!);
    }
  }
  return (triggers = set);
}

/**
 * The whole chain on any text, without first looking for a trigger: for callers
 * that already hold the trigger set (the search bundle gets it built in, so the
 * browser never derives it from the tables).
 */
export const convertToSimplified: Converter = (text) => fullConverter()(text);

/** Converts Traditional (including Taiwan and Hong Kong forms) to Simplified; Simplified text passes through. */
export const toSimplified: Converter = (text) => {
  const needed = conversionTriggers();
  let convert = false;
  for (const ch of text) {
    if (needed.has(ch)) {
      convert = true;
      break;
    }
  }
  return convert ? convertToSimplified(text) : text;
};
