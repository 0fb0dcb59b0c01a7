/** Sorting Chinese names the way Chinese indexes do: by pinyin. */

const collator = new Intl.Collator('zh-CN-u-co-pinyin', { sensitivity: 'base', numeric: true });

/** Strips tone marks and writes ü as v, as Chinese keyboards do: `Zhōu Lìmín` → `zhou limin`, `Lǚ` → `lv`. */
export function plainPinyin(pinyin: string): string {
  return pinyin
    .normalize('NFC')
    .replace(/[üǖǘǚǜ]/gi, 'v')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/**
 * Compares two names by pinyin. When both recorded pinyin forms are given they
 * decide (they settle polyphonic surnames such as 查 Zhā); otherwise ICU's pinyin
 * collation orders the characters.
 */
export function comparePinyin(a: string, b: string, pinyinA?: string, pinyinB?: string): number {
  if (pinyinA && pinyinB) {
    const byPinyin = plainPinyin(pinyinA).localeCompare(plainPinyin(pinyinB), 'en');
    if (byPinyin) return byPinyin;
  }
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** The initial letter a name files under in an A–Z index: `Zhōu Lìmín` → `Z`. */
export function initialOf(_name: string, pinyin?: string): string {
  const source = pinyin ? plainPinyin(pinyin) : '';
  const letter = source.charAt(0).toUpperCase();
  return /[A-Z]/.test(letter) ? letter : '#';
}
