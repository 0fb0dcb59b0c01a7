/**
 * /api/speeches.csv: one row per speech for spreadsheet users. RFC 4180 (quoted
 * fields, CRLF) with a UTF-8 byte-order mark so Excel opens Chinese text correctly.
 * The 要点 are not in it: they are in each conference's JSON, the open data's one
 * copy of the text (`url` leads to the page that shows them).
 */
import type { SpeechNode } from '../archive/types.ts';
import { absoluteUrl, type SiteContext } from './context.ts';
import { speechDate } from './csl.ts';

export const CSV_COLUMNS = [
  ['id', '发言 id'],
  ['conference_id', '会议 id'],
  ['conference', '会议'],
  ['date', '日期'],
  ['city', '城市'],
  ['session', '环节'],
  ['order', '顺序'],
  ['kind', '类型'],
  ['title', '题目'],
  ['speakers', '发言人'],
  ['positions', '时任职务'],
  ['summary', '摘要'],
  ['url', '网址'],
] as const;

const cell = (v: string | number) => {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function speechRow(s: SpeechNode, ctx: Pick<SiteContext, 'site' | 'base'>): (string | number)[] {
  const c = s.conference;
  return [
    s.id,
    c.id,
    c.data.title,
    speechDate(s),
    c.data.city,
    s.session.name,
    s.data.order,
    s.data.kind,
    s.data.title ?? '',
    s.speakers.map((sp) => sp.person.data.name).join('；'),
    s.speakers.map((sp) => sp.position).join('；'),
    s.data.summary ?? '',
    absoluteUrl(s.path, ctx),
  ];
}

export function speechesCsv(speeches: SpeechNode[], ctx: Pick<SiteContext, 'site' | 'base'>): string {
  const rows = [CSV_COLUMNS.map(([key]) => key), ...speeches.map((s) => speechRow(s, ctx))];
  return `\uFEFF${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
