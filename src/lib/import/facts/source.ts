/**
 * The source record: when the report was published, by whom (outlet and
 * reporters), under which headline and address. Read from the page's info lines
 * (发布时间, 来源, 发文日期…), the byline that opens the article (`中新网广州12月31日电
 * （记者 某某）`, `某某网讯`), the page metadata and, last, the address itself
 * (dates in the path, known sites).
 */
import { isRealDate, isRealDateTime } from '../../dates.ts';
import { escapeRegExp } from '../../text/regexp.ts';
import { EDGE, HEADER } from '../clean.ts';
import { FOREIGN_CITIES, placeAt } from '../divisions.ts';
import { endsWithTitle } from '../names.ts';
import { closeDateGaps, RELEASE_DATELINE } from './dates.ts';
import { INTERNAL_UNIT, isOrganization } from './organizers.ts';
import {
  aggregatorOf,
  brandOf,
  hostOf,
  isAggregatorName,
  outletFromUrl,
  paperOfAddress,
  unitOfPortal,
} from '../outlets.ts';
import { surnameOf } from '../surnames.ts';
import {
  COUNTRIES,
  inOrder,
  JOURNAL_ISSUE,
  MASTHEAD,
  NAME_DAY_LINE,
  pad2,
  PORTAL_STAMP,
  SITE_DAY_LINE,
  SITE_TAG,
  SITE_OWNER,
  SITE_TITLE,
  OUTLET_REPORTER_LINE,
  siteNameOf,
  SLASH_BYLINE,
  WELCOME,
  GREETING,
  ISSUER_LABELS,
  LEADING_MARKS,
} from '../text.ts';
import type { ReportText } from './types.ts';

const DATETIME =
  /((?:19|20)\d{2})\s*[-/年.]\s*(\d{1,2})\s*[-/月.]\s*(\d{1,2})\s*日?\s*(?:(\d{1,2})\s*[:：时]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2}))?)?/;

/**
 * A real day that a site stored for the page (its time stamp, its address), not the first day of 1970: a content
 * system's stand-in for a date it never stored (`/t19700101_3247011.shtml`), which dates nothing (round 285).
 */
const storedDay = (day: string): boolean => isRealDate(day) && day !== '1970-01-01';

/**
 * `2024-12-4 8:05` → `2024-12-04 08:05`; `2021年09月08日` → `2021-09-08`; an ISO
 * time with a zone is shown in Beijing time. Undefined when there is no real date.
 */
export function normalizePublished(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  if (/[T ]\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:?\d{2})$/.test(raw.trim())) {
    const d = new Date(raw.trim());
    if (!Number.isNaN(d.getTime())) {
      const b = new Date(d.getTime() + 8 * 3600_000);
      const day = `${b.getUTCFullYear()}-${pad2(b.getUTCMonth() + 1)}-${pad2(b.getUTCDate())}`;
      return storedDay(day)
        ? `${day} ${pad2(b.getUTCHours())}:${pad2(b.getUTCMinutes())}:${pad2(b.getUTCSeconds())}`
        : undefined;
    }
  }
  const eu = /(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\s+(\d{1,2}):(\d{2})/.exec(raw);
  const m = DATETIME.exec(raw) ?? (eu ? (['', eu[3], eu[2], eu[1], eu[4], eu[5]] as unknown as RegExpExecArray) : null);
  if (!m) return undefined;
  const day = `${m[1]}-${pad2(m[2]!)}-${pad2(m[3]!)}`;
  if (!storedDay(day)) return undefined;
  if (!m[4]) return day;
  const time = `${day} ${pad2(m[4])}:${pad2(m[5]!)}${m[6] ? `:${pad2(m[6])}` : ''}`;
  return isRealDateTime(time) ? time : day;
}

/** The path of a page address, or undefined for none or one that does not parse. */
function urlPath(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).pathname;
  } catch {
    return undefined;
  }
}

/** Sites whose addresses date a page their own way: the year (maybe its last two digits), the month and the day. */
const SITE_DATES: { host: RegExp; path: RegExp }[] = [
  // 网易's news pages (`hebei.news.163.com/24/0320/15/…`): the year's last two digits, the month and day, the hour.
  { host: /(?:^|\.)163\.com$/, path: /^\/(\d{2})\/(\d{2})(\d{2})\/\d{1,2}\// },
  // 腾讯's articles (`news.qq.com/rain/a/20250115A04JIK00`): the day, then the article's id.
  { host: /(?:^|\.)qq\.com$/, path: /\/((?:19|20)\d{2})(\d{2})(\d{2})[A-Z][A-Z0-9]{5,}$/ },
  // 中央社's stories (`cna.com.tw/news/ahel/202009250326.aspx`): the day, then the story's number that day.
  { host: /(?:^|\.)cna\.com\.tw$/, path: /\/((?:19|20)\d{2})(\d{2})(\d{2})\d{4}\.aspx$/ },
  // 联合早报's stories (`zaobao.com.sg/news/singapore/story20230728-1418512`): the day, then the story's number.
  { host: /(?:^|\.)zaobao\.com(?:\.sg)?$/, path: /\/story((?:19|20)\d{2})(\d{2})(\d{2})-\d+/ },
  // 大纪元's articles (`epochtimes.com/b5/7/7/28/n1785876.htm`, `/gb/24/3/3/`): the year's last digits, month and day.
  { host: /(?:^|\.)epochtimes\.com$/, path: /^\/(?:b5|gb)\/(\d{1,2})\/(\d{1,2})\/(\d{1,2})\/n\d+/ },
];

/**
 * A date in a page address: `/2020-07-03/`, `/2018/1227/`, `/2019-03/18/`, `/2023/8/14/`, `/2024/12-31/`, `/t20230522_`,
 * `/2019_07/12/`, `/html/2018/bendi_1019/`,
 * `/20190305153223`, `/20180502160816390`, `/20220309005745-260410`, `-2017-12-26`, and the forms of SITE_DATES (网易's `/24/0320/15/`, 腾讯's
 * `/a/20250115A04JIK00`, 中央社's `/202009250326.aspx`, 联合早报's `/story20230728-1418512`, 大纪元's `/b5/7/7/28/`).
 * Undefined for a month alone (`/202303/`) or anything that is not a real date.
 */
export function dateFromUrl(url: string | undefined): string | undefined {
  const path = urlPath(url);
  if (path === undefined) return undefined;
  const patterns = [
    // (also at the end of a slug: `/361-other-news-2017-12-26`, `/857-2017-01-16-23-08-29`; with underscores,
    // `/detail2_2019_07/12/`, `/news_2025_04_05_750589`)
    /[/_-]((?:19|20)\d{2})[-/_](\d{1,2})[-/_](\d{1,2})(?=[/._-]|$)/g,
    // A year, then the month and day (`/2018/1227/`), maybe as the end of a channel's folder (`/html/2018/bendi_1019/`,
    // `/2017/1027_25010.html`).
    /\/((?:19|20)\d{2})\/(?:[A-Za-z\d]*_)?(\d{2})(\d{2})(?=[/_])/g,
    // A paper's page: /202303/17/content_1.html
    /\/((?:19|20)\d{2})(\d{2})\/(\d{2})(?=\/)/g,
    // `/20230530/`, `/t20230522_`, a time stamp `/20180502160816390.html`, `/2014120309120232910.html` (the time and a
    // serial number after the day), `/realtimenews/20220309005745-260410` (a dash and the channel's number after it).
    /[/_t]((?:19|20)\d{2})(\d{2})(\d{2})(?:\d{6,12})?(?=[._/-]|$)/g,
  ];
  // Every match of each form, in order: `/news/20002590/20230530/` holds an id that reads as no real date first.
  for (const re of patterns)
    for (const m of path.matchAll(re)) {
      const day = `${m[1]}-${pad2(m[2]!)}-${pad2(m[3]!)}`;
      if (storedDay(day)) return day;
    }
  const host = hostOf(url) ?? '';
  for (const site of SITE_DATES) {
    const m = site.host.test(host) ? site.path.exec(path) : null;
    const day = m && `${m[1]!.length < 4 ? 2000 + Number(m[1]) : m[1]}-${pad2(m[2]!)}-${pad2(m[3]!)}`;
    if (day && storedDay(day)) return day;
  }
  return undefined;
}

/**
 * `某网11月30日讯` on a page whose address holds only a year and month (`/201012/`): the dispatch day is the
 * publication day, in the address's year (the year before when the address's month is earlier than the dispatch's).
 * Only when the address's month is the dispatch month or one or two after it: a page filed long after is not dated.
 */
export function dispatchDay(
  dispatch: { month?: number; day?: number } | undefined,
  url: string | undefined,
): string | undefined {
  const path = urlPath(url);
  if (!dispatch?.month || !dispatch.day || path === undefined) return undefined;
  const m = /\/((?:19|20)\d{2})[-_]?(\d{2})(?=\/)/.exec(path);
  if (!m) return undefined;
  const [y, mo] = [Number(m[1]), Number(m[2])];
  if (mo < 1 || mo > 12) return undefined;
  const lag = (mo - dispatch.month + 12) % 12;
  if (lag > 2) return undefined;
  const day = `${mo < dispatch.month ? y - 1 : y}-${pad2(dispatch.month)}-${pad2(dispatch.day)}`;
  return isRealDate(day) ? day : undefined;
}

/** `日期：12-28`: an info line that gives the page's month and day only (its year then comes from the address). */
export function infoMonthDay(info: readonly string[]): { month: number; day: number; from: string } | undefined {
  for (const line of info) {
    const m = /(?:日期|时间)\s*[:：]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$/.exec(line);
    if (m) return { month: Number(m[1]), day: Number(m[2]), from: line.trim() };
  }
  return undefined;
}

/** `【某网2011年03月20日讯】`: a dateline that writes its year dates the article itself. */
export function datelineDay(byline: Byline | undefined): string | undefined {
  if (!byline?.year || !byline.month || !byline.day) return undefined;
  const day = `${byline.year}-${pad2(byline.month)}-${pad2(byline.day)}`;
  return isRealDate(day) ? day : undefined;
}

/**
 * The byline's dispatch month and day; a dateline that gives only the day (`（亚庇8日讯）`) is of the publication's month,
 * or of the month before when that day is later than the publication's.
 */
export function dispatchDate(
  byline: { month?: number; day?: number } | undefined,
  published: string | undefined,
): { month: number; day: number } | undefined {
  if (!byline?.day) return undefined;
  if (byline.month) return { month: byline.month, day: byline.day };
  const m = /^\d{4}-(\d{2})-(\d{2})/.exec(published ?? '');
  if (!m) return undefined;
  const [month, day] = [Number(m[1]), Number(m[2])];
  return { month: byline.day <= day ? month : ((month + 10) % 12) + 1, day: byline.day };
}

export interface Found {
  value: string;
  from: string;
}

/** A 来源 line that names a source (not an empty `来源：` followed by the next label). */
const NAMED_SOURCE = /来源\s*[:：]\s*(?!(?:时间|日期|发布|作者|浏览|点击)\s*[:：])[\p{Script=Han}A-Za-z]/u;

/** A forum's stamp on a post (`发表于 2024-4-18 18:00:32`): when someone posted it there. */
const FORUM_POST = /发表于\s*(?:19|20)\d{2}/;

/**
 * A page's clock in its header: the day the page was viewed, not published; or a forum's footer saying when it built the
 * page (`GMT+8, 2025-5-10 13:23 , Processed in 0.077348 second(s)`).
 */
const PAGE_CLOCK =
  /(?:当前时间|现在时间|今天是|今日是|现在是)\s*[:：]?\s*(?:19|20)\d{2}|GMT[+-]\d{1,2}\s*,.*Processed in/;

/** A weekday alone on a line, in English or Chinese. */
const WEEKDAY_LINE =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|星期[一二三四五六日天]|周[一二三四五六日])$/i;

/** Header lines that are a day with the weekday on the line after it: a clock showing the day the page was viewed. */
function clockLines(report: ReportText): Set<string> {
  const removed = (report.removed ?? []).map((r) => r.line.trim());
  return new Set(removed.filter((line, i) => WEEKDAY_LINE.test(removed[i + 1] ?? '') && normalizePublished(line)));
}

