/** Pinyin forms a reader may type for a name: `Zhōu Lìmín` → `zhoulimin zhou limin`; `Lǚ Xiǎo` also as lv/lu. */
import { pinyin } from 'pinyin-pro';
import { plainPinyin } from './sort.ts';

export function pinyinKeywords(pinyin: string): string {
  const words = plainPinyin(pinyin)
    .split(/[\s'-]+/)
    .filter(Boolean);
  if (!words.length) return '';
  const forms = [words.join(''), words.join(' ')];
  // ü is typed v on keyboards but often written u (Lǚ → lv, lu).
  if (words.some((w) => w.includes('v'))) forms.push(...forms.map((f) => f.replace(/v/g, 'u')));
  return [...new Set(forms)].join(' ');
}

let segmenter: Intl.Segmenter | undefined;

/**
 * Pinyin a reader may type for a place or organization name, word by word and
 * whole: `四川省民政厅` → `sichuansheng minzhengting sichuanshengminzhengting`, so
 * `sichuan`, `minzhengting` and the whole name all find it (search matches word
 * starts). Words come from Intl.Segmenter (ICU's dictionary).
 */
export function placePinyin(name: string): string {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const words: string[] = [];
  for (const { segment, isWordLike } of segmenter.segment(name)) {
    if (!isWordLike) continue;
    const py = plainPinyin(pinyin(segment, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join(''));
    if (/^[a-z0-9]+$/.test(py)) words.push(py);
  }
  if (!words.length) return '';
  return [...new Set([...words, words.join('')])].join(' ');
}
