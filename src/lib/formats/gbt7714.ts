/**
 * GB/T 7714-2015 (信息与文献 参考文献著录规则), from a CSL item.
 *
 * An archive page is an electronic resource, cited in the standard's form for one
 * (§4.8, §8.8 and its examples):
 *
 *   主要责任者. 题名[EB/OL]. (发表或更新日期)[引用日期]. 获取和访问路径.
 *
 * The 发表日期 of a speech is the day it was delivered (发表讲话), of a conference its
 * first day; the 引用日期 is the build day. Up to three 责任者 are listed, then “等”
 * (§8.1.2). A title the editors supplied because the report gave none (the page's
 * heading, 周利民讲话) is put in square brackets, as the standard writes supplied
 * information (§8.2); a reported title is given exactly. Punctuation follows the
 * standard's Chinese examples (half-width `. `, `, `).
 *
 *   郭庆华. 努力争做先进制造业“领跑者”…[EB/OL]. (2024-12-04)[2026-11-23]. https://…
 *   周利民. [周利民讲话][EB/OL]. (2024-12-04)[2026-11-23]. https://…
 *   重庆市民政局, 四川省民政厅. 2024年川渝社会组织促进经济社会高质量发展大会[EB/OL]. (2024-12-04)[2026-11-23]. https://…
 */
import type { CslDate, CslItem, CslName } from './csl.ts';

const iso = (d: CslDate, i = 0) =>
  (d['date-parts'][i] ?? []).map((n, j) => (j === 0 ? String(n) : String(n).padStart(2, '0'))).join('-');

export function gbtAuthors(names: CslName[] = []): string {
  const list = names.map((n) => n.literal);
  return list.length > 3 ? `${list.slice(0, 3).join(', ')}, 等` : list.join(', ');
}

export interface GbtOptions {
  /** The title is the editors' (no title was reported): written in square brackets. */
  suppliedTitle?: boolean;
}

/** One reference, ending with a full stop after the URL as in the standard's examples. */
export function gbt7714(item: CslItem, { suppliedTitle = false }: GbtOptions = {}): string {
  const authors = gbtAuthors(item.author);
  const head = authors ? `${authors}. ` : '';
  const title = suppliedTitle ? `[${item.title}]` : item.title;
  return `${head}${title}[EB/OL]. (${iso(item.issued)})[${iso(item.accessed)}]. ${item.URL}.`;
}