/** The publication time: an info line with a time beats one with a date only, then page metadata, then the address. */
export function readPublished(report: ReportText): Found | undefined {
  const all = report.info
    // (Not the index number's, `索引号：00062127-X-0801-2011-1007`, though the day beside it on the same line is the
    // page's; nor the page's clock: `当前时间：2018年05月28日`, `今天是2024年…` is the day it was viewed.)
    .map((line) => ({ line, value: normalizePublished(line.replace(/索引号\s*[:：]?\s*\S*/g, ' ')) }))
    .filter((x): x is { line: string; value: string } => !!x.value && !PAGE_CLOCK.test(x.line));
  // (`2024/05/14`, `Tuesday`, `21:45` on lines of their own in the header: the site's clock, when the page gives another
  // day.)
  const clock = clockLines(report);
  const found = all.some((x) => !clock.has(x.line.trim())) ? all.filter((x) => !clock.has(x.line.trim())) : all;
  // A repost's own time and its source's (`作者： 来源： 时间：…` above `来源：某会 时间：…`): the source's is the original.
  // (`发表于 2024-4-18 18:00:32` over a forum post that keeps the report's own `2005年04月23日09:59 某某网`: the day it was
  // posted to the forum is not the report's.)
  if (new Set(found.map((x) => x.value.slice(0, 10))).size > 1) {
    const source =
      found.find((x) => NAMED_SOURCE.test(x.line)) ??
      (found.some((x) => FORUM_POST.test(x.line)) ? found.find((x) => !FORUM_POST.test(x.line)) : undefined);
    if (source) return { value: source.value, from: source.line };
  }
  const withTime = found.find((x) => x.value.length > 10);
  if (withTime) return { value: withTime.value, from: withTime.line };
  if (found[0]) return { value: found[0].value, from: found[0].line };
  const meta = normalizePublished(report.meta.published);
  if (meta) return { value: meta, from: '网页元数据' };
  const fromUrl = dateFromUrl(report.meta.url);
  if (fromUrl) return { value: fromUrl, from: `网址 ${report.meta.url}` };
  // `中华彩票网2017-08-25 08:30责编:中华彩票网`, `- 2023.03.20`: a short stamp the cleaning took away with the page's
  // header or an editor's credit, the last resort (not the page's clock, `今天是:2026-03-20`; round 310).
  for (const { line } of report.removed ?? []) {
    const value = line.length <= 40 && !PAGE_CLOCK.test(line) ? normalizePublished(line) : undefined;
    if (value) return { value, from: line };
  }
  return undefined;
}

/**
 * `…的人。（编辑：某某）1120216`: the stamp the Central News Agency closes an article with, the day in the Republic's
 * years (112 → 2023) run together with its month and day. The last such line of the article.
 */
export function rocStamp(lines: readonly string[]): { value: string; line: string } | undefined {
  for (const line of [...lines].reverse()) {
    const m = /[。）)」”]\s*(1[01]\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\s*$/.exec(line);
    const value = m && `${1911 + Number(m[1])}-${m[2]}-${m[3]}`;
    if (value && isRealDate(value)) return { value, line };
  }
  return undefined;
}

export interface Byline {
  outlet?: string;
  /** The dispatch date `M月D日电`, as month and day, and its year when the byline writes it (`某网2011年03月20日讯`). */
  month?: number;
  day?: number;
  year?: number;
  /** The dispatch city (中新网广州…电). */
  city?: string;
  reporters: string[];
  from: string;
}

const ROLE_WORDS = /(记者|通讯员|实习生|实习记者|见习记者|摄影|摄|报道|本报)/;

/** `记者 罗一舟 通讯员 齐晓` → [罗一舟]: only the reporters when roles are named, else every name. */
export function bylineReporters(byline: string): string[] {
  const names = (s: string) =>
    s
      .split(/[\s、，,/]+/)
      .map((n) => n.replace(/报道$/, ''))
      .filter((n) => /^\p{Script=Han}{2,4}$/u.test(n) && !ROLE_WORDS.test(n));
  if (!/(记者|通讯员|实习生|摄影)/.test(byline)) return names(byline.replace(/报道/g, ' '));
  const out: string[] = [];
  for (const m of byline.matchAll(/(?:本报|实习|见习)?记者\s*([^记通实摄]*?)(?=通讯员|实习生|摄影|$)/g))
    out.push(...names(m[1]!));
  return out;
}

/**
 * Brands of gambling sites whose names hacked and mirror pages put where an outlet's name stood, and their trade's words
 * (百家乐, 投注), rejected however the name was found (readOutlet).
 */
// (`金沙集团3354CC`: a brand with the number of its mirror domain, `…cc`, `…vip`.)
// (`百家乐平台社`, `js333线路检测中心`, `6163am银河线路`, `雷竞技RAYBET`, `bet365官方投注…`, `51吃瓜`, `ac米兰中新社`: round 297.)
const GAMBLING_BRAND =
  /亚博(?![会览])|九游会|华体会|乐鱼体育|开云体育|米乐m6|必一运动|bob体育|必威|betway|新葡京|太阳城(?:集团|娱乐)|太阳集团|\d{3,}(?:cc|vip|am)(?![a-z])|百家乐|投注|线路检测|雷竞技|bet365|吃瓜|ac米兰/i;
/** A label (`作者：某某`, `字体：`) or a day (`2016年11月1日 台北`): no outlet's name. */
const NOT_A_NAME = /[:：]|\d{1,2}月\d{1,2}日|(?:19|20)\d{2}年/;
/** `雁塔区193`: a place alone, a number run on after it. */
const placeWithNumber = (s: string): boolean => {
  const place = /^(\p{Script=Han}{2,8})\d{3,}$/u.exec(s)?.[1];
  return !!place && placeAt(place, { shortNames: true })?.length === place.length;
};

/**
 * A name that can be an outlet: not the site speaking of itself (`本报`; `本站` names the site only), not a dateline's fragment
 * (`（某地8日讯）` read up to 讯 gives `（某地8日`).
 */
