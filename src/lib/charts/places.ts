/**
 * Conferences by place, for the tile grid (src/components/charts/PlaceGrid.astro):
 * each conference's `city` read against the administrative divisions to find its
 * province, counted per tile, with the tiles' geometry. A city the gazetteer does not
 * know (or knows in two provinces) is not guessed: the conference is listed as
 * unplaced, and the page says so.
 */
import type { ConferenceNode } from '../archive/types.ts';
import { chainOf, divisionsNamed } from '../import/divisions.ts';
import { GRID_COLUMNS, GRID_ROWS, PROVINCE_TILES, type ProvinceTile } from './provinces.ts';

/** The province-level division a place name (城市, 省, 区…) lies in, by its full name; undefined when unknown or ambiguous. */
export function provinceOf(place: string): string | undefined {
  const named = divisionsNamed(place).filter((d) => d.name === place);
  const provinces = new Set(named.map((d) => chainOf(d)[0]!.name));
  return provinces.size === 1 ? [...provinces][0] : undefined;
}

export const TILE = 48;
export const TILE_GAP = 4;

export interface PlaceTile extends ProvinceTile {
  /** Top-left corner in the SVG's user units. */
  x: number;
  y: number;
  /** Conferences held here, newest first (the order they came in). */
  conferences: ConferenceNode[];
  /** Part of the region being shown (its members), whether or not it held a conference. */
  highlighted: boolean;
}

export interface PlaceGrid {
  tiles: PlaceTile[];
  /** Conferences whose city names no single province. */
  unplaced: ConferenceNode[];
  width: number;
  height: number;
  /** Tiles that held a conference, most conferences first (then grid order): the data table's rows. */
  placed: PlaceTile[];
}

export interface PlaceGridOptions {
  /** Place names (provinces or cities, e.g. a region's members) whose provinces are outlined. */
  highlight?: readonly string[];
  /** How a city is read; the gazetteer by default. */
  resolve?: (place: string) => string | undefined;
}

export function placeGrid(conferences: readonly ConferenceNode[], options: PlaceGridOptions = {}): PlaceGrid {
  const resolve = options.resolve ?? provinceOf;
  const highlighted = new Set((options.highlight ?? []).map(resolve).filter((p): p is string => !!p));
  const tiles: PlaceTile[] = PROVINCE_TILES.map((t) => ({
    ...t,
    x: t.col * (TILE + TILE_GAP),
    y: t.row * (TILE + TILE_GAP),
    conferences: [],
    highlighted: highlighted.has(t.name),
  }));
  const byName = new Map(tiles.map((t) => [t.name, t]));
  const unplaced: ConferenceNode[] = [];
  for (const c of conferences) {
    const tile = byName.get(resolve(c.data.city) ?? '');
    if (tile) tile.conferences.push(c);
    else unplaced.push(c);
  }
  const order = new Map(tiles.map((t, i) => [t, i]));
  return {
    tiles,
    unplaced,
    width: GRID_COLUMNS * (TILE + TILE_GAP) - TILE_GAP,
    height: GRID_ROWS * (TILE + TILE_GAP) - TILE_GAP,
    placed: tiles
      .filter((t) => t.conferences.length > 0)
      .sort((a, b) => b.conferences.length - a.conferences.length || order.get(a)! - order.get(b)!),
  };
}
