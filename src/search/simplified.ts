/**
 * Traditional → Simplified for the search bundle, loaded only when a query needs
 * it. OpenCC's tables are most of the bundle's weight (about 30 of its 45 KB
 * gzipped), and most queries hold no character they could change. So the bundle
 * carries only the characters that can change a text (`conversionTriggers`,
 * computed from the same tables when the bundle is built: YILU_T2S_TRIGGERS, as
 * `encodeCharSet` writes them), and a query holding one of them loads the
 * converter (a chunk beside the bundle) before it is read. Until then text passes
 * through unchanged: the archive's own text is Simplified already.
 */
import { decodeCharSet } from '../lib/text/code-points.ts';
import type { Converter } from '../lib/text/zh.ts';

declare const YILU_T2S_TRIGGERS: string;

const triggers = decodeCharSet(YILU_T2S_TRIGGERS);
let converter: Converter | undefined;
let loading: Promise<void> | undefined;

function changeable(text: string): boolean {
  for (const ch of text) if (triggers.has(ch)) return true;
  return false;
}

/** Loads the converter when `text` holds a character it could change. */
export function prepareSimplified(text: string): Promise<void> {
  if (converter || !changeable(text)) return Promise.resolve();
  loading ??= import('../lib/text/t2s.ts').then(
    (m) => {
      converter = m.convertToSimplified;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The built-in trigger set decides, as `toSimplified` in t2s.ts does with the same set derived from the tables. */
export const toSimplified: Converter = (text) => (converter && changeable(text) ? converter(text) : text);
