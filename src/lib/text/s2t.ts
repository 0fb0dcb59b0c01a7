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
  /** Children by UTF-16 code unit (numbers: a one-character string of a CJK character would be allocated per lookup). */
  next: Map<number, TrieNode>;
  entry?: string;
}

interface PhraseTable {
  root: TrieNode;
  /** 1 for every UTF-16 code unit that occurs in some key: a match never crosses any other. */
  keyUnits: Uint8Array;
  /** 1 where some key starts with a pair of code units hashing there (see pairSlot). */
  firstPairs: Uint8Array;
}

const PAIR_SLOTS = 1 << 22;
/** A slot for two code units; different pairs may share one (the trie then says no). */
const pairSlot = (a: number, b: number) => ((a << 7) ^ b) & (PAIR_SLOTS - 1);

let table: PhraseTable | undefined;

function phraseTable(): PhraseTable {
  if (table) return table;
  const root: TrieNode = { next: new Map() };
  const keyUnits = new Uint8Array(0x10000);
  const firstPairs = new Uint8Array(PAIR_SLOTS);
  for (const entry of ALL_PHRASES.split('|')) {
    const key = entry.slice(0, entry.indexOf(' '));
    firstPairs[pairSlot(key.charCodeAt(0), key.charCodeAt(1))] = 1;
    let node = root;
    // UTF-16 code units, as the scan below walks them.
    for (let k = 0; k < key.length; k++) {
      const unit = key.charCodeAt(k);
      keyUnits[unit] = 1;
      let child = node.next.get(unit);
      if (!child) node.next.set(unit, (child = { next: new Map() }));
      node = child;
    }
    node.entry = entry;
  }
  return (table = { root, keyUnits, firstPairs });
}

/**
 * Collects the entries of the phrase table whose key occurs in the texts it is
 * given, one text at a time (a built site is too large to hold at once). Only
 * runs of characters that occur in some key are looked at, and the table is only
 * walked where the next two characters can begin a key.
 */
export class PhraseScanner {
  private readonly used = new Set<string>();
  private readonly table = phraseTable();

  add(text: string): void {
    const { keyUnits, firstPairs, root } = this.table;
    for (let i = 0; i < text.length - 1; i++) {
      const a = text.charCodeAt(i);
      if (!keyUnits[a]) continue;
      const b = text.charCodeAt(i + 1);
      if (!keyUnits[b] || !firstPairs[pairSlot(a, b)]) continue;
      let node = root.next.get(a);
      for (let j = i + 1; node && j < text.length; j++) {
        node = node.next.get(text.charCodeAt(j));
        if (node?.entry) this.used.add(node.entry);
      }
    }
  }

  /** The entries found so far, in OpenCC's serialized form, sorted. */
  result(): string {
    return [...this.used].sort().join('|');
  }
}

/**
 * Every entry of the phrase table whose key occurs somewhere in `texts`, in
 * OpenCC's serialized form. Converting any part of those texts with this subset
 * gives the same result as with the whole table. Texts may be HTML: markup never
 * holds a key.
 */
export function phrasesUsedIn(texts: Iterable<string>): string {
  const scanner = new PhraseScanner();
  for (const text of texts) scanner.add(text);
  return scanner.result();
}
