/**
 * Small text helpers shared by the fact readers: sentences, splitting outside brackets, Chinese
 * numerals and the comparison form of a name.
 */
import { isRealDate } from '../dates.ts';
import { placeAt } from './divisions.ts';

/**
 * The first characters of the short names of associations that end in 协 (科协, 书协, 注协, 友协, 记协, 足协, 花协…): `某省注协`
 * names a body as `某省注册会计师协会` does.
 */
export const SHORT_ASSOCIATION = '科书美作音舞摄民剧杂曲影视注友报足篮排乒羽田泳棋律消记个企佛道伊花茶旅';

/** Sentences of the text, split after full stops, exclamation and question marks and line breaks. */
export function sentences(lines: readonly string[]): string[] {
  return (
    lines
      // (Not a `?` between two Han characters, or a Han character and a digit: a mirror's stand-in for a character it
      // could not encode.)
      // (`…都是徽骆驼。”由某会主办的…`: the closing quote after a full stop ends the quoted sentence, not the next; but
      // not a quoted theme that ends in one, `以“…迎小康！”为主题的某节`, which the sentence goes on from; nor an
      // exclamation inside a short quote, `“你好！某国”——某推广季启动仪式`, a name that goes on after it.)
      .flatMap((l) =>
        l.split(
          /(?<=[。！？!][”’」』]?)(?![”’」』]|为(?:主题|题|主旨|宗旨)|的)(?!(?<=[！？!])[^“”。！？!]{1,12}[”」])|(?<=\?)(?![\p{Script=Han}\d])|(?<=(?<!\p{Script=Han})\?)/u,
        ),
      )
      .map((s) => s.trim())
      .filter(Boolean)
  );
}

/** (The importer's modules take it from here with the rest of their text tools.) */
export { escapeRegExp } from '../text/regexp.ts';

/** Splits at `sep` characters outside brackets and quotes. */
export function splitOutside(text: string, seps: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    // (「」 and 『』 are quotes too, as Traditional pages write them: `「某香港：某嘉年华」`.)
    if ('（(《“‘【[「『'.includes(c)) depth++;
    else if ('）)》”’】]」』'.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && seps.includes(c)) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out;
}

/** `（以下简称“某联”）`: a short name a report introduces, not part of the name before it. */
export const SHORT_NAME = /[（(](?:以下|下文|下)?(?:简称|称)[^）)]{1,30}[）)]/g;
/** `某协会(IALB)`, `某协会(PSMTI)某分会`: a body's name or initials in Latin letters, in brackets after its Chinese name. */
export const LATIN_NOTE = /[（(][A-Za-z][A-Za-z .&-]{1,40}[)）]/g;
/** Arrows, bullets and a caption's marks a line or a name may open with (`▲▼某市第三届某竞赛`, `来源： ■某报`). */
export const LEADING_MARKS = /^[↑↓←→▲△▼▽◎●○■□◆◇★☆※►▶•]+\s*/u;
/** 由 as `by` (`由某会主办`), not the 由 of a word: `中国（福建）自由贸易试验区`, `理由`, `缘由`. */
export const BY = /(?<![自理缘])由/;
/** The labels of who issued a page (`发布机构：某局`, `发稿单位：某办公室`), for the info line and its outlet. */
export const ISSUER_LABELS = '发布机构|发文单位|发布单位|发稿单位|发布部门';

/** Every character of `short` found in `name`, in order (`中国侨联` in `中华全国归国华侨联合会`): a short form of it. */
export function inOrder(short: string, name: string): boolean {
  let at = 0;
  for (const ch of name) if (ch === short[at]) at++;
  return at === short.length;
}

/**
 * `某联合会（某联）成立大会`, `中华全国归国华侨联合会（中国侨联）`, `某同乡会第十五届（106年）第一次会员大会`: a short form of
 * what precedes it, or a year, in brackets is a note, not part of a name (a bracket not made of the name's own
 * characters, `某总会（某联合会）`, `某区(滨江)`, is another name and stays); nor is what a body includes
 * (`某学会（含某市三个分会）`).
 */