const OUTLET_OK = (s: string) =>
  /\p{Script=Han}/u.test(s) &&
  !NOT_A_NAME.test(s) &&
  s.length >= 2 &&
  s.length <= 20 &&
  // (`■本报讯`: a bullet before it changes nothing.)
  // (`本港讯`, `本澳讯`: a Hong Kong or Macau paper's own story, by no name; `来源：本单位`, the page's own body, unnamed.)
  !/^[^\p{Script=Han}A-Za-z0-9]*本(?:[报网台刊港澳埠]|单位)/u.test(s) &&
  // `来源：娱乐`: a site's section, no outlet's name; `市场星报、某网或者某客户端`: several, no one.
  // (`来源：生活`, `访谈专栏`: a section too, round 245; `其它新闻`, and a day of the week, `星期六 2024年11月23日`,
  // round 250.)
  !/^(?:娱乐|体育|财经|科技|社会|国内|国际|时政|资讯|新闻|热点|要闻|生活|健康|教育|文化|旅游|汽车|房产|美食|其[它他]新闻|星期[一二三四五六日天]|礼拜[一二三四五六日天])$|专栏$|、|或者/.test(
    s,
  ) &&
  // `新闻网讯`: a site's word for itself (its news site), no name of it.
  // (Nor a paper's kind alone, what is left of `某某日报讯` cut at its name: `日报讯`.)
  !/^(?:新闻网|新闻中心|网站|日报|晚报)$/.test(s) &&
  // (Nor the kind of outlet alone, `信息来源：报社`; nor a label of time, `发表时间 2022-02-28`, whose day was read apart.)
  !/^(?:报社|杂志社|编辑部|通讯社|电视台|广播电台|集团|公司)$|(?:时间|日期)$/.test(s) &&
  // `发布单位：党委宣传部`: an office of the body whose site it is, which the page does not name there.
  !/^(?:党委|党政|校|院|局)?(?:宣传部|办公室|宣传科|宣传处|办公厅|综合科|综合处)$/.test(s) &&
  !/^[（(【［[]/.test(s) &&
  // (`【斗湖十二日讯】`: the day in Chinese numerals, round 297.)
  !/(?:\d|[一二三四五六七八九十廿卅]{1,3})日$/.test(s) &&
  // `来源：雁塔区193`: a place with a number run on after it, no outlet's (not `某某掌上12348`, an app named so).
  !placeWithNumber(s) &&
  // `来源：未知`, `来源：网络`: words saying the source is not known.
  // (`来源：互联网综合`: compiled from the web.)
  !/^(?:未知|不详|佚名|(?:网络|互联网)(?:综合|转摘|转载)?|网络资源|网友|转载|原创|原创文章|本站原创|综合|其他|共享资源|资源共享)$/.test(
    s,
  ) &&
  // `新闻公报`: a government's press release, the kind of piece, not who put it out.
  !/^新闻公报$/.test(s) &&
  // `来源： 添加时间：…`, `信息来源： 目前浏览：…`: an empty field, and the first word of the next label read as its value.
  // (`发表于 2018-3-27 18:10:55`: a forum post's time stamp, its label read as a name, round 297.)
  !/^(?:信息|添加|目前|当前|更新|录入|上传|修改|发布|提交|浏览|点击|发表于)$/.test(s) &&
  // `来源：     字体大小 [ ]`: an empty field, and the page's buttons after it (font size, print, share).
  // (Nor a forum's, `2020-9-5 16:14:16 | 查看全部 |阅读模式`: see all, reading mode, round 243.)
  !/^(?:字体|字号|打印|关闭|分享|收藏|返回|查看全部|阅读模式|只看楼主|回复|评论)/.test(s) &&
  // (`转载于网络`, `转自互联网`: reposted from the web, by no one named.)
  !/^(?:转载于?|转自|来自|摘自)(?:网络|互联网|网上)$/.test(s) &&
  // `来源：学会`: the kind of body, no name of one; `最新资讯：` read up to 讯, a heading.
  !/^(?:学会|协会|商会|本会|联合会|研究会|秘书处)$|^最新|资$/.test(s) &&
  // `【特约记者某某/某地报导】`: the kind of reporter, no outlet.
  // (`来源：全媒体记者 某某`, `来源：文/校报 某某 图/某某`: the reporter's credit in the source's field, round 297.)
  !/^(?:特约|特派|首席|见习|实习|全媒体|融媒体|驻站|驻地)(?:记者|通讯员)?$|^[文图]\s*[/／]/.test(s) &&
  // `（某某官网 讯）`: a mirror's advertising where the outlet's name stood (not 某某客户端 or 某某娱乐, an outlet's app
  // or channel).
  !/官网|赌场|博彩|彩票|棋牌|登录|登陆|入口|注册|下载/.test(s) &&
  // (Nor the brand of a gambling site such pages advertise: `亚博科技app`, `某某开云体育`.)
  !GAMBLING_BRAND.test(s) &&
  // A dateline that names only its city (`太原3月29日电`, `【高雄讯】`: the divisions table holds no city abroad or in
  // Taiwan, DATELINE_CITIES does).
  placeAt(s, { shortNames: true })?.length !== s.length &&
  !DATELINE_CITY.test(s) &&
  // A converter's pinyin gloss left in a garbled name (`诰W(wǎng)`).
  !/[()（）]|[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/.test(s) &&
  // `来源：某部副部长`: a person's post, where the page put who spoke instead of where the piece came from; `【记者某某台北
  // 采访报导】` read up to its city: a reporter, not an outlet.
  !endsWithTitle(s) &&
  !/^记者/.test(s) &&
  // (`2020-12-14 某某出席`, `2024-06-01 17:00 已读`: a stamp line's person and what they did, or the page's read mark;
  // `白癜风正规医院>讯`: a mirror's advertising and its arrow where the outlet's name stood; round 303.)
  !/(?:出席|参加|致辞|讲话|主持|调研|视察|会见|已读|未读)$|[<>]/.test(s) &&
  // (`本组图片由本报某某摄`: a photo's credit, read up to its 本报; round 306.)
  !/^本组图片|图片由/.test(s);

/**
 * A site's name in Latin letters, with digits or in mixed case (`cpp114`, `MyGoNews`; not `cbia`, a body's initials, nor a
 * date code).
 */
const LATIN_OUTLET = /^(?!.*\d{4})(?=.*[A-Za-z])(?=.*\d|.*[A-Z].*[a-z]|.*[a-z].*[A-Z])[A-Za-z0-9][A-Za-z0-9]{2,19}$/;
/** Latin words a 来源 field holds that name no one. */
const NO_LATIN_NAME =
  /^(?:admin|administrator|www|https?|null|none|undefined|unknown|internet|web|website|editor|system|root|user|guest|original)$/i;
/**
 * A site's name in Latin letters that names someone (LATIN_OUTLET, not NO_LATIN_NAME, nor a field's name in code,
 * `来源:titleEn`: a lower-case word, then a capital).
 */
const latinOutlet = (s: string) => LATIN_OUTLET.test(s) && !NO_LATIN_NAME.test(s) && !/^[a-z]+[A-Z]/.test(s);

/** The bracket a dateline opens with (`【某网11月11日讯】`, `（某地8日讯）`). */
const OPENING_BRACKET = /^[【［[（(]\s*/;

/**
 * Places datelines name that the gazetteer does not hold or holds under a name it cannot place alone: cities abroad that
 * Chinese-language papers and agencies file from, Taiwan's cities and counties, and mainland cities whose short name is
 * also a district's (中山).
 */
const DATELINE_CITIES = [
  FOREIGN_CITIES,
  // Taiwan, and a mainland city the gazetteer cannot place by its short name.
  '台北|新北|桃园|台中|台南|高雄|基隆|新竹|嘉义|苗栗|彰化|南投|云林|屏东|宜兰|花莲|台东|澎湖|金门|马祖|中山',
].join('|');
const FOREIGN_DATELINES = new RegExp(`(?:${DATELINE_CITIES})$`);
const COUNTRY_LAST = new RegExp(`(?:${COUNTRIES})$`);
/** A dateline's city and nothing else (`高雄`, `台中市`), which names no outlet (OUTLET_OK). */
const DATELINE_CITY = new RegExp(`^(?:${DATELINE_CITIES})[市县]?$`);
/** What an outlet's name ends in, so that a place after it is the dateline's (中新社中山, not 长沙晚报掌上长沙). */
const OUTLET_END = /(?:报|网|社|台|新闻|频道|在线|客户端|传媒)$/;

/** An outlet, then the country a dispatch was filed in and a city of it (group 1: the outlet). */
const AGENCY_ABROAD = new RegExp(`^(\\p{Script=Han}{2,12}?(?:社|网|报|台))(?:${COUNTRIES})\\p{Script=Han}{2,8}$`, 'u');

/** `中新网广州` → 中新网 and 广州, `某网巴黎` → 某网 and 巴黎: the place a dateline names after its outlet. */
function outletAndPlace(raw: string): { outlet: string; city?: string } {
  // `某网(2019-9-12)讯`, `某报2013年1月5日讯`: the day in brackets or the year after the outlet is no part of its name.
  const outlet = raw
    .trim()
    .replace(OPENING_BRACKET, '')
    .replace(/\s*(?:[（(][\d\s./-]{6,12}[)）]|(?:19|20)\d{2}年)$/, '')
    // `某台北京时间2025年3月9日讯`: the clock the date is given in.
    .replace(/(?:北京|当地|美东|美西)时间$/, '')
    // `3sNews讯 11月9日上午消息`: the 讯 of a site's own story before its day.
    .replace(/(?<=\S{2})讯$/, '');
  const abroad = FOREIGN_DATELINES.exec(outlet);
  // (`新华社马来西亚古晋`: the city's country may stand between them.)
  const agency = abroad && outlet.slice(0, abroad.index).trim().replace(COUNTRY_LAST, '');
  if (abroad && agency && agency.length >= 2 && OUTLET_END.test(agency)) return { outlet: agency, city: abroad[0] };
  // `新华社意大利那不勒斯`: an agency filing from a city abroad that DATELINE_CITIES does not hold, after its country (round
  // 297); the city is left unread.
  const overseas = AGENCY_ABROAD.exec(outlet);
  if (overseas) return { outlet: overseas[1]! };
  for (let i = 2; i < outlet.length - 1; i++) {
    const p = placeAt(outlet.slice(i), { shortNames: true });
    // (`绿色中国北京6月28日电`: a magazine named 某中国 too.)
    if (
      p &&
      p.length === outlet.length - i &&
      (OUTLET_END.test(outlet.slice(0, i).trim()) || /.中国$/.test(outlet.slice(0, i)))
    )
      return { outlet: outlet.slice(0, i).trim(), city: outlet.slice(i) };
  }
  return { outlet };
}

/** `某某台北` → the reporter 某某 and the city 台北: the city a dateline files from is the longest place the text ends in. */
function agencyCity(s: string): { reporter: string; city: string } | undefined {
  for (let i = 2; i <= 4 && i < s.length - 1; i++) {
    const [reporter, city] = [s.slice(0, i), s.slice(i)];
    const placed =
      FOREIGN_DATELINES.exec(city)?.[0] === city || placeAt(city, { shortNames: true })?.length === city.length;
    if (placed && personName(reporter)) return { reporter, city };
  }
  return undefined;
}

/** The byline that opens a news article: outlet (`某某网讯`, `中新网广州12月31日电`), dispatch date and city, reporters. */
export function readByline(lines: readonly string[]): Byline | undefined {
  for (const line of lines.slice(0, 6)) {
    // A mirror's question marks or spaces for characters it lost (`????某网8月22日讯`) are no part of the outlet.
    // `某网曼谷 3 月 18 日电`: spaces a page puts between the digits and 月/日 are no part of the date.
    // `核心提示：（某网讯 某某）…`: a summary's label before the byline it repeats; `据某社…电`: 据 before the dispatch.
    // `相关新闻 某某再摘“金牌赛事” 某日报讯(记者 某某)昨天…`: a related story's headline left in front of the byline.
    const inner =
      /(?<=\s)\p{Script=Han}{2,10}?(?:日报|晚报|时报|报|网)讯\s*[（(](?:本报)?(?:记者|通讯员|实习生|见习记者|实习记者)/u.exec(
        line.slice(0, 200),
      );
    const head = closeDateGaps(
      line
        .slice(inner?.index ?? 0)
        .slice(0, 80)
        .replace(/^[?？\s]+/, '')
        .replace(/^(?:核心提示|内容提要|提要|导读|摘要)\s*[:：]\s*/, '')
        // `极速3d开奖直播中新网太原3月11日电`: a mirror's lottery advertising run on in front of the dateline.
        .replace(
          /^[\p{Script=Han}\dA-Za-z]{0,10}?开奖(?:直播|结果|记录|现场)?(?=\p{Script=Han}{2,12}?(?:社|网|报|台))/u,
          '',
        )
        // (And other advertising, `某某体育娱乐平台中新网某地3月7日电`, `某某论坛心水论最新资料中新网…`, before an agency's
        // dateline; round 247.)
        .replace(
          /^[\p{Script=Han}\dA-Za-z]{0,16}?(?:体育|娱乐|平台|论坛|资料|心水|彩票|官网|入口|app)[\p{Script=Han}\dA-Za-z]{0,8}?(?=(?:中新网|中新社|新华社|新华网|人民网|央视网|中国新闻网|中评社)\s?\p{Script=Han}{0,8}\d{1,2}(?:月\d{1,2})?日电)/iu,
          '',
        )
        // `据新华社北京2月23日电`: a paper citing the agency's dispatch; the agency is the outlet, without 据.
        // (`据某医药报广东讯 记者某某报道`: and before a paper's 讯.)
        .replace(/^据(?=\p{Script=Han}{2,12}?(?:社|网|报|台)\p{Script=Han}{0,6}(?:\d{1,2}月|电\s*[（(]|讯))/u, ''),
    );
    // `（某社记者某某台北8日电）`, `（…墨尔本31日专电）`: an agency's dateline in brackets, its reporter and city run
    // together before the day (and the year and month: `（某社记者某某台北2010年10月13日电）`, read before the dispatch
    // below takes it whole).
    // (Not after the bracketed credit of a site that carries it, `【某纪元1月26日报导】（某社记者甲金门26日电）`: readers
    // named the site once and the agency once, stop 66.)
    const agency =
      /^[（(](\p{Script=Han}{2,8}?(?:社|网|报|台))(?:特派|驻\p{Script=Han}{1,6})?记者(\p{Script=Han}{3,9}?)(?:((?:19|20)\d{2})年)?(?:(\d{1,2})月)?(\d{1,2})日专?电[)）]/u.exec(
        head,
      );
    const filed = agency && agencyCity(agency[2]!);
    if (agency && filed && OUTLET_OK(agency[1]!))
      return {
        outlet: agency[1],
        ...(agency[3] ? { year: Number(agency[3]) } : {}),
        ...(agency[4] ? { month: Number(agency[4]) } : {}),
        day: Number(agency[5]),
        city: filed.city,
        reporters: [filed.reporter],
        from: line,
      };
    // `【某传媒／记者 甲／高雄 报导】`, `某福报/记者甲 乙/摄影记者丙`, `（某网/记者甲）`, `【某传媒/编辑部报导】`: the outlet, a
    // slash and its reporters or newsroom (an outlet of any name: the slash and 记者 say what it is; read before a 讯 inside
    // a name, `某讯快报`, is taken for a dateline's).
    const slashed = SLASH_BYLINE.exec(head);
    if (slashed && OUTLET_OK(slashed[1]!) && !personName(slashed[1]!))
      return { outlet: slashed[1], reporters: slashed[2] ? bylineReporters(`记者${slashed[2]}`) : [], from: line };
    // `文/某派记者 甲`: the writer's 文/, then an outlet of any name and its reporter.
    const written = /^文\s*[/／]\s*(\p{Script=Han}{2,10}?)记者\s*(\p{Script=Han}{2,4})(?=\s|$|[，,。])/u.exec(head);
    if (written && OUTLET_OK(written[1]!) && !personName(written[1]!))
      return { outlet: written[1], reporters: [written[2]!], from: line };
    // `某社／ 台南30日电`: an agency, a slash, then its city and day (Taiwan's agency as the papers that carry it print it).
    const agencySlash = /^(\p{Script=Han}{2,8}?(?:社|网|报|台))\s*[／/]\s*(\p{Script=Han}{2,6}?)(\d{1,2})日电/u.exec(
      head,
    );
    if (agencySlash && OUTLET_OK(agencySlash[1]!))
      return { outlet: agencySlash[1], day: Number(agencySlash[3]), city: agencySlash[2], reporters: [], from: line };
    // `（亚庇8日讯）`, `（吉隆坡19日讯）`: a Malaysian paper's dateline in brackets, a city and the day only (its month is
    // the publication's).
    const cityDay = /^[（(](\p{Script=Han}{2,6}?)(\d{1,2})日(?:讯|电)[)）]/u.exec(head);
    if (cityDay && !/^(?:本报|本网|本站|记者)/.test(cityDay[1]!))
      return { day: Number(cityDay[2]), city: cityDay[1], reporters: [], from: line };
    const dispatch =
      /^([^，,。；;]{2,22}?)\s*(\d{1,2})月(\d{1,2})日(?:\d{1,2}时(?:\d{1,2}分)?)?(?:电|(\p{Script=Han}{2,4})?(?:专电|讯|消息)|报道(?=\s|[:：]))\s*(?:[（(]([^)）]{2,30})[)）])?/u.exec(
        head,
      );
    if (dispatch) {
      const { outlet, city: place } = outletAndPlace(dispatch[1]!);
      const city = dispatch[4] ?? place;
      const year = /((?:19|20)\d{2})年$/.exec(dispatch[1]!.trim())?.[1];
      // (`3sNews讯 11月9日上午消息`: a site that writes its name in Latin letters.)
      return {
        outlet: OUTLET_OK(outlet) || latinOutlet(outlet) ? outlet : undefined,
        month: Number(dispatch[2]),
        day: Number(dispatch[3]),
        ...(year ? { year: Number(year) } : {}),
        city,
        reporters: dispatch[5] ? bylineReporters(dispatch[5]) : [],
        from: line,
      };
    }
    // `据某社成都电 （记者某某）`: a dispatch that leaves out its day, before the reporter's credit.
    // (`据某网电（甲 乙 丙）`: or before its reporters' names alone, an agency's or a site's.)
    const dayless =
      /^(\p{Script=Han}{2,14}?)电\s*[（(]((?:记者|通讯员)[^)）]{1,30})[)）]/u.exec(head) ??
      /^(\p{Script=Han}{2,12}?[社网])电\s*[（(](\p{Script=Han}{2,4}(?:[\s、]+\p{Script=Han}{2,4}){0,3})[)）]/u.exec(
        head,
      );
    if (dayless) {
      const { outlet, city } = outletAndPlace(dayless[1]!);
      if (OUTLET_OK(outlet)) return { outlet, city, reporters: bylineReporters(dayless[2]!), from: line };
    }
    // `上海2020年12月26日 /美通社/ --`: a press release's dateline, the wire between slashes after the city and day.
    const release = RELEASE_DATELINE.exec(head);
    if (release && OUTLET_OK(release[5]!))
      return {
        outlet: release[5],
        year: Number(release[2]),
        month: Number(release[3]),
        day: Number(release[4]),
        city: release[1] || undefined,
        reporters: [],
        from: line,
      };
    // Not the 讯 of 通讯员 (`某报记者 甲 通讯员 乙`).
    // `某报专讯`: the paper's own story (专讯), as 讯 (and `某网11月14日某地专电`, above, as 电).
    // Not 喜讯 (good news) nor 讯息 (a message): words, not a dateline.
    const xun = /^(.{2,16}?)专?(?<!喜)讯(?![员息社])\s*(?:[（(]([^)）]{2,30})[)）])?/.exec(head);
    if (xun && !/[，。]/.test(xun[1]!)) {
      // (`某日报/某网讯`: a paper and its site, both named; the first is the outlet.)
      const { outlet, city } = outletAndPlace(
        xun[1]!.replace(/(?<=\p{Script=Han}{2,})[/／]\p{Script=Han}{2,10}$/u, ''),
      );
      return {
        outlet: OUTLET_OK(outlet) ? outlet : undefined,
        city,
        reporters: xun[2] ? bylineReporters(xun[2]) : [],
        from: line,
      };
    }
    // `某妇联网消息 12月14日上午，…`: a site's own news, without a day before 消息 (not `据某社消息`).
    // (`某某在线消息（记者 甲）`: a site named 在线; `据某某网消息`: a site's news another page repeats, naming it.)
    const news =
      /^(?!据|本|我)(\p{Script=Han}{1,14}?(?:网|报|台|社|新闻|在线))消息/u.exec(head) ??
      /^据(\p{Script=Han}{2,14}?网)消息/u.exec(head);
    if (news && OUTLET_OK(news[1]!)) return { outlet: news[1], reporters: [], from: line };
    // `某某在线辽宁频道报道（甲）：`: a site's channel for a province, its report and its reporter (round 242).
    const channel =
      /^(\p{Script=Han}{2,10}?(?:网|在线|台)\p{Script=Han}{2,4}频道)报道\s*[（(]([^)）]{2,20})[)）]\s*[:：]/u.exec(
        head,
      );
    if (channel) return { outlet: channel[1], reporters: bylineReporters(channel[2]!), from: line };
    // (`某某网（记者 甲）`: a site's own reporter, without 本报.)
    const paper = /^(.{2,12}?(?:报|网|台|社))\s*[（(]((本报)?记者[^)）]{1,20})[)）]/.exec(head);
    if (paper && (paper[3] || OUTLET_OK(paper[1]!)))
      return { outlet: paper[1], reporters: bylineReporters(paper[2]!), from: line };
    // `云上某某报道：（全媒体记者 甲）`: a county's news app, of any name, its report and its reporter (报道 and 记者 say
    // what the name before them is).
    const app =
      /^(\p{Script=Han}{2,10}?)报道\s*[:：]?\s*[（(]\s*((?:全媒体|融媒体|首席|特约|见习|实习)?记者[^)）]{1,20})[)）]/u.exec(
        head,
      );
    if (app && OUTLET_OK(app[1]!)) return { outlet: app[1], reporters: bylineReporters(app[2]!), from: line };
    // `某某商人网宁波报道：2010年5月22日…`: a site or paper, where it reported from, 报道 and a colon opening the article.
    const reportedFrom = /^(\p{Script=Han}{2,10}?(?:网|日报|晚报|报))(?:\p{Script=Han}{2,4})?报[道导]\s*[:：]/u.exec(
      head,
    );
    if (reportedFrom && OUTLET_OK(reportedFrom[1]!)) return { outlet: reportedFrom[1], reporters: [], from: line };
    // `云上某某报道：12月28日，…`: a county's news app, of any name, its report and a colon, then the day the article opens
    // with (报道 and the day after the colon say what the name before them is).
    const appDay = /^(\p{Script=Han}{2,8}?)报[道导]\s*[:：]\s*(?=(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日)/u.exec(head);
    if (appDay && OUTLET_OK(appDay[1]!) && !personName(appDay[1]!))
      return { outlet: appDay[1], reporters: [], from: line };
    // `【某网记者某某报道】`: the outlet and its reporter in brackets, opening the article.
    // `【某网综合报道】`, `【某网某某某台中报导】`: the same without 记者, what it did or its reporter and city (not read);
    // `【某社2月5日某市报道】`: with the day it was filed.
    // `（某日报报道）`: in round brackets, as Hong Kong papers open a story.
    const credit =
      /^(?:[【［[]\s*(\p{Script=Han}{2,12}?(?:日报|晚报|报|网|台|社))(?:\d{1,2}月\d{1,2}日)?((?:特派|驻\p{Script=Han}{1,6})?记者[^】］\]]{2,16}?|综合|\p{Script=Han}{2,8}?)(?:采访)?报[道导]\s*[】］\]]|[（(](\p{Script=Han}{2,8}?(?:日报|晚报|时报|报|网|台|社))报[道导][)）])/u.exec(
        head,
      );
    const creditOutlet = credit?.[1] ?? credit?.[3];
    if (credit && creditOutlet && OUTLET_OK(creditOutlet))
      return {
        outlet: creditOutlet,
        reporters: credit[2] && /记者/.test(credit[2]) ? bylineReporters(credit[2]) : [],
        from: line,
      };
    // `【某某記者甲乙報導】`, `【某某記者甲乙／台南報導】`: 记者 and 报导 in the brackets say the name before them is an outlet,
    // whatever it ends in.
    // (`某某新闻网记者甲乙/台北报导`: the same on a line of its own, without brackets, by a name that says it is an outlet.)
    const reported = REPORTER_IN_BRACKETS.exec(head) ?? OUTLET_REPORTER_LINE.exec(head);
    if (reported && OUTLET_OK(reported[1]!))
      return { outlet: reported[1], reporters: bylineReporters(`记者${reported[2]!}`), from: line };
    // `【某某新闻记者：甲、乙高雄报导】`: with a colon after 记者 and the city run on after the names (the outlet read; the
    // names, not told apart from the city, left to the editor).
    const colon =
      /^[【［[]\s*(\p{Script=Han}{2,8}?)记者\s*[:：]\s*[\p{Script=Han}、／/\s]{2,24}?报[道导]\s*[】］\]]/u.exec(head);
    if (colon && OUTLET_OK(colon[1]!)) return { outlet: colon[1], reporters: [], from: line };
    // `（某传媒某新闻）【记者某某/台中报导】`: the outlet a portal carries, in brackets before its reporter's credit.
    const carried =
      /^[（(](\p{Script=Han}{2,16}?(?:新闻|日报|晚报|时报|报|网|社|台|传媒))[)）]\s*[【［[（(]\s*记者/u.exec(head);
    if (carried && OUTLET_OK(carried[1]!)) return { outlet: carried[1], reporters: [], from: line };
    // `【某网】2016年12月27日下午，…`: the site's name in brackets opening the article.
    // (`【某网 某频道】…`: with the site's section after a space.)
    const bracketed =
      /^[【［]\s*(\p{Script=Han}{2,12}?(?:日报|晚报|报|网|台|社|新闻)|\p{Script=Han}网)(?:\s+\p{Script=Han}{2,8})?\s*[】］](?=\s*\S)(?!\s*讯)/u.exec(
        head,
      );
    if (bracketed && OUTLET_OK(bracketed[1]!)) return { outlet: bracketed[1], reporters: [], from: line };
    // `…校际音乐会昨上演 【某日报消息】某会主办…`: a paper's bracketed credit where its article begins, after a caption or
    // headline on the same line.
    const credited = /[【［]\s*(\p{Script=Han}{2,12}?(?:日报|晚报|报|网|台|社))消息\s*[】］]/u.exec(head);
    if (credited && OUTLET_OK(credited[1]!)) return { outlet: credited[1], reporters: [], from: line };
  }
  return undefined;
}

/**
 * `〔记者甲／台北报导〕`, `记者甲∕台北报导`, `记者：某报 甲 / 台南市 报导`: a Taiwanese paper's credit, its reporter and the city
 * (or county) the story was filed from, read from the article's first lines whether the credit names the paper or not;
 * only a place the divisions table holds whole, at city level (not `社头乡`, a township, nor `新北`, which it lacks). On
 * the 560 blind reports of stop 75, 14 credits of this form; their readers wrote that place (or its county) as the city
 * 12 times, and the importer had read none of them.
 */
export function reporterCity(lines: readonly string[]): string | undefined {
  for (const line of lines.slice(0, 8)) {
    const city = /记者[^／/∕\n，,。]{1,20}?[／/∕]\s*(\p{Script=Han}{2,6}?)\s*报[导道]/u.exec(line.slice(0, 120))?.[1];
    if (!city) continue;
    const placed = placeAt(city, { shortNames: true });
    return placed && placed.length === city.length && placed.division.level === 'city' ? city : undefined;
  }
  return undefined;
}

/** `【某某记者甲乙报导】`, `【某某记者甲乙／台南报导】`: an outlet of any name, its reporters and where they filed from. */
const REPORTER_IN_BRACKETS =
  /^[【［[]\s*(\p{Script=Han}{2,8}?)记者(\p{Script=Han}{2,4}(?:[、／/]\p{Script=Han}{2,4})?)(?:[／/]\p{Script=Han}{2,6})?报[道导]\s*[】］\]]/u;

/**
 * A reporter's credit line: the paper, 记者, one to three names (`某报特派记者 甲 乙`, `文 / 某晚报全媒体记者 甲`: a
 * newsroom's 全媒体 or 融媒体 reporter).
 */
const REPORTER_CREDIT =
  /^(?:文\s*[/／]\s*)?(\p{Script=Han}{2,10}?(?:日报|晚报|商报|报|网|台|社|新闻))(?:特派|驻\p{Script=Han}{1,6}|全媒体|融媒体)?记者\s*\p{Script=Han}{2,4}(?:[\s、]+\p{Script=Han}{2,4}){0,2}(?:\s+报[道导])?$/u;
/**
 * `某某记者 甲 通讯员 乙 文/图`: an outlet of any name (an app, `读特`) before 记者, when correspondents or the words 文/图
 * follow the reporter, as only a credit line has them.
 */
const CREDIT_WITH_CORRESPONDENT =
  /^(\p{Script=Han}{2,8}?)(?<!特派|驻地|实习|见习|首席|本报|本台|本网)记者\s+\p{Script=Han}{2,4}(?:\s+\p{Script=Han}{2,4})?(?:\s+通讯员(?:\s+\p{Script=Han}{2,4})+(?:\s+(?:文\/图|图\/文|摄影?))?|\s+(?:文\/图|图\/文|摄影?))$/u;

/**
 * `（大众新闻记者周欣怡 通讯员 刘斐）`, `（某市融媒体中心记者：甲；编辑：乙）`, `（香港文汇网记者 丁宁）10月6日下午，…`: the
 * outlet and its reporter in brackets, on a line of their own or opening the first paragraph. On the 1,040 blind reports
 * of stops 62 to 64 and the shared corpus, readers' outlet was the bracket's 7 times of 7.
 */
const BRACKET_CREDIT =
  /^[（(]\s*(\p{Script=Han}{2,12}?(?:融媒体中心|新闻|日报|晚报|报|网|台|社))\s*(?:全媒体|融媒体)?记者\s*[:：]?\s*\p{Script=Han}{2,4}[^）)]{0,40}[）)]/u;

/** The kinds of paper a masthead's name ends in (`某某日报`, `某某商报`). */
const PAPER_KIND = '(?:日报|晚报|时报|早报|商报|快报|周报|导报)';

/** A paper and its reporters in brackets at the end of the article's last paragraph (`（某日报 融媒体记者甲 通讯员乙）`). */
// (And the pipes of a page's table after it.)
const CLOSING_CREDIT =
  /[（(](\p{Script=Han}{2,10}?(?:日报|晚报|报|网|台|社))\s*(?:全媒体|融媒体)?(?:记者|通讯员)[^)）]{2,30}[)）][\s|｜]*$/u;

/** `…某协会主办。(来源:某厅)`: where the piece came from, in brackets after the article's last sentence. */
const CLOSING_SOURCE = /(?<=[。！”])\s*[（(]\s*来源\s*[:：]\s*(\p{Script=Han}{4,24})\s*[)）]\s*$/u;
/**
 * `……的广泛赞誉。（某某日报）`: a paper's name alone in brackets after the article's last sentence, the paper that ran it;
 * so a news site's or channel's (`（某某新闻）`, `（某某网）`, round 233).
 */
const CLOSING_PAPER = new RegExp(
  `(?<=[。！？”])\\s*[（(](\\p{Script=Han}{2,8}?(?:${PAPER_KIND}|新闻|网|电视台|融媒))[)）][\\s|｜]*$`,
  'u',
);
/**
 * `某某开幕 | 某某早报`, `某某开幕！[某某网]`: a page's title, the site's name after a bar or in square brackets (round 233;
 * only where the page names no outlet otherwise).
 */
const TITLE_SITE = /(?:\s[|｜]\s*|[[【])(\p{Script=Han}{2,8}?(?:报|网|新闻|电视台))[\]】]?$/u;

/** Two or three characters after a known surname: a person's name, not a body's (who sent a piece in). */
const personName = (s: string) => /^\p{Script=Han}{2,3}$/u.test(s) && !!surnameOf(s);

/**
 * The next field of an info line run on after a value without a space (`区委网信办发布时间：…`); a label inside a name
 * (`社会工作者协会`) is not one.
 */
// (`来源：某报2021-10-29 18:14`, `来源：某会2023年02月25日`: the day run on without a label; `来源：某报发表时间：…`;
// `文章来源：某网文章作者：…`: the 文章 of the next label too; `发布机构:某局关键词:…`.)
const NEXT_FIELD =
  /(?:(?<=\p{Script=Han})(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}|(?:文章)?(?:信息来源|稿件来源|来源|发布时间|发布日期|时间|日期|作者|责任编辑|编辑|责编)\s*[:：]|关\s*键\s*词\s*[:：]|作者\s*[/／]|(?:浏览|点击|阅读)(?:次数|量)?|发布时间|发布日期|发表时间|发表日期|最后修改|修改时间|更新时间|(?:所在|当前)位置\s*[:：]).*$/u;

/** The endings of a society's name: a body of members that calls itself 我会. */
const SOCIETY_ENDINGS = '协会|学会|商会|联合会|研究会|促进会|基金会';
const SOCIETY = new RegExp(`(?:${SOCIETY_ENDINGS})$`);
/** A body that can author an article on its own site (not a site's name: `某作文网` as 作者 is a pen name). */
const AUTHOR_BODY = new RegExp(`(?:${SOCIETY_ENDINGS}|委员会|联盟|局|厅|委|院|中心|政府|大学|学校)$`);

/** A paper's masthead where the headline would be (`解放日报`, `大公报电子版`). */
const MAST_HEADLINE = new RegExp(
  `^(\\p{Script=Han}{2,6}?${PAPER_KIND}|大公报|文汇报|明报|信报|星报|力报|正报)(?:电子版|数字报)?$`,
  'u',
);

/** A paper as the 作者 of a page that copies its article (`作者：中山商报`): the outlet that ran it. */
const AUTHOR_PAPER = new RegExp(`^\\p{Script=Han}{2,8}${PAPER_KIND}$`, 'u');

/** A line that is only a body's name in brackets, with its writer's after a space (`（某镇关工委 甲乙）`). */
const SIGNED_OFF =
  /^[（(]\s*(\p{Script=Han}{3,20}?)(?:\s+\p{Script=Han}{2,4}(?:[\s、]+\p{Script=Han}{2,4}){0,2})?\s*[)）]$/u;

/** `（某某协会）` without brackets: a body's name alone on the article's last line, where it signs what it wrote. */
const SIGNATURE = /^\p{Script=Han}{4,20}$/u;

/** `某某网微信公众号` closing the page: the site that asks the reader to follow it. */
const FOLLOW_US = /^(\p{Script=Han}{2,12}?网)(?:官方)?微信(?:公众号|公众平台|号)$/u;

/** `报刊：某某大学报` near the top of a paper's online edition: the paper. */
const PAPER_LABEL = /^报刊\s*[:：]\s*(\p{Script=Han}{2,16}?报)$/u;

/** A line that is only a paper's title in brackets, maybe with its day (`（《某某早报》,23/03/2008）`). */
const PAPER_CREDIT = /^[（(]\s*《(\p{Script=Han}{2,12})》\s*(?:[,，、]\s*\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4})?\s*[)）]$/u;

