/** Pinyin forms a reader may type for a name: `Zhōu Lìmín` → `zhoulimin zhou limin`. */
import { plainPinyin } from './sort.ts';

export function pinyinKeywords(pinyin: string): string {
  const words = plainPinyin(pinyin).split(/[\s'-]+/).filter(Boolean);
  if (!words.length) return '';
  return [...new Set([words.join(''), words.join(' ')])].join(' ');
}
