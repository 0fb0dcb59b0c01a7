/**
 * The open-data records, defined from the entity Zod schemas (src/schemas): each
 * record is the entity's validated data (minus `draft`: only published records
 * are exported) with its id and page URL. The same definitions produce
 * /api/schema.json (z.toJSONSchema) and check /api/archive.json at build time,
 * so the download and its schema cannot drift apart.
 */
import { z } from 'astro/zod';
import { conference, organization, person, region, series, speech } from '../../schemas/index.ts';

/** Bump on a breaking change of the records' shape; additions keep the version. */
export const ARCHIVE_FORMAT_VERSION = 2;

/** The editors' text of a Markdown record as written (front matter aside): what the page shows under 要点 or 概况. */
const markdownText = (what: string) =>
  z
    .string()
    .optional()
    .describe(
      `${what}：编者用自己的话写的正文，页面上显示的就是这段文字；格式为 Markdown（CommonMark 加 GFM），照内容文件原文（不含文件头）。没有正文时不出现`,
    );

const ref = {
  id: z.string().describe('记录的 id（稳定的 ASCII 标识）'),
  url: z.url().describe('记录页面的网址'),
};

const speechEntry = speech.omit({ draft: true }).extend({
  ...ref,
  conference: z.string().describe('所属会议的 id'),
  slug: z.string().describe('发言在会议内的标识（文件名），例如 01-zhou-limin'),
  date: z.string().describe('发言日期 YYYY-MM-DD（环节日期，或会议开幕日期）'),
});

export const records = {
  region: region.extend(ref).describe('区域'),
  series: series
    .extend({ ...ref, editions: z.array(z.string()).describe('各届会议的 id，从早到晚') })
    .describe('系列会议'),
  person: person.extend(ref).describe('人物'),
  organization: organization.extend(ref).describe('机构'),
  /**
   * A speech as archive.json lists it: everything but the key points, which are
   * in its conference's JSON (`conferences[].json`), so the open data carries the
   * text once (docs/data.md, *One copy of the text*).
   */
  speech: speechEntry.describe('发言（要点全文在所属会议的 JSON 中）'),
  conference: conference
    .omit({ draft: true })
    .extend({
      ...ref,
      overview: markdownText('概况'),
      speeches: z.array(z.string()).describe('本会议发言的 id，按发言顺序'),
      json: z.url().describe('本会议的 JSON 数据的网址：会议及其全部发言，含各篇发言的要点全文（keyPoints）'),
    })
    .describe('会议'),
};

export const counts = z
  .object({
    conferences: z.number().int(),
    speeches: z.number().int(),
    people: z.number().int(),
    organizations: z.number().int(),
    series: z.number().int(),
    regions: z.number().int(),
  })
  .describe('各类记录的数量');

export const archiveSchema = z
  .object({
    $schema: z.url().describe('本文件所依据的 JSON Schema 的网址'),
    version: z.literal(ARCHIVE_FORMAT_VERSION).describe('数据格式的版本号，结构有不兼容的变化时加一'),
    generated: z.string().describe('生成日期 YYYY-MM-DD'),
    site: z.url().describe('网站首页网址'),
    license: z.string().describe('使用条件'),
    counts,
    conferences: z.array(records.conference).describe('会议，新的在前'),
    speeches: z.array(records.speech).describe('发言，按会议（新的在前）和发言顺序；要点全文在所属会议的 JSON 中'),
    people: z.array(records.person).describe('人物，按拼音排序'),
    organizations: z.array(records.organization).describe('机构，按名称拼音排序'),
    series: z.array(records.series).describe('系列会议'),
    regions: z.array(records.region).describe('区域'),
  })
  .strict()
  .describe('议录全部已发布记录（/api/archive.json）');

export type ArchiveExport = z.output<typeof archiveSchema>;

/** The published JSON Schema of archive.json. */
export function archiveJsonSchema(schemaUrl: string): Record<string, unknown> {
  const schema = z.toJSONSchema(archiveSchema, { io: 'output', unrepresentable: 'any' }) as Record<string, unknown>;
  return { ...schema, $id: schemaUrl, title: '议录开放数据 archive.json' };
}