/** A line that is only the credit of the body that sent the article in (`（某市科协供稿）`). */
const SENT_IN = /^[（(]\s*(\p{Script=Han}{2,20}?)\s*供稿\s*[)）]$/u;

/**
 * `某县政府新闻稿113/10/30`, `某县政府新闻参考资料106.4.18`: a government's press release, stamped with its day, which
 * the page carries as the body issued it: that body is the outlet.
 */
const PRESS_RELEASE =
  /^(\p{Script=Han}{2,16}?(?:政府|府|局|处|署|部|厅|委员会|办公室))(?:新闻稿|新闻参考资料|新闻资料)\s*[\d./-]*$/u;

/** `某报 P08 | 某地新闻 2011-09-02`: a paper's name, its page and section over the article, as its archive prints it. */
const PAPER_PAGE =
  /^(\p{Script=Han}{2,8}?报)\s+[A-Z]?\d{1,2}版?\s*[|｜]\s*\p{Script=Han}{2,8}\s+(?:19|20)\d{2}-\d{2}-\d{2}$/u;

/** `某某报 国内统一刊号 CN-35(Q)第0003号`: a paper's masthead with its registration number. */
const PAPER_REGISTERED = /^(\p{Script=Han}{2,8}?报)\s*国内统一刊号/u;

