/**
 * GB/T 7714-2015 (信息与文献 参考文献著录规则), from a CSL item.
 *
 * An archive page is an online resource, so the 文献类型标识 is [EB/OL] with the
 * 引用日期 in brackets and the URL last (GB/T 7714-2015 §4.8, §8.8). A speech is a
 * part of its conference: it is written as a 析出文献 with `//` before the
 * conference, place and date (§4.2, §8.1). Up to three 责任者 are listed, then
 * “等” (§8.1.2). Punctuation follows the standard's Chinese examples (half-width
 * `. `, `, `, `: `).
 *
 *   郭庆华. 努力争做先进制造业“领跑者”…[EB/OL]//2024年川渝社会组织促进经济社会高质量发展大会, 重庆市, 2024-12-04. 议录[2026-11-23]. https://…
 *   重庆市民政局, 四川省民政厅. 2024年川渝社会组织促进经济社会高质量发展大会[EB/OL]. 重庆市, 2024-12-04. 议录[2026-11-23]. https://…
 */
import type { CslDate, CslItem, CslName } from './csl.ts';

const iso = (d: CslDate, i = 0) => (d['date-parts'][i] ?? []).map((n, j) => (j === 0 ? String(n) : String(n).padStart(2, '0'))).join('-');

/** `2022-09-15/2022-09-16` for a range, `2024-12-04` for one day. */
const isoRange = (d: CslDate) => (d['date-parts'].length > 1 ? `${iso(d, 0)}/${iso(d, 1)}` : iso(d, 0));

export function gbtAuthors(names: CslName[] = []): string {
  const list = names.map((n) => n.literal);
  return list.length > 3 ? `${list.slice(0, 3).join(', ')}, 等` : list.join(', ');
}

/** One reference, ending with a full stop after the URL as in the standard's examples. */
export function gbt7714(item: CslItem): string {
  const authors = gbtAuthors(item.author);
  const head = authors ? `${authors}. ` : '';
  const when = isoRange(item['event-date']);
  const tail = `${item.publisher}[${iso(item.accessed)}]. ${item.URL}.`;
  if (item.type === 'speech') {
    return `${head}${item.title}[EB/OL]//${item['event-title']}, ${item['event-place']}, ${when}. ${tail}`;
  }
  return `${head}${item.title}[EB/OL]. ${item['event-place']}, ${when}. ${tail}`;
}
