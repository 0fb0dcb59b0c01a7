/**
 * English names of the values the search filters offer, where editors recorded one:
 * regions and series by the short name the filters show (成渝 → its region's
 * englishName), organizations by their name. Published at /api/filter-names.en.json,
 * which the search interface reads in English only (src/search/ui.ts); the filters'
 * values themselves stay the records' Chinese, so an address with a filter is the same
 * in either language.
 */
import type { Archive } from '../archive/types.ts';
import { isListed } from '../regions.ts';

export type FilterNames = Record<'region' | 'series' | 'organization', Record<string, string>>;

export function filterNames(archive: Archive): FilterNames {
  const names: FilterNames = { region: {}, series: {}, organization: {} };
  for (const r of archive.regions.filter(isListed))
    if (r.data.englishName) names.region[r.data.shortName ?? r.data.name] = r.data.englishName;
  for (const s of archive.series)
    if (s.data.englishName) names.series[s.data.shortName ?? s.data.name] = s.data.englishName;
  for (const o of archive.organizations) if (o.data.englishName) names.organization[o.data.name] = o.data.englishName;
  return names;
}
