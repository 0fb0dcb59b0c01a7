/**
 * Cleans a report's text before extraction: removes the pinyin that web
 * converters append after characters (`中國(guó)` → `中國`), converts Traditional
 * to Simplified (OpenCC, as search does), folds full-width digits, letters and
 * spaces, and drops page chrome — hotlines, mailboxes, copyright and reprint
 * notices, editor and photo-credit lines, "资料图" — keeping the editors and photo
 * credits it found, because the source record names them.
 */
import { toSimplified } from '../text/t2s.ts';

export interface Cleaned {
  lines: string[];
  editors: string[];
  photoCredits: string[];
  /** Converter pinyin was found and removed. */
  hadPinyin: boolean;
  /** The text was (at least partly) Traditional. */
  wasTraditional: boolean;
}

const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ';
const SYLLABLE = new RegExp(`[aeiouv${TONED}]|^(?:m|n|ng|hm|hng)$`, 'u');
const PINYIN_AFTER_HAN = new RegExp(`(\\p{Script=Han})[(（]([a-z${TONED}]{1,7})[)）]`, 'gu');

/** `中國(guó)新聞網(wǎng)` → `中國新聞網`. Only Latin syllables right after a Han character are removed. */
export function stripConverterPinyin(text: string): string {
  return text.replace(PINYIN_AFTER_HAN, (all, han: string, syllable: string) => (SYLLABLE.test(syllable) ? han : all));
}

/**
 * ASCII punctuation inside Chinese text as some sites save it (`促双圈,谋发展`) →
 * the full-width marks Chinese uses: commas, colons, semicolons, ! and ? after a
 * Han character, and parentheses around Han text.
 */
export function chinesePunctuation(text: string): string {
  return text
    .replace(/(?<=[\p{Script=Han}”’》）])\s*([,;!?])/gu, (_, p: string) => ({ ',': '，', ';': '；', '!': '！', '?': '？' })[p]!)
    .replace(/(?<=\p{Script=Han})\s*:(?!\/\/)/gu, '：')
    .replace(/\(([^()\n]*\p{Script=Han}[^()\n]*)\)/gu, '（$1）');
}

/** Full-width digits and Latin letters to ASCII, ideographic and no-break spaces to plain spaces. Punctuation is left alone. */
export function foldWidth(text: string): string {
  return text
    .replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\u3000\u00a0\u2002-\u200a]/g, ' ');
}

const CHROME: RegExp[] = [
  /热线|电子邮箱|邮箱[:：]|e-?mail|联系电话|举报电话/i,
  /版权所有|版权声明|copyright|©|转载|授权|不代表.{0,20}观点|建立镜像|依法追究|免责声明|本网站所刊载/i,
  /^(分享到|打印|关闭窗口|扫一扫|返回顶部|【纠错】|字号|上一篇|下一篇|相关新闻|热门推荐|点击排行)/,
  /^.{0,16}正文$/,
  /^(审核|校对|监制|统筹|值班编辑|终审|编审)[:：]/,
];
const EDITOR = /^[(（【\[]?\s*(?:责任编辑|责编|编辑|主编)\s*[:：]\s*([^)）】\]]+?)\s*[)）】\]]?$/;
const CREDIT = /([^。，,\s]{2,24}?(?:供图|摄))\s*$/;
const CREDIT_LINE = /^[(（]?\s*(?:图片来源|图片|摄影|图)\s*[:：/]\s*([^)）]+?)\s*[)）]?$/;

const splitNames = (s: string) =>
  s
    .split(/[\s,，、;；/]+/)
    .map((x) => x.trim())
    .filter(Boolean);

export function cleanText(text: string): Cleaned {
  const noPinyin = stripConverterPinyin(text);
  const simplified = toSimplified(noPinyin);
  const folded = chinesePunctuation(foldWidth(simplified));
  const editors: string[] = [];
  const photoCredits: string[] = [];
  const raw = folded.split('\n').map((l) => l.replace(/[ \t]+/g, ' ').trim());
  const keep: (string | null)[] = raw.map((line) => {
    if (!line) return null;
    const ed = EDITOR.exec(line);
    if (ed) {
      editors.push(...splitNames(ed[1]!));
      return null;
    }
    const cl = CREDIT_LINE.exec(line);
    if (cl && line.length < 40) {
      photoCredits.push(cl[1]!.trim());
      return null;
    }
    if (/资料图/.test(line) && line.length < 80) return null;
    const credit = CREDIT.exec(line);
    if (credit && line.length < 100 && !/。.+。/.test(line.slice(0, -credit[1]!.length))) {
      photoCredits.push(credit[1]!.replace(/^.*[。.]/, ''));
      return '\u0000caption';
    }
    if (CHROME.some((re) => re.test(line)) && line.length < 200) return null;
    return line.replace(/[(（]完[)）]\s*$/, '').trim() || null;
  });
  // A short line without a full stop right above a photo caption is the image's alt text.
  for (let i = 1; i < keep.length; i++) {
    if (keep[i] !== '\u0000caption') continue;
    let j = i - 1;
    while (j >= 0 && keep[j] === null && !raw[j]) j--;
    if (j >= 0 && keep[j] && keep[j] !== '\u0000caption' && !/[。！？!?]$/.test(keep[j]!) && keep[j]!.length < 80 && j > 2) keep[j] = null;
  }
  return {
    lines: keep.filter((l): l is string => !!l && l !== '\u0000caption'),
    editors: [...new Set(editors)],
    photoCredits: [...new Set(photoCredits)],
    hadPinyin: noPinyin !== text,
    wasTraditional: simplified !== noPinyin,
  };
}