/** A medium's name by its kind (`中国周刊`, `顶点新闻`, `某市融媒体中心`, `某县广播电视台`). */
const MEDIUM = /(?:网|报|台|社|传媒|新闻|周刊|杂志|融媒体中心|在线)$/;
/**
 * Words of a page's own that end like a medium's name (`相关新闻`, `图片新闻`, `新闻公报`), and its links
 * (`按此连结细阅新闻`, click here to read the news; `查看更多新闻` once a leading 点击 is cut).
 */
const NOT_A_MEDIUM =
  /^(?:语音|视频)播报$|^(?:阅读|相关|图片|热点|热门|最新|更多|今日|要闻|本地|国内|国际|时政|社会|综合|视频|推荐|头条|行业|产业|企业|公司|工作|党建|校园|学术|院系|部门|基层|地方|各地|区县|县区|镇街|乡镇|媒体|协会|学会|商会|本会|会员|学院|学校)新闻$|公报$|^(?:按此|请点击)|连结|链接|查看|进入|浏览|返回/;

/**
 * `中国教育在线`, `中国周刊`, `顶点新闻`, `某县广播电视台` on a line of its own at the top or foot of the page, or right under
 * the headline (`摘自某新闻网`): the medium whose page it is (the site's masthead; not a portal's). Stop 64 widened it from
 * a header line ending in 网, 报 or 在线: on the 960 blind reports of stops 62 to 64, readers named such a line the
 * outlet 6 times of 6 more. (A body's name on such a line, `中国桥牌协会`, was as often a button or a menu's item,
 * `参观博物馆`, `基层工会`: 6 right, 7 wrong.)
 */
function topMasthead(report: ReportText): Found | undefined {
  const edges = (report.removed ?? []).filter((r) => r.why === HEADER || r.why === EDGE).slice(0, 8);
  return (
    [...edges.map((r) => r.line), ...report.lines.slice(0, 3)]
      // (`点击某日报`: the masthead as a link, by its name.)
      .map((line) => line.trim().replace(/^摘自|^(?:点击|点此)(?=\p{Script=Han}{3})/u, ''))
      .filter(
        (line) =>
          line !== report.headline?.trim() &&
          /^\p{Script=Han}{3,20}$/u.test(line) &&
          !NOT_A_MEDIUM.test(line) &&
          MEDIUM.test(line) &&
          OUTLET_OK(line) &&
          !isAggregatorName(line),
      )
      .map((line) => ({ value: line, from: `页面上单独一行“${line}”` }))[0]
  );
}

/**
 * `某某发布 2020-01-10` (NAME_DAY_LINE), `2019-10-27 某某文化`: a name and a day on a line of their own over the article,
 * as a reposted account's or paper's page stamps it. The name is the outlet, whatever it ends in: on the 560 blind
 * reports of stop 62 and the shared corpus, the readers took such a name as the outlet 15 times of 16 (the other page had
 * a 来源 line, read first).
 */
