/**
 * A speech: `content/conferences/<slug>/speeches/<nn>-<speaker>.md`. The conference
 * is the folder it sits in. The body lists key points in the archive's own words.
 */
import { z } from 'astro/zod';
import { id, ref, source, tags, text } from './common.ts';

export const SPEECH_KINDS = [
  '致辞',
  '讲话',
  '主旨演讲',
  '主旨报告',
  '专题分享',
  '交流发言',
  '主持',
  '点评',
  '总结',
  '其他',
] as const;
export type SpeechKind = (typeof SPEECH_KINDS)[number];

export const affiliation = z
  .object({
    organization: ref('organizations', '任职机构的 id'),
    role: text('在该机构的职务，例如 二级巡视员'),
  })
  .strict();

export const speaker = z
  .object({
    person: ref('people', '讲者的人物 id'),
    position: text('讲者当时的职务（时任），照报道原文，例如 重庆市民政局二级巡视员'),
    positionEnglish: text(
      '该职务的英文（可选）：只在确知官方或通行译名时填写，例如 民政部副部长 → Vice Minister of Civil Affairs；英文界面写在中文职务之前，中文照旧',
    ).optional(),
    affiliations: z.array(affiliation).default([]).describe('职务中提到的机构及职务，用于机构页面的“任职人员”'),
  })
  .strict();

export const speech = z
  .object({
    session: id('环节').describe('所属环节的 id，须是会议 sessions 中的一项'),
    order: z.number().int().positive().describe('在整个会议中的发言顺序，从 1 开始，会议内唯一'),
    kind: z.enum(SPEECH_KINDS).describe(`发言类型：${SPEECH_KINDS.join('、')}`),
    title: text('发言题目，照原文，不加书名号（报道未给题目时不填）').optional(),
    speakers: z.array(speaker).min(1, { message: '至少有一位讲者' }).describe('讲者'),
    summary: text('一两句话概括发言内容，用自己的话写').optional(),
    tags,
    sources: z.array(source).optional().describe('本发言的资料来源（不填则沿用会议的来源）'),
    draft: z.boolean().default(false).describe('草稿：true 时不会发布'),
  })
  .strict();

export type Speech = z.output<typeof speech>;
export type Speaker = z.output<typeof speaker>;
