/**
 * One saved report (bytes) → cleaned lines and page metadata: decode, take the
 * article out of an HTML page, refuse text that is not Chinese, clean.
 */
import { cleanText, type Removed } from './clean.ts';
import { assertChinese, decodeBytes, type Decoded } from './decode.ts';
import { htmlToText, looksLikeHtml, type PageMeta } from './html.ts';

export interface Report {
  /** The article's lines, headline first when there is one. */
  lines: string[];
  headline?: string;
  /** Header and footer info lines (发布时间, 来源…). */
  info: string[];
  captions: string[];
  meta: PageMeta;
  encoding: Decoded['encoding'];
  html: boolean;
  editors: string[];
  photoCredits: string[];
  writers: string[];
  removed: Removed[];
  /** What the source note says about the text as read. */
  notes: string[];
}

export function readReport(bytes: Uint8Array): Report {
  const decoded = decodeBytes(bytes);
  let text = decoded.text;
  let meta: PageMeta = {};
  const html = looksLikeHtml(text);
  if (html) ({ text, meta } = htmlToText(text));
  assertChinese(text);
  const cleaned = cleanText(text);
  if (meta.headline) meta.headline = cleanText(meta.headline).lines.join(' ');
  if (meta.outlet) meta.outlet = cleanText(meta.outlet).lines.join(' ');
  if (!meta.url && cleaned.url) meta.url = cleaned.url;
  const notes: string[] = [];
  if (cleaned.hadPinyin) notes.push('原文为网页转换器生成的繁体稿，字后附有拼音；导入时已去掉拼音并转为简体');
  else if (cleaned.wasTraditional) notes.push('原文为繁体，导入时已转为简体');
  return {
    lines: cleaned.lines,
    headline: meta.headline || cleaned.headline,
    info: cleaned.info,
    captions: cleaned.captions,
    meta,
    encoding: decoded.encoding,
    html,
    editors: cleaned.editors,
    photoCredits: cleaned.photoCredits,
    writers: cleaned.writers,
    removed: cleaned.removed,
    notes,
  };
}
