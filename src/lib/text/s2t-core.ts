/**
 * Simplified → Traditional for readers who switch a page to 繁: OpenCC's `s2tw`
 * configuration through opencc-js (segmentation by OpenCC's phrase table, then
 * phrases and characters, then Taiwan standard variant forms), so 发展 → 發展,
 * 头发 → 頭髮, 干部 → 幹部, 乾隆 stays — never character by character. Vocabulary
 * stays as written (软件 → 軟件, not 軟體): the archive records what was said.
 *
 * This file holds everything except OpenCC's phrase table (1 MB). The browser
 * bundle gets only the phrases that occur somewhere on the built site (see
 * `phrasesUsedIn` in s2t.ts and docs/i18n.md): a phrase that occurs nowhere in the
 * text can never match, so the result is the same as with the whole table.
 */
import { ConverterBuilder } from 'opencc-js/core';
import CJKCompatibility from 'opencc-js/dict/CJK_Compatibility_Ideographs';
import STCharacters from 'opencc-js/dict/STCharacters';
import TWVariants from 'opencc-js/dict/TWVariants';
import TWVariantsPhrases from 'opencc-js/dict/TWVariantsPhrases';
import type { Converter } from './zh.ts';
import { escapeRegExp } from './regexp.ts';

/**
 * A converter with the given phrase table (OpenCC's serialized form, `简 繁|简 繁`):
 * the whole of STPhrases + STPhrases_GeneratedFromRegionalPhrases, or a subset.
 * The chain is opencc-js's cn→tw preset (`s2tw`).
 */
export function traditionalConverter(phrases: string): Converter {
  const preset = {
    from: { cn: [] },
    to: { tw: [] },
    configs: {
      s2tw: {
        normalizationChain: [[CJKCompatibility]],
        segmentation: [phrases],
        conversionChain: [
          [phrases, STCharacters],
          [TWVariantsPhrases, TWVariants],
        ],
      },
    },
  };
  return ConverterBuilder(preset as unknown as Parameters<typeof ConverterBuilder>[0])({ from: 'cn', to: 'tw' });
}

/**
 * A converter that writes the given names (Simplified → recorded Traditional form)
 * as recorded and converts everything between them with `convert`.
 */
export function preferNames(convert: Converter, names: ReadonlyMap<string, string>): Converter {
  const keys = [...names.keys()].filter(Boolean).sort((a, b) => b.length - a.length);
  if (!keys.length) return convert;
  const pattern = new RegExp(`(${keys.map(escapeRegExp).join('|')})`, 'g');
  return (text) =>
    text
      .split(pattern)
      .map((part, i) => (i % 2 === 1 ? names.get(part)! : part && convert(part)))
      .join('');
}

/**
 * The recorded Traditional form of a name among its other forms: one that differs
 * from the name and folds back to it (T→S). Other forms — former names, nicknames —
 * are not Traditional forms and are not used.
 */
export function traditionalForm(name: string, others: readonly string[], toSimplified: Converter): string | undefined {
  return others.find((o) => o !== name && toSimplified(o) === name);
}
