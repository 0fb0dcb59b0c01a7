/**
 * Extracted facts → the files of a draft conference: `conferences/<slug>/index.mdx`
 * (draft: true), one draft speech per speaker, and records for people,
 * organizations, a series and a region the archive does not have yet. Existing
 * records are reused when a name, variant or alias matches. Whatever the report
 * did not settle is a TODO line, with the reason, that the content check lists.
 *
 * Steps: dates and the source time → organizations → series, regions and slug →
 * speeches, sessions, presiders and attendees → records → the conference file.
 */
import type { KnownArchive } from '../archive.ts';
import type { Facts } from '../facts/types.ts';
import { conferenceFile } from './conference.ts';
import { Organizations } from './organizations.ts';
import { People } from './people.ts';
import { seriesAndRegions, slugOf } from './series.ts';
import { speechesAndSessions } from './speeches.ts';
import type { Draft, DraftOptions, DraftSource } from './types.ts';

export type { Draft, DraftFile, DraftOptions, DraftSource } from './types.ts';
export { guessOrganizationType } from './organizations.ts';

/** A date the schema accepts when the report gives none: never the day of the import. */
const NO_DATE = '1900-01-01';

/** The event's start date and the source's publication time, with placeholders and TODOs for what is unknown. */
export function draftDates(facts: Facts): { startDate: string; published: string; todos: string[] } {
  const todos: string[] = [];
  const why = (field: string) => facts.todos.find((t) => t.field === field)?.why;
  let startDate = facts.startDate;
  if (!startDate) {
    const placeholder = facts.published?.slice(0, 10) ?? NO_DATE;
    todos.push(
      `startDate：${why('startDate') ?? '报道中没有会议日期'}；暂填 ${placeholder}（${facts.published ? '发布日期，会议应在此前后' : '占位日期'}），请核对`,
    );
    startDate = placeholder;
  }
  let published = facts.published;
  if (!published) {
    published = `${startDate} 00:00`;
    todos.push(`sources[0].published：${why('sources[0].published') ?? '没有读到发布时间'}；暂填 ${published}，请核对`);
  } else if (published.length === 10) {
    todos.push(`sources[0].published：只读到发布日期，时刻暂填 00:00，请核对`);
    published = `${published} 00:00`;
  }
  return { startDate, published, todos };
}

export function buildDraft(
  facts: Facts,
  source: DraftSource,
  archive: KnownArchive,
  options: DraftOptions = {},
): Draft {
  const dates = draftDates(facts);
  const organizations = new Organizations(archive);
  // Each organization once per list: two names of one organization (a short and a full form the archive
  // knows, or the same name read twice) would be listed twice, which the content check refuses.
  const ids = (names: readonly string[]) => [...new Set(names.map((n) => organizations.id(n)))];
  const organizers = ids(facts.organizers);
  const hosts = ids(facts.hosts);
  const coOrganizers = ids(facts.coOrganizers);
  const supporters = ids(facts.supporters);
  const title = facts.title ?? facts.headline ?? '未命名会议';
  const series = seriesAndRegions(facts, title, archive);
  const slug = options.slug ?? slugOf(facts, title, series.region);
  const people = new People(archive);
  const speeches = speechesAndSessions(facts, slug, people, organizations);

  const todos = [
    ...dates.todos,
    ...(facts.title
      ? []
      : [
          `title：${facts.todos.find((t) => t.field === 'title')?.why ?? '报道中没有读到会议全称'}，暂用${facts.headline ? '报道标题' : `“${title}”`}，请改为会议的正式名称`,
        ]),
    ...(organizers.length ? [] : ['organizers：报道中没有读到主办单位，请补充']),
    ...(facts.place ? [] : [`city：${facts.todos.find((t) => t.field === 'city')?.why ?? '没有读到举办地'}，请补充`]),
    ...(facts.place && (facts.place.written !== facts.place.city || facts.place.district)
      ? [
          `city：报道写作“${facts.place.written}”，已写成“${facts.place.city}”${facts.place.district ? `（${facts.place.district}）` : ''}，请核对`,
        ]
      : []),
    ...(facts.outlet
      ? []
      : [
          `sources[0].outlet：${facts.todos.find((t) => t.field === 'sources[0].outlet')?.why ?? '没有读到发布媒体'}，请补充`,
        ]),
    ...(facts.headline ? [] : ['sources[0].headline：没有读到报道标题，请补充']),
    ...series.todos,
    ...speeches.todos,
    ...(facts.documents.length ? ['outcomes：核对每份文件的签署方或发布方（parties、partiesNote）和所属环节'] : []),
    'shortTitle：写一个用于列表和导航的简称',
    '正文：核对下面的事实清单后，用自己的话写会议概述，再删除清单和所有 TODO，最后删除 draft: true',
  ];
  const text = conferenceFile({
    facts,
    source,
    title,
    ...dates,
    seriesId: series.seriesId,
    regions: series.regions,
    organizers,
    hosts,
    coOrganizers,
    supporters,
    sessions: speeches.sessions,
    speechLines: speeches.speechLines,
    presiderLines: speeches.presiderLines,
    attendeeLines: speeches.attendeeLines,
    todos,
  });
  return {
    slug,
    files: [
      { path: `conferences/${slug}/index.mdx`, record: false, text },
      ...speeches.files,
      ...series.files,
      ...people.files(),
      ...organizations.files(),
    ],
    todos,
    reused: {
      people: people.reused,
      organizations: organizations.reused,
      series: series.reusedSeries,
      regions: series.reusedRegions,
    },
  };
}
