/**
 * Stable ASCII ids from Chinese names with pinyin-pro, in the archive's style:
 * people `zhou-limin` (surname, then given name); organizations, series and
 * places word by word, with the administrative suffix dropped after a leading
 * place name (重庆市民政局 → chongqing-minzhengju, 长三角民政座谈会 →
 * changsanjiao-minzheng-zuotanhui).
 */
import { pinyin } from 'pinyin-pro';
import { ID_PATTERN } from '../../schemas/common.ts';

import { COMPOUND_SURNAMES } from './names.ts';
import { words } from './segment.ts';

const syllables = (text: string, toned = false): string[] =>
  pinyin(text, {
    type: 'array',
    toneType: toned ? 'symbol' : 'none',
    surname: 'head',
    nonZh: 'removed',
    v: !toned,
  }).map((s) => (toned ? s : s.toLowerCase().replace(/[^a-z0-9]/g, '')));

function splitName(name: string): [string, string] {
  const n = COMPOUND_SURNAMES.find((s) => name.startsWith(s) && name.length > s.length)?.length ?? 1;
  return [name.slice(0, n), name.slice(n)];
}

/** A name written in Latin letters (`Dan Kalb`): its id and its reading are its own letters. */
const LATIN_NAME = /^[A-Z][a-z]+(?:[ .'-]+[A-Za-z'-]+)*$/;

/** `周利民` → `zhou-limin`; `Dan Kalb` → `dan-kalb`. */
export function personId(name: string): string {
  if (LATIN_NAME.test(name))
    return (
      name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '') || 'person'
    );
  const [sur, given] = splitName(name);
  const parts = [syllables(sur, false).join(''), syllables(given, false).join('')].filter(Boolean);
  return parts.join('-') || 'person';
}

/** `查颖冬` → `Zhā Yǐngdōng` (surname readings: 查 Zhā). */
export function personPinyin(name: string): string {
  if (LATIN_NAME.test(name)) return name.replace(/\./g, ' ').replace(/\s+/g, ' ').trim();
  const all = pinyin(name, { type: 'array', toneType: 'symbol', surname: 'head', nonZh: 'removed' });
  const surnameLength = splitName(name)[0].length;
  const cap = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);
  return [cap(all.slice(0, surnameLength).join('')), cap(all.slice(surnameLength).join(''))].filter(Boolean).join(' ');
}

/** Two-syllable words, the last word taking a third syllable when the count is odd (for a place name of four characters). */
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

/**
 * `重庆市民政局` → `chongqing-minzhengju`; `2025长三角民政座谈会` →
 * `2025-changsanjiao-minzheng-zuotanhui`: a leading place without its 省/市, then
 * pinyin word by word (segmented with jieba, so syllables never cross words).
 */
export function slugify(text: string): string {
  const han = text.replace(/[（(][^）)]*[）)]/g, '').replace(/[^\p{Script=Han}A-Za-z0-9]/gu, '');
  const pieces: string[] = [];
  let rest = han;
  // A leading place name: drop its 省/市/自治区/县/区 (重庆市 → chongqing).
  const place = /^(\p{Script=Han}{2,3}?(?:省|市)|\p{Script=Han}{2,5}?(?:自治区|特别行政区))(?=\p{Script=Han}{2})/u.exec(
    rest,
  );
  if (place) {
    const name = place[1]!.replace(/(?:省|市|自治区|特别行政区)$/, '');
    pieces.push(...([...name].length === 4 ? pairs(name) : [syllables(name).join('')]));
    rest = rest.slice(place[0].length);
  }
  if (!pieces.length && /^\p{Script=Han}{2,3}(?:省|市)$/u.test(rest)) rest = rest.slice(0, -1);
  // 香港特别行政区 alone → xianggang.
  if (!pieces.length && /^\p{Script=Han}{2}特别行政区$/u.test(rest)) rest = rest.slice(0, 2);
  for (const run of rest.split(/([A-Za-z0-9]+)/).filter(Boolean)) {
    if (/^[A-Za-z0-9]+$/.test(run)) pieces.push(run.toLowerCase());
    // (`某协会第48届`: 第 opens the edition's number, never the end of the word before it.)
    else for (const part of run.split(/(?=第$)/)) for (const w of words(part)) pieces.push(syllables(w).join(''));
  }
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
