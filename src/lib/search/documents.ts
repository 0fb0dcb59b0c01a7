/**
 * What search knows of each page, built from the archive graph: the page's title,
 * what a result shows (type, date, context), its filters and date, and its text
 * in sections (a heading's id lets a result link to the section). The index is
 * built from these documents, not from the built HTML, so it can be built while
 * Astro renders the pages (src/integrations/search/). They hold what the page's
 * article shows, in the same words; tests/site/search-documents.test.ts compares
 * them with the built pages.
 *
 * Pages in search: conferences, speeches, people, organizations, series and
 * regions. `keywords` are indexed but never shown (pinyin of names and places).
 */
import type {
  Archive,
  ConferenceNode,
  OrganizationNode,
  PersonNode,
  RegionNode,
  SeriesNode,
  SpeechNode,
} from '../archive/types.ts';
import { ORGANIZER_ROLES } from '../archive/build.ts';
import { formatDateRangeZh } from '../dates.ts';
import { zh } from '../i18n/zh.ts';
import {
  ENTITY_TYPE,
  organizationTypeLabel,
  outcomeTitle,
  placeInSession,
  positionParts,
  sessionKindShown,
  speechHeading,
} from '../labels.ts';
import {
  organizationTimeline,
  personTimeline,
  positionSpans,
  seriesTimeline,
  speakersOf,
  type Stop,
} from '../timelines.ts';
import type { FragmentExtra } from './fragment.ts';
import { markdownBlocks } from './markdown.ts';
import { placePinyin, pinyinKeywords } from '../text/pinyin.ts';
import { otherNames } from '../names.ts';
import { isListed } from '../regions.ts';
import { provinceEnglish, provincePinyin } from '../place-english.ts';

export interface SearchSection {
  /** The heading's id on the page (absent for the text before the first heading). */
  id?: string;
  /** The heading as shown. */
  title?: string;
  /** Blocks of text: paragraphs, list items, table rows. */
  blocks: string[];
  /** The page's table of facts (label, value): indexed, but never a result's excerpt. */
  facts?: true;
}

export interface SearchDocument {
  /** Site path without the base: `/people/zhou-limin/`. */
  path: string;
  title: string;
  /** What a result shows besides the title. */
  meta: { type: string; date?: string; context?: string };
  filters: Record<string, string[]>;
  /** Sort key: the page's date, `0000-00-00` when it has none (sorts last, newest first). */
  date: string;
  sections: SearchSection[];
  /** Indexed, never shown: pinyin of names and places. */
  keywords: string[];
  /** Pages of one group share a fragment file of the index: a conference with its speeches, and so on. */
  group: string;
}

/** Sorts after every real date, newest first. */
export const UNDATED = '0000-00-00';

const book = (title: string) => `《${title}》`;
const names = (xs: { data: { name: string } }[]) => xs.map((x) => x.data.name).join('、');
const uniq = <T>(xs: T[]) => [...new Set(xs)];
const compact = (xs: (string | undefined | false)[]) =>
  xs.filter((x): x is string => typeof x === 'string' && x.trim() !== '');
const shortRegion = (r: RegionNode) => r.data.shortName ?? r.data.name;
const shortSeries = (s: SeriesNode) => s.data.shortName ?? s.data.name;

/** A conference as its card shows it in lists: short title, dates, city, summary. */
const conferenceCard = (c: ConferenceNode) =>
  compact([c.data.shortTitle, formatDateRangeZh(c.data.startDate, c.data.endDate), c.data.city, c.data.summary]).join(
    ' ',
  );

/** A timeline as its page shows it: each stop's dates and conference, then one block per act. */
function timelineBlocks<A>(stops: Stop<A>[], act: (a: A) => string): string[] {
  return stops.flatMap((x) => [
    `${formatDateRangeZh(x.conference.data.startDate, x.conference.data.endDate)} ${x.conference.data.shortTitle}`,
    ...x.acts.map(act),
  ]);
}

