/**
 * schema.org JSON-LD for every kind of page. A conference is an Event with its
 * speeches as subEvents and its series as superEvent (an EventSeries); a speech
 * is an Event whose performers are Roles (the position held then, 时任) wrapping
 * a Person, whose affiliations are OrganizationRoles held at that speech.
 * Nodes share `@id`s (`<page URL>#event`, `#person`, `#org`) so a consumer can
 * join the pages into one graph.
 */
import type {
  ConferenceNode,
  OrganizationNode,
  PersonNode,
  SeriesNode,
  SpeakerNode,
  SpeechNode,
} from '../archive/types.ts';
import { absoluteUrl, PUBLISHER, type SiteContext } from './context.ts';
import { speechDate } from './csl.ts';
import { recordedNames } from '../names.ts';
import { toTraditional } from '../text/s2t.ts';

type Json = Record<string, unknown>;
type Ctx = Pick<SiteContext, 'site' | 'base'>;

const CONTEXT = 'https://schema.org';

/** `alternateName` when there is any: other names and recorded spellings, never a converter's Traditional spelling (src/lib/names.ts). */
const alternateNames = (names: string[]): Json => (names.length ? { alternateName: names } : {});
export const ids = {
  event: (path: string, ctx: Ctx) => `${absoluteUrl(path, ctx)}#event`,
  person: (p: PersonNode, ctx: Ctx) => `${absoluteUrl(p.path, ctx)}#person`,
  org: (o: OrganizationNode, ctx: Ctx) => `${absoluteUrl(o.path, ctx)}#org`,
  series: (s: SeriesNode, ctx: Ctx) => `${absoluteUrl(s.path, ctx)}#series`,
  site: (ctx: Ctx) => `${absoluteUrl('/', ctx)}#website`,
};

/** A reference to an entity with a page of its own: type, shared @id, name and URL. */
const entityRef = (type: string, id: string, name: string, path: string, ctx: Ctx): Json => ({
  '@type': type,
  '@id': id,
  name,
  url: absoluteUrl(path, ctx),
});
const orgRef = (o: OrganizationNode, ctx: Ctx) => entityRef('Organization', ids.org(o, ctx), o.data.name, o.path, ctx);
const personRef = (p: PersonNode, ctx: Ctx) => entityRef('Person', ids.person(p, ctx), p.data.name, p.path, ctx);
const seriesRef = (s: SeriesNode, ctx: Ctx) => entityRef('EventSeries', ids.series(s, ctx), s.data.name, s.path, ctx);

const place = (c: ConferenceNode): Json => ({
  '@type': 'Place',
  name: c.data.venue ?? c.data.city,
  address: { '@type': 'PostalAddress', addressLocality: c.data.city, addressCountry: 'CN' },
});

/** A speaker as a Role: the position held then, wrapping the Person and the posts held at the time. */
const performer = (sp: SpeakerNode, ctx: Ctx): Json => ({
  '@type': 'PerformanceRole',
  roleName: sp.position,
  performer: {
    ...personRef(sp.person, ctx),
    ...(sp.affiliations.length
      ? {
          affiliation: sp.affiliations.map((a) => ({
            '@type': 'OrganizationRole',
            roleName: a.role,
            affiliation: orgRef(a.organization, ctx),
          })),
        }
      : {}),
  },
});

const speechRef = (s: SpeechNode, ctx: Ctx): Json => ({
  '@type': 'Event',
  '@id': ids.event(s.path, ctx),
  name: s.data.title ?? s.displayTitle,
  url: absoluteUrl(s.path, ctx),
  startDate: speechDate(s),
  performer: s.speakers.map((sp) => performer(sp, ctx)),
});

const conferenceRef = (c: ConferenceNode, ctx: Ctx): Json => ({
  '@type': 'Event',
  '@id': ids.event(c.path, ctx),
  name: c.data.title,
  url: absoluteUrl(c.path, ctx),
  startDate: c.data.startDate,
  ...(c.data.endDate ? { endDate: c.data.endDate } : {}),
  location: place(c),
});

