/**
 * Traditional → Simplified for the search bundle, loaded only when a query needs
 * it. OpenCC's tables are most of the bundle's weight (about 30 of its 45 KB
 * gzipped), and most queries hold no character they could change. So the bundle
 * carries only the characters that can change a text (`conversionTriggers`,
 * computed from the same tables when the bundle is built and passed in as
 * `encodeCharSet` writes them: src/integrations/browser-scripts.ts), and a query holding one of them loads the
 * converter (a chunk beside the bundle) before it is read. Until then text passes
 * through unchanged: the archive's own text is Simplified already.
 */
import { decodeCharSet } from '../lib/text/code-points.ts';
import type { Converter } from '../lib/text/zh.ts';

export interface LazySimplifier {
  /** Loads the converter when `text` holds a character it could change. */
  prepare(text: string): Promise<void>;
  /** The trigger set decides, as `toSimplified` in t2s.ts does with the same set derived from the tables. */
  toSimplified: Converter;
}

/** `encodedTriggers`: the characters that can change a text, as `encodeCharSet` writes them. */
export function lazySimplifier(encodedTriggers: string): LazySimplifier {
  const triggers = decodeCharSet(encodedTriggers);
  let converter: Converter | undefined;
  let loading: Promise<void> | undefined;
  const changeable = (text: string): boolean => {
    for (const ch of text) if (triggers.has(ch)) return true;
    return false;
  };
  return {
    prepare(text) {
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
    },
    toSimplified: (text) => (converter && changeable(text) ? converter(text) : text),
  };
}
