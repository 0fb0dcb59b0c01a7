/**
 * Building blocks shared by the entity schemas.
 *
 * Every field carries a `.describe()` text in Chinese: it is what editors read in
 * `npm run check` hints, `npm run new` prompts and docs/editing.md, and what the
 * published JSON Schema (/api/schema.json) says about the field.
 *
 * References between records are ids (ASCII slugs) declared with `ref()`, which
 * names the collection they point into. That declaration is the only statement
 * of what refers to what: the content check (every reference must resolve), the
 * archive graph, drafts, incremental-build keys and `npm run new` all read it
 * (src/lib/content/references.ts), so that a new reference field is checked,
 * resolved and keyed without touching any of them.
 */
import { z } from 'astro/zod';
import { DATE_PATTERN, DATE_TIME_PATTERN, isRealDate, isRealDateTime } from './calendar.ts';

/** Every collection, with the word editors read for one of its records. */
export const RECORD_LABELS = {
  regions: '区域',
  series: '系列',
  people: '人物',
  organizations: '机构',
  conferences: '会议',
  speeches: '发言',
} as const;

export type CollectionName = keyof typeof RECORD_LABELS;

/** Stable ASCII id: lower-case letters and digits in groups joined by single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const id = (what: string) =>
  z
    .string()
    .regex(ID_PATTERN, { message: `${what} id 只能由小写字母、数字和单个连字符组成，例如 zhou-limin` })
    .describe(`${what}的 id（小写拼音或英文，用连字符连接）`);

/** What a reference field points into; read through src/lib/content/references.ts. */
export const references = z.registry<{ collection: CollectionName }>();

/**
 * The id of a record in another collection: `ref('organizations')`. Checked to
 * exist by the content check and resolved into the archive graph.
 */
export const ref = (collection: CollectionName, description?: string) => {
  const schema = id(RECORD_LABELS[collection]).register(references, { collection });
  return description ? schema.describe(description) : schema;
};

/** A non-empty line of text, trimmed. */
export const text = (description: string) => z.string().trim().min(1, { message: '不能为空' }).describe(description);

const DATE_FORMAT = '日期应写作 YYYY-MM-DD，例如 2024-12-04';
const PUBLISHED_FORMAT =
  '发布时间应写作 YYYY-MM-DD HH:MM[:SS]（北京时间），只知日期时写 YYYY-MM-DD，例如 2024-12-04 20:37:06';
/** The message for a value that is there but is not text (a number, a list, a Date); a missing one keeps the usual message. */
const notText = (message: string) => (issue: { input?: unknown }) => (issue.input === undefined ? undefined : message);

/**
 * A calendar date written `YYYY-MM-DD`, kept as that text. The content loader
 * (src/integrations/content-loader.ts) and the content check read YAML without
 * timestamp conversion, so an unquoted `2024-13-45` arrives here as text and is
 * refused, instead of rolling over to 2025-02-14 as a Date would.
 */
export const isoDate = (description: string) =>
  z
    .string({ error: notText(DATE_FORMAT) })
    .regex(DATE_PATTERN, { message: DATE_FORMAT, abort: true })
    .refine(isRealDate, { message: '不是真实存在的日期' })
    .describe(description);

/**
 * When a source was published, kept as text: `YYYY-MM-DD HH:MM[:SS]` (Beijing
 * time) as news sites print it, or `YYYY-MM-DD` when the page gives the day only,
 * so an editor who knows only the day writes no made-up time of day.
 */
export const publishedAt = (description: string) =>
  z
    .string({ error: notText(PUBLISHED_FORMAT) })
    .regex(new RegExp(`${DATE_PATTERN.source}|${DATE_TIME_PATTERN.source}`), { message: PUBLISHED_FORMAT, abort: true })
    .refine((v) => (v.length === 10 ? isRealDate(v) : isRealDateTime(v)), { message: '不是真实存在的日期或时间' })
    .describe(description);

export const tags = z.array(text('标签')).default([]).describe('标签：主题词，用于检索与归类，例如 乡村振兴、养老服务');

export const httpUrl = z
  .url({ protocol: /^https?$/, message: '应为以 http:// 或 https:// 开头的网址' })
  .describe('网址');

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
      .describe(
        '存档副本的网址，例如 https://web.archive.org/web/20241205000000/<原网址>（确知存档存在时填写，不要凭格式推测）',
      ),
    published: publishedAt(
      '发布时间（北京时间），例如 2024-12-04 20:37:06；只知日期时写 2021-10-29；报道未注明时不填',
    ).optional(),
    reporters: z.array(text('记者姓名')).default([]).describe('记者'),
    editors: z.array(text('编辑姓名')).default([]).describe('编辑、责任编辑'),
    photoCredits: z.array(text('图片来源')).default([]).describe('图片署名或来源，例如 江苏省民政厅供图'),
    note: text('关于此来源的说明，例如原文为繁体转换稿、所据文本是转载页或只有开头部分').optional(),
  })
  .strict()
  .describe('资料来源');

export type Source = z.output<typeof source>;