const STAMPED_NAME = [
  NAME_DAY_LINE,
  /^(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s+([A-Za-z]{0,3}\p{Script=Han}{2,14}?)\d{0,7}$/u,
];

/** The name a stamp line over the article gives (STAMPED_NAME), among the page's info lines and its headline. */
function stampedName(report: ReportText): Found | undefined {
  for (const line of [report.headline ?? '', ...report.info].map((l) => l.trim())) {
    const name = STAMPED_NAME.map((re) => re.exec(line)?.[1]).find((n) => n !== undefined);
    if (name && OUTLET_OK(name) && !personName(name) && !isAggregatorName(name) && !GREETING.test(name))
      return { value: name, from: line };
  }
  return undefined;
}

/** The lines cleaning took away as the page's header, footer or chrome. */
const removedLines = (report: ReportText) => (report.removed ?? []).map((r) => r.line);

/**
 * A press release's stamp, a paper's page line or its registered masthead among the page's info, its first lines or its
 * removed header.
 */
function releasedBy(report: ReportText): Found | undefined {
  const lines = [...report.info, ...report.lines.slice(0, 4), ...removedLines(report)];
  for (const line of lines.map((l) => l.trim())) {
    const m = PRESS_RELEASE.exec(line) ?? PAPER_PAGE.exec(line) ?? PAPER_REGISTERED.exec(line);
    if (m && OUTLET_OK(m[1]!)) return { value: m[1]!, from: line };
  }
  return undefined;
}

/** The first of the page's info lines (trimmed) that the pattern matches, and the match. */
const firstInfo = (report: ReportText, pattern: RegExp) =>
  report.info.map((line) => pattern.exec(line.trim())).find((m) => !!m);

/**
 * A unit named without saying whose (`学会部`, `体育局`, `人才处`, `区残联`, `市民族宗教局`): a citation to it finds nothing
 * until the editor writes whose it is. It is still the outlet the page names: on the 1,840 blind reports of stops 53 to 57
 * such a 来源 was the readers' outlet 13 times and another once (on the 180 blind sets of stop 47, 2 times and not 12).
 * A party committee's office (`区委网信办`) and a unit of the site's own department (`厅社管局`, above) need no TODO; nor
 * does a ministry of the State Council (`司法部`, `教育部`), whose short name is its whole name.
 */
const UNNAMED_UNIT =
  /^(?!(?:外交|国防|教育|科技|工信|公安|民政|司法|财政|人社|水利|商务|文旅|农业|卫生|文化|铁道|审计|监察|人事|劳动|建设)部$)(?:[市省区县](?![场域级长委])\p{Script=Han}{1,10}|(?![厅局])\p{Script=Han}{1,3})(?:部|局|处|办|科|室|组|中心|学院|委|联|院)$/u;

/** A site's greeting before its name (`欢迎来到某某公司官网`). */
const GREETING_FIRST = new RegExp(`^${GREETING.source}(?=\\p{Script=Han}{4})`, 'u');

/**
 * `长江日报融媒体`, `某报客户端`, `青海新闻网·大美青海客户端`, `长沙晚报掌上长沙`: a paper or site credits its newsroom or
 * its app; the outlet is the paper or site (a county's 融媒体中心 is a body of its own, kept whole).
 */
export function outletProper(name: string): string {
  return (
    name
      // `来源： ■某经济报`: a bullet before the name; `关于某报`, the site's "about" link on a line of its own (round 248).
      .replace(LEADING_MARKS, '')
      .replace(/^关于(?=\p{Script=Han}{2,12}$)/u, '')
      // `欢迎来到某某公司官网`: the site's greeting before its name.
      .replace(GREETING_FIRST, '')
      // `图为活动现场 某新闻网乐山7月28日讯`: a photo's caption run on before the dateline's outlet.
      .replace(/^图[为中示][^\s]{0,20}\s+(?=\p{Script=Han}{2})/u, '')
      // `某某官方网`, `某某官网`: the site of the outlet, by its own name.
      .replace(/(?<=\p{Script=Han}{2})(?:官方网站|官方网|官网)$/u, '')
      // `新京报快讯`: the paper's newsflash, read up to its 讯; `某网-某频道丨`: a bar after the name.
      .replace(/(?<=\p{Script=Han}(?:报|网|社|台))快$/u, '')
      // `来源：某网综合`: the site's compiled report, by the site's name.
      .replace(/(?<=\p{Script=Han}{2}(?:报|网|社|台))综合$/u, '')
      .replace(/\s*[丨|｜]$/u, '')
      // `来源：某日报-某某铁艺`, `某局_工作动态`: a mirror's advertising after a paper's name, or the section of a body's site
      // after its name, cut off at the dash or the underscore (not `某网-某日报`, a site and its paper; round 303).
      .replace(
        /^(\p{Script=Han}{2,12}?(?:日报|晚报|时报|早报|商报))\s*[-－]\s*\p{Script=Han}{2,10}(?<!报|网|台|社|客户端|频道|新闻|在线)$/u,
        '$1',
      )
      .replace(/^(\p{Script=Han}{3,20}?(?:局|厅|委|办|集团|公司|协会|中心))_\p{Script=Han}{2,8}$/u, '$1')
      // `中国网新闻`, `中新网四川新闻`: a site's (or its provincial edition's) news section, by the site's name; readers
      // wrote it without 新闻 3 times of 3.
      .replace(/(?<=\p{Script=Han}网\p{Script=Han}{0,3})新闻$/u, '')
      // `某报《某栏目》某地站`: a paper's column and its local station file for the paper.
      .replace(/^(\p{Script=Han}{2,10}?报)《[^》]{1,12}》\p{Script=Han}{0,10}$/u, '$1')
      // `红网时刻新闻`, `红网时刻娄底`: a site's news app, or its local edition, by the site's own name.
      .replace(/^红网时刻\p{Script=Han}{0,4}$/u, '红网')
      // (`中国网·某某`: and a site's local edition after a middle dot; `某某网-新某某客户端`: its app after a dash.)
      .replace(/^(\p{Script=Han}{2,12}?(?:网|报|台))\s*[·・]\s*\p{Script=Han}{2,10}(?:客户端|APP|App)?$/u, '$1')
      .replace(/^(\p{Script=Han}{2,12}?(?:网|报|台))\s*[-—－]\s*\p{Script=Han}{2,10}(?:客户端|APP|App)$/u, '$1')
      // (`某快报本报讯`: the 本报 of 本报讯, run on after the paper's name; round 258.)
      .replace(
        /^(\p{Script=Han}{2,12}?(?:日报|晚报|时报|早报|快报|网|台))(?:融媒体|本报|客户端|APP|App|掌上\p{Script=Han}{2,3})$/u,
        '$1',
      )
  );
}

/**
 * `来源：中自协` over `中国自行车协会（以下简称中自协）理事长…`: a short name the page itself introduces, by the body's full
 * name (round 248).
 */
function introducedAs(text: string, name: string): string {
  if (name.length > 6) return name;
  // (The note as SHORT_NAME reads it, naming this short name; the run of characters before it, without a word that
  // opens the clause, is the body's name when it reads as one.)
  const m = new RegExp(
    `(\\p{Script=Han}{4,30})[（(](?:以下|下文|下)?(?:简称|称)[：:]?[“"「]?${escapeRegExp(name)}[”"」]?[)）]`,
    'u',
  ).exec(text);
  const body = m && m[1]!.replace(/^(?:由|经|据|在|与|和|及|为|是)/, '');
  return body && isOrganization(body) ? body : name;
}

/** A paper's own story: `本报讯`, `本报义乌10月21日电`. */
const OWN_STORY = /本报(?:讯|\p{Script=Han}{0,6}\d{1,2}月\d{1,2}日[电讯])/u;

/**
 * The outlet: 来源/发布机构 on the page, a `时间 网站名` line, the byline, `据《某报》记者`, page metadata, the address. A
 * unit named without its body in a 来源 or 作者 label is the outlet too, and is put in `skipped` for the editor to write
 * whose it is (reading on from other lines for a fuller name found more wrong outlets than right ones on the blind sets,
 * 3 to 1).
 */
export function readOutlet(report: ReportText, byline: Byline | undefined, skipped: string[] = []): Found | undefined {
  const own = siteOutlet(report);
  const raw = findOutlet(report, byline, own);
  // `新闻中心新浪首页 > 新闻中心 > 综合`, `某品牌搜狐体育 > 综合体育`: on a portal's page, the portal's own name read from its
  // breadcrumb or title names no outlet either (see aggregatorOf).
  // (A 来源 line that names the portal itself, for a piece it wrote, still does.)
  const site = aggregatorOf(report.meta.url);
  const portal = site && brandOf(site);
  if (raw && portal && raw.value.includes(portal) && !/来源|供稿/.test(raw.from)) return undefined;
  // (`大江网-江西日报` in a portal's stamp, `某新闻网-某日报讯` opening the article: a site that carried its paper's
  // story; the story is the paper's. Readers of the 1,280 pooled named the paper 4 times of 4; under a page's own label,
  // `来源：某网-某日报`, once of two, and the label stays as written.)
  // (A gambling mirror's brand, however the name was found: `某某线路检测中心官网` atop the page, round 297.)
  if (!raw || GAMBLING_BRAND.test(raw.value)) return undefined;
  const proper = introducedAs(pageText(report), outletProper(raw.value));
  const found = { ...raw, value: SOURCE_LABEL.test(raw.from) ? proper : proper.replace(SITE_THEN_PAPER, '') };
  const wire = dispatchOver(found, byline);
  if (wire) return wire;
  // `来源：体育局` on `tyj.fuzhou.gov.cn`, `（早报讯）` on `zaobao.com.sg`: the end of the name of the site the page is on
  // (福州市体育局, 联合早报) is that site, named short.
  // (Not `来源：省林业局` on a city's bureau's site, `lyj.某.gov.cn`: the province's, named so.)
  const short = found.value.replace(/^[省市区县]/, '');
  const level = found.value[0] === '省' && !own?.includes('省');
  if (own && own !== found.value && short.length >= 2 && own.endsWith(short) && !level)
    return { value: own, from: found.from };
  if (!UNNAMED_UNIT.test(found.value)) return found;
  // `来源：林业局`, `来源：市水利局` on a city's portal (`www.某.gov.cn`): that city's bureau, named in full.
  const whole = unitOfPortal(report.meta.url, pageText(report), found.value);
  if (whole) return { value: whole, from: `${found.from}；网址 ${report.meta.url}` };
  // `来源：市医疗保障局` over an article that names `由南通市医疗保障局…`: the unit named in full there, the one place
  // it names so (round 309).
  const written = namedInFull(pageText(report), found.value);
  if (written) return { value: written, from: found.from };
  skipped.push(found.value);
  // (Only what a label says the piece came from: a unit in a byline, `摄影中心／记者某某／台北报导`, is the newsroom's
  // desk, not the outlet.)
  return SOURCE_LABEL.test(found.from) ? found : undefined;
}

/** `市医疗保障局` named in full in the text (`南通市医疗保障局`), under one place only; else undefined. */
export function namedInFull(text: string, unit: string): string | undefined {
  const level = /^[省市区县]/.exec(unit)?.[0];
  if (!level) return undefined;
  const full = new Set(
    [...text.matchAll(new RegExp(`(\\p{Script=Han}{2,8}?${level})${escapeRegExp(unit.slice(1))}`, 'gu'))]
      // (The place is the longest tail of the characters before the unit that the divisions read whole.)
      .map((m) =>
        [...m[1]!]
          .map((_, i) => m[1]!.slice(i))
          .find((tail) => placeAt(tail, { shortNames: true })?.length === tail.length),
      )
      .filter((place): place is string => !!place && place.length >= 3)
      .map((place) => `${place}${unit.slice(1)}`),
  );
  return full.size === 1 ? [...full][0] : undefined;
}

/** `某新闻网-` before the name of the paper whose site it is. */
const SITE_THEN_PAPER = /^\p{Script=Han}{1,10}网\s*[-－—]\s*(?=\p{Script=Han}{2,10}报$)/u;

/** 中国新闻社 and its site, by any of their names: one outlet. */
const CHINA_NEWS = /^(?:中新社|中新网|中国新闻社|中国新闻网)$/;
/** One outlet by two names: one holds the other, an agency or a paper and its site (新华社, 新华网), or 中新社 by any name. */
/** What a paper's or a site's name ends in (`新乡日报`, `新乡网`). */
const PAPER_OR_SITE = /(?:日报|晚报|网)$/;
/** The name without that ending, or an agency's 社: a paper, its site and an agency share it (`新乡`, `新华`; round 308). */
const outletStem = (name: string) => name.replace(PAPER_OR_SITE, '').replace(/社$/, '');
const sameOutlet = (a: string, b: string) =>
  a.includes(b) || b.includes(a) || outletStem(a) === outletStem(b) || (CHINA_NEWS.test(a) && CHINA_NEWS.test(b));

/**
 * `来源：某新闻网` above `中新社香港11月26日电（记者某某）`: a page's label naming another site than the one whose dated
 * dispatch the article opens with carries that outlet's story; the dispatch names the outlet (the blind readers of the
 * 800 pooled wrote the dispatch's outlet 5 times of 5 where the two differed, the label's where they were one outlet).
 * Not `本报讯`, `本站讯`, which name only the page's own site.
 */
function dispatchOver(found: Found, byline: Byline | undefined): Found | undefined {
  if (!SOURCE_LABEL.test(found.from) || byline?.outlet === undefined) return undefined;
  const wire = outletProper(byline.outlet);
  // (Without a day too, where the article opens with a paper's or a site's 讯 under another site's label,
  // `文章来源：某监督网` over `某新闻网讯（记者某某）`: the story is the paper's or site's; round 308.)
  if (byline.day === undefined && !PAPER_OR_SITE.test(wire)) return undefined;
  if (/^本/.test(wire) || NOT_A_NAME.test(wire) || !OUTLET_OK(wire) || sameOutlet(wire, found.value)) return undefined;
  return { value: wire, from: byline.from };
}

/** The headline and the article, as the text that picks among places of one pinyin in an address. */
const pageText = (report: ReportText) => [report.headline ?? '', ...report.lines].join('\n');

/**
 * The outlet the page's address names, among places of one pinyin the one the report names (outletFromUrl). But not a
 * city's or county's portal (`www.某.gov.cn`, 某市人民政府) on a page whose label names where the piece came from:
 * there (`来源：某镇`, `消息来源：县新闻中心`) readers wrote the unit the label names, 3 times of 3.
 */
function siteOutlet(report: ReportText): string | undefined {
  const labelled = [...report.info, ...report.lines.slice(0, 3)].some((l) =>
    /(?:来源|发布机构)\s*[:：]\s*\p{Script=Han}/u.test(l),
  );
  return outletFromUrl(report.meta.url, pageText(report), { portals: !labelled });
}

/** `发布机构:某局`, `单位：某局`: who issued the page, after its label; group 1 is the body. */
const ISSUER_VALUE = new RegExp(
  `(?:${ISSUER_LABELS}|(?<!\\p{Script=Han})单位)\\s*[:：]\\s*[|｜]?\\s*([^\\s|｜]+)`,
  'u',
);

/** A label saying where a piece came from or who put it up (来源, 作者, 发布…), as the page's info line writes it. */
const SOURCE_LABEL = /(?:来源|作者|发布|供稿|稿源|出处)\s*[:：]/;

/** The outlet the page names; `fromUrl`, the one its address names (siteOutlet), as a last resort and for comparison. */
function findOutlet(report: ReportText, byline: Byline | undefined, fromUrl: string | undefined): Found | undefined {
  for (const line of report.info) {
    // `来源：` with nothing after it and the body's name on a line of its own under the headline: the page set the value apart
    // (with the body's initials in Latin letters after it, `某协会CADA`, as it signs itself).
    if (/(?:稿件来源|来源)\s*[:：]\s*$/.test(line.trim())) {
      const below = report.lines
        .slice(0, 3)
        .map((l) => l.trim())
        .find(
          (l) =>
            l !== report.headline &&
            /^\p{Script=Han}{4,20}(?:[A-Z]{2,8})?$/u.test(l) &&
            isOrganization(l.replace(/[A-Z]+$/, '')) &&
            OUTLET_OK(l),
        );
      if (below) return { value: below, from: `${line.trim()}${below}` };
      // `来源：` closing the page, the paper's name on the line after it (`某某日报`).
      const paper = [...report.lines.slice(-3), ...report.info, ...removedLines(report)]
        .map((l) => l.trim())
        .find((l) => AUTHOR_PAPER.test(l) && OUTLET_OK(l));
      if (paper) return { value: paper, from: `${line.trim()}${paper}` };
    }
    // (`来源:[ 某某日报]`: the value in square brackets; `作者:转载自某厅网站`: the author's field naming where it was
    // taken from; `作者:某某 单位:某局`: the writer's body, a field of its own.)
    // (`来源 | 某某日报`: a line of its own that sets the source apart with a bar.)
    // (Not `供稿：`, who sent the piece in: the blind readers of stops 53 to 61 left it out 7 times of 7. `供稿单位：` and a
    // closing `（某局供稿）`, below, they take.)
    const source =
      /^(?:稿件来源|来源)\s*[|｜]\s*(\p{Script=Han}{2,16})$/u.exec(line.trim()) ??
      /(?<!图片|照片)(?:稿件来源|来源|出处|供稿单位|转载自|转自|来自)\s*[】]?\s*[:：]\s*[|｜]?\s*(?:来源\s*[:：]\s*)?[“"]?(?:[[［]\s*(?=[^\]］]{2,20}[\]］]))?([^\s|｜）)\]】［[，,；;“”"？?]+)/.exec(
        line,
      ) ??
      // (`发布机构:某局关 键 词:…`: the next label spaced out, read as one word so that NEXT_FIELD cuts it off.)
      ISSUER_VALUE.exec(line.replace(/关\s+键\s+词/g, '关键词')) ??
      // (`摘自：某日报`, `转载：某信息网` on a line of their own: where the piece was taken from. Not `转载：` before the
      // headline run on after it, a page's tag for reposted pieces.)
      /^(?:转载|摘自)\s*[:：]\s*([^\s|｜「」“”]{2,20})$/.exec(line.trim()) ??
      /作者\s*[:：]\s*转载自\s*([^\s|｜]+)/.exec(line);
    // The next field run on without a space (NEXT_FIELD).
    // `来源：某某报报道`: the paper, without the word for its report (not 中国报道, a name).
    const value = source?.[1]
      ?.replace(NEXT_FIELD, '')
      .replace(/(?<=\p{Script=Han}报)报[道导]$/u, '')
      // `来源：某某网sjfzxm.com`: the site's address after its name, no part of it.
      .replace(/(?<=\p{Script=Han})(?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|cn|net|org|hk|tw|mo)$/u, '')
      // `来源：某艺术网专稿`: the site's word for a piece written for it, no part of its name; `来源：某报网讯`: the word of
      // its dateline.
      .replace(/(?<=\p{Script=Han}(?:网|报|台|社))(?:专稿|特稿|供稿|讯)$/u, '')
      // `来源：某市政府公众信息网由某协会主办…`: the article's first sentence run on after the site's name.
      .replace(/(?<=\p{Script=Han}{2}(?:网|报|台))(?:由|于|在)\p{Script=Han}.*$/u, '')
      // `来源：某协会(微信公众号)`: the channel it came through, in brackets after the body, no part of its name.
      .replace(/(?<=\p{Script=Han}{4})[（(][^）)]*$/u, '')
      // `来源：天山网-新疆日报原创`: the site's word for its own reporting, no part of its name.
      .replace(/(?<=\p{Script=Han}{2}(?:网|报|台|社))原创$/u, '')
      // `来源：某学会供稿`: the body that sent the piece in, without the word for sending it.
      .replace(/(?<=\p{Script=Han}{4})供稿$/u, '')
      // `来源：某网-体育频道`: the site's channel after a dash, no part of the outlet's name.
      .replace(/(?<=\p{Script=Han}(?:网|报|台))\s*[-—－]\s*\p{Script=Han}{1,8}频道$/u, '')
      // `来源：欢迎莅临某某网`, `来源：某某收集`: a site's greeting, or the word for what was done with the piece.
      .replace(/^欢迎(?:莅临|光临|访问|来到)?/, '')
      // `来源：微信号某某网络`: the channel it came through, said before the body, no part of its name.
      .replace(/^(?:微信(?:公众)?号|公众号)\s*[:：]?\s*(?=\p{Script=Han}{2})/u, '')
      .replace(/(?<=\p{Script=Han}{2})(?:收集|整理|编辑|转载|摘编)$/u, '')
      // `来源:某日报 发表评论` run together once a converter's pinyin and its space are gone: the page's comment link.
      .replace(/(?<=\p{Script=Han}{2})(?:发表评论|我要评论|参与评论|参与互动)+$/u, '');
    // `转自：新浪->国内新闻`: a portal the piece was taken from is no outlet of it.
    if (value && isAggregatorName(value)) continue;
    // `报导来源：<headline>（20240704 某某日报）`: the outlet in brackets after the headline it ran under, with the day.
    const dated =
      /来源\s*[:：].*[（(]\s*(?:(?:19|20)\d{6}|(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2})\s+(\p{Script=Han}{2,10}?(?:日报|晚报|报|网|社|台))\s*[)）]\s*$/u.exec(
        line,
      );
    if (dated && OUTLET_OK(dated[1]!)) return { value: dated[1]!, from: line };
    // `来源: 网络整理` (run on into the headline): put together from the web, by no outlet.
    // `来源：综合甲、乙`: put together from several, by no one outlet.
    if (value && /^(?:(?:网络|互联网|网友|综合)(?:整理|转载|摘编|投稿)|综合)/.test(value)) continue;
    // `来源：《某某信息》2020年第64期`: a bulletin or journal, by its title.
    const journal = value && /^《([^》]{2,20})》/.exec(value);
    if (journal && OUTLET_OK(journal[1]!)) return { value: journal[1]!, from: line };
    // `来源：cpp114`: a site that writes its name in Latin letters (not a word for no one, not an address).
    if (source && value && latinOutlet(value)) return { value, from: line };
    if (source && value && OUTLET_OK(value)) {
      // A relative name (区民政局) the address spells out in full (嘉定区民政局).
      if (fromUrl && /^[省市区县]/.test(value) && fromUrl.endsWith(value))
        return { value: fromUrl, from: `${line}；网址 ${report.meta.url}` };
      // (`欢迎访问广元市统计局!` atop the page, `来源:市统计局` under the headline: the site's greeting spells it out.)
      const welcome = /^[省市区县]/.test(value) ? firstInfo(report, WELCOME) : undefined;
      if (welcome && welcome[1]!.length > value.length && welcome[1]!.endsWith(value) && OUTLET_OK(welcome[1]!))
        return { value: welcome[1]!, from: `${line}；${welcome[0]}` };
      // A unit of the site's own department (`厅社管局`, `局办公室`, `本站`): the site's department publishes.
      if (fromUrl && /^(?:[厅局]|本[厅局站网])/.test(value))
        return { value: fromUrl, from: `${line}（本单位内设机构）；网址 ${report.meta.url}` };
      // `来源：某某`, `供稿单位：某某`: a person who wrote or sent the piece in is no outlet (a site or paper's name may
      // open with a surname: 金羊网, 华商报).
      if (personName(value) && !OUTLET_END.test(value) && !isOrganization(value)) continue;
      // `本站` on a site the address table does not know: the site names itself, the page does not say who it is.
      if (/^本站/.test(value)) continue;
      // A bare office (`办公室`, `综合科`, `宣传处`) names no body: whose office it is, the page does not say.
      if (!INTERNAL_UNIT.test(value)) return { value, from: line };
      continue;
    }
    // `http://www.sina.com.cn 2005年05月25日05:40 某某日报`: a portal's stamp names the outlet it carries (and perhaps
    // the reporter, after it).
    const stamped = PORTAL_STAMP.exec(line.trim());
    if (stamped && OUTLET_OK(stamped[1]!) && (!stamped[2] || personName(stamped[2])))
      return { value: stamped[1]!, from: line.trim() };
    // `某某杂志 2019年3期`: a periodical's article page names the journal and its issue.
    const issue = JOURNAL_ISSUE.exec(line.trim());
    if (issue && OUTLET_OK(issue[1]!)) return { value: issue[1]!, from: line.trim() };
    const site =
      /(?:19|20)\d{2}\s*[-/年]\s*\d{1,2}\s*[-/月]\s*\d{1,2}日?\s*\d{1,2}:\d{2}(?::\d{2})?\s*(\p{Script=Han}[^\s]{1,18}(?:网|报|台|社|协会|商会|学会|联合会|基金会|工商联)|(?:新浪|搜狐|网易|腾讯|凤凰)\p{Script=Han}{1,4})(?:\s|$)/u.exec(
        line,
      ) ?? /^(?:文|图|文\/图)\s*[:：|]\s*(\p{Script=Han}{2,10}?(?:日报|晚报|报|网|台))记者/u.exec(line);
    // (`2025-09-12 14:59 互联网`: the stamp may say only that the piece came from the web.)
    if (site && OUTLET_OK(site[1]!)) return { value: site[1]!, from: line };
    // `2019-01-21 10:53:19 | 某省住房和城乡建设厅 |`: a time stamp, then the body that published it between bars.
    const barred =
      /(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*[|｜]\s*(\p{Script=Han}{4,24})\s*[|｜]/u.exec(
        line,
      );
    if (barred && isOrganization(barred[1]!) && OUTLET_OK(barred[1]!) && !INTERNAL_UNIT.test(barred[1]!))
      return { value: barred[1]!, from: line };
    const named = SITE_DAY_LINE.exec(line.trim());
    if (named && OUTLET_OK(named[1]!)) return { value: named[1]!, from: line };
    // `【某某在线 www.example.cn】`: the site's name and its address in brackets, opening the article.
    const tagged = SITE_TAG.exec(line.trim());
    if (tagged && OUTLET_OK(tagged[1]!)) return { value: tagged[1]!, from: line };
    // `北京青年报客户端 2024-04-19 14:15`: the outlet's name (its app or site) before the time stamp; `某时报/产经特派员
    // 甲乙 2023.02.13 20:32`, `某新闻/ 2024.01.14 21:42`, `某新闻/记者某某/某地报导 2018.06.04 00:14`: its reporter's post
    // and name, or only a slash, between them.
    const before =
      /^(\p{Script=Han}[^\s|｜/／]{0,16}?(?:网|报|台|社|新闻))(?:客户端|APP|App|官网|官方网站)?(?:\s*发布于)?(?:\s*[/／]\s*(?:\p{Script=Han}{2,8}\s+\p{Script=Han}{2,4}|记者\p{Script=Han}{2,4}[/／]\p{Script=Han}{2,6}报[导道])?)?\s*(?<=\s|[/／]|报[导道])(?:19|20)\d{2}\s*[-/年.]\s*\d{1,2}\s*[-/月.]\s*\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s+(?:大字|中字|小字))?\s*$/u.exec(
        line.trim(),
      );
    // (`某日报 2017-09-10 23:01 大字`: and the page's button for the type size.)
    if (before && OUTLET_OK(before[1]!)) return { value: before[1]!, from: line };
    // `张某某     某某网     2009-09-28 14:43:53`: the reporter, the outlet and the time stamp on one line.
    const credited =
      /^(\p{Script=Han}{2,3})\s+(\p{Script=Han}{2,12}?(?:网|报|台|社))\s+(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$/u.exec(
        line.trim(),
      );
    if (credited && personName(credited[1]!) && OUTLET_OK(credited[2]!)) return { value: credited[2]!, from: line };
  }
  const released = releasedBy(report);
  if (released) return released;
  // `本站讯`: the site speaking of itself names no one; its address may (below).
  if (byline?.outlet && !NOT_A_NAME.test(byline.outlet) && !/^本(?:站|网)$/.test(byline.outlet))
    return { value: byline.outlet, from: byline.from };
  const stamped = stampedName(report);
  if (stamped) return stamped;
  const text = report.lines.join('\n');
  // `本报讯` with the footer `版权所有：某某日报社`: the paper's own article.
  const masthead = firstInfo(report, MASTHEAD);
  if (masthead && /本报讯|本报记者|本报通讯员/.test(text.slice(0, 300)))
    return { value: (masthead[1] ?? masthead[2])!, from: `“本报讯”；页脚“${masthead[0]}”` };
  // `解放日报`, `大公报电子版` where the headline would be: the paper's masthead, above the article.
  // (A paper's name, not a headline that ends in 报 such as `某会工作汇报`.)
  const mast = MAST_HEADLINE.exec(report.headline?.trim() ?? '');
  if (mast && OUTLET_OK(mast[1]!)) return { value: mast[1]!, from: `报头“${report.headline!.trim()}”` };
  // `某协会年会在某地召开_某频道_南方网`: a page title kept as the headline, the site's name last after its channel.
  const titled = /[_｜|]\s*(?:\p{Script=Han}{1,8}\s*[_｜|]\s*)?(\p{Script=Han}{2,10}?(?:网|日报|晚报|在线))\s*$/u.exec(
    report.headline?.trim() ?? '',
  );
  if (titled && OUTLET_OK(titled[1]!)) return { value: titled[1]!, from: `标题“${report.headline!.trim()}”` };
  // (`《某某报》记者了解到`: the paper's own reporter, without 据.)
  const own =
    /据《([^》]{2,14}(?:报|刊|杂志|网))》(?:记者|报道)/.exec(text) ??
    /《([^》]{2,14}(?:报|杂志))》记者(?=了解|获悉|注意|采访|从|在)/.exec(text);
  if (own && OUTLET_OK(own[1]!)) return { value: own[1]!, from: own[0] };
  // `大公报记者 陈才逸` on a line of its own: the paper credits its reporter (the page may be a copy).
  const credit = report.lines
    .map(
      (line) =>
        REPORTER_CREDIT.exec(line.trim()) ??
        CREDIT_WITH_CORRESPONDENT.exec(line.trim()) ??
        BRACKET_CREDIT.exec(line.trim()),
    )
    .find((m) => m && OUTLET_OK(m[1]!));
  if (credit) return { value: credit[1]!, from: credit[0] };
  // `（某某日报 记者甲 通讯员 乙）` closing the article: the paper that ran it, with its reporters.
  const closing = report.lines
    .slice(-3)
    .map((line) => CLOSING_CREDIT.exec(line.trim()))
    .find((m) => m && OUTLET_OK(m[1]!));
  if (closing) return { value: closing[1]!, from: closing[0] };
  // `…自治区建筑业协会主办。(来源:某厅)` closing the article: where the piece came from, in brackets after its last sentence.
  const closingSource = report.lines
    .slice(-3)
    .map((line) => CLOSING_SOURCE.exec(line.trim()))
    .find((m) => m && OUTLET_OK(m[1]!) && !INTERNAL_UNIT.test(m[1]!));
  if (closingSource) return { value: closingSource[1]!, from: closingSource[0].trim() };
  const closingPaper = CLOSING_PAPER.exec(report.lines.at(-1)?.trim() ?? '');
  if (closingPaper && OUTLET_OK(closingPaper[1]!)) return { value: closingPaper[1]!, from: closingPaper[0].trim() };
  // `（《某某早报》,23/03/2008）` over a blog's copy: the paper it was taken from, and its day (round 244).
  const paperCredit = [...report.lines.slice(0, 5), ...removedLines(report)]
    .map((line) => PAPER_CREDIT.exec(line.trim()))
    .find((m) => m && OUTLET_OK(m[1]!));
  if (paperCredit) return { value: paperCredit[1]!, from: paperCredit[0] };
  // `（某市科协供稿）` closing the article: the body that sent it in (not a person).
  const sent = report.lines
    .map((line) => SENT_IN.exec(line.trim()))
    .find((m) => m && isOrganization(m[1]!) && OUTLET_OK(m[1]!) && !personName(m[1]!));
  if (sent) return { value: sent[1]!, from: sent[0] };
  // `（某某协会）`, `（某镇关工委 甲乙）` closing the article: the body that wrote it signs it, with its writer.
  const signed = report.lines
    .slice(-3)
    .map((line) => SIGNED_OFF.exec(line.trim()))
    .find((m) => m && isOrganization(m[1]!) && OUTLET_OK(m[1]!) && !personName(m[1]!) && !INTERNAL_UNIT.test(m[1]!));
  if (signed) return { value: signed[1]!, from: signed[0] };
  // (The same, without brackets, as the last line of an article that calls its body 我会: `……。` then `某省自动化学会`;
  // not a photo's caption, `某某协会`, under a report that does not speak as that body.)
  const last = report.lines.at(-1)?.trim() ?? '';
  if (
    report.lines.length >= 3 &&
    /我会|本会|我(?:协|学|商)会/.test(text) &&
    /[。！!”]$/.test(report.lines.at(-2)!.trim()) &&
    last !== report.headline?.trim() &&
    SIGNATURE.test(last) &&
    SOCIETY.test(last) &&
    isOrganization(last) &&
    OUTLET_OK(last)
  )
    return { value: last, from: `文末署名“${last}”` };
  const follow = report.lines
    .slice(-3)
    .map((line) => FOLLOW_US.exec(line.trim()))
    .find((m) => m && OUTLET_OK(m[1]!));
  if (follow) return { value: follow[1]!, from: follow[0] };
  const paper = [...report.info, ...report.lines.slice(0, 5)]
    .map((line) => PAPER_LABEL.exec(line.trim()))
    .find((m) => m && OUTLET_OK(m[1]!));
  if (paper) return { value: paper[1]!, from: paper[0] };
  // `作者：某某协会`, `发布人：某市老年大学`: a body as the author or poster, on a page that names no source; a paper as
  // the author (AUTHOR_PAPER).
  const author = report.info
    .map((line) => /(?:作者|发布人|发布者)\s*[:：]\s*(\p{Script=Han}{4,24})/u.exec(line))
    .map((m) => m && { line: m[0], name: m[1]!.replace(NEXT_FIELD, '') })
    .find(
      (a) =>
        a &&
        ((AUTHOR_BODY.test(a.name) && isOrganization(a.name)) ||
          AUTHOR_PAPER.test(a.name) ||
          // (`发布者：某某在线`: a site as the page's poster, not as its author, where a site's name is a pen name.)
          (/^发布[者人]/.test(a.line) && /(?:网|在线)$/.test(a.name))) &&
        OUTLET_OK(a.name) &&
        !INTERNAL_UNIT.test(a.name),
    );
  if (author) return { value: author.name, from: author.line };
  // `某某协会官方网站` as a line of its own at the top of the page: the site's masthead.
  const siteTitle = firstInfo(report, SITE_TITLE);
  if (siteTitle) return { value: siteTitle[0], from: siteTitle[0] };
  const welcome = firstInfo(report, WELCOME);
  if (welcome && OUTLET_OK(welcome[1]!)) return { value: welcome[1]!, from: welcome[0] };
  if (report.meta.outlet && OUTLET_OK(report.meta.outlet)) return { value: report.meta.outlet, from: '网页元数据' };
  // The site's masthead on a line of its own (topMasthead), before its breadcrumb's first crumb, a column's name as often
  // as the site's (below).
  const header = topMasthead(report);
  // A breadcrumb, greeting, address line, page title or disclaimer naming the site.
  const named = report.info.map((line) => ({ line, name: siteNameOf(line) })).find((x) => x.name && OUTLET_OK(x.name));
  // (A crumb that holds the masthead names the same site more fully: `人民网福建频道` under `人民网`; so may the table of
  // known addresses.)
  if (header && !fromUrl && !named?.name?.includes(header.value)) return header;
  // `本报讯` on `daily.某.com.cn/nbrb/…`: the paper's own story on its digital edition, whose code spells the paper; the
  // table's name for the address is its portal's (stop 66: readers named the paper 3 times of 3).
  const ownEdition = fromUrl && OWN_STORY.test(text.slice(0, 300)) ? paperOfAddress(report.meta.url, text) : undefined;
  if (ownEdition) return { value: ownEdition, from: `网址 ${report.meta.url}（报纸电子版代号）；正文称“本报”` };
  // (`文汇首页 >> 港闻` on paper.wenweipo.com: the address's fuller name of the same site.)
  if (named && fromUrl && fromUrl.length > named.name!.length && inOrder(named.name!, fromUrl))
    return { value: fromUrl, from: `${named.line}；网址 ${report.meta.url}` };
  if (named) return { value: named.name!, from: named.line };
  if (fromUrl) return { value: fromUrl, from: `网址 ${report.meta.url}` };
  // `epaper.某.cn/dtrb/html/…` on a report about 大同: the digital edition of the paper the address's code spells.
  const edition = paperOfAddress(report.meta.url, text);
  if (edition) return { value: edition, from: `网址 ${report.meta.url}（报纸电子版代号）` };
  // `中共某市委统战部版权所有` in the footer: the body that owns the site publishes what it carries.
  const owner = firstInfo(report, SITE_OWNER);
  const ownerName = owner?.[1] ?? owner?.[2];
  if (owner && ownerName && OUTLET_OK(ownerName)) return { value: ownerName, from: owner[0] };
  // `某某 都市时报 记者甲/摄`: a photo's caption ends in the paper its photographer works for.
  const pictured = report.captions
    .map((c) => /\s(\p{Script=Han}{2,9}报)$/u.exec(c.trim()))
    .find((m) => m && OUTLET_OK(m[1]!));
  if (pictured) return { value: pictured[1]!, from: `图片署名 ${pictured[0].trim()}` };
  const pageTitle = [report.headline ?? '', ...report.lines.slice(0, 2), ...report.lines.slice(-2)]
    .map((line) => TITLE_SITE.exec(line.trim()))
    .find((m) => m && OUTLET_OK(m[1]!));
  if (pageTitle) return { value: pageTitle[1]!, from: `网页标题 ${pageTitle.input.trim()}` };
  return undefined;
}
