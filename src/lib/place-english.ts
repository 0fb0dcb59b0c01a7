/**
 * The English name of the province-level division a place lies in, for English
 * searches (Sichuan, Jiangsu, Hong Kong, Macao, Inner Mongolia): a conference's
 * city, an organization's `place` (江苏省苏州市) or a region's members. A city's
 * own English name is its pinyin, which search already indexes (src/lib/text/pinyin.ts);
 * a province's is often not (Shaanxi, Inner Mongolia, Tibet, Hong Kong).
 */
import { provinceOf } from './charts/places.ts';
import { PROVINCE_TILES } from './charts/provinces.ts';

const byName = new Map(PROVINCE_TILES.flatMap((t) => [[t.name, t.en] as const, [t.short, t.en] as const]));

/** `苏州市` → `Jiangsu`; `江苏省苏州市` → `Jiangsu`; `香港特别行政区` → `Hong Kong`; unknown or ambiguous → undefined. */
export function provinceEnglish(place: string | undefined): string | undefined {
  if (!place) return undefined;
  const own = byName.get(place) ?? byName.get(provinceOf(place) ?? '');
  if (own) return own;
  // A place written from its province down: the longest province name it starts with.
  const lead = PROVINCE_TILES.filter((t) => place.startsWith(t.name) || place.startsWith(t.short)).sort((a, b) => b.name.length - a.name.length)[0];
  return lead?.en;
}