/** An edition on a series' timeline: year, short title, dates, city and venue, theme, hosts, summary. */
function editionText(e: ReturnType<typeof seriesTimeline>[number]): string {
  const c = e.conference.data;
  return compact([
    String(e.conference.year),
    c.edition !== undefined && zh.timeline.edition(c.edition),
    c.shortTitle,
    formatDateRangeZh(c.startDate, c.endDate),
    c.city,
    c.venue,
    c.theme,
    names(e.hosts),
    c.summary,
  ]).join(' ');
}

function sourcesSection(sources: ConferenceNode['data']['sources']): SearchSection {
  return {
    id: 'sources-heading',
    title: zh.sources.heading,
    blocks: sources.map((s) => compact([s.outlet, book(s.headline), s.reporters.join('、'), s.note]).join(' ')),
  };
}

/** Other names as the page lists them (not the name, nor its short name, in any script). */
const aliasesLine = (label: string, d: { name: string; shortName?: string; aliases: string[] }) => {
  const other = otherNames(d.name, d.aliases, d.shortName);
  return other.length > 0 && `${label} ${other.join('、')}`;
};

function positionText(position: string, orgs: OrganizationNode[]): string {
  const { rest } = positionParts(position, orgs);
  return rest.length ? `${position}（${names(rest)}）` : position;
}

export function speechDocument(s: SpeechNode): SearchDocument {
  const c = s.conference;
  const t = zh.speech;
  const speakerNames = names(s.speakers.map((x) => x.person));
  // Label and value apart, as the page's <dt> and <dd> are.
  const place = placeInSession(s);
  const facts = [
    `${t.speakers} ${speakerNames}`,
    // As the page shows it: the position, and in brackets the organizations it does not name.
    `${t.position} ${s.speakers
      .map((sp) =>
        positionText(
          sp.position,
          sp.affiliations.map((a) => a.organization),
        ),
      )
      .join('；')}`,
    `${t.kind} ${s.data.kind}`,
    `${t.conference} ${c.data.title}`,
    `${t.session} ${s.session.name}${place ? t.order(...place) : ''}`,
    compact([
      t.date,
      s.session.date ? formatDateRangeZh(s.session.date) : formatDateRangeZh(c.data.startDate, c.data.endDate),
      s.session.time,
    ]).join(' '),
    `${t.place} ${c.data.city}${c.data.venue ? `，${c.data.venue}` : ''}`,
  ];
  const sections: SearchSection[] = [{ blocks: facts, facts: true }];
  if (s.data.summary) sections.push({ id: 'summary', title: t.summary, blocks: [s.data.summary] });
  // The page has no 要点 section when the report gives no content (the summary says so).
  if (s.body?.trim()) sections.push({ id: 'points', title: t.points, blocks: [] });
  for (const b of markdownBlocks(s.body ?? '')) {
    if (b.heading) sections.push({ id: b.id, title: b.text, blocks: [] });
    else sections[sections.length - 1]!.blocks.push(b.text);
  }
  if (s.data.tags.length) sections[sections.length - 1]!.blocks.push(s.data.tags.join(' '));
  if (s.data.sources) sections.push(sourcesSection(s.sources));
  return {
    path: s.path,
    title: speechHeading(s),
    meta: {
      type: ENTITY_TYPE.speech,
      date: s.session.date ?? c.data.startDate,
      context: `${formatDateRangeZh(s.session.date ?? c.data.startDate)} · ${speakerNames} · ${c.data.shortTitle}`,
    },
    filters: {
      type: [ENTITY_TYPE.speech],
      year: [String(c.year)],
      kind: [s.data.kind],
      region: c.regions.map(shortRegion),
      series: [shortSeries(c.series)],
      organization: uniq(s.speakers.flatMap((sp) => sp.affiliations.map((a) => a.organization.data.name))),
    },
    date: s.session.date ?? c.data.startDate,
    sections,
    keywords: s.speakers.map((sp) => pinyinKeywords(sp.person.data.pinyin)),
    group: c.path,
  };
}

