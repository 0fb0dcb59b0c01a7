/**
 * Cleans a report's text before extraction: removes the pinyin that web
 * converters append after characters (`中國(guó)` → `中國`), converts Traditional
 * to Simplified (OpenCC, as search does), folds full-width digits, letters and
 * spaces, and sorts the lines into what they are:
 * - the page address a saved report starts with (`URL: …`), kept as the source URL;
 * - the header: site name, navigation, breadcrumbs and the info lines around the
 *   headline (发布时间, 来源, 索引号…) — the info lines are kept apart because the
 *   source record is read from them;
 * - the headline;
 * - captions (图1：…, 会议现场, a line under an image file name) and photo credits,
 *   kept apart: a caption can say who spoke, never what the article says;
 * - the footer: editors, copyright, ICP numbers, the site's own 主办/主管 lines;
 * - mirror spam (a phrase a mirror site pasted into the text several times);
 * - and the article itself.
 * Every line dropped is listed with the reason, for `--dry-run`.
 */
import { toSimplified } from '../text/t2s.ts';
import { allDivisions, shortName } from './divisions.ts';
import {
  escapeRegExp,
  cnDigits,
  cnNumber,
  hanCount,
  JOURNAL_ISSUE,
  MASTHEAD,
  monthDaySplits,
  NAME_DAY_LINE,
  PORTAL_STAMP,
  SITE_DAY_LINE,
  SITE_TAG,
  SITE_OWNER,
  SITE_TITLE,
  OUTLET_REPORTER_LINE,
  siteNameOf,
  YOU_ARE_HERE,
  SLASH_BYLINE,
  WELCOME,
  ISSUER_LABELS,
} from './text.ts';

export interface Removed {
  line: string;
  why: string;
}

export interface Cleaned {
  /** The article's lines (with the headline first when there is one). */
  lines: string[];
  headline?: string;
  /** Info lines from the page header and footer (dates, 来源, 发布机构…), read for the source record. */
  info: string[];
  /** Photo captions (without credits). */
  captions: string[];
  url?: string;
  editors: string[];
  photoCredits: string[];
  /** Names from credit lines such as `文|某某`. */
  writers: string[];
  removed: Removed[];
  /** Converter pinyin was found and removed. */
  hadPinyin: boolean;
  /** The text was (at least partly) Traditional. */
  wasTraditional: boolean;
}

/** Why a line above the headline was taken away: the page's header (the outlet reader looks there for a masthead). */
export const HEADER = '页头';
/** Why a short line at the page's top or foot was taken away (the masthead reader looks there too). */
export const EDGE = '页头或页脚';

const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ';
const SYLLABLE = new RegExp(`[aeiouv${TONED}]|^(?:m|n|ng|hm|hng)$`, 'u');
const READING = `[a-z${TONED}]{1,24}`;
const PINYIN_AFTER_HAN = new RegExp(
  `(\\p{Script=Han})((?:[(（]${READING}(?: ?/ ?${READING})* ?[)）])+)(?: (?=\\p{Script=Han}))?`,
  'gu',
);
/** A character a converter lost (`?`) right after a Han one, and what is left of its gloss (`?qū)`). */
const LOST_WITH_GLOSS = new RegExp(`(?<=\\p{Script=Han})\\?${READING}\\)`, 'gu');
/** A gloss of several syllables at once (`平度市(píngdùshì)`): longer than one syllable, with a tone mark in it. */
const TONED_GLOSS = new RegExp(`^(?=.*[${TONED}])[a-z${TONED}]{8,24}$`, 'u');

/**
 * `中國(guó)新聞網(wǎng)` → `中國新聞網`; `兩(liang) 岸` → `兩岸`, `會(huì )員` → `會員` (the space some converters put after the
 * syllable, outside its bracket or inside, goes with it); `平度市(píngdùshì)`, a word's syllables in one bracket, with their
 * tone marks; `中(zhong)(zhong)國(guo)(guo)`, the same syllable a mirror wrote again and again; `一(yī / yì /yí)`, every
 * reading of a character the converter could not choose among. Only Latin syllables right after a Han character are
 * removed.
 */
export function stripConverterPinyin(text: string): string {
  // `某某日?qǐng)?bào)`: 报 of 日报 a converter lost, its glosses left (the same on mirrors of many sites).
  // (`养羊?qū)W分会`: another character lost with its gloss, and not known which: the mark of a lost character, not a `?` that
  // would end the sentence.)
  return text
    .replace(/(?<=日)\?qǐng\)\?bào\)/g, '报')
    .replace(LOST_WITH_GLOSS, '\uFFFD')
    .replace(PINYIN_AFTER_HAN, (all, han: string, glosses: string) =>
      glosses
        .split(/[)）]/)
        .filter((g) => g)
        // (`一(yī / yì /yí)`, `了(le/liǎo)`: a character's readings, all of them, where the converter could not choose.)
        .flatMap((g) => g.replace(/^[(（]/, '').split('/'))
        .map((g) => g.trim())
        .every((syllable) => (syllable.length <= 7 && SYLLABLE.test(syllable)) || TONED_GLOSS.test(syllable))
        ? han
        : all,
    );
}

/**
 * ASCII punctuation inside Chinese text as some sites save it (`促双圈,谋发展`) →
 * the full-width marks Chinese uses: commas, colons, semicolons, ! and ? after a
 * Han character, parentheses around Han text, and ASCII double quotes around Han text.
 */
