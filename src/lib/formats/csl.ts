/**
 * CSL-JSON items (Citation Style Language, the format Zotero and citeproc read) for
 * a conference and a speech. Every other citation format is derived from these
 * items, so all of them name the same speaker, title, conference, date and place.
 */
import type { ConferenceNode, SpeechNode } from '../archive/types.ts';
import { absoluteUrl, PUBLISHER, type SiteContext } from './context.ts';
import { conferenceKey, speechKey } from './keys.ts';

export interface CslName {
  literal: string;
}
export interface CslDate {
  'date-parts': number[][];
}
export interface CslItem {
  id: string;
  'citation-key': string;
  type: 'speech' | 'event';
  title: string;
  author?: CslName[];
  genre: string;
  'container-title'?: string;
  'event-title': string;
  'event-place': string;
  'event-date': CslDate;
  issued: CslDate;
  accessed: CslDate;
  publisher: string;
  URL: string;
  /** The records' text is Simplified Chinese (BCP 47 script subtag); the citation panel shows it so in 繁 too. */
  language: 'zh-Hans';
  note?: string;
  abstract?: string;
}

const parts = (iso: string) => iso.split('-').map(Number);
const date = (...isos: (string | undefined)[]): CslDate => ({
  'date-parts': isos.filter((d): d is string => !!d).map(parts),
});

/** The date a speech was given: its session's date, or the conference's first day. */
export const speechDate = (s: SpeechNode) => s.session.date ?? s.conference.data.startDate;

export function conferenceCsl(c: ConferenceNode, ctx: SiteContext): CslItem {
  const d = c.data;
  const key = conferenceKey(c);
  return {
    id: key,
    'citation-key': key,
    type: 'event',
    title: d.title,
    ...(c.roles.organizers.length ? { author: c.roles.organizers.map((o) => ({ literal: o.data.name })) } : {}),
    genre: '会议',
    'event-title': d.title,
    'event-place': d.city,
    'event-date': date(d.startDate, d.endDate),
    issued: date(d.startDate),
    accessed: date(ctx.accessed),
    publisher: PUBLISHER,
    URL: absoluteUrl(c.path, ctx),
    language: 'zh-Hans',
    abstract: d.summary,
  };
}

export function speechCsl(s: SpeechNode, ctx: SiteContext): CslItem {
  const c = s.conference;
  const key = speechKey(s);
  const when = speechDate(s);
  return {
    id: key,
    'citation-key': key,
    type: 'speech',
    title: s.data.title ?? s.displayTitle,
    author: s.speakers.map((sp) => ({ literal: sp.person.data.name })),
    genre: s.data.kind,
    'container-title': c.data.title,
    'event-title': c.data.title,
    'event-place': c.data.city,
    'event-date': date(when),
    issued: date(when),
    accessed: date(ctx.accessed),
    publisher: PUBLISHER,
    URL: absoluteUrl(s.path, ctx),
    language: 'zh-Hans',
    note: s.speakers.map((sp) => `${sp.person.data.name} 时任 ${sp.position}`).join('；'),
    ...(s.data.summary ? { abstract: s.data.summary } : {}),
  };
}
