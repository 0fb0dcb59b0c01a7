/**
 * The series and regions a draft conference belongs to, and its slug. A series
 * whose name (or alias) matches the event's base name (without year, edition,
 * brackets and what follows 暨) is reused with its regions; otherwise the region
 * is the archive's region that the title, city and organizers point to, or a new
 * one named after the city, and a new series is created.
 */
import type { KnownArchive } from '../archive.ts';
import type { Facts } from '../facts/types.ts';
import { slugify, uniqueId } from '../ids.ts';
import type { DraftFile } from './types.ts';
import { yamlText } from './text.ts';

/** `2023长三角社会组织协同发展（苏州）大会暨…` → `长三角社会组织协同发展大会`. */
export function seriesBase(title: string): string {
  return title
    .replace(/^(?:19|20)\d{2}年?度?/, '')
    .replace(/^(?:第[一二三四五六七八九十百\d]+届|首届)/, '')
    .replace(/（[^）]*）|\([^)]*\)/g, '')
    .replace(/暨.*$/, '')
    .replace(/[“”]/g, '');
}

export interface SeriesResult {
  seriesId: string;
  regions: string[];
  /** The region the slug takes its key from. */
  region?: KnownArchive['regions'][number];
  reusedSeries?: string;
  reusedRegions: string[];
  files: DraftFile[];
  todos: string[];
}

export function seriesAndRegions(facts: Facts, title: string, archive: KnownArchive): SeriesResult {
  const base = seriesBase(title);
  const files: DraftFile[] = [];
  const todos: string[] = [];
  const series = archive.series.find((s) => s.names.some((n) => base.includes(n) || n.includes(base)));
  const city = facts.place?.city;
  const placeNames = [city, facts.place?.province, ...facts.organizers, ...facts.hosts].filter((n): n is string => !!n);
  const score = (r: KnownArchive['regions'][number]) =>
    (r.shortName && title.includes(r.shortName) ? 3 : 0) +
    (title.includes(r.name) ? 3 : 0) +
    r.members.filter((m) => placeNames.some((p) => p.startsWith(m))).length;
  let regions = series?.regions ?? [];
  if (!regions.length) {
    const best = [...archive.regions].sort((a, b) => score(b) - score(a))[0];
    if (best && score(best) > 0) regions = [best.id];
    else {
      const name = city ?? facts.place?.province ?? '未知地区';
      const id = uniqueId(slugify(name), (x) => archive.taken.regions.has(x));
      regions = [id];
      files.push({
        path: `regions/${id}.yaml`,
        record: true,
        text: `# TODO: 档案中没有与“${name}”对应的区域，导入时新建；核对区域名称和组成部分，或改用已有区域\n${yamlText({ name, members: [name], description: 'TODO：用自己的话写区域简介' })}`,
      });
    }
  }
  let seriesId = series?.id;
  if (!seriesId) {
    seriesId = uniqueId(slugify(base).split('-').slice(0, 5).join('-'), (x) => archive.taken.series.has(x));
    files.push({
      path: `series/${seriesId}.yaml`,
      record: true,
      text: `# TODO: 新建的系列（导入自动生成）：核对名称，用自己的话写简介，补充简称和别称\n${yamlText({ name: base, regions, description: 'TODO：用自己的话写系列简介：由谁发起、多久举办一次、各届在哪里举办' })}`,
    });
    todos.push(`series：档案中没有匹配的系列，已新建 series/${seriesId}.yaml，请核对或改用已有系列`);
  }
  return {
    seriesId,
    regions,
    region: archive.regions.find((r) => regions.includes(r.id)),
    reusedSeries: series?.id,
    reusedRegions: regions.filter((r) => archive.regions.some((x) => x.id === r)),
    files,
    todos,
  };
}

/**
 * `<year>-<key>-<place>`: the year of the event (left out when its date is
 * unknown), the region's short name when the title uses it or else the first
 * word of the base name, and the place as the report wrote it at city level
 * (广州南沙 → guangzhou; 蓝山 → lanshan).
 */
export function slugOf(facts: Facts, title: string, region: SeriesResult['region']): string {
  const base = seriesBase(title);
  const key =
    region?.shortName && title.includes(region.shortName)
      ? slugify(region.shortName)
      : (slugify(base).split('-')[0] ?? 'huiyi');
  const place = facts.place;
  // A district or county the report names alone (嘉定, 蓝山) keys the slug; otherwise the city (筑 → guiyang).
  const cityShort = place?.city.replace(/市$/, '');
  const placeSlug = place
    ? slugify(
        place.district && cityShort && !place.written.includes(cityShort)
          ? place.written.replace(/(?:区|县)$/, '')
          : place.city,
      )
    : '';
  const year = facts.startDate?.slice(0, 4) ?? '';
  return (
    [year, key, placeSlug && placeSlug !== key && placeSlug !== 'x' ? placeSlug : ''].filter(Boolean).join('-') ||
    'huiyi'
  );
}