export function withoutNotes(text: string): string {
  return (
    text
      // (`某海峡(福州)周暨第七届某海峡(福州)博览会`: a place in brackets that the name wrote in brackets before is
      // part of each name it qualifies, no note shortening what came before.)
      .replace(/[（(]([^（）()]{2,8})[）)]/g, (all, inner: string, at: number) => {
        const before = text.slice(0, at);
        if (before.includes(`(${inner})`) || before.includes(`（${inner}）`)) return all;
        // (`中国（宁德）某文化节`, `共建高原（青海）某实验室`: a province or city in brackets inside a name, the name going on
        // after it, is part of it, though the text before spells the place out (round 243).)
        if (
          placeAt(inner, { shortNames: true })?.length === inner.length &&
          /\p{Script=Han}/u.test(text.slice(at + all.length))
        )
          return all;
        return /^\d{2,4}年$/.test(inner) || inOrder(inner, before) ? '' : all;
      })
      // `某学会（含某市三个分会）`: what the body includes, a note on it.
      .replace(/[（(](?:含|包括)[^（）()]{1,16}[）)]/g, '')
  );
}

export const hanCount = (s: string) => s.match(/\p{Script=Han}/gu)?.length ?? 0;

const CN_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** `二〇〇七` → 2007: numerals written digit by digit, as years are. */
export const cnDigits = (s: string) => [...s].reduce((n, c) => n * 10 + (CN_DIGITS[c] ?? 0), 0);