export function conferenceDocument(c: ConferenceNode): SearchDocument {
  const d = c.data;
  const t = zh.conference;
  const facts = compact([
    d.shortTitle !== d.title && `${t.shortTitle} ${d.shortTitle}`,
    `${t.series} ${c.series.data.name}`,
    `${t.date} ${formatDateRangeZh(d.startDate, d.endDate)}`,
    `${t.place} ${d.city}${d.venue ? `，${d.venue}` : ''}`,
    d.theme && `${t.theme} “${d.theme}”`,
    `${t.region} ${c.regions.map((r) => r.data.name).join('、')}`,
    ...ORGANIZER_ROLES.filter((r) => c.roles[r].length).map((r) => `${zh.roles[r]} ${names(c.roles[r])}`),
    d.edition !== undefined && t.editionValue(d.edition),
    d.attendance?.count !== undefined && t.attendanceCount(d.attendance.count),
    d.attendance?.note,
    c.attendees.length > 0 &&
      `${t.attendees} ${c.attendees.map((a) => `${a.person.data.name}（${a.position}）`).join('、')}`,
  ]);
  const overview: SearchSection = { id: 'overview', title: t.overview, blocks: [] };
  for (const b of markdownBlocks(c.body ?? '')) overview.blocks.push(b.text);
  const program: SearchSection = {
    id: 'program',
    title: t.program,
    blocks: c.sessions.flatMap((s) => [
      compact([
        sessionKindShown(s),
        s.name,
        s.date,
        s.time,
        s.status === 'announced' && t.announced,
        s.description,
      ]).join(' '),
      ...(s.presiderNodes.length
        ? [`${t.presiders}${s.presiderNodes.map((p) => `${p.person.data.name}（${p.position}）`).join('；')}`]
        : []),
      ...s.speeches.map((sp) =>
        compact([
          sp.data.kind,
          speechHeading(sp),
          sp.speakers.map((x) => `${x.person.data.name}（${zh.position(x.position)}）`).join('；'),
          sp.data.summary,
        ]).join(' '),
      ),
    ]),
  };
  const sections: SearchSection[] = [{ blocks: facts, facts: true }, { blocks: [d.summary] }, overview, program];
  if (c.outcomes.length) {
    sections.push({
      id: 'outcomes',
      title: t.outcomes,
      blocks: c.outcomes.map((o) =>
        compact([
          zh.outcomeKinds[o.kind],
          outcomeTitle(o.kind, o.title),
          names(o.partyNodes),
          o.partiesNote,
          o.description,
        ]).join(' '),
      ),
    });
  }
  if (d.tags.length) sections[sections.length - 1]!.blocks.push(d.tags.join(' '));
  sections.push(sourcesSection(d.sources));
  return {
    path: c.path,
    title: d.title,
    meta: {
      type: ENTITY_TYPE.conference,
      date: d.startDate,
      context: `${formatDateRangeZh(d.startDate, d.endDate)} · ${d.city}`,
    },
    filters: {
      type: [ENTITY_TYPE.conference],
      year: [String(c.year)],
      region: c.regions.map(shortRegion),
      series: [shortSeries(c.series)],
      organization: uniq(ORGANIZER_ROLES.flatMap((r) => c.roles[r].map((o) => o.data.name))),
    },
    date: d.startDate,
    sections,
    keywords: compact([
      placePinyin(d.city),
      provinceEnglish(d.city),
      ...c.regions.map((r) => placePinyin(r.data.shortName ?? r.data.name)),
    ]),
    group: c.path,
  };
}

