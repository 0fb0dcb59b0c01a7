/**
 * Seeded randomness for the benchmark generator: the same seed always writes the
 * same archive, so runs on different days measure the same corpus.
 */

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  int(maxExclusive: number): number;
  pick<T>(items: readonly T[]): T;
  /** Picks with Zipf-like weights: the item at rank r is chosen ∝ 1 / (r + 1)^s. */
  zipf<T>(items: readonly T[], s?: number): T;
  chance(p: number): boolean;
}

/** mulberry32: small, fast and good enough for generating text. */
export function rng(seed: number): Rng {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const cumulative = new WeakMap<readonly unknown[], Map<number, Float64Array>>();
  const weights = (items: readonly unknown[], s: number) => {
    let byS = cumulative.get(items);
    if (!byS) cumulative.set(items, (byS = new Map()));
    let cum = byS.get(s);
    if (!cum) {
      cum = new Float64Array(items.length);
      let total = 0;
      for (let i = 0; i < items.length; i++) cum[i] = total += 1 / (i + 1) ** s;
      byS.set(s, cum);
    }
    return cum;
  };
  const r: Rng = {
    next,
    int: (n) => Math.floor(next() * n),
    pick: (items) => items[Math.floor(next() * items.length)]!,
    zipf(items, s = 1) {
      const cum = weights(items, s);
      const x = next() * cum[cum.length - 1]!;
      let lo = 0;
      let hi = cum.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cum[mid]! < x) lo = mid + 1;
        else hi = mid;
      }
      return items[lo]!;
    },
    chance: (p) => next() < p,
  };
  return r;
}