/** `三十三` → 33, `廿八` → 28, `12` → 12, `首` → 1; undefined for anything else. */
export function cnNumber(raw: string): number | undefined {
  if (/^\d+$/.test(raw)) return Number(raw);
  if (raw === '首') return 1;
  // 廿 and 卅, the old forms of twenty and thirty, still written in dates.
  const s = raw.replace(/^廿/, '二十').replace(/^卅/, '三十');
  if (!/^[零〇一二两三四五六七八九十百]+$/.test(s)) return undefined;
  let total = 0;
  let current = 0;
  for (const c of s) {
    if (c === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else if (c === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else current = CN_DIGITS[c]!;
  }
  return total + current || undefined;
}

/**
 * The form two names are compared in: no spaces, quotes, brackets or punctuation,
 * ASCII and full-width forms folded (`白江市慈善总会(白江市慈善联合会)` equals
 * `白江市慈善总会（白江市慈善联合会）`).
 */
export function comparable(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\s"'“”‘’《》「」『』〈〉()（）【】[\]<>·•・‧.,，、；;:：!！?？—\-–~～|｜_]/g, '')
    .toLowerCase();
}

export const pad2 = (n: number | string) => String(n).padStart(2, '0');

/**
 * `中国中国文联副主席`, `天津天津市某协会`: a name's first two characters (not one repeated) that a mirror wrote twice;
 * `$1` is them once.
 */
export const DOUBLED_START = /^((\p{Script=Han})(?!\2)\p{Script=Han})\1(?=\p{Script=Han}{2})/u;

/**
 * The real months and days a run of digits can be read as where a page lost the 月 between them (`515` → 5月15日; `114` →
 * 1月14日 or 11月4日), in the given year (a leap year when it is not known); neither part opens with 0.
 */
export function monthDaySplits(digits: string, year = 2000): [month: number, day: number][] {
  const out: [number, number][] = [];
  for (let i = 1; i < digits.length; i++) {
    const [m, d] = [digits.slice(0, i), digits.slice(i)];
    if (m.length > 2 || d.length > 2 || /^0/.test(m) || /^0/.test(d)) continue;
    if (isRealDate(`${year}-${pad2(m)}-${pad2(d)}`)) out.push([Number(m), Number(d)]);
  }
  return out;
}

/** A site's masthead line at the top of a page (`某某协会官方网站`): the site's name. */
export const SITE_TITLE = /^\p{Script=Han}{4,30}?(?:官方网站|官网|门户网站)$/u;
/** The words of a site's greeting before its name (`您好，欢迎访问`, `欢迎来到`). */
export const GREETING = /(?:您好|你好)?[，,！!\s]*欢迎您?(?:访问|光临|来到|进入|莅临)/u;
/**
 * A site's greeting in the page header (`您好，欢迎访问某某大学新闻网！`, `欢迎访问某市统计局!`); group 1 is the site's
 * name.
 */
export const WELCOME = new RegExp(
  `^${GREETING.source}\\s*(\\p{Script=Han}{2,20}?(?:网|协会|学会|商会|联合会|局|厅|委员会|人民政府))(?:站|官网|官方网站|网站)?(?=[！!。，,\\s]|$)`,
  'u',
);

/** The words a breadcrumb opens with (`当前位置`, `您现在的位置`, `您所在的位置`). */
export const YOU_ARE_HERE = '(?:您?(?:当前|现在|所在)的?(?:所在)?位置|您的位置|所在位置|位置)';
/** Crumbs that name a page of the site, not the site (`首页 > 新闻`). */
// (`学院新闻 >> 正文`, `社会新闻 >`, `信访工作 > 工作动态`: a column of the site, named by its kind or its subject.)
const NOT_SITE_CRUMB = new RegExp(
  `^(?:首页|主页|网站首页|本站首页|返回首页|新闻|新闻中心|正文|栏目|列表|目录|${YOU_ARE_HERE})$|(?:动态|资讯|公告|通知|快讯|简讯|要闻|频道|工作)$|^(?:学院|学校|学会|协会|商会|本站|本网|工作|综合|图片|社会|国内|国际|本地|地方|体育|财经|娱乐|视频|时政|教育|科技|文化)新闻$`,
);
/**
 * Lines of a page's header or footer that name the site (read for the outlet when the page names no other):
 * - the first crumb of a breadcrumb when it is not 首页 (`当前位置：某某信息网 >> 行业动态`, `某财经 > 要闻 >`);
 * - a greeting that names the site first (`某某欢迎您！`);
 * - the site's name and its address (`某某网 http://www.x.com/`);
 * - a page title of headline and site (`某某涨跌榜-某社`);
 * - a disclaimer (`本文仅代表作者观点，不代表某某网立场`).
 */
const SITE_NAMING: readonly RegExp[] = [
  new RegExp(
    `^(?:${YOU_ARE_HERE}\\s*[:：]?\\s*(?:>>|>|›|»|→)?\\s*)?([\\p{Script=Han}\\dA-Za-z]{2,16}?)\\s*(?:>>|>|›|»|→)`,
    'u',
  ),
  /^(\S{2,16}?)欢迎您[!！。]?$/u,
  /^(\p{Script=Han}{1,15}(?:网|报|社|台))\s+https?:\/\/\S+$/u,
  /^.{2,40}?\s*[-_|｜]\s*(\p{Script=Han}{2,10}(?:网|社|报|台))$/u,
  /不代表(\p{Script=Han}{2,12}?(?:网|报|社|台))(?:的)?(?:观点|立场)/u,
];

/**
 * `某某网页入口2021某研讨会`, `某某网页入口某专业委员会`, `365某某官方app_0755 36553288某书画院成立仪式`, a lottery results
 * site's name put where a city's stood (`某某(中国)开奖记录查询站某协会…`, stop 67): a mirror's advertising run on in front of a
 * name.
 */
export const MIRROR_AD_BEFORE =
  /^(?:[^“”，,\s]{0,12}?(?:网页|登录|登陆|官网|网站)入口(?=[\p{Script=Han}\d]{4})|[^“”，,\s]{0,16}?开奖(?:记录|结果)?(?:查询)?[站网](?=[\p{Script=Han}\d]{4})|[\p{Script=Han}\d]{0,8}(?:app|APP)[_\s\dA-Za-z]*(?=\p{Script=Han}{4}))/u;

/** A mirror's advertising put where the site's name stands (`某某手机在线登陆入口`): no site's name. */
const SPAM_NAME = /登陆|登录|入口|注册|下载|娱乐|博彩|彩票|棋牌|真人|平台|app|more|更多/i;

/** The site a header or footer line names (see SITE_NAMING), or undefined. */
export function siteNameOf(line: string): string | undefined {
  const t = line.trim();
  for (const re of SITE_NAMING) {
    // `某网首页 > 新闻`: the site's home page, by the site's name.
    const name = re.exec(t)?.[1]?.replace(/(?<=\p{Script=Han}{2})首页$/u, '');
    if (
      name &&
      /\p{Script=Han}/u.test(name) &&
      !NOT_SITE_CRUMB.test(name) &&
      !/^本/.test(name) &&
      !SPAM_NAME.test(name) &&
      // (`某栏目 >> 返回 当前位置：首页 > 某栏目 > 正文`: a crumb the same line puts under the home page is a column.)
      !new RegExp(`首页\\s*(?:>>|>|›|»|→)\\s*${name}`).test(t)
    )
      return name;
  }
  return undefined;
}
/**
 * A footer naming the body that owns the site (`中共某市委统战部版权所有`, `版权所有：某某协会`, `Copyright 某某学院 版权所有`);
 * group 1 or 2 is the body.
 */
export const SITE_OWNER = (() => {
  const body =
    '\\p{Script=Han}{4,24}?(?:部|局|厅|委员会|委|协会|学会|商会|联合会|研究会|促进会|基金会|总会|中心|政府|办公室|报社|杂志社|学院|大学)';
  return new RegExp(`版权所有\\s*[:：©]?\\s*(${body})(?![\\p{Script=Han}])|(${body})\\s*版权所有`, 'u');
})();
/** `【某某在线 www.example.cn】`: a site's name and address in brackets, a line of its own; group 1 is the name. */
export const SITE_TAG =
  /^[【［[]\s*(\p{Script=Han}{2,12}?(?:网|在线|报|台))\s+(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+\s*[】］\]]$/u;
/**
 * `某某 2025/05/19 187`, `某某日报 2019年07月31日`, `某站影视 2025-01-23 17:44 2`: a name and the day on a line of their own
 * over the article (perhaps a time, a count of readers): a reporter's byline or a paper's, site's or account's stamp, not
 * a headline; group 1 is the name.
 */
export const NAME_DAY_LINE =
  /^\s*([A-Za-z]{0,3}\p{Script=Han}{2,14})\s+(?:19|20)\d{2}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s+\d{1,7})?\s*$/u;
/** `http://www.某网.com【某某网】2023-10-27`: the site's address, its name in brackets and the day, a line of its own. */
export const SITE_DAY_LINE =
  /^(?:https?:\/\/\S+?)?\s*【(\p{Script=Han}{2,14})】\s*((?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2})\s*$/u;
/**
 * `http://www.sina.com.cn 2005年05月25日05:40 某某日报`, `http://www.某.com 2005年5月20日 某某报 张某`: a portal's stamp
 * under the headline (its address, the day, perhaps the time, the outlet it carries and perhaps the reporter), a line of its
 * own, perhaps with the pipes of a page's table after it (`某报 | |||||`); group 1 is the outlet (a site and the paper it
 * carries joined by a dash: `某某网-某某晨报`), group 2 the reporter.
 */
export const PORTAL_STAMP =
  /^https?:\/\/[\w.-]+\/?\s+(?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?:\s*\d{1,2}:\d{2})?\s+(\p{Script=Han}{2,14}?(?:[-－]\p{Script=Han}{1,12}?)?(?:日报|晚报|时报|报|网|台|社|杂志|在线))(?:\s+(\p{Script=Han}{2,3}))?[\s|｜]*$/u;
/** `某某杂志 2019年3期`: a journal and its issue, a line of its own at the top of a periodical's article page; group 1 is the journal. */
export const JOURNAL_ISSUE = /^(\p{Script=Han}{2,12})\s+(?:19|20)\d{2}年第?\d{1,2}期$/u;
/** A paper's footer naming its publisher (`版权所有：某某日报社`, `某某日报社版权所有`); group 1 or 2 is the masthead (某某日报). */
export const MASTHEAD =
  /版权所有\s*[:：]\s*(\p{Script=Han}{2,12}?报)社|(?<!\p{Script=Han})(\p{Script=Han}{2,12}?报)社\s*版权所有/u;
/**
 * `某某新闻网记者甲乙/台北报导`: an outlet named as one, its reporter and where they filed from, a line of its own (never
 * the headline); group 1 is the outlet, group 2 the reporter.
 */
export const OUTLET_REPORTER_LINE =
  /^(\p{Script=Han}{2,10}?(?:网|报|台|社))记者(\p{Script=Han}{2,4})[／/]\p{Script=Han}{2,6}?(?:即时)?报[道导]$/u;
/**
 * `【某传媒／记者 甲／某地 报导】`, `某报/记者甲 乙/摄影记者丙`, `【某快报/记者甲报导】`, `（某TB新闻网/记者甲）`,
 * `【某传媒/编辑部报导】`: a byline of an outlet, a slash, then 记者 and one to three names or the newsroom (编辑部), in
 * brackets or none; group 1 is the outlet, group 2 the names (none for a newsroom).
 */
export const SLASH_BYLINE =
  /^[【［[（(]?\s*([\p{Script=Han}A-Za-z]{2,12}?)\s*[/／╱]\s*(?:(?:特派|驻\p{Script=Han}{1,6}|实习|见习|首席)?记者\s*(\p{Script=Han}{2,4}(?:\s+\p{Script=Han}{2,4}){0,2})|编辑部)\s*(?:报[道导])?\s*(?=[/／╱】］\])）]|$)/u;

/** Countries whose names stand before their events' or their cities' (the divisions table holds only China's places). */
export const COUNTRIES =
  '马来西亚|新加坡|印度尼西亚|印尼|泰国|菲律宾|越南|柬埔寨|缅甸|老挝|文莱|日本|韩国|美国|加拿大|英国|法国|德国|意大利|澳大利亚|澳洲|新西兰';
