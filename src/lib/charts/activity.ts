/**
 * Activity over time, for the year chart (src/components/charts/ActivityChart.astro):
 * conferences and appearances per year, split by region or series for the data
 * table, and the bars' geometry. Appearances are what people did on stage: each
 * speaker of each speech and each presider of each session (attendance without a
 * speech is not counted).
 */
import type { ConferenceNode, RegionNode, SeriesNode } from '../archive/types.ts';

/** Speakers of every speech plus presiders of every session of a conference. */
export const appearancesAt = (c: ConferenceNode): number =>
  c.speeches.reduce((n, s) => n + s.speakers.length, 0) + c.sessions.reduce((n, s) => n + s.presiderNodes.length, 0);

export interface YearActivity {
  year: number;
  conferences: number;
  appearances: number;
  /** Conferences per group (region or series id), in the groups' order. */
  byGroup: number[];
}

export interface Group {
  id: string;
  label: string;
  englishLabel?: string;
}

export interface Activity {
  /** Every year from the first to the last, those without a conference included (with zeros). */
  years: YearActivity[];
  groups: Group[];
}

/**
 * Counts per year. `groupsOf` names the groups a conference counts in (a conference
 * serving two regions counts in both; the totals count it once); groups without a
 * conference are left out.
 */
export function activityByYear(
  conferences: readonly ConferenceNode[],
  groups: readonly Group[],
  groupsOf: (c: ConferenceNode) => string[],
): Activity {
  if (conferences.length === 0) return { years: [], groups: [] };
  const years = conferences.map((c) => c.year);
  const [first, last] = [Math.min(...years), Math.max(...years)];
  const used = groups.filter((g) => conferences.some((c) => groupsOf(c).includes(g.id)));
  const rows: YearActivity[] = [];
  for (let year = first; year <= last; year++) {
    const these = conferences.filter((c) => c.year === year);
    rows.push({
      year,
      conferences: these.length,
      appearances: these.reduce((n, c) => n + appearancesAt(c), 0),
      byGroup: used.map((g) => these.filter((c) => groupsOf(c).includes(g.id)).length),
    });
  }
  return { years: rows, groups: used };
}

export interface Bar {
  label: string;
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Where the value is written: centred above the bar. */
  labelX: number;
  labelY: number;
}

export interface BarChart {
  bars: Bar[];
  width: number;
  height: number;
  /** The baseline's y, below which the year labels stand. */
  baseline: number;
}

/**
 * Columns for `values`, scaled to the largest: `plot` is the height of a full
 * column; room is left above for the values and below for the labels.
 */
export function barChart(
  values: readonly { label: string; value: number }[],
  options: { column?: number; gap?: number; plot?: number } = {},
): BarChart {
  const { column = 36, gap = 12, plot = 80 } = options;
  const top = 18;
  const max = Math.max(1, ...values.map((v) => v.value));
  const bars = values.map((v, i) => {
    const height = Math.round((v.value / max) * plot * 10) / 10;
    const x = gap / 2 + i * (column + gap);
    return {
      label: v.label,
      value: v.value,
      x,
      y: top + plot - height,
      width: column,
      height,
      labelX: x + column / 2,
      labelY: top + plot - height - 5,
    };
  });
  return { bars, width: values.length * (column + gap), height: top + plot + 22, baseline: top + plot };
}

/** Regions as groups, labelled by their short names. */
export const regionGroups = (regions: readonly RegionNode[]): Group[] =>
  regions.map((r) => ({
    id: r.id,
    label: r.data.shortName ?? r.data.name,
    ...(r.data.englishName && { englishLabel: r.data.englishName }),
  }));

/** Series as groups, labelled by their short names. */
export const seriesGroups = (series: readonly SeriesNode[]): Group[] =>
  series.map((s) => ({
    id: s.id,
    label: s.data.shortName ?? s.data.name,
    ...(s.data.englishName && { englishLabel: s.data.englishName }),
  }));
