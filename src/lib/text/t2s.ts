/**
 * Traditional → Simplified with OpenCC's own tables (opencc-js): Taiwan and Hong
 * Kong variant forms first, then OpenCC's phrase table (so 乾隆 stays 乾隆 while
 * 乾燥 becomes 干燥), then characters. Regional vocabulary (軟體 → 软件) is left
 * alone on purpose: search matches what was written, not a translation of it.
 *
 * The same converter runs over indexed text at build time and over queries in the
 * browser (about 35 KB gzipped, loaded only with search), so both sides agree.
 */
import { ConverterFactory } from 'opencc-js/core';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import HKVariantsRevPhrases from 'opencc-js/dict/HKVariantsRevPhrases';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import TWVariantsRevPhrases from 'opencc-js/dict/TWVariantsRevPhrases';
import type { Converter } from './zh.ts';

let converter: Converter | undefined;

/** Converts Traditional (including Taiwan and Hong Kong forms) to Simplified; Simplified text passes through. */
export const toSimplified: Converter = (text) => {
  converter ??= ConverterFactory(
    [TWVariantsRevPhrases, TWVariantsRev, HKVariantsRevPhrases, HKVariantsRev],
    [TSPhrases, TSCharacters],
  );
  return converter(text);
};