export function personDocument(p: PersonNode): SearchDocument {
  const d = p.data;
  const t = zh.person;
  const latest = p.appearances[0];
  const orgs = uniq(p.appearances.flatMap((a) => a.speaker.affiliations.map((x) => x.organization)));
  const facts = compact([
    `${t.pinyin} ${d.pinyin}`,
    d.englishName && `${t.englishName} ${d.englishName}`,
    d.note,
    orgs.length > 0 && `${t.organizations} ${names(orgs)}`,
    `${t.appears} ${t.appearsValue(p.conferences.length, p.appearances.length, p.presided.length, p.attended.length)}`,
  ]);
  const sections: SearchSection[] = [{ blocks: facts, facts: true }];
  const stops = personTimeline(p);
  if (stops.length) {
    // As the timeline shows it: each conference's dates and short title, then what the person did there and the post held then.
    const tt = zh.timeline;
    sections.push({
      id: 'timeline',
      title: tt.person,
      blocks: timelineBlocks(stops, (a) => {
        const what = a.speech
          ? `${a.speech.data.kind} ${speechHeading(a.speech)}`
          : a.session
            ? `${tt.presided} ${a.session.name}`
            : tt.attended;
        return `${what}（${zh.position(a.position)}）`;
      }),
    });
    const spans = positionSpans(stops);
    if (spans.length > 1) sections.push({ id: 'positions', title: tt.positions, blocks: spans.map((x) => x.position) });
  }
  const latestDate =
    latest?.speech.conference.data.startDate ??
    p.presided[0]?.session.conference.data.startDate ??
    p.attended[0]?.conference.data.startDate;
  return {
    path: p.path,
    title: d.name,
    meta: { type: ENTITY_TYPE.person, ...(latest ? { context: zh.position(latest.speaker.position) } : {}) },
    filters: {
      type: [ENTITY_TYPE.person],
      organization: uniq(orgs.map((o) => o.data.name)),
      year: uniq(p.conferences.map((c) => String(c.year))),
    },
    date: latestDate ?? UNDATED,
    sections,
    keywords: compact([pinyinKeywords(d.pinyin), ...d.variants]),
    group: '/people/',
  };
}

export function organizationDocument(o: OrganizationNode): SearchDocument {
  const d = o.data;
  const t = zh.organization;
  const typeLabel = organizationTypeLabel(d.type);
  const stops = organizationTimeline(o);
  const speakers = speakersOf(stops);
  const facts = compact([
    d.shortName && `${t.shortName} ${d.shortName}`,
    aliasesLine(t.aliases, d),
    d.englishName && `${t.englishName} ${d.englishName}`,
    `${t.type} ${typeLabel}`,
    o.parent && `${t.parent} ${o.parent.data.name}`,
    o.children.length > 0 && `${t.children} ${names(o.children)}`,
    speakers.length > 0 && `${t.members} ${names(speakers)}`,
    d.place && `${t.place} ${d.place}`,
    o.region && `${t.region} ${o.region.data.name}`,
    d.website && `${t.website} ${d.website}`,
    d.note,
  ]);
  const sections: SearchSection[] = [{ blocks: facts, facts: true }];
  if (stops.length) {
    // As the timeline shows it, units rolled up: each conference, then the organization's roles, documents and speakers there.
    const tt = zh.timeline;
    sections.push({
      id: 'timeline',
      title: tt.organization,
      blocks: timelineBlocks(stops, (a) => {
        const what = a.speaker
          ? `${tt.speaker} ${a.speaker.person.data.name}（${zh.position(a.speaker.position)}） ${speechHeading(a.speaker.speech)}`
          : compact([
              zh.roles[a.kind as keyof typeof zh.roles],
              a.outcome && outcomeTitle(a.outcome.kind, a.outcome.title),
            ]).join(' ');
        return a.unit === o ? what : `${what} ${tt.unit}${a.unit.data.name}`;
      }),
    });
  }
  // The partners picture is left out: it names other organizations, and would make this page an answer for them.
  return {
    path: o.path,
    title: d.name,
    meta: { type: ENTITY_TYPE.organization, context: compact([typeLabel, d.place]).join(' · ') },
    filters: {
      type: [ENTITY_TYPE.organization],
      region: o.region ? [shortRegion(o.region)] : [],
      organization: [d.name],
    },
    date: stops[stops.length - 1]?.conference.data.startDate ?? UNDATED,
    sections,
    keywords: compact([placePinyin(d.name), d.shortName && placePinyin(d.shortName), provinceKeyword(d.place)]),
    group: '/organizations/',
  };
}

