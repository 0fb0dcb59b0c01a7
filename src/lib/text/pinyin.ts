/** Pinyin forms a reader may type for a name: `Zhōu Lìmín` → `zhoulimin zhou limin`; `Lǚ Xiǎo` also as lv/lu. */
import { plainPinyin } from './sort.ts';

export function pinyinKeywords(pinyin: string): string {
  const words = plainPinyin(pinyin).split(/[\s'-]+/).filter(Boolean);
  if (!words.length) return '';
  const forms = [words.join(''), words.join(' ')];
  // ü is typed v on keyboards but often written u (Lǚ → lv, lu).
  if (words.some((w) => w.includes('v'))) forms.push(...forms.map((f) => f.replace(/v/g, 'u')));
  return [...new Set(forms)].join(' ');
}
