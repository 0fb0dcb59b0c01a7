/**
 * A conference: `content/conferences/<slug>/index.mdx` (or `.md`). The body is an
 * overview written in the archive's own words; the frontmatter holds the facts.
 */
import { z } from 'astro/zod';
import { id, isoDate, ref, source, tags, text } from './common.ts';
import { affiliation } from './speech.ts';

export const SESSION_KINDS = [
  '开幕式',
  '主旨演讲',
  '专家分享',
  '交流发言',
  '签约仪式',
  '发布仪式',
  '颁授仪式',
  '主题分享会',
  '平行论坛',
  '参观',
  '闭幕式',
  '其他',
] as const;

export const OUTCOME_KINDS = {
  agreement: '签署协议',
  initiative: '发布倡议',
  report: '发布报告',
  award: '授牌表彰',
  appointment: '颁发聘书',
  exhibition: '展览',
  other: '其他',
} as const;
export type OutcomeKind = keyof typeof OUTCOME_KINDS;

/**
 * Someone a report names as present (出席) without recording a speech or presiding
 * by them in this conference. Speakers and presiders are recorded where they
 * spoke or presided, not here again.
 */
const attendee = z
  .object({
    person: ref('people', '出席者的人物 id'),
    position: text('出席时的职务（时任），照报道原文，例如 江苏省民政厅厅长'),
    positionEnglish: text(
      '该职务的英文（可选）：只在确知官方或通行译名时填写，例如 民政部副部长 → Vice Minister of Civil Affairs；英文界面写在中文职务之前，中文照旧',
    ).optional(),
    affiliations: z.array(affiliation).default([]).describe('职务中提到的机构及职务'),
  })
  .strict();

/** Organizations by their role in a conference, in the order pages list them. The one list of roles. */
const organizerFields = {
  organizers: organizerList('主办单位'),
  hosts: organizerList('承办单位'),
  coOrganizers: organizerList('协办单位'),
  supporters: organizerList('支持单位、指导单位'),
};
function organizerList(role: string) {
  return z.array(ref('organizations')).default([]).describe(`${role}的机构 id`);
}
export type OrganizerRole = keyof typeof organizerFields;
export const ORGANIZER_ROLES = Object.keys(organizerFields) as readonly OrganizerRole[];

const presider = z
  .object({
    person: ref('people', '主持人的人物 id'),
    position: text('主持时的职务（时任），照报道原文'),
    positionEnglish: text(
      '该职务的英文（可选）：只在确知官方或通行译名时填写，例如 民政部副部长 → Vice Minister of Civil Affairs；英文界面写在中文职务之前，中文照旧',
    ).optional(),
  })
  .strict();

export const session = z
  .object({
    id: id('环节').describe('环节 id，在本会议内唯一，例如 opening'),
    name: text('环节名称，例如 开幕式、主旨演讲、交流发言'),
    kind: z.enum(SESSION_KINDS).describe(`环节类型：${SESSION_KINDS.join('、')}`),
    order: z.number().int().positive().describe('环节顺序，从 1 开始'),
    date: isoDate('环节日期（与会议日期不同时填写）').optional(),
    time: text('时段，例如 下午').optional(),
    status: z.enum(['held', 'announced']).default('held').describe('held：报道确认已举行；announced：报道只说将要举行'),
    presiders: z.array(presider).default([]).describe('主持人'),
    description: text('一句话说明本环节，用自己的话写').optional(),
  })
  .strict();

export const outcome = z
  .object({
    kind: z.enum(Object.keys(OUTCOME_KINDS) as [OutcomeKind, ...OutcomeKind[]]).describe(
      `成果类型：${Object.entries(OUTCOME_KINDS)
        .map(([k, v]) => `${k}（${v}）`)
        .join('、')}`,
    ),
    title: text('文件、奖项或展览的名称，照原文，不加书名号'),
    session: id('环节').optional().describe('在哪个环节发布或签署（环节 id）'),
    parties: z.array(ref('organizations')).default([]).describe('签署方、发布方或获得者中已建档机构的 id'),
    partiesNote: text('无法逐一建档的参与方，照报道描述，例如 长三角地区16家行业协会代表').optional(),
    description: text('一两句话说明内容，用自己的话写').optional(),
  })
  .strict();

export const conference = z
  .object({
    title: text('会议全称，照官方名称，例如 2024年川渝社会组织促进经济社会高质量发展大会'),
    shortTitle: text('简称，用于列表和导航，例如 2024川渝社会组织大会'),
    series: ref('series', '所属系列会议的 id'),
    edition: z.number().int().positive().optional().describe('第几届（报道明确时填写）'),
    startDate: isoDate('开幕日期 YYYY-MM-DD'),
    endDate: isoDate('闭幕日期 YYYY-MM-DD（多日会议填写）').optional(),
    city: text('举办城市，例如 重庆市、苏州市'),
    venue: text('会场（报道写明时填写）').optional(),
    regions: z.array(ref('regions')).min(1, { message: '至少属于一个区域' }).describe('服务的区域 id 列表'),
    theme: text('大会主题，照原文，不加引号').optional(),
    summary: text('一两句话的概括，用于列表、搜索结果和分享卡片，用自己的话写'),
    ...organizerFields,
    sessions: z.array(session).min(1, { message: '至少有一个环节' }).describe('议程环节'),
    outcomes: z.array(outcome).default([]).describe('成果：签署的协议、发布的倡议和报告、表彰、展览'),
    attendance: z
      .object({
        count: z.number().int().positive().optional().describe('与会人数（报道给出时）'),
        note: text('关于与会者的说明，例如 川渝两地社会组织代表').optional(),
        people: z
          .array(attendee)
          .default([])
          .describe('报道点名出席、但没有发言或主持记录的人物，各附当时职务；已记为讲者或主持人的不再列入'),
      })
      .strict()
      .optional()
      .describe('与会情况'),
    tags,
    sources: z.array(source).min(1, { message: '至少注明一个来源' }).describe('资料来源'),
    draft: z.boolean().default(false).describe('草稿：true 时不会发布'),
  })
  .strict();

export type Conference = z.output<typeof conference>;
export type Session = z.output<typeof session>;
export type Outcome = z.output<typeof outcome>;
