/**
 * One saved report (bytes) → cleaned lines and page metadata: decode, take the
 * article out of an HTML page, refuse text that is not Chinese, clean.
 */
import { cleanText } from './clean.ts';
import { assertChinese, decodeBytes, type Decoded } from './decode.ts';
import { htmlToText, looksLikeHtml, type PageMeta } from './html.ts';

export interface Report {
  lines: string[];
  meta: PageMeta;
  encoding: Decoded['encoding'];
  html: boolean;
  editors: string[];
  photoCredits: string[];
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
  const notes: string[] = [];
  if (cleaned.hadPinyin) notes.push('原文为网页转换器生成的繁体稿，字后附有拼音；导入时已去掉拼音并转为简体');
  else if (cleaned.wasTraditional) notes.push('原文为繁体，导入时已转为简体');
  return { lines: cleaned.lines, meta, encoding: decoded.encoding, html, editors: cleaned.editors, photoCredits: cleaned.photoCredits, notes };
}