export function conferenceJsonLd(c: ConferenceNode, ctx: Ctx): Json {
  const d = c.data;
  const organizers = [...c.roles.organizers, ...c.roles.hosts];
  return {
    '@context': CONTEXT,
    ...conferenceRef(c, ctx),
    alternateName: d.shortTitle,
    description: d.summary,
    inLanguage: 'zh-CN',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    eventStatus: 'https://schema.org/EventScheduled',
    ...(d.theme ? { about: d.theme } : {}),
    ...(d.tags.length ? { keywords: d.tags.join(',') } : {}),
    ...(organizers.length ? { organizer: organizers.map((o) => orgRef(o, ctx)) } : {}),
    ...(c.roles.coOrganizers.length ? { contributor: c.roles.coOrganizers.map((o) => orgRef(o, ctx)) } : {}),
    ...(c.roles.supporters.length ? { sponsor: c.roles.supporters.map((o) => orgRef(o, ctx)) } : {}),
    ...(d.attendance?.count ? { maximumAttendeeCapacity: d.attendance.count } : {}),
    superEvent: seriesRef(c.series, ctx),
    subEvent: c.speeches.map((s) => speechRef(s, ctx)),
    publisher: { '@type': 'Organization', name: PUBLISHER },
  };
}

export function speechJsonLd(s: SpeechNode, ctx: Ctx): Json {
  return {
    '@context': CONTEXT,
    ...speechRef(s, ctx),
    ...(s.data.summary ? { description: s.data.summary } : {}),
    additionalType: s.data.kind,
    inLanguage: 'zh-CN',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    eventStatus: 'https://schema.org/EventScheduled',
    location: place(s.conference),
    ...(s.data.tags.length ? { keywords: s.data.tags.join(',') } : {}),
    superEvent: conferenceRef(s.conference, ctx),
  };
}

export function personJsonLd(p: PersonNode, ctx: Ctx): Json {
  return {
    '@context': CONTEXT,
    ...personRef(p, ctx),
    ...alternateNames(recordedNames(p.data.name, p.data.variants, toTraditional)),
    ...(p.data.note ? { description: p.data.note } : {}),
    performerIn: p.appearances.map(({ speech, speaker }) => ({
      ...speechRef(speech, ctx),
      performer: undefined,
      superEvent: conferenceRef(speech.conference, ctx),
      description: `时任${speaker.position}`,
    })),
  };
}

export function organizationJsonLd(o: OrganizationNode, ctx: Ctx): Json {
  const d = o.data;
  return {
    '@context': CONTEXT,
    ...orgRef(o, ctx),
    ...alternateNames(
      [d.shortName, ...recordedNames(d.name, d.aliases, toTraditional, d.shortName)].filter((x): x is string => !!x),
    ),
    ...(d.website ? { sameAs: d.website } : {}),
    ...(d.place ? { address: { '@type': 'PostalAddress', addressLocality: d.place, addressCountry: 'CN' } } : {}),
    ...(o.parent ? { parentOrganization: orgRef(o.parent, ctx) } : {}),
    ...(o.children.length ? { subOrganization: o.children.map((c) => orgRef(c, ctx)) } : {}),
    ...(o.members.length
      ? {
          member: o.members.map((m) => ({
            '@type': 'OrganizationRole',
            roleName: m.role,
            description: `时任${m.position}（${m.speech.conference.data.shortTitle}发言时）`,
            member: personRef(m.person, ctx),
          })),
        }
      : {}),
  };
}

export function seriesJsonLd(s: SeriesNode, ctx: Ctx): Json {
  return {
    '@context': CONTEXT,
    ...seriesRef(s, ctx),
    description: s.data.description,
    ...alternateNames(recordedNames(s.data.name, s.data.aliases, toTraditional, s.data.shortName)),
    subEvent: s.editions.map((c) => conferenceRef(c, ctx)),
  };
}

/** Pages without an entity of their own: a WebPage in the WebSite. */
export function webPageJsonLd(
  page: { path: string; title: string; description: string; siteName: string },
  ctx: Ctx,
): Json {
  return {
    '@context': CONTEXT,
    '@type': 'WebPage',
    '@id': absoluteUrl(page.path, ctx),
    url: absoluteUrl(page.path, ctx),
    name: page.title,
    description: page.description,
    inLanguage: 'zh-CN',
    isPartOf: { '@type': 'WebSite', '@id': ids.site(ctx), name: page.siteName, url: absoluteUrl('/', ctx) },
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no text can close the script. */
export const jsonLdScript = (data: Json) => JSON.stringify(data).replace(/</g, '\\u003c');
