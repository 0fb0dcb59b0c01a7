/**
 * Stable ASCII ids from Chinese names with pinyin-pro, in the archive's style:
 * people `zhou-limin` (surname, then given name), organizations and places in
 * two-syllable words with administrative suffixes dropped after a place name
 * (重庆市民政局 → chongqing-minzhengju).
 */
import { pinyin } from 'pinyin-pro';
import { ID_PATTERN } from '../../schemas/common.ts';

import { COMPOUND_SURNAMES } from './names.ts';

const syllables = (text: string, toned = false): string[] =>
  pinyin(text, { type: 'array', toneType: toned ? 'symbol' : 'none', surname: 'head', nonZh: 'removed', v: !toned }).map((s) =>
    toned ? s : s.toLowerCase().replace(/[^a-z0-9]/g, ''),
  );

function splitName(name: string): [string, string] {
  const n = COMPOUND_SURNAMES.find((s) => name.startsWith(s) && name.length > s.length)?.length ?? 1;
  return [name.slice(0, n), name.slice(n)];
}

/** `周利民` → `zhou-limin`. */
export function personId(name: string): string {
  const [sur, given] = splitName(name);
  const parts = [syllables(sur, false).join(''), syllables(given, false).join('')].filter(Boolean);
  return parts.join('-') || 'person';
}

/** `查颖冬` → `Zhā Yǐngdōng` (surname readings: 查 Zhā). */
export function personPinyin(name: string): string {
  const all = pinyin(name, { type: 'array', toneType: 'symbol', surname: 'head', nonZh: 'removed' });
  const surnameLength = splitName(name)[0].length;
  const cap = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);
  return [cap(all.slice(0, surnameLength).join('')), cap(all.slice(surnameLength).join(''))].filter(Boolean).join(' ');
}

/** Two-syllable words, the last word taking a third syllable when the count is odd. */
function pairs(run: string): string[] {
  const s = syllables(run);
  const out: string[] = [];
  for (let i = 0; i < s.length; i += 2) {
    if (s.length - i === 3) {
      out.push(s.slice(i).join(''));
      break;
    }
    out.push(s.slice(i, i + 2).join(''));
  }
  return out;
}

/** Words ending an organization's name, written as a word of their own (促进会 → cujinhui). */
const UNIT_WORDS = ['促进会', '基金会', '联合会', '研究会', '研究院', '研究所', '委员会', '杂志社', '出版社', '商会', '协会', '学会', '总会', '中心', '大学', '学院', '政府', '集团', '公司'];

/** `社会组织管理局` → shehui-zuzhi-guanliju; `机械工程学会` → jixie-gongcheng-xuehui; `重庆大学` → chongqing-daxue. */
function words(segment: string): string[] {
  const unit = UNIT_WORDS.find((u) => segment.endsWith(u) && segment.length > u.length);
  if (unit) return [...pairs(segment.slice(0, -unit.length)), syllables(unit).join('')];
  if ([...segment].length <= 4) return [syllables(segment).join('')];
  return pairs(segment);
}

/** Ends of an organization inside a longer name: 民政部|社会组织管理局. */
const UNIT_END = /(?<=部|局|厅|中心|大学|学院|研究院|协会|商会|学会|促进会|基金会|联合会|总会|政府|集团|杂志社|报社|出版社)/u;

/** `重庆市民政局` → `chongqing-minzhengju`; `长三角` → `changsanjiao`. */
export function slugify(text: string): string {
  const han = text.replace(/[（(][^）)]*[）)]/g, '').replace(/[^\p{Script=Han}A-Za-z0-9]/gu, '');
  const pieces: string[] = [];
  let rest = han;
  // A leading place name: drop its 省/市/自治区/县/区 (重庆市 → chongqing).
  const place = /^(\p{Script=Han}{2,3}?(?:省|市)|\p{Script=Han}{2,5}?(?:自治区|特别行政区))(?=\p{Script=Han}{2})/u.exec(rest);
  if (place) {
    const name = place[1]!.replace(/(?:省|市|自治区|特别行政区)$/, '');
    pieces.push(...([...name].length === 4 ? pairs(name) : [syllables(name).join('')]));
    rest = rest.slice(place[0].length);
  }
  if (!pieces.length && /^\p{Script=Han}{2,3}(?:省|市)$/u.test(rest)) rest = rest.slice(0, -1);
  for (const segment of rest.split(UNIT_END).filter(Boolean)) pieces.push(...words(segment));
  const id = pieces
    .join('-')
    .replace(/[^a-z0-9-]+/g, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  return ID_PATTERN.test(id) ? id : 'x';
}

/** `base`, or `base-2`, `base-3`… whichever is not taken. */
export function uniqueId(base: string, taken: (id: string) => boolean): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n++) if (!taken(`${base}-${n}`)) return `${base}-${n}`;
}
