/**
 * Building blocks shared by the entity schemas.
 *
 * Every field carries a `.describe()` text in Chinese: it is what editors read in
 * `npm run check` hints, `npm run new` prompts and docs/editing.md, and what the
 * published JSON Schema (/api/schema.json) says about the field.
 *
 * References between records are plain ids (ASCII slugs), resolved and checked by
 * src/lib/content/integrity.ts, so that the same schemas run inside Astro and in
 * plain Node scripts, and a dangling reference fails the build instead of only
 * being logged.
 */
import { z } from 'astro/zod';
import { isRealDate, toIsoDate, toIsoDateTime, isRealDateTime } from '../lib/dates.ts';

/** Stable ASCII id: lower-case letters and digits in groups joined by single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const id = (what: string) =>
  z
    .string()
    .regex(ID_PATTERN, { message: `${what} id 只能由小写字母、数字和单个连字符组成，例如 zhou-limin` })
    .describe(`${what}的 id（小写拼音或英文，用连字符连接）`);

/** A non-empty line of text, trimmed. */
export const text = (description: string) =>
  z.string().trim().min(1, { message: '不能为空' }).describe(description);

/**
 * A calendar date written `YYYY-MM-DD`. YAML turns an unquoted date into a Date
 * (and silently rolls `2024-13-45` over to 2025-02-14), so both forms are
 * accepted here and the raw text is checked again by the content check, which
 * reads YAML without timestamp conversion.
 */
export const isoDate = (description: string) =>
  z
    .preprocess(
      (value) => (value instanceof Date ? toIsoDate(value) : value),
      z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, { message: '日期应写作 YYYY-MM-DD，例如 2024-12-04' })
        .refine(isRealDate, { message: '不是真实存在的日期' }),
    )
    .describe(description);

export const tags = z
  .array(text('标签'))
  .default([])
  .describe('标签：主题词，用于检索与归类，例如 乡村振兴、养老服务');

export const httpUrl = z
  .url({ protocol: /^https?$/, message: '应为以 http:// 或 https:// 开头的网址' })
  .describe('网址');

/**
 * When a source was published: `YYYY-MM-DD HH:MM[:SS]` (Beijing time) as news sites
 * print it, or `YYYY-MM-DD` when the page gives the day only. YAML turns an
 * unquoted date into a Date at midnight UTC; that is read back as the day alone,
 * so an editor who writes `published: 2021-10-29` gets no made-up time of day.
 */
export const publishedAt = (description: string) =>
  z
    .preprocess(
      (value) =>
        value instanceof Date
          ? value.getUTCHours() || value.getUTCMinutes() || value.getUTCSeconds()
            ? toIsoDateTime(value)
            : toIsoDate(value)
          : value,
      z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?$/, {
          message: '发布时间应写作 YYYY-MM-DD HH:MM[:SS]（北京时间），只知日期时写 YYYY-MM-DD，例如 2024-12-04 20:37:06',
        })
        .refine((v) => (v.length === 10 ? isRealDate(v) : isRealDateTime(v)), { message: '不是真实存在的日期或时间' }),
    )
    .describe(description);

/** A news report or other published record the archive takes its facts from. */
export const source = z
  .object({
    outlet: text('发布媒体或机构，例如 第1眼TV-华龙网；报道未署媒体时写“媒体不详”并在 note 中说明'),
    headline: text('报道标题，照原文；所据文本没有标题时写编者拟的说明，放在方括号中，例如 ［原标题不详］'),
    url: httpUrl
      .optional()
      .describe('报道的原始网址（已知时填写）。只找到第三方转载页时不填，在 note 中说明；页面上会写明“原文网址不详”'),
    archived: httpUrl
      .optional()
      .describe('存档副本的网址，例如 https://web.archive.org/web/20241205000000/<原网址>（确知存档存在时填写，不要凭格式推测）'),
    published: publishedAt('发布时间（北京时间），例如 2024-12-04 20:37:06；只知日期时写 2021-10-29；报道未注明时不填').optional(),
    reporters: z.array(text('记者姓名')).default([]).describe('记者'),
    editors: z.array(text('编辑姓名')).default([]).describe('编辑、责任编辑'),
    photoCredits: z.array(text('图片来源')).default([]).describe('图片署名或来源，例如 江苏省民政厅供图'),
    note: text('关于此来源的说明，例如原文为繁体转换稿、所据文本是转载页或只有开头部分').optional(),
  })
  .strict()
  .describe('资料来源');

export type Source = z.output<typeof source>;