export function seriesDocument(s: SeriesNode): SearchDocument {
  const d = s.data;
  const t = zh.series;
  const facts = compact([
    d.shortName && `${t.shortName} ${d.shortName}`,
    aliasesLine(t.aliases, d),
    s.regions.length > 0 && `${t.region} ${s.regions.map((r) => r.data.name).join('、')}`,
    d.frequency && `${t.frequency} ${d.frequency}`,
    d.hosting && `${t.hosting} ${d.hosting}`,
    d.description,
  ]);
  const latest = s.editions[s.editions.length - 1];
  return {
    path: s.path,
    title: d.name,
    meta: { type: ENTITY_TYPE.series, context: t.editionsCount(s.editions.length) },
    filters: { type: [ENTITY_TYPE.series], region: s.regions.map(shortRegion), series: [shortSeries(s)] },
    date: latest?.data.startDate ?? UNDATED,
    sections: [
      { blocks: facts, facts: true },
      { id: 'editions', title: t.editions, blocks: seriesTimeline(s.editions).map(editionText) },
    ],
    keywords: compact([placePinyin(d.shortName ?? d.name)]),
    group: '/series/',
  };
}

/**
 * An organization's province by an English name that is not its pinyin (香港 → Hong Kong,
 * 陕西 → Shaanxi, 内蒙古 → Inner Mongolia). Where the English is the pinyin (Sichuan), the
 * organizations placed there are not given the word: they would push the province's
 * conferences and region off the first results for it.
 */
function provinceKeyword(place: string | undefined): string | undefined {
  const en = provinceEnglish(place);
  const pinyin = provincePinyin(place);
  return en && pinyin !== en.toLowerCase().replace(/[^a-z]/g, '') ? en : undefined;
}

export function regionDocument(r: RegionNode): SearchDocument {
  const d = r.data;
  return {
    path: r.path,
    title: d.name,
    meta: { type: ENTITY_TYPE.region, context: d.members.join('、') },
    filters: { type: [ENTITY_TYPE.region], region: [shortRegion(r)] },
    date: r.conferences[0]?.data.startDate ?? UNDATED,
    sections: [
      { blocks: compact([d.shortName, d.englishName, d.members.join('、')]), facts: true },
      { blocks: compact([d.description]) },
      {
        id: 'conferences',
        title: zh.regions.conferences,
        blocks: r.conferences.length ? r.conferences.map(conferenceCard) : [zh.regions.none],
      },
      ...(r.series.length
        ? [{ id: 'series', title: zh.regions.series, blocks: r.series.map((x) => x.data.name) }]
        : []),
      ...(r.organizations.length
        ? [{ id: 'organizations', title: zh.regions.organizations, blocks: [names(r.organizations)] }]
        : []),
    ],
    keywords: compact([
      placePinyin(d.shortName ?? d.name),
      ...d.members.map(placePinyin),
      ...d.members.map(provinceEnglish),
    ]),
    group: '/series/',
  };
}

/** Every page search knows, in a stable order (conferences with their speeches, then people, organizations, series, regions). */
export function searchDocuments(archive: Archive): SearchDocument[] {
  return [
    ...archive.conferences.flatMap((c) => [conferenceDocument(c), ...c.speeches.map(speechDocument)]),
    ...archive.people.map(personDocument),
    ...archive.organizations.map(organizationDocument),
    ...archive.series.map(seriesDocument),
    // Regions with no conference yet are not offered (src/lib/regions.ts).
    ...archive.regions.filter(isListed).map(regionDocument),
  ];
}

/** A document's text as the index's fragment keeps it: the title, then each section's title and blocks, one per line. */
export function documentText(doc: SearchDocument): {
  text: string;
  sections: FragmentExtra['sections'];
  prose: number;
} {
  let text = doc.title;
  const sections: FragmentExtra['sections'] = [];
  let prose = 0;
  for (const s of doc.sections) {
    const lines = [...(s.title ? [s.title] : []), ...s.blocks].filter(Boolean);
    if (!lines.length) continue;
    const at = text.length + 1;
    text += `\n${lines.join('\n')}`;
    if (s.facts) prose = text.length + 1;
    // A section's text starts after its heading's line: a result shows the heading once, as the
    // link. (A heading with nothing under it ends the text: its section starts past the end.)
    if (s.id && s.title) sections.push({ id: s.id, title: s.title, start: at + s.title.length + 1, end: text.length });
  }
  return { text, sections, prose: Math.min(prose, text.length) };
}