export function chinesePunctuation(text: string): string {
  return (
    text
      // A mirror's doubled marks (成员，、副部长; 举行，。).
      .replace(/[，,](?=[、，。；])/g, '')
      // `丶`, a stroke some pages put for the enumeration comma.
      .replace(/丶/g, '、')
      // `某领域的盛会――某论坛`: two horizontal bars (U+2015), as some pages type the dash (——).
      .replace(/―{2}/g, '——')
      // `"心手相牵,情系故里"`: ASCII double quotes around Han text, as the Chinese quotes they stand for.
      .replace(/"([^"\n]{0,60}\p{Script=Han}[^"\n]{0,60})"/gu, '“$1”')
      // `“某某论坛"于…举行`: a Chinese opening quote closed by an ASCII one (no Chinese closing quote before it).
      .replace(/“([^“”"\n]{1,60}\p{Script=Han})"/gu, '“$1”')
      .replace(
        // (A `?` right between two Han characters, or before a digit, is a mirror's stand-in for one it could not encode, not
        // a question: `文化奖?7日举行`.)
        /(?<=[\p{Script=Han}”’》）])\s*([,;!]|\?(?![\p{Script=Han}\d]))/gu,
        (_, p: string) => ({ ',': '，', ';': '；', '!': '！', '?': '？' })[p]!,
      )
      .replace(/(?<=\p{Script=Han})\s*:(?!\/\/)/gu, '：')
      .replace(/\(([^()\n]*\p{Script=Han}[^()\n]*)\)/gu, '（$1）')
  );
}

/**
 * A radical of the CJK Radicals Supplement that has the shape of a whole ideograph, to that ideograph (`人⺠政府`, U+2EA0
 * for 民): pages set them so, and no extractor finds 人民政府 in them. Radicals that are only part of a character (⺮, ⻈)
 * stay as they are.
 */
const RADICAL_AS_IDEOGRAPH = new Map(
  [
    ...'⺟母⺠民⺩王⻄西⻅见⻆角⻉贝⻋车⻓长⻔门⻘青⻙韦⻚页⻛风⻜飞⻝食⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻬齐⻮齿⻰龙⻳龟',
  ].flatMap((c, i, all) => (i % 2 === 0 ? [[c, all[i + 1]!] as const] : [])),
);

/**
 * Full-width digits and Latin letters to ASCII, ideographic and no-break spaces to plain spaces, and a Kangxi radical a
 * page set for the ideograph it looks like (`莎阿南17⽇讯`, U+2F47 for 日) to that ideograph, as well as a supplement
 * radical that is one (RADICAL_AS_IDEOGRAPH). Punctuation is left alone.
 */
export function foldWidth(text: string): string {
  return (
    text
      .replace(/[\u2F00-\u2FD5]/g, (c) => c.normalize('NFKC'))
      .replace(/[\u2E80-\u2EF3]/g, (c) => RADICAL_AS_IDEOGRAPH.get(c) ?? c)
      .replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
      .replace(/[\u3000\u00a0\u2002-\u200a]/g, ' ')
      // `2╱18`: a box-drawing or division slash between a month and a day (Taiwanese pages write dates so) is a slash
      // (not in `2025∕26`, a season as a name writes it).
      .replace(/(?<=(?<!\d)\d{1,2})[\u2571\u2215](?=\d{1,2}(?!\d))/g, '/')
  );
}

/**
 * A day alone in numerals, before what happens on it (`三十日举行`, `于廿八日在某地`, `十日上午`, `十一日是重阳节`) or
 * closing a dateline (`（某社记者某某台北八日电）`, `【香港某社十一日电】`); not one in a name (`慈善一日捐`), an ordinal
 * (`第三十日`) or a number of days (`赛事一连七日举行`, `为期三日`).
 */
const DAY_ALONE =
  /(?<![〇零一二三四五六七八九十廿卅\d第连期历共]|(?<![本上])月)([一二三四五六七八九十廿卅]{1,3})日(?=上午|下午|中午|早上|清晨|晚|举行|召开|举办|隆重|在|于|是|[，,]|[电電][）)】\s])/g;
/**
 * `515` → `5月15日`: the one way a month and day run together can be read (with a day before `before`, the last day of a
 * run they open), or undefined when there are none or two.
 */
function monthDay(digits: string, year?: string, before = 32): string | undefined {
  const splits = monthDaySplits(digits, year ? Number(year) : undefined).filter(([, d]) => d < before);
  return splits.length === 1 ? `${splits[0]![0]}月${splits[0]![1]}日` : undefined;
}
/** A year of the Republic (counted from 1912) as the common era's, when it is one a page could mean (from `min`). */
const republicYear = (year: number, min = 1): number | undefined =>
  year >= min && year <= 150 ? 1911 + year : undefined;
/** `二〇〇七年五月十六日` → `2007年5月16日`, `廿八日在某地` → `28日在某地`, so dates read the same whichever way they are written. */
export function chineseNumeralDates(text: string): string {
  return (
    text
      // `于 2010 年 12 月 3 — 5 日`: a day written with spaces between its numbers and words.
      .replace(
        /((?:19|20)\d{2})\s+年\s*(\d{1,2})\s*月\s*(\d{1,2})(?:\s*([—–~～至-])\s*(\d{1,2}))?\s*日/g,
        (_, y: string, m: string, d: string, dash?: string, to?: string) =>
          `${y}年${m}月${d}${dash ? `${dash}${to}` : ''}日`,
      )
      .replace(/([〇零一二三四五六七八九]{4})年/g, (_, y: string) => `${cnDigits(y)}年`)
      // `民国六十六年`, `民国113年`: the Republic's years, counted from 1912; `中华民国113年5月3日`, a day, with the state's
      // name. (`中华民国110年广播节`: the year in an event's name, which stays as written.)
      .replace(
        /(中华)?民国\s*([一二三四五六七八九十]{1,4}|\d{1,3})\s*年(?=(\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月)?)/g,
        (all, state: string | undefined, y: string, month: string | undefined) => {
          const year = republicYear(cnNumber(y) ?? 0);
          return year && (!state || month) ? `${year}年` : all;
        },
      )
      // `2013年元月26日`: 元月 is January (the first month of the Gregorian year, not the lunar 正月).
      .replace(/元月(?=\s*(?:\d{1,2}|[一二三四五六七八九十廿卅]{1,3})\s*[日号])/g, '1月')
      // `本（十二）月七日`: this month, its number in brackets (Taiwan's papers).
      .replace(/本\s*[（(]([一二三四五六七八九十]{1,3}|\d{1,2})[)）]\s*月/g, (all, m: string) => {
        const month = cnNumber(m) ?? 99;
        return month >= 1 && month <= 12 ? `${month}月` : all;
      })
      // `十月二十九至三十日`: a run of days in numerals, its first day before 至 (or a dash).
      .replace(
        /([一二三四五六七八九十]{1,3}|(?<!\d)\d{1,2})月([一二三四五六七八九十廿卅]{1,3})\s*([至到—–~～-])\s*([一二三四五六七八九十廿卅]{1,3})日/g,
        (all, m: string, d: string, dash: string, to: string) => {
          const [month, day, last] = [cnNumber(m) ?? 99, cnNumber(d) ?? 99, cnNumber(to) ?? 99];
          return month <= 12 && day < last && last <= 31 ? `${month}月${day}${dash}${last}日` : all;
        },
      )
      .replace(
        /([一二三四五六七八九十廿卅]{1,3}|(?<!\d)\d{1,2})月([一二三四五六七八九十廿卅]{1,3})日/g,
        (all, m: string, d: string) => {
          const [month, day] = [cnNumber(m) ?? 99, cnNumber(d) ?? 99];
          return month <= 12 && day <= 31 ? `${month}月${day}日` : all;
        },
      )
      .replace(DAY_ALONE, (all, d: string) => {
        const day = cnNumber(d) ?? 99;
        return day <= 31 ? `${day}日` : all;
      })
      // `7月29号`: 号 for 日 after a month's day.
      .replace(/(\d{1,2})\s*月\s*(\d{1,2})\s*号/g, '$1月$2日')
      // `20181125日`, `20191025-27日`: a day whose 年 and 月 a page lost, eight digits that can be read only one way.
      .replace(
        /(?<!\d)((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:\s*[-－—~～至]\s*(\d{1,2}))?日/g,
        (_, y: string, m: string, d: string, to?: string) => `${y}年${m}月${d}日${to ? `至${to}日` : ''}`,
      )
      // `2022年825日`, `2016515日`: the month and day of a year run together (a mirror lost 月, or 年 and 月), where only one
      // split is a real day (`2026114日`, the 14th of January or the 4th of November, stays as it is).
      // (`2020年13日` is as likely to have lost its month as its 月: two digits after 年 stay as they are.)
      // `2012124日至5日`: a run's last day after it tells which split is meant (12月4日, not 1月24日).
      .replace(
        /(?<![\d\-/.])((?:19|20)\d{2})(\d{3,4})日(\s*[至到\-－—~～]\s*)(\d{1,2})日/g,
        (all, y: string, digits: string, dash: string, to: string) => {
          const md = monthDay(digits, y, Number(to));
          return md ? `${y}年${md}${dash}${to}日` : all;
        },
      )
      // `99年07月21日` on a line of its own (Taiwan's official pages): a year of the Republic without 民国.
      .replace(
        /^(\s*)(\d{2,3})年(\d{1,2})月(\d{1,2})日\s*$/gm,
        (all, space: string, y: string, m: string, d: string) => {
          const year = republicYear(Number(y));
          return year ? `${space}${year}年${m}月${d}日` : all;
        },
      )
      // (`2024425-27日`: and the last day of a run after a dash.)
      .replace(
        /(?<![\d\-/.])((?:19|20)\d{2})(?:年(\d{3,4})|(\d{2,4}))(?:\s*[-－—~～至]\s*(\d{1,2}))?日/g,
        (all, y: string, dated?: string, bare?: string, to?: string) => {
          const md = monthDay(dated ?? bare ?? '', y);
          return md ? `${y}年${md}${to ? `至${to}日` : ''}` : all;
        },
      )
      // `2008520，某会召开…`, `2011621“第三届某论坛”…`: the same opening a paragraph, without 日.
      .replace(/^((?:19|20)\d{2})(\d{2,4})(?=[，,“「])/gm, (all, y: string, digits: string) => {
        const md = monthDay(digits, y);
        return md ? `${y}年${md}` : all;
      })
      // `516日，某协会成立`: a month and day without a year run together, before what happened on it (not `第516日`).
      .replace(
        /(?<![\d第共计约逾近余历时期达年.\-/])(\d{3,4})日(?=上午|下午|中午|晚|[，,在于於]|召开|举行|举办)/g,
        (all, digits: string) => monthDay(digits) ?? all,
      )
      // `916下午，某会召开`: the month and day with both 月 and 日 lost, opening a clause before the part of the day (one
      // way to read them only: `115下午` stays, 1月15日 or 11月5日).
      .replace(
        /(?<=^|[，,。；\s])(\d{3,4})(?=上午|下午|中午|晚上|晚间|傍晚)/gm,
        (all, digits: string) => monthDay(digits) ?? all,
      )
      // `发布日期：108-07-05`, `日期：113/10/30`: a year of the Republic in a date field (Taiwan's official pages).
      .replace(
        /((?:发布|发文|新闻稿|更新)?(?:日期|时间)\s*[:：]\s*)(\d{2,3})([-/.])(\d{1,2})\3(\d{1,2})(?![\d/.-])/g,
        (all, label: string, y: string, _sep: string, m: string, d: string) => {
          const year = republicYear(Number(y), 80);
          return year ? `${label}${year}-${m}-${d}` : all;
        },
      )
      // `1月19下午`: a month's day without its 日, before the part of the day.
      .replace(/(?<!\d)(\d{1,2}月\d{1,2})(?=上午|下午|中午|晚上|晚间|傍晚)/g, '$1日')
      // `5.18日`: a month and day with a point between them.
      .replace(/(?<![\d.])(1[0-2]|[1-9])\.([12]\d|3[01]|0?[1-9])日/g, '$1月$2日')
      // `至 19 日`: spaces around the last day of a run.
      .replace(/([至到])\s+(\d{1,2})\s*日/g, '$1$2日')
      // `11月20-22日`: a run of days written with a dash, read as `11月20日至22日`.
      .replace(/(\d{1,2}月\d{1,2})\s*[-－—～~]\s*(\d{1,2})日/g, '$1日至$2日')
      // `于 114 年 11 月 22 日`, `第 14～15 届`: the spaces some sites put around numerals, so they read as written without.
      .replace(/(?<=[於于在])\s+(?=\d{1,4}\s*年)/g, '')
      .replace(/(\d{1,4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g, '$1年$2月$3日')
      // `201 5年11月1 8日`, `实到1 05人`: a space inside a number written between Chinese words.
      .replace(/(?<=\p{Script=Han}\d{1,3}) (?=\d{1,3}\p{Script=Han})/gu, '')
      // `昨(3)晚`: last night, the 3rd.
      .replace(/([今昨])\s*[（(](\d{1,2})[)）]\s*([晚早])/g, '$1$3（$2日）')
      // `今(12/30)日`: today, with its month and day in brackets.
      .replace(/([今昨])\s*[（(](\d{1,2})\/(\d{1,2})[)）]\s*日/g, '$1天（$2月$3日）')
      // `今13（一）日`: the day of the week in brackets between a day and 日.
      .replace(/(?<=\d)\s*[（(][一二三四五六日天][)）]\s*(?=日)/g, '')
      .replace(/第\s*(\d{1,3}(?:\s*[～~、-]\s*\d{1,3})?)\s*(?=[届次])/g, (_, n: string) => `第${n.replace(/\s+/g, '')}`)
  );
}

/** A page's buttons, furniture only where they stand apart from a sentence (see CHROME). */
const PAGE_BUTTONS = '网站地图|设为首页|加入收藏|找回密码|注册会员|复制链接|显示全部楼层|阅读模式';
/** Lines that are page furniture wherever they stand. */
const CHROME: [RegExp, string][] = [
  // (`联系人和联系电话`, in an article's sentence, is no line of contacts: only the label, or a number after it. Nor is a
  // paragraph of two sentences or more that names a hotline, `…开通了服务热线“12329”。…。`.)
  [
    /^(?!.*。[^。]+。).*(?:热线|电子邮箱|邮箱[:：]|e-?mail|信箱[:：]|联系电话(?=\s*(?:[:：]|\+?\d|$))|举报电话)/i,
    '联系方式',
  ],
  [
    // (授权 only as a notice uses it, `未经授权`, `授权转载`: not `某品牌授权展`, `授权仪式`, `授权证书` in an article.)
    /版权所有|版权声明|版权(?:均|皆)?归|版权均属|copyright|©|转载|未经\p{Script=Han}{0,10}授权|授权(?:转载|使用|发布|规范)|不代表.{0,20}(?:观点|立场)|建立镜像|依法追究|免责声明|本网站所刊载/iu,
    '版权声明',
  ],
  [/ICP备|ICP证|许可证号|公网安备|主管单位\s*[:：]|技术支持\s*[:：]/i, '网站备案信息'],
  [
    /^(?:分享到|分享至|分享代码|打印|关闭窗口|扫一扫|返回顶部|【纠错】|字号|小字号|大字号|浏览字号|上一篇|下一篇|相关新闻|相关阅读|热门推荐|推荐阅读|点击排行|登录|会员投稿|搜索|专业版|简繁转换|收藏)/,
    '页面按钮',
  ],
  [new RegExp(`^${YOU_ARE_HERE}\\s*[:：]|(?:首页|主页|网站首页)\\s*(?:>|›|»|-)|^\\s*(?:>|›|»)`), '导航'],
  [/^.{0,16}正文$/, '导航'],
  // A picture's zoom button (`放大圖片`, `点击查看大图`), a line of its own.
  [/^(?:放大|点击放大|点击查看|查看|点击)?(?:图片|圖片|大图|大圖|原图|原圖)$/, '页面按钮'],
  // A button's words set off on either side by a space, bar, bracket or another button (`登录 | 注册会员`, `[复制链接]`),
  // not inside a sentence (`该协会现有注册会员82人`).
  [
    new RegExp(
      `(?<=^|[\\s|｜·【\\[]|${PAGE_BUTTONS})(?:${PAGE_BUTTONS})|(?:${PAGE_BUTTONS})(?=$|[\\s|｜·】\\]]|${PAGE_BUTTONS})`,
    ),
    '页面按钮',
  ],
  // An e-paper's page and word-count lines (`当前版：02版`, `第03版：要闻`, `文章字数：591`).
  [
    /^(?:当前版|当前版面|版面|版次)\s*[:：]\s*\S{0,12}$|^第?\d{1,3}版\s*[:：]\s*\S{0,12}$|^(?:文章)?字数\s*[:：]\s*\d+$/,
    '版面信息',
  ],
  [/——.{0,24}(?:官方网站|官网|门户网站)$/, '网站名称'],
  [/^[[【]?\s*摘要\s*[\]】]?/, '摘要（正文已有）'],
  [/^(?:审核|校对|监制|统筹|值班编辑|终审|编审|来源|稿件来源)\s*[:：]?\s*[】]?\s*[:：]?\s*\S{0,20}$/, '编辑信息'],
  [/^[【[]\s*(?:稿件来源|来源|编\s*辑|责任编辑)\s*[\]】]/, '编辑信息'],
];
/** Info lines: read for the source record (time, 来源, 发布机构), then dropped. */
const INFO = new RegExp(
  `(?:发布时间|发布日期|发文日期|成文日期|日期|时间|来源|稿件来源|出处|转载自|转载|转自|来自|摘自|供稿单位|供稿|${ISSUER_LABELS}|作者|浏览次数|阅读次数|阅读|评论|点击[数量]?|索引号|主题分类|关键词|文号)\\s*[:：|]`,
);
/** `创建于2023-02-19`, `发表于 2021-05-06`: a blog page's or app article's date line. */
const CREATED_ON =
  /^(?:创建|发表|发布|更新)于\s*(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;
/** Where a value in an info line ends: the next label. */
const INFO_TAIL = /\s*(?:信息来源|稿件来源|来源|发布时间|发布日期|时间|日期|作者|浏览|点击|阅读).*$/;
/** A short line holding a publication time anywhere (赵某 2022-8-17 15:56 某报 35405 0; 27.12.2016 06:06). */
const TIMESTAMP =
  /(?:19|20)\d{2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}\s+\d{1,2}:\d{2}|\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}\s+\d{1,2}:\d{2}/;
// (`• 2022年11月03日 16:18`: a list item of the page's furniture.)
const DATETIME_LINE =
  /^\s*(?:[•·●▪◆■]\s*)?[(（]?(?:19|20)\d{2}\s*[-/年.]\s*\d{1,2}\s*[-/月.]\s*\d{1,2}\s*日?\s*(?:\d{1,2}\s*[:：时]\s*\d{1,2}(?:\s*[:：分]\s*\d{1,2})?)?[)）]?\s*(?:[|｜]?\s*\S{0,24})?\s*$/;
/** A day and a time and nothing else (`2016/12/12 20:42`, `2020-01-19 09:30:12`): a page's stamp wherever it stands. */
const STAMP_ONLY = /^\s*(?:19|20)\d{2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s*$/;
/**
 * `更新时间:2025-04-21`, `日期：2009-12-02` on a line of their own, wherever on the page (a government page prints them
 * below the article): the page's date, a label and nothing else (not `时间：2023年5月20日`, a notice's day of the event).
 */
const DATE_FIELD_ONLY =
  /^\s*(?:(?:发布|发表|更新)(?:时间|日期)\s*[:：]\s*(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?|日期\s*[:：]\s*(?:19|20)\d{2}-\d{1,2}-\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$/;
/** An editor's name ends at the next editor label, a bracket, the end, or an info label (`责任编辑：王某 来源：某报`). */
const EDITOR =
  /(?:责任编辑|责编|编辑|主编)\s*[\]】]?\s*[:：]\s*([^:：)）】\]]*?)\s*(?=责任编辑|责编|编辑|主编|[)）】\]]|$|(?:信息来源|稿件来源|来源|发布时间|发布日期|时间|日期|作者)\s*[:：])/g;
/** `（完）` closing the article, with the editors in brackets after it. */
const END_MARK = /\s*[(（]完[)）]\s*((?:【[^】]*】\s*)*)$/;
const CREDIT =
  /[（(]?((?:记者|摄影|通讯员)\s*\p{Script=Han}{2,4}\s*摄|[^。，,\s（(]{2,24}?(?:供图|摄)|\p{Script=Han}{2,4}\s+摄)[)）]?\s*$/u;
const CREDIT_LINE = /^[(（]?\s*(?:图片来源|图片|摄影|图)\s*[:：/]\s*([^)）]+?)\s*[)）]?$/;
const WRITER_LINE = /^(文|图|摄影|撰文|记者)\s*[|｜]\s*(\S{2,8})$/;
/** `通讯员 某某`, `本报记者 某某 某某`: a line that only credits who wrote the report (never its headline). */
const CREDIT_ONLY =
  /^(?:本报|特约|见习|实习)?(?:通讯员|记者)\s*[:：]?\s*(\p{Script=Han}{2,4}(?:[\s、，,]+\p{Script=Han}{2,4})*)$/u;
/** `记者某某／某地报导`, `[某某/某地报导]`: a reporter's credit and where the report was filed from, a line of its own. */
const FILED_FROM =
  /^[[【［]?\s*(?:(?:特派|驻地|实习|见习)?记者)?\s*(\p{Script=Han}{2,4})\s*[/／]\s*\p{Script=Han}{2,8}报[导道]\s*[\]】］]?$/u;
/** `date 2025-10-31 …`: the page date a news feed puts before the first paragraph; the same on a line of its own. */
const FEED_DATE = /^(date\s+(?:19|20)\d{2}-\d{2}-\d{2})\s+(?=\S)/i;
const FEED_DATE_LINE = /^date\s+(?:19|20)\d{2}-\d{2}-\d{2}$/i;
/** `本帖最后由 某某 于 2015-11-14 18:24 编辑` opening a line: a forum's edit stamp, before the post it stamps. */
const EDIT_STAMP =
  /^(本帖最后由\s*\S{1,20}\s*于\s*(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s*编辑)\s*(?=\S)/;
/** A time stamp at the start of a line and the paragraph run on after it, with at most a stray mark between. */
const STAMP_RUN_ON =
  /^((?:19|20)\d{2}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?)\s*[?？]?\s*(?=\d{1,2}月|\p{Script=Han})/u;
/**
 * `时间:2018-08-27 14:34:24 来源:某学会 作者:某某 某社于1921年…`: a page's info fields, then its first paragraph after a
 * space, on one line (see cleanText).
 */
const INFO_RUN_ON =
  /^((?:发布时间|发布日期|时间|日期)\s*[:：]\s*(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s+(?:来源|作者|编辑|责任编辑|点击|浏览)\s*[:：]\s*\S{1,30}){1,3})\s+(\S.*)$/;
/** A headline, a labelled time stamp and the first paragraph run together (see cleanText). */
const HEADLINE_STAMP_PARAGRAPH =
  /^(\S.{5,80}?)((?:发表时间|发布时间|发布日期|更新时间)\s*[:：]\s*(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)\s+(\S.*)$/;
/**
 * Words of the adult-site keyword lines mirrors put above an article (two or more on one line); stop 67 added the words of
 * the video sites such lines name (`中文字幕`, `一区二区`, `免费视频`, `在线播放`), which had passed for the article's first
 * paragraph and left a page's info line in the body.
 */
const ADULT_SPAM =
  /无码|丝袜|日韩|成人视频|在线观看视频|一本到|国产精品|AV|中文字幕|一区二区|免费视频|在线播放|视频在线/g;
// A file name, or a screenshot's or chat image's name with its time stamp and no extension (`微信截图_20200101093000`).
const IMAGE = /\.(?:jpe?g|png|gif|webp|bmp)\s*$|^(?:微信|QQ)?(?:截图|图片|屏幕截图)[_\s-]?\d{8,17}$/i;
/** A closing run of credits in brackets (`（撰稿 某某；初审 某某；终审 某某）`): who wrote and who checked, two roles or more. */
const CREDIT_ROLE =
  '(撰稿|撰文|文字|采写|初审|复审|终审|审核|审稿|校对|编辑|责编|责任编辑)\\s*[:：]?\\s*(\\p{Script=Han}{2,4})';
const CREDIT_RUN = new RegExp(`^[（(]\\s*${CREDIT_ROLE}(?:\\s*[;；，,、\\s]\\s*${CREDIT_ROLE})+\\s*[)）]$`, 'u');
const CAPTION =
  /^[(（]?图\s*[\d一二三四五六七八九十]+(?:\s*[:：]|\s+)|^0\d\s|^\S{2,14}现场$|^[^，。：；！？、,.:;!?\s]{2,16}(?:致辞|讲话|发言|主持|合影|揭牌|签约|颁奖)$/;

const splitNames = (s: string) =>
  s
    .replace(/(?<=^|\s)(\p{Script=Han})\s+(\p{Script=Han}{1,2})(?=\s|$)/gu, '$1$2')
    .split(/[\s,，、;；/]+/)
    .map((x) => x.trim())
    .filter((x) => /\p{Script=Han}{2,}/u.test(x));

/** A line that reads as running text: a paragraph of the article. */
const isParagraph = (line: string) => hanCount(line) >= 12 && /[，。；,]/.test(line);
/** Could be a headline: a short line of Chinese that is not a sentence. */
const isTitleLike = (line: string) =>
  hanCount(line) >= 4 && line.length <= 80 && !/[。]$/.test(line) && !/^https?:/i.test(line);

/**
 * A phrase a mirror site pasted into the text in place of words (`千赢官网首页登录入口`):
 * it recurs, and it names a site's login, homepage or app. A word no report of a meeting
 * uses but a gambling or gossip site's name does (`皇冠信用网`, `某某赌场`, `51吃瓜`) need
 * only recur once; a page's own words (`博彩业`, `棋牌运动管理中心`) stay, as a phrase must
 * be five characters or more.
 */
const SITE_ONLY_WORDS = ['赌场', '信用网', '网址', '吃瓜'];
/** A casino's brand with the number a gambling mirror puts before it (`8188威尼斯`, `9159金沙`): never a report's words. */
const CASINO_NUMBER = '\\d{3,5}(?:威尼斯|金沙|葡京|永利|太阳城|银河)';
const SPAM_WORD = new RegExp(
  `官网|官方网站|官方入口|登录入口|首页登录|娱乐|彩票|棋牌|博彩|下载|${SITE_ONLY_WORDS.join('|')}|${CASINO_NUMBER}`,
  'g',
);

/** A spam word that goes on into an event's, a trade's or a body's name (`某某娱乐大赛`, `某某娱乐产业`): part of the name. */
const WORD_OF_A_NAME = /(?:娱乐|彩票|棋牌|博彩)(?:大赛|赛事|比赛|节|活动|产业|行业|协会|公司|集团|场所|中心)/;

/** A society's whole name (a trade association's, a learned society's), which a spam word may stand inside. */
const SOCIETY_NAME = /^\p{Script=Han}{4,20}(?:行业协会|协会|学会|联合会)$/u;

const STATE_BODY_WORD = /^(?:\p{Script=Han}{0,2}棋牌(?:运动)?(?:管理)?中心|(?:福利|体育)彩票)/u;

function mirrorSpam(text: string): string[] {
  const found = new Set<string>();
  const count = (s: string) => text.split(s).length - 1;
  for (const m of text.matchAll(SPAM_WORD)) {
    let [start, end] = [m.index, m.index + m[0].length];
    if (count(m[0]) < (SITE_ONLY_WORDS.includes(m[0]) ? 2 : 3)) continue;
    // `国家体育总局棋牌中心`, `中国福利彩票发行管理中心`: the state's chess and card centre and its lotteries, named again and
    // again on a page about them, are bodies, not a mirror's advertising.
    if (STATE_BODY_WORD.test(text.slice(Math.max(0, m.index - 2), m.index + 8))) continue;
    // Grow the phrase while it still recurs as often.
    const times = count(text.slice(start, end));
    // (And the marks a mirror joins its words with, `*某某老虎机_某某游戏¥最新版本下载`; round 309.)
    const word = /[\p{Script=Han}A-Za-z0-9_¥￥*]/u;
    while (start > 0 && word.test(text[start - 1]!) && count(text.slice(start - 1, end)) === times) start--;
    while (end < text.length && word.test(text[end]!) && count(text.slice(start, end + 1)) === times) end++;
    // (`中国文化娱乐行业协会`, named again and again on a page about its meeting: a society's name, no advertising.)
    const phrase = text.slice(start, end);
    // (`第三届中国电子竞技娱乐大赛`: nor words that, each time they stand, go on into an event's or a trade's name.)
    const named = [...text.matchAll(new RegExp(escapeRegExp(phrase), 'g'))].every((x) =>
      WORD_OF_A_NAME.test(text.slice(x.index, x.index + phrase.length + 2)),
    );
    if (end - start >= 5 && !SOCIETY_NAME.test(phrase) && !named) found.add(phrase);
  }
  // `必威betway官方入口`: the brand in front of such a phrase, which the mirror also put in on its own (`必威某网…`).
  for (const phrase of [...found]) {
    const brand = /^\p{Script=Han}{2,4}(?=[A-Za-z])/u.exec(phrase)?.[0];
    if (brand && count(brand) > count(phrase)) found.add(brand);
  }
  return [...found];
}

/**
 * A headline and the page's source fields run together on one line (`某书展今日开幕 来源:某某网 作者:甲 时间:2022-07-21`):
 * the source, then another field.
 */
const HEADLINE_SOURCE =
  /^(\S.{5,80}?)\s+((?:稿件来源|来源)\s*[:：]\s*\S{2,30}\s+(?:作者|编辑|责任编辑|时间|发布时间|日期)\s*[:：].*)$/u;
/**
 * `某论坛在港开幕 香港将推出某制度 某社香港12月5日电（记者某某）某论坛5日…`: the headline (and its second line), then a
 * dispatch's first paragraph after a space, on one line (a page that lost its line breaks; round 277). Not a line
 * that opens with the page's stamp (` date 2025-08-20 某某致辞（图片…） 某社北京8月20日电`), read as the stamp and a caption,
 * nor a headline with the page's time after it (`某园正式开园 2001年09月18日 22:07 某社记者南京9月18日电`), read as a stamp.
 */
const HEADLINE_DISPATCH =
  /^(\p{Script=Han}(?:(?!\d{1,2}:\d{2})[^。，]){5,80}?)\s+(\p{Script=Han}{1,8}(?:社|网|报|台)\p{Script=Han}{2,8}\d{1,2}月\d{1,2}日电.*)$/u;
/** `某会举行http://www.sina.com.cn 2007年07月27日09:30 某报`: the headline with the portal's stamp run on after it. */
const HEADLINE_PORTAL_STAMP = /^(\S.{3,60}?)\s*(https?:\/\/[\w.-]+\/?\s+(?:19|20)\d{2}年.*)$/u;

/** A line that gives the page's time or source (kept for the source record). */
const isInfoLine = (l: string) =>
  INFO.test(l) ||
  PORTAL_STAMP.test(l.trim()) ||
  JOURNAL_ISSUE.test(l.trim()) ||
  SITE_DAY_LINE.test(l) ||
  FEED_DATE_LINE.test(l) ||
  DATETIME_LINE.test(l) ||
  NAME_DAY_LINE.test(l) ||
  (TIMESTAMP.test(l) && l.length < 80 && !/[。，]/.test(l)) ||
  CREATED_ON.test(l.trim());

/**
 * A forum's anti-copy noise (Discuz! "jammer"): runs of one- or two-character
 * ASCII tokens such as `4 R# n% t* i* C1 e& N+ h1 I`, inserted between words.
 * Five tokens or more, two of them with a symbol, so that `G 2 0` or a list of
 * letters stays.
 */
export function stripJammer(text: string, removed: Removed[] = []): string {
  return text.replace(/(?<![\x21-\x7e])(?:[\x21-\x7e]{1,2}[ \t]{1,2}){4,}[\x21-\x7e]{1,2}(?![\x21-\x7e])/g, (run) => {
    const symbols = run.split(/\s+/).filter((t) => /[^A-Za-z0-9]/.test(t)).length;
    if (symbols < 2) return run;
    removed.push({ line: run.trim(), why: '论坛防复制的干扰字符' });
    return '';
  });
}

/**
 * `来 源：`, `作　者：`, `日 期：`: a page's two-character field label spaced out to the width of a four-character one is
 * the label itself.
 */
const SPACED_LABEL = /(?<!\p{Script=Han})(来|作|日|时|编|责)[ \u3000]{1,4}(源|者|期|间|辑|编)(?=\s*[:：])/gu;

/**
 * `国 际 通 用 航 空 协 会 联 盟`: a line that spaces out every character (a letter-spaced layout, a flipbook's text
 * layer) gets its words back. Only a line where most Han characters are followed by a space and another Han character
 * (eight or more such); spaces next to Latin words, and between two numbers, stay.
 */
export function closeLetterSpacing(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const spaced = line.match(/\p{Script=Han} (?=\p{Script=Han})/gu)?.length ?? 0;
      const han = line.match(/\p{Script=Han}/gu)?.length ?? 0;
      if (spaced < 8 || spaced * 2 < han) return line.replace(SPACED_LABEL, '$1$2');
      return line.replace(/(?<=[\p{Script=Han}\p{P}\d]) (?=[\p{Script=Han}\p{P}\d])(?<!\d (?=\d))/gu, '');
    })
    .join('\n');
}

/** The HTML entities a copied page may leave in its text as written, maybe without their semicolon (`&ldquo某会&rdquo`). */
const STRAY_ENTITY: Record<string, string> = {
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  middot: '·',
  nbsp: ' ',
  quot: '"',
  amp: '&',
};
const STRAY_ENTITY_RE = new RegExp(`&(${Object.keys(STRAY_ENTITY).join('|')});?`, 'g');
const strayEntities = (text: string): string => text.replace(STRAY_ENTITY_RE, (_, name: string) => STRAY_ENTITY[name]!);

/** Division names the converter would change (乾县 → 干县), with the characters it would change in them. */
let keptNames: { names: { name: string; simplified: string }[]; changed: RegExp } | undefined;
function keptDivisionNames() {
  if (keptNames) return keptNames;
  const names = new Map<string, string>();
  for (const d of allDivisions())
    for (const name of [d.name, shortName(d.name)])
      if (name.length >= 2 && toSimplified(name) !== name) names.set(name, toSimplified(name));
  const changed = new Set([...names.keys()].flatMap((name) => [...name].filter((c) => toSimplified(c) !== c)));
  keptNames = {
    names: [...names].map(([name, simplified]) => ({ name, simplified })).sort((a, b) => b.name.length - a.name.length),
    changed: new RegExp(changed.size ? `[${[...changed].join('')}]` : '(?!)', 'g'),
  };
  return keptNames;
}

/**
 * The text in Simplified, but a division whose Simplified name holds a character the converter reads as Traditional
 * (乾县 and 乾安县, whose 乾 it takes for the 乾 of 乾燥, 干) keeps its name, however the rest of it was written (乾縣;
 * round 308). Only where such a character stands is any name tried.
 */
function simplifiedKeepingPlaces(text: string): string {
  const { names, changed } = keptDivisionNames();
  let out = '';
  let last = 0;
  for (const m of text.matchAll(changed)) {
    if (m.index < last) continue;
    for (const { name, simplified } of names) {
      const at = m.index - name.indexOf(m[0]);
      const written = at >= last ? text.slice(at, at + name.length) : '';
      if (written.length !== name.length || written[m.index - at] !== m[0] || toSimplified(written) !== simplified)
        continue;
      out += toSimplified(text.slice(last, at)) + name;
      last = at + name.length;
      break;
    }
  }
  return out + toSimplified(text.slice(last));
}

/** Step 1: one script, one width, Chinese punctuation and numerals, no mirror spam or forum noise. */
function normalise(text: string, removed: Removed[]) {
  const unescaped = strayEntities(text);
  const noPinyin = stripConverterPinyin(unescaped);
  // Variants the converter leaves in Traditional pages (陜 U+965C for 陝), and lookalikes typed for common characters:
  // 仼 (U+4EFC) for 任 in 主仼, 巿 (U+5DFF) for 市 in 桃园巿.
  // (○, a white circle, typed for the numeral 〇 in `二○二四`.)
  // Cantonese particles a Hong Kong paper writes between words, as the written language has them: 嘅 for 的
  // (`某协会举办嘅某锦标赛`), 喺 for 在, 咗 for 了.
  const simplified = simplifiedKeepingPlaces(noPinyin)
    .replace(/(?<=\p{Script=Han})[嘅喺咗](?=\p{Script=Han})/gu, (c) => ({ 嘅: '的', 喺: '在', 咗: '了' })[c]!)
    .replace(/陜/g, '陕')
    // (鎗, the variant of 槍 Hong Kong and Macau write, for 枪: `某环球鎗会`.)
    .replace(/鎗/g, '枪')
    .replace(/仼/g, '任')
    .replace(/巿/g, '市')
    .replace(/(?<=[〇零一二三四五六七八九])○|○(?=[〇零一二三四五六七八九])/g, '〇');
  let folded = chineseNumeralDates(chinesePunctuation(closeLetterSpacing(foldWidth(stripJammer(simplified, removed)))));
  for (const phrase of mirrorSpam(folded)) {
    // The phrase, a dash or underscore joining it to another (`某信用网-某体育网址`), and the space a mirror leaves after it.
    // (`*某某老虎机…下载`: and the star a mirror puts before it, round 309.)
    for (const cut of [`-${phrase} `, `_${phrase} `, `-${phrase}`, `_${phrase}`, `*${phrase}`, `${phrase} `, phrase])
      folded = folded.split(cut).join('');
    removed.push({ line: phrase, why: '镜像网站插入的广告词' });
  }
  return { folded, hadPinyin: noPinyin !== unescaped, wasTraditional: simplified !== noPinyin };
}

/** Step 2: the page address a saved report may start with (the line is blanked). */
function takeAddress(raw: string[]): string | undefined {
  const first = raw.findIndex((l) => l);
  const address =
    first >= 0 ? /^(?:URL|网址|链接|原文|地址)?\s*[:：]?\s*(https?:\/\/\S+|unknown|未知)$/i.exec(raw[first]!) : null;
  if (!address) return undefined;
  raw[first] = '';
  return /^https?:/i.test(address[1]!) ? address[1] : undefined;
}

const RELATED =
  /^[[【]?(?:相关链接|相关新闻|相关阅读|相关报道|延伸阅读|相关文章|相关推荐|(?:精彩)?视频推荐|精彩推荐|往期推荐|推荐阅读)\s*[\]】]?\s*[:：]?\s*$/;

/**
 * Step 3b: a mirror's list of related links at the end (`相关链接：` on a line of its own, after the article, followed by
 * no more than eight short lines): that line and all after it are the page's, not the report's.
 */
function relatedLinks(raw: readonly string[], header: number): number {
  const at = raw.findLastIndex((l) => RELATED.test(l));
  if (at <= header) return raw.length;
  const after = raw.slice(at + 1).filter((l) => l);
  return after.length <= 8 && after.every((l) => l.length < 160) ? at : raw.length;
}

/** Step 3: the headline, a title-like header line right above an info line (发布时间…), else the last title-like header line. */
function findHeadline(raw: readonly string[], header: number): number {
  const isInfo = (l: string) => isInfoLine(l) && !CHROME.some(([re]) => re.test(l) && !/来源|转载自/.test(l));
  const notTitles = [
    ...CHROME.map(([re]) => re),
    CREDIT,
    WRITER_LINE,
    CREDIT_ONLY,
    FILED_FROM,
    SLASH_BYLINE,
    OUTLET_REPORTER_LINE,
    CAPTION,
    IMAGE,
    /^[（(【[].*[)）】\]]$|资料图/,
    // `• 秘书室-某某`: a list item of the page's furniture (date, author), not a headline.
    /^[•·●▪◆■]/,
    // `中国某某网讯` on a line of its own: the article's dateline, above its first paragraph.
    /^\p{Script=Han}{2,12}(?:网|报|社|台)讯$/u,
  ];
  const candidates = raw
    .map((_, i) => i)
    .filter((i) => i < header && isTitleLike(raw[i]!) && !isInfo(raw[i]!) && !notTitles.some((re) => re.test(raw[i]!)));
  const nextLine = (i: number) => raw.slice(i + 1).find((l) => l);
  // `某部原副部长某某致辞` right above `某部原副部长某某在致辞中指出，…`: a photo's caption of the speaker, not the headline.
  const titles = candidates.filter(
    (i) =>
      !(
        /(?:致辞|致词|讲话|发言|主持|作工作报告|作报告)$/.test(raw[i]!.trim()) &&
        (nextLine(i) ?? '').trim().startsWith(raw[i]!.trim().slice(0, 8))
      ),
  );
  // `首页 > 业界动态 > 某年会在北京召开`: a breadcrumb's last step is the article's own title.
  const crumbs = raw.slice(0, header).map((l) => BREADCRUMB_END.exec(l)?.[1]?.trim());
  return (
    titles.find((i) => isInfo(nextLine(i) ?? '')) ??
    titles.find((i) => crumbs.includes(raw[i]!.trim())) ??
    titles[titles.length - 1] ??
    -1
  );
}
/** The last step of a breadcrumb of at least three (`首页 > 新闻 > 某某`), after its last `>`, `»` or `›`. */
const BREADCRUMB_END = /^(?:[^>＞»›]{1,20}[>＞»›]\s*){2,}([^>＞»›]{6,80})$/;

interface Sorting {
  raw: readonly string[];
  /** Index of the first and last paragraph of the article; lines outside are header or footer. */
  header: number;
  bodyEnd: number;
  headlineAt: number;
  /** Index of a `相关链接：` line that opens the page's link list at the end (raw.length when there is none). */
  related: number;
  out: Omit<Cleaned, 'lines' | 'headline' | 'url' | 'hadPinyin' | 'wasTraditional'>;
}

/** Step 4: one line → kept (maybe trimmed) or dropped with the reason; what it tells is recorded on the way. */
function sortLine(line: string, i: number, s: Sorting): string | null {
  const { out } = s;
  const drop = (why: string): null => {
    out.removed.push({ line, why });
    return null;
  };
  if (!line) return null;
  if (i === s.headlineAt) return line;
  if (CREDIT_RUN.test(line)) {
    for (const m of line.matchAll(new RegExp(CREDIT_ROLE, 'gu')))
      (/^(?:撰稿|撰文|文字|采写)$/.test(m[1]!) ? out.writers : out.editors).push(m[2]!);
    return drop('编辑署名');
  }
  const eds = [...line.matchAll(EDITOR)];
  // `…闭幕。 （完）【编辑：王某】`: a sentence before the end mark is the article's, however short (read below).
  const ended = END_MARK.exec(line);
  if (eds.length && line.length < 80 && !isParagraph(line.replace(EDITOR, '')) && !ended?.index) {
    for (const e of eds) out.editors.push(...splitNames(e[1]!.replace(INFO_TAIL, '')));
    if (INFO.test(line.replace(/(?:责任编辑|责编|编辑|主编)\s*[:：]/g, '')) || /^(?:文|图|文\/图)\s*[:：|]/.test(line))
      out.info.push(line);
    return drop('编辑署名');
  }
  const filed = FILED_FROM.exec(line);
  if (filed) {
    out.writers.push(filed[1]!);
    return drop('作者署名');
  }
  const credited = CREDIT_ONLY.exec(line.trim());
  if (credited) {
    out.writers.push(...splitNames(credited[1]!));
    return drop('作者署名');
  }
  const writer = WRITER_LINE.exec(line);
  if (writer) {
    if (writer[1] === '图' || writer[1] === '摄影') out.photoCredits.push(writer[2]!);
    else out.writers.push(writer[2]!);
    return drop('作者署名');
  }
  if (IMAGE.test(line) && !/[。，]/.test(line)) return drop('图片文件名');
  const cl = CREDIT_LINE.exec(line);
  if (cl && line.length < 40) {
    out.photoCredits.push(cl[1]!.trim());
    return drop('图片署名');
  }
  if (/资料图/.test(line) && line.length < 80) return drop('图片说明');
  const credit = CREDIT.exec(line);
  // The caption is what stands before the credit and its opening bracket (`会场（王某 摄）` → `会场`).
  if (credit && line.length < 100 && !/。.+。/.test(line.slice(0, credit.index))) {
    out.photoCredits.push(credit[1]!.replace(/^.*[。.]/, '').replace(/\s+/g, ' '));
    const caption = line.slice(0, credit.index).replace(/[。.\s]+$/, '');
    if (caption) out.captions.push(caption);
    return drop('图片说明与署名');
  }
  // `【某某在线 www.example.cn】` on a line of its own: the site's name and address, read for the outlet.
  if (SITE_TAG.test(line.trim())) {
    out.info.push(line.trim());
    return drop('页面信息（发布时间、来源等，已读入来源记录）');
  }
  if (i < s.header || i > s.bodyEnd) {
    if (isInfoLine(line)) {
      out.info.push(line);
      return drop('页面信息（发布时间、来源等，已读入来源记录）');
    }
    const chrome = CHROME.find(([re]) => re.test(line));
    // `版权所有：某某日报社` in a paper's footer names its masthead (read for the outlet of a `本报讯` article); a body
    // that owns the site (`某部版权所有`) names it when nothing else does.
    if (chrome && (MASTHEAD.test(line) || SITE_OWNER.test(line) || siteNameOf(line))) out.info.push(line);
    if (chrome) return drop(chrome[1]);
    if (i >= s.related) return drop('相关链接及其后的页脚');
    if (i < s.header && s.headlineAt >= 0 && i < s.headlineAt) {
      // `某某协会官方网站`, `欢迎访问某某新闻网` in the page header names the site (read for the outlet).
      if (SITE_TITLE.test(line.trim()) || WELCOME.test(line.trim()) || siteNameOf(line)) out.info.push(line.trim());
      return drop(HEADER);
    }
    if (hanCount(line) < 6) return drop(EDGE);
    if (s.headlineAt >= 0 && line === s.raw[s.headlineAt]) return drop('重复的标题');
    if (i > s.bodyEnd && /主办|承办|地址|邮编|电话/.test(line)) return drop('页脚');
  }
  // `转自：某报某工作室`, `来源：某网` on a line of its own inside the article: the page's label of where it came from
  // (round 233).
  if (/^(?:文章来源|稿件来源|信息来源|来源|转自|转载自)\s*[:：]\s*[^\s:：，。]{2,30}$/.test(line.trim())) {
    out.info.push(line.trim());
    return drop('页面信息（发布时间、来源等，已读入来源记录）');
  }
  // `来源： 某网由某协会主办的…`: a 来源 label run on into the article's first sentence, read for the outlet as well.
  if (/^(?:稿件来源|来源|转自)\s*[:：]\s*\p{Script=Han}/u.test(line.trim()) && isParagraph(line))
    out.info.push(line.trim());
  // `2016/12/12 20:42` on a line of its own between the headline's caption and the article: the page's time stamp.
  if ((STAMP_ONLY.test(line) && i < s.bodyEnd) || DATE_FIELD_ONLY.test(line)) {
    out.info.push(line);
    return drop('页面信息（发布时间、来源等，已读入来源记录）');
  }
  if (CAPTION.test(line) && !/。.+。/.test(line) && line.length < 80) {
    out.captions.push(
      line.replace(/^[(（]?图\s*[\d一二三四五六七八九十]+(?:\s*[:：]\s*|\s+)|^0\d\s+/, '').replace(/[)）]$/, ''),
    );
    return drop('图片说明');
  }
  const above = s.raw
    .slice(0, i)
    .reverse()
    .find((l) => l);
  if (above && IMAGE.test(above) && !/[。，]/.test(line) && line.length <= 30) {
    out.captions.push(line);
    return drop('图片说明');
  }
  const chrome = CHROME.find(([re]) => re.test(line));
  // A notice that names the site (`不代表某某网立场`) or a 来源 among the page's buttons (`放大字体 来源：某某网`): read for
  // the outlet.
  // (`某某日报社版权所有` among the last lines: the paper's masthead, as in a footer.)
  if (
    chrome &&
    line.length < 200 &&
    (siteNameOf(line) || /(?:稿件来源|来源)\s*[:：]\s*\S/.test(line) || MASTHEAD.test(line))
  )
    out.info.push(line);
  if (chrome && line.length < 200) return drop(chrome[1]);
  // `…颁发了证书。（记者 某某）`: the reporter's credit closing the article.
  const signed =
    /(?<=[。！？”])\s*[(（]((?:见习|实习)?记者\s*\p{Script=Han}{2,4}(?:\s+\p{Script=Han}{2,4})*)[)）]\s*$/u.exec(line);
  if (signed && i >= s.bodyEnd - 1) {
    out.writers.push(...splitNames(signed[1]!.replace(/^(?:见习|实习)?记者/, '')));
    out.removed.push({ line: signed[0].trim(), why: '文末署名' });
    return line.slice(0, signed.index).trim() || null;
  }
  const end = END_MARK.exec(line);
  if (end) {
    for (const e of end[1]!.matchAll(EDITOR)) out.editors.push(...splitNames(e[1]!));
    out.removed.push({ line: end[0].trim(), why: '文末标记' });
    return line.slice(0, end.index).trim() || null;
  }
  return line;
}

/** Step 5: a short line without a full stop right above a photo credit is the image's alt text. */
function dropAltTexts(keep: (string | null)[], s: Sorting): void {
  for (let i = 1; i < s.raw.length; i++) {
    if (!s.out.removed.some((r) => r.line === s.raw[i] && r.why === '图片说明与署名')) continue;
    let j = i - 1;
    while (j >= 0 && keep[j] === null && !s.raw[j]) j--;
    if (j > 2 && keep[j] && j !== s.headlineAt && !/[。！？!?]$/.test(keep[j]!) && keep[j]!.length < 80) {
      s.out.captions.push(keep[j]!);
      s.out.removed.push({ line: keep[j]!, why: '图片说明' });
      keep[j] = null;
    }
  }
}

const NOTICE = /^(?:版权(?:申明|声明|所有)|转载(?:申明|声明|须知)|免责(?:申明|声明)|copyright)/i;

/** Formatting tags a page's text may still hold (the text itself is not HTML: that is read by html.ts). */
const STRAY_TAG = /<\/?(?:h[1-6]|br|p|div|span|strong|b|em|i|u|font|section|center|li|ul|ol)\b[^<>]{0,200}>/gi;

export function cleanText(text: string): Cleaned {
  const out: Sorting['out'] = { info: [], captions: [], editors: [], photoCredits: [], writers: [], removed: [] };
  const { folded, hadPinyin, wasTraditional } = normalise(text, out.removed);
  const raw = folded
    .split('\n')
    // `<h3>2018年5月10日，…<br></h3>`: tags left in a page's text by its editor or a mirror are no text.
    .map((l) =>
      l
        .replace(STRAY_TAG, ' ')
        .replace(/[ \t]+/g, ' ')
        .trim()
        // `#### 某会第15届第1次会员代表大会`: a heading's marks, as a page converted to Markdown writes it.
        .replace(/^#{1,6}\s+(?=\S)/, '')
        // `图片_2025-11-14_170439.png 某商会日前…`: an image's file name left before the paragraph it stood above.
        .replace(/^[^\s。，]{1,60}\.(?:jpe?g|png|gif|webp|bmp)\s+(?=\p{Script=Han})/iu, ''),
    )
    // The feed's page date on a line of its own, so that it is read as one; so too a page's time stamp, or a forum's
    // edit stamp, run on into the first paragraph (`2023-06-13 18:35?6月13日，…`).
    .flatMap((l) => {
      // `某会召开年会发表时间：2017-09-25 11:44 9月22日某会…`: the headline, the time stamp and the first paragraph on one
      // line, each on a line of its own.
      const portal = HEADLINE_PORTAL_STAMP.exec(l);
      if (portal && PORTAL_STAMP.test(portal[2]!.trim())) return [portal[1]!.trim(), portal[2]!];
      const dispatch = HEADLINE_DISPATCH.exec(l);
      if (dispatch && isParagraph(dispatch[2]!)) return [dispatch[1]!.trim(), dispatch[2]!];
      const sourced = HEADLINE_SOURCE.exec(l);
      if (sourced && !/。/.test(sourced[1]!)) return [sourced[1]!.trim(), sourced[2]!];
      const joined = HEADLINE_STAMP_PARAGRAPH.exec(l);
      if (joined && isParagraph(joined[3]!)) return [joined[1]!.trim(), joined[2]!.trim(), joined[3]!];
      const info = INFO_RUN_ON.exec(l);
      if (info && isParagraph(info[2]!)) return [info[1]!, info[2]!];
      const stamp = STAMP_RUN_ON.exec(l);
      const feed =
        FEED_DATE.exec(l) ?? EDIT_STAMP.exec(l) ?? (stamp && isParagraph(l.slice(stamp[0].length)) ? stamp : null);
      return feed ? [feed[1]!, l.slice(feed[0].length)] : [l];
    })
    // A mirror's line of adult-site keywords above the article is no part of it.
    .filter((l) => {
      if ((l.match(ADULT_SPAM) ?? []).length < 2) return true;
      out.removed.push({ line: l, why: '镜像网站插入的广告词' });
      return false;
    })
    // An image's alt text and title run together (`某会举行大会某会举行大会`): one caption line.
    .map((l) => (/^(.{8,60})\1$/u.test(l) && !/[。！？]/.test(l) ? l.slice(0, l.length / 2) : l));
  const url = takeAddress(raw);
  // A site's notice above the article (`版权申明：本站登载的…`) reads like a paragraph but does not start the article.
  // A headline with a comma (`某会举行，某某到会祝贺`) reads like a paragraph; right above the page's info line it is the headline.
  const headlineAboveInfo = (i: number) => {
    const next = raw.slice(i + 1).find((l) => l);
    // An exclamation inside it (`暖冬相聚，温情满溢！某会年会落幕`) still makes a headline; a full stop does not.
    return raw[i]!.length <= 60 && !/[。]/.test(raw[i]!) && !!next && (INFO.test(next) || DATETIME_LINE.test(next));
  };
  // A short line of the site's own (`您好，欢迎访问某网！今天是：`, `你正在使用旧版本浏览器。请升级…`) above the page's
  // info line, with the article after that line, is the page's header, not the article's start.
  const aboveInfo = (i: number) => {
    if (raw[i]!.length > 50) return false;
    const info = raw.slice(i + 1, i + 9).findIndex(isInfoLine);
    return info >= 0 && raw.slice(i + 2 + info).some(isParagraph);
  };
  const bodyStart = raw.findIndex(
    (l, i) => isParagraph(l) && !NOTICE.test(l) && !headlineAboveInfo(i) && !aboveInfo(i),
  );
  const header = bodyStart < 0 ? raw.length : bodyStart;
  const sorting: Sorting = {
    raw,
    header,
    bodyEnd: raw.length - 1 - [...raw].reverse().findIndex(isParagraph),
    headlineAt: findHeadline(raw, header),
    related: relatedLinks(raw, header),
    out,
  };
  if (sorting.related < raw.length) sorting.bodyEnd = Math.min(sorting.bodyEnd, sorting.related - 1);
  const keep = raw.map((line, i) => sortLine(line, i, sorting));
  dropAltTexts(keep, sorting);
  const headline = sorting.headlineAt >= 0 ? raw[sorting.headlineAt] : undefined;
  return {
    lines: joinWrapped(
      joinBrokenLead(
        keep.filter((l): l is string => !!l),
        headline,
      ),
      headline,
    ),
    headline,
    info: out.info,
    captions: [...new Set(out.captions)],
    url,
    editors: [...new Set(out.editors)],
    photoCredits: [...new Set(out.photoCredits)],
    writers: out.writers,
    removed: out.removed,
    hadPinyin,
    wasTraditional,
  };
}

/** `在某村篮球场举行`: a short line that says only where the event was held (or opened), the end of a broken lead. */
const WHERE_HELD = /^[在于][^，,。！？!?]{2,24}(?:举行|召开|举办|开幕|启动|揭幕|揭牌)$/;
/** A short line that ends mid-sentence (no stop, no comma). */
const SHORT_PART = /^[^，,。！？!?；;：:]{2,30}$/;

/**
 * A lead broken into short lines, as reposts of a phone's layout centre it (`某某·2024全国某某篮球(村BA)` /
 * `文化展演活动开幕式` / `在某镇某村篮球场举行`): up to three short lines with no stop, then a line of only where it was
 * held, are one sentence (round 267). Not the headline.
 */
function joinBrokenLead(lines: string[], headline?: string): string[] {
  const out = [...lines];
  for (let end = 1; end < out.length; end++) {
    if (!WHERE_HELD.test(out[end]!)) continue;
    let start = end;
    while (start > 0 && end - start < 3 && out[start - 1] !== headline && SHORT_PART.test(out[start - 1]!)) start--;
    if (start === end) continue;
    out.splice(start, end - start + 1, out.slice(start, end + 1).join(''));
    end = start;
  }
  return out;
}

/** A line of a paragraph broken at a fixed width (a paper's print layout): long, and ending mid-sentence. */
const WRAPPED_AT = 28;
const endsMidSentence = (line: string) => line.length >= WRAPPED_AT && /[\p{Script=Han}A-Za-z0-9、，,]$/u.test(line);

/**
 * A page that breaks its paragraphs at a fixed width (`…领事林淑珍；屋仑市长` / `的代表副市长金仍…等出席联欢。`): at
 * least three long lines end mid-sentence at about the same length (the width), and each of those runs on into the
 * next line of text (a space only between Latin letters). A caption or a headline, of another length, stays a line of
 * its own.
 */
export function joinWrapped(lines: string[], headline?: string): string[] {
  const lengths = lines.filter((l) => l !== headline && endsMidSentence(l)).map((l) => l.length);
  const near = (a: number, b: number) => Math.abs(a - b) <= 4;
  const width = lengths.find((n) => lengths.filter((m) => near(m, n)).length >= 3);
  if (width === undefined) return lines;
  const out: string[] = [];
  let last = '';
  for (const line of lines) {
    const prev = out.length ? out[out.length - 1]! : undefined;
    const runsOn =
      prev !== undefined &&
      last !== headline &&
      line !== headline &&
      endsMidSentence(last) &&
      near(last.length, width) &&
      /^[\p{Script=Han}A-Za-z0-9]/u.test(line);
    if (runsOn) out[out.length - 1] = `${prev}${/[A-Za-z]$/.test(prev) && /^[A-Za-z]/.test(line) ? ' ' : ''}${line}`;
    else out.push(line);
    last = line;
  }
  return out;
}
