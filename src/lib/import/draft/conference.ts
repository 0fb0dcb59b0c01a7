/**
 * The conference file of a draft: frontmatter with every fact read (placeholders
 * marked TODO where the report did not settle one) and a body that lists the
 * facts for the editor, never the report's sentences.
 */
import type { Facts } from '../facts/types.ts';
import type { Session } from './speeches.ts';
import type { DraftSource } from './types.ts';
import { mdx, yamlText } from './text.ts';

export interface ConferenceInput {
  facts: Facts;
  source: DraftSource;
  title: string;
  startDate: string;
  published: string;
  seriesId: string;
  regions: string[];
  organizers: string[];
  hosts: string[];
  coOrganizers: string[];
  supporters: string[];
  sessions: Session[];
  speechLines: string[];
  presiderLines: string[];
  attendeeLines: string[];
  todos: string[];
}

export function conferenceFile(input: ConferenceInput): string {
  const { facts, source } = input;
  const conf: Record<string, unknown> = {
    title: input.title,
    shortTitle: input.title.replace(/^((?:19|20)\d{2})年/, '$1'),
    series: input.seriesId,
    ...(facts.edition ? { edition: facts.edition } : {}),
    startDate: input.startDate,
    ...(facts.endDate ? { endDate: facts.endDate } : {}),
    city: facts.place?.city ?? 'TODO：举办城市',
    regions: input.regions,
    ...(facts.theme ? { theme: facts.theme } : {}),
    summary: 'TODO：用自己的话写一两句话概括会议',
    organizers: input.organizers,
    hosts: input.hosts,
    ...(input.coOrganizers.length ? { coOrganizers: input.coOrganizers } : {}),
    ...(input.supporters.length ? { supporters: input.supporters } : {}),
    sessions: input.sessions,
    outcomes: facts.documents.map((d) => ({ kind: d.kind, title: d.title })),
    sources: [
      {
        outlet: facts.outlet ?? 'TODO：发布媒体',
        headline: facts.headline ?? 'TODO：报道标题',
        ...(facts.url ? { url: facts.url } : {}),
        published: input.published,
        reporters: facts.reporters,
        editors: source.editors,
        photoCredits: source.photoCredits,
        ...(source.notes.length ? { note: source.notes.join('；') } : {}),
      },
    ],
    draft: true,
  };
  const list = (items: string[]) => items.map(mdx).join('、') || '未读到';
  const place = facts.place
    ? `${facts.place.city}${facts.place.district ? `（${facts.place.district}）` : ''}${facts.place.written !== facts.place.city ? `，报道写作“${facts.place.written}”` : ''}`
    : '未读到';
  const lines = [
    `- 报道：《${mdx(facts.headline ?? '标题未读到')}》，${mdx(facts.outlet ?? '媒体未知')}，${facts.published ?? '发布时间未知'}${facts.reporters.length ? `，记者 ${facts.reporters.join('、')}` : ''}`,
    `- 会议名称：${mdx(input.title)}${facts.edition ? `（第 ${facts.edition} 届）` : ''}`,
    `- 日期：${facts.startDate ?? '未读到'}${facts.endDate ? ` 至 ${facts.endDate}` : ''}；城市：${place}`,
    `- 主题：${facts.theme ? mdx(facts.theme) : '未读到'}`,
    `- 主办：${list(facts.organizers)}`,
    `- 承办：${list(facts.hosts)}`,
    ...(facts.coOrganizers.length ? [`- 协办：${list(facts.coOrganizers)}`] : []),
    ...(facts.supporters.length ? [`- 指导：${list(facts.supporters)}`] : []),
    ...(input.presiderLines.length ? [`- 主持：${input.presiderLines.join('、')}`] : []),
    `- 发言（按报道叙述顺序，共 ${input.speechLines.length} 篇）：${input.speechLines.length ? '' : '未读到'}`,
    ...input.speechLines.map((l) => `  ${l}`),
    ...(input.attendeeLines.length ? [`- 出席及其他与会者（不会发布）：${input.attendeeLines.join('、')}`] : []),
    `- 文件：${facts.documents.map((d) => `《${mdx(d.title)}》${d.verb ? `（${d.verb}）` : ''}`).join('、') || '未读到'}`,
    ...(facts.parallelSessions.length
      ? [
          `- 其他环节：${facts.parallelSessions.map((p) => `${mdx(p.name)}${p.status === 'announced' ? '（报道说将举行）' : ''}`).join('、')}`,
        ]
      : []),
  ];
  const body = [
    '{/* 由 npm run import 从新闻报道生成的草稿。事实清单供编辑核对；发布前用自己的话写概述，删除清单、待办和 draft: true。 */}',
    '',
    '## 待办',
    '',
    ...input.todos.map((t) => `- TODO：${mdx(t)}`),
    '',
    '## 从报道中读到的事实',
    '',
    ...lines,
    '',
  ].join('\n');
  // Placeholders carry their TODO on the line itself, so the content check points at it.
  const yaml = yamlText(conf)
    .replace(/^startDate: .*$/m, (l) => (facts.startDate ? l : `${l} # TODO：占位日期，报道没有给出会议日期`))
    .replace(/^(\s+published: .*)$/m, (l) =>
      facts.published && facts.published.length > 10
        ? l
        : `${l} # TODO：${facts.published ? '发布时刻未知' : '占位时间，没有读到发布时间'}`,
    );
  return `---\n${yaml}---\n\n${body}`;
}
