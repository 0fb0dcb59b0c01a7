/**
 * The English name of the province-level division a place lies in, for English
 * searches (Sichuan, Jiangsu, Hong Kong, Macao, Inner Mongolia): a conference's
 * city, an organization's `place` (江苏省苏州市) or a region's members. A city's
 * own English name is its pinyin, which search already indexes (src/lib/text/pinyin.ts);
 * a province's is often not (Shaanxi, Inner Mongolia, Tibet, Hong Kong).
 */
import { pinyin } from 'pinyin-pro';
import { provinceOf } from './charts/places.ts';
import { PROVINCE_TILES } from './charts/provinces.ts';
import { plainPinyin } from './text/sort.ts';

/** The province a place lies in, as its tile (full name, short name, English name). */
function provinceTile(place: string | undefined) {
  if (!place) return undefined;
  const named = provinceOf(place);
  const own = PROVINCE_TILES.find((t) => t.name === place || t.short === place || t.name === named);
  if (own) return own;
  // A place written from its province down: the longest province name it starts with.
  return PROVINCE_TILES.filter((t) => place.startsWith(t.name) || place.startsWith(t.short)).sort(
    (a, b) => b.name.length - a.name.length,
  )[0];
}

/** The toneless pinyin of the province a place lies in, letters only: `香港特别行政区` → `xianggang`. */
export function provincePinyin(place: string | undefined): string | undefined {
  const tile = provinceTile(place);
  return tile && plainPinyin(pinyin(tile.short, { toneType: 'none', type: 'array' }).join('')).replace(/[^a-z]/g, '');
}

/** `苏州市` → `Jiangsu`; `江苏省苏州市` → `Jiangsu`; `香港特别行政区` → `Hong Kong`; unknown or ambiguous → undefined. */
export function provinceEnglish(place: string | undefined): string | undefined {
  return provinceTile(place)?.en;
}
