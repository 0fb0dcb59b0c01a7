/**
 * The whole of OpenCC's Simplified → Traditional phrase table, for Node (build,
 * tests, measurements), and the pruning that keeps the browser's share small.
 * See s2t-core.ts for the conversion itself.
 */
import STPhrases from 'opencc-js/dict/STPhrases';
import STPhrasesRegional from 'opencc-js/dict/STPhrases_GeneratedFromRegionalPhrases';
import { traditionalConverter } from './s2t-core.ts';
import type { Converter } from './zh.ts';

export { preferNames, traditionalConverter, traditionalForm } from './s2t-core.ts';

/** OpenCC's phrase tables for s2tw, in its serialized form (`简 繁|简 繁`). */
export const ALL_PHRASES = `${STPhrases}|${STPhrasesRegional}`;

let converter: Converter | undefined;

/** Simplified → Traditional with OpenCC's whole phrase table. */
export const toTraditional: Converter = (text) => {
  converter ??= traditionalConverter(ALL_PHRASES);
  return converter(text);
};

interface TrieNode {
  next: Map<string, TrieNode>;
  entry?: string;
}

let trie: TrieNode | undefined;

function phraseTrie(): TrieNode {
  if (trie) return trie;
  trie = { next: new Map() };
  for (const entry of ALL_PHRASES.split('|')) {
    const key = entry.slice(0, entry.indexOf(' '));
    let node = trie;
    // UTF-16 code units, as the scan below walks them.
    for (const ch of key.split('')) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { next: new Map() }));
      node = child;
    }
    node.entry = entry;
  }
  return trie;
}

/**
 * Every entry of the phrase table whose key occurs somewhere in `texts`, in
 * OpenCC's serialized form. Converting any part of those texts with this subset
 * gives the same result as with the whole table. Texts may be HTML: markup never
 * holds a key, and text repeated on many pages (navigation, footers) is read once.
 */
export function phrasesUsedIn(texts: Iterable<string>): string {
  const root = phraseTrie();
  const used = new Set<string>();
  const seen = new Set<string>();
  for (const text of texts) {
    for (const run of text.split(/[<>]/)) {
      if (run.length < 2 || seen.has(run)) continue;
      seen.add(run);
      for (let i = 0; i < run.length; i++) {
        let node = root.next.get(run[i]!);
        for (let j = i + 1; node; j++) {
          if (node.entry) used.add(node.entry);
          if (j >= run.length) break;
          node = node.next.get(run[j]!);
        }
      }
    }
  }
  return [...used].sort().join('|');
}
