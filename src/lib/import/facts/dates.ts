/**
 * The event's dates, resolved the way an editor would: the day the key sentence
 * gives (`2024年10月10日`, `9月5日上午`, `30日`, `9月28日至29日`, `今天`), the
 * month from the byline's dispatch date (`12月31日电`) or the publication date,
 * the year from the publication date, the page address or the event's name.
 * Never the day of the import: what cannot be settled stays undefined and the
 * reason is given (`近日` has no day; `6月18日` with no year anywhere).
 */
import { isRealDate } from '../../dates.ts';
import { cnNumber, monthDaySplits, pad2 } from '../text.ts';

export interface DateContext {
  /** `YYYY-MM-DD…` of publication, when known. */
  published?: string;
  /** Where the publication date came from (for the explanation). */
  publishedFrom?: string;
  /** The byline's dispatch date (月日电). */
  dispatch?: { month: number; day: number };
  /** The event's name (a year in it counts when nothing else gives one). */
  title?: string;
  /** A day the headline writes in full (`某会换届大会（2021.4.16）`): its year counts after the event's name's. */
  headlineDay?: string;
  /** A year the headline opens with (`2018某年会在某地开幕`): after the headline's full day, before the address's. */
  headlineYear?: number;
  /** A year the page address holds (`/cishan/2024/273055.html`), the last resort. */
  urlYear?: number;
  /** `昨(十)日` anywhere in the report: the day its 昨日 means. */
  namedDay?: RegExpExecArray;
  /** A year and month the page address holds as four digits (`/2503/` → 2025-03), counted only for that month. */
  urlMonth?: { year: number; month: number; segment: string };
  /** The day the page's address holds (`/2021/0426/`), when it holds one. */
  urlDate?: string;
  /** Runs of days the report writes in full elsewhere (`2022年9月14—16日`): the month of a bare day among them. */
  spans?: DaySpan[];
  /**
   * The year of a sentence up to three before the key one that only sets the scene (`2024年11月是第33个消防宣传月。`), the
   * nearest such.
   */
  sceneYear?: number;
  /** The year whose work the meeting reviewed and the one it planned (`总结了2022年工作，部署了2023年工作`). */
  review?: YearReview;
  /** The year of a national anniversary the report celebrates (`庆祝新中国成立75周年`), the last resort. */
  anniversary?: Anniversary;
}

export interface Anniversary {
  year: number;
  from: string;
}

/** When the anniversaries a report may celebrate are counted from (新中国成立 1949, 改革开放 1978, 澳门回归 1999…). */
const FOUNDED_IN: [RegExp, number][] = [
  [/新中国成立|中华人民共和国成立|共和国成立|国庆|新中国/, 1949],
  [/改革开放/, 1978],
  [/澳门回归(?:祖国)?|澳门特区成立|澳门特别行政区成立/, 1999],
  [/香港回归(?:祖国)?|香港特区成立|香港特别行政区成立/, 1997],
  [/中国共产党成立|建党/, 1921],
];
/** One of them celebrated now (group 1: which, group 2: the number of years), not recalled (`在庆祝…100周年时`). */
const CELEBRATED = new RegExp(
  `(?:庆祝|庆|贺|喜迎|迎接|献礼|向|今年是|值此|适逢|正值|恰逢)[^。；，,]{0,6}?(${FOUNDED_IN.map(([names]) => names.source).join('|')})\\s*([一二三四五六七八九十百\\d]{1,4})周年(?!时)`,
  'gu',
);
/** Each of them as the whole of what CELEBRATED found, with its year. */
const FOUNDED_WHOLE = FOUNDED_IN.map(([names, year]) => [new RegExp(`^(?:${names.source})$`), year] as const);

/**
 * `以实际行动庆祝新中国成立70周年`, `今年是新中国成立75周年`, `向澳门回归20周年献礼`: a national anniversary the report
 * celebrates now, whose year is the founding's plus the number (not one recalled, `在庆祝建党100周年时`; round 308).
 */
export function anniversaryYear(sentences: readonly string[]): Anniversary | undefined {
  for (const sentence of sentences)
    for (const m of sentence.matchAll(CELEBRATED)) {
      const founded = FOUNDED_WHOLE.find(([whole]) => whole.test(m[1]!))?.[1];
      const n = cnNumber(m[2]!);
      if (founded && n && n > 0 && n < 120) return { year: founded + n, from: sentence };
    }
  return undefined;
}

export interface YearReview {
  reviewed: number;
  planned?: number;
  from: string;
}

/**
 * `会议总结了2022年工作，部署了2023年工作`, `审议通过了协会2024年度工作报告`: a yearly meeting's review of a year, and the plan
 * for the next one, said anywhere in the report.
 */
export function yearReview(sentences: readonly string[]): YearReview | undefined {
  for (const sentence of sentences) {
    const reviewed =
      /(?:总结|回顾)(?:了)?[^。；，,]{0,16}?((?:19|20)\d{2})年(?:度)?[^。；，,]{0,8}?工作/.exec(sentence) ??
      /((?:19|20)\d{2})年度?(?:工作报告|工作总结)/.exec(sentence);
    if (!reviewed) continue;
    const year = Number(reviewed[1]);
    const planned = new RegExp(`(?:部署|谋划|安排|规划)(?:了)?[^。；]{0,16}?(${year + 1})年`).exec(sentence);
    return { reviewed: year, ...(planned ? { planned: year + 1 } : {}), from: sentence };
  }
  return undefined;
}

/**
 * The year of a day in month `month` at a meeting that reviewed a year: that year itself from October on, the next one
 * up to June when the meeting also planned it (a review alone in spring may be of either year).
 */
function reviewYear(month: number, review: YearReview | undefined): number | undefined {
  if (!review) return undefined;
  if (month >= 10) return review.reviewed;
  if (month <= 6 && review.planned) return review.planned;
  return undefined;
}

export interface DaySpan {
  year?: number;
  month: number;
  from: number;
  to: number;
  text: string;
}

/** `2022年9月14—16日, 3 场活动同期举办`: the runs of days within one month a report writes (RANGE, everywhere). */
export function daySpans(sentences: readonly string[]): DaySpan[] {
  const out: DaySpan[] = [];
  for (const raw of sentences)
    for (const [text, year, month, from, toMonth, to] of closeDateGaps(raw).matchAll(new RegExp(RANGE.source, 'g')))
      if (to && (!toMonth || toMonth === month) && Number(from) < Number(to))
        out.push({
          year: year ? Number(year) + (year.length === 3 ? 1911 : 0) : undefined,
          month: Number(month),
          from: Number(from),
          to: Number(to),
          text,
        });
  return out;
}

export interface EventDates {
  start?: string;
  end?: string;
  /** How the date was settled, or why it was not. */
  how: string;
}

// `1月23至24日`: the first day of a range may go without its 日.
// (`9 月 17 – 19 日`: an en dash too.)
const RANGE =
  /(?:((?:19|20)\d{2}|1[01]\d)年)?(\d{1,2})月(\d{1,2})(?:日(?:上午|下午|晚上|晚间|晚)?|(?=\s*(?:至|到|-|–|—|~|～)\s*(?:\d{1,2}月)?\d{1,2}日))(?:\s*(?:至|到|-|–|—|~|～)\s*(?:(\d{1,2})月)?(\d{1,2})日)?/;
/**
 * A day alone (`15日上午`); not one after a character a mirror lost (`?7日`: the day's first digit may be the one lost).
 * (`一连两天（17至18日）`: the first day of a run, without its 日.)
 */
const DAY_ONLY =
  /(?:^|[^\d月年\-/.．:：?？\uFFFD]|(?<=本月|上月))(\d{1,2})(?:日|(?=\s*(?:至|到)\s*\d{1,2}日))(?!前)(?:\s*(?:至|到|-|—)\s*(\d{1,2})日)?(?=上午|下午|晚上|晚间|晚|\d|[，,在于至到)）]|$|[\p{Script=Han}])/u;
const VAGUE = /近日|日前|前不久|近期|不久前|最近/;
/** `上海2020年12月26日 /美通社/ --`: city, year, month, day and the wire a press release went out on. */
export const RELEASE_DATELINE =
  /^(\p{Script=Han}{0,6}?)\s*((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日\s*[/／]\s*(\p{Script=Han}{2,8})\s*[/／]\s*(?:--|—|－)/u;
/**
 * A verb of holding an event later in the same clause as a day (`2017年4月21日在某地举行了…`), or after the venue and a
 * comma (`昨日在某台，举行…`).
 */
const HELD_IN_CLAUSE =
  /^[^，,。；;]*?(?:[在于假][^，,。；;]{1,20}[，,])?[^，,。；;]*?(?:举行|召开|举办|开幕|成立|揭牌|启动)/;

const ymd = (y: number, m: number, d: number) => `${y}-${pad2(m)}-${pad2(d)}`;
/** How many days before the page's day a relative day is: 今 0, 昨 (or Cantonese 寻日) 1, 前天 and 前晚 2. */
const daysBack = (word: string): number => (/^前/.test(word) ? -2 : /昨|寻日/.test(word) ? -1 : 0);

export const shift = (date: string, days: number) => {
  const t = new Date(`${date.slice(0, 10)}T00:00:00Z`).getTime() + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
};

/**
 * A gathering named after a year that is held around the turn of the year (迎春, 新春, 团拜 from November; 年会 in
 * Dec.–Feb., not a `某年度…年会` in December: a `2020年…年会` in November is that year's).
 */
function turnOfYear(title: string, month: number): boolean {
  // (`2024年元旦某某活动启动仪式` on 12月30日, round 269: New Year's Day is the turn of the year too.)
  if (/迎春|新春|新年|春节|团拜|辞旧|迎新|元旦|跨年/.test(title)) return month >= 11;
  // (`某协会2024年理事会扩大会议暨某行业年会`: the year names the board's meeting, not the 年会 held with it.)
  const named = title.split('暨').find((part) => /(?:19|20)\d{2}/.test(part)) ?? title;
  // (A 学术年会, an academic society's yearly conference, is held in the year it is named for, even in December; so is a
  // 年会 named for its year with 年度, `2023年度中国某产业年会` on 12月20日: the year it serves, not the one it welcomes,
  // round 240.)
  return /(?<!学术)年会/.test(named) && ((month === 12 && !/(?:19|20)\d{2}年度/.test(named)) || month <= 2);
}

/** The real days a year and the digits of a month and day run together can be (`2021925` → 2021-09-25). */
const splitDigits = (digits: string): string[] =>
  monthDaySplits(digits.slice(4), Number(digits.slice(0, 4))).map(([m, d]) => ymd(Number(digits.slice(0, 4)), m, d));

/** `74日`, `116日`: two to four digits before 日, more than a month's days (not after 第, a year, a month or a digit). */
const RUN_ON_DAY = /(?<![\d年月第.．/\-:：])(\d{2,4})日/;

/**
 * The month and the day a page ran together (`116日`), read against its date: the one reading that falls in the fortnight
 * up to that date, else nothing.
 */
export function lostMonth(digits: string, published: string): string | undefined {
  if (Number(digits) <= 31) return undefined;
  const year = Number(published.slice(0, 4));
  const fits = monthDaySplits(digits, year)
    .map(([month, day]) => ymd(year, month, day))
    .filter((start) => {
      const back = (Date.parse(published) - Date.parse(start)) / 86_400_000;
      return back >= 0 && back <= 14;
    });
  return fits.length === 1 ? fits[0] : undefined;
}

/**
 * Not the event's year: a year's review (`2022年度…`), an award for a year a few words on (`“2022某某年度人物”表彰`,
 * round 264), or a span of years (`2019/20`, `2026至2027`).
 */
const NOT_EVENT_YEAR = '(?!年度|[^，,。“”]{1,8}?年度|\\s*[/／\\-—~～至到])';
/** A name that opens with its year (`2022湾区某大会`, `“2010某五金展”推介会`). */
const NAMED_YEAR = new RegExp(`^[“"「]?((?:19|20)\\d{2})${NOT_EVENT_YEAR}`);
/** Every year inside a name. */
const YEAR_IN_NAME = new RegExp(`(?<!\\d)((?:19|20)\\d{2})(?!\\d)${NOT_EVENT_YEAR}`, 'g');

/** The year for month/day given the publication date: the same year unless that puts the event well after publication. */
function yearFor(month: number, day: number, ctx: DateContext): { year?: number; how: string } {
  // `4月25日` on a page stamped 2024-11-21 whose address holds `/2021/0426/`: the address keeps the day the report went
  // up, a day or a few after the event; the stamp is a later copy's.
  const urlYear = ctx.urlDate && Number(ctx.urlDate.slice(0, 4));
  if (urlYear && ctx.published && !ctx.published.startsWith(String(urlYear))) {
    const before = (Date.parse(ctx.urlDate!) - Date.parse(ymd(urlYear, month, day))) / 86_400_000;
    if (before >= 0 && before <= 7)
      return {
        year: urlYear,
        how: `年份取自网址中的日期 ${ctx.urlDate}（页面日期 ${ctx.published.slice(0, 10)} 是转载的）`,
      };
  }
  // `2019/20年某奖`, `2026至2027年新届…`: a season or a term spans two years; which one the day falls in, it does not say.
  const span = /(?:19|20)\d{2}\s*[/／\-—~～至到]\s*(?:19|20)?\d{2}(?!\d)/.exec(ctx.title ?? '');
  if (ctx.published) {
    const py = Number(ctx.published.slice(0, 4));
    const pm = Number(ctx.published.slice(5, 7));
    const pd = Number(ctx.published.slice(8, 10));
    // A report can announce an event a little ahead; further ahead means last year's date.
    const ahead = month * 31 + day - (pm * 31 + pd);
    const year = ahead > 62 ? py - 1 : py;
    // `2022湾区某大会` on 12月19日, on a page put up in 2024: a page posted long after names the event's own year (not a
    // year's review, `2022年度…`, held early the next year, nor a new-year gathering).
    // (`“2010某五金展”推介会`: the year may open a quoted name.)
    const named = NAMED_YEAR.exec(ctx.title ?? '');
    if (named && Number(named[1]) < year && month >= 3 && !turnOfYear(ctx.title!, month))
      return {
        year: Number(named[1]),
        how: `年份取自会议名称中的“${named[1]}”（页面发布于 ${ctx.published.slice(0, 10)}，晚于会议）`,
      };
    // `…暨2023某省医院大会` on 12月16日, on a page dated 2024-11-15: a day after the page's date, and the name gives the
    // year before (and not the page's year), is last year's.
    const years = [...(ctx.title ?? '').matchAll(YEAR_IN_NAME)].map((m) => Number(m[1]));
    // `“某某——某某对话”2018国际学术研讨会` on 11月24日, on a page put up in 2022: a year inside the name, the only one in
    // it, is the event's too (not in a name that commemorates something, `纪念…`, `…周年`, nor one that looks back over a
    // span of years, `2017至2019年某先进表彰大会`).
    const inName = new Set(years).size === 1 ? years[0]! : undefined;
    if (
      !named &&
      inName &&
      inName < year &&
      inName >= py - 6 &&
      month >= 3 &&
      !turnOfYear(ctx.title!, month) &&
      !/纪念|周年/.test(ctx.title!) &&
      !span
    )
      return {
        year: inName,
        how: `年份取自会议名称中的“${inName}”（页面发布于 ${ctx.published.slice(0, 10)}，晚于会议）`,
      };
    // `2017某科技年会` on 11月14日, on a page dated 2017-03-23: a name that opens with the page's year is that year's,
    // though the day falls long after the page's date (not a review of the year, nor a new-year gathering).
    if (named && Number(named[1]) === py && year === py - 1 && !turnOfYear(ctx.title!, month))
      return {
        year: py,
        how: `年份取自会议名称中的“${py}”（${month}月${day}日晚于页面发布日期 ${ctx.published.slice(0, 10)}）`,
      };
    if (ahead > 0 && year === py && years.includes(py - 1) && !years.includes(py))
      return {
        year: py - 1,
        how: `年份取自会议名称中的“${py - 1}”（${month}月${day}日晚于页面发布日期 ${ctx.published.slice(0, 10)}）`,
      };
    return {
      year,
      how: `年份取自发布日期 ${ctx.published.slice(0, 10)}（${ctx.publishedFrom ?? '页面'}）`,
    };
  }
  const inTitle = span ? null : /((?:19|20)\d{2})/.exec(ctx.title ?? '');
  // `2020年迎春年会` on 12月23日: the year a new-year gathering is named after may be the one it welcomes.
  if (inTitle && turnOfYear(ctx.title!, month))
    return { how: `会议名称中的“${inTitle[1]}”是迎新一类活动的年份，${month}月的活动未必在这一年` };
  // `2020年度工作总结会` on 3月26日: a year's review or awards, held early in the next year.
  if (
    inTitle &&
    month <= 4 &&
    new RegExp(`${inTitle[1]}年度\\p{Script=Han}{0,12}(?:总结|表彰|述职)`, 'u').test(ctx.title!)
  )
    return {
      year: Number(inTitle[1]) + 1,
      how: `会议名称中的“${inTitle[1]}年度”是所总结的年份，${month}月的总结会在次年`,
    };
  if (inTitle) return { year: Number(inTitle[1]), how: `年份取自会议名称中的“${inTitle[1]}”` };
  if (ctx.headlineDay)
    return { year: Number(ctx.headlineDay.slice(0, 4)), how: `年份取自报道标题中的“${ctx.headlineDay}”` };
  if (ctx.headlineYear) return { year: ctx.headlineYear, how: `年份取自报道标题开头的“${ctx.headlineYear}”` };
  if (ctx.urlYear) return { year: ctx.urlYear, how: `年份取自网址中的“${ctx.urlYear}”` };
  if (ctx.urlMonth?.month === month)
    return { year: ctx.urlMonth.year, how: `年份取自网址中的“${ctx.urlMonth.segment}”（年月，月份与正文相同）` };
  const reviewed = reviewYear(month, ctx.review);
  if (reviewed)
    return {
      year: reviewed,
      how: `报道没有写年份；会议总结${ctx.review!.reviewed}年的工作${ctx.review!.planned ? `、部署${ctx.review!.planned}年的工作` : ''}，${month}月的会议在${reviewed}年（“${ctx.review!.from.slice(0, 40)}”）`,
    };
  if (ctx.anniversary)
    return {
      year: ctx.anniversary.year,
      how: `报道没有写年份；年份按报道庆祝的周年推算（“${ctx.anniversary.from.slice(0, 40)}”），请核对`,
    };
  return { how: '报道没有写年份，页面也没有发布日期或网址中的日期' };
}

/** `昨(十)日`, `今（2）日`: 昨 or 今 with the day in brackets. */
export const BRACKETED_DAY = /[今昨]\s*[（(]([一二三四五六七八九十廿卅]{1,3}|\d{1,2})[)）]\s*日/;

/**
 * `2021 年4 月23 日`, `10月 10日`: spaces a page puts between the digits and 年/月/日 are no part of the date (and
 * `20131010上午` is `2013年10月10日上午`); nor is a
 * doubled dash in a run of days (`8月16--18日`). `9月7、8日`: two days in a row of one month, a run of them (`9月7至8日`);
 * two days apart, each a day of its own (`9月7日、9日`).
 */
export const closeDateGaps = (s: string) =>
  s
    // `20131010上午，…`: a day written as eight digits, then the time of day or a comma (round 234), or 日
    // (`20111015日上午`, round 240; not seven, `2023922日`, where which digits are the month is a guess).
    .replace(
      /(?<!\d)((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:日|(?=上午|下午|中午|晚上|晚间|晚|[，,]))/g,
      (_, y: string, m: string, d: string) => `${y}年${Number(m)}月${Number(d)}日`,
    )
    // `，(5)日在某园区举行`: Taiwan's papers put the day in brackets (round 246; `今(5)日` is BRACKETED_DAY's).
    .replace(
      /(?<=^|[，,。\s])[（(](\d{1,2})[)）](?=日(?:上午|下午|中午|晚上|晚间|晚)?(?:在|于|於|举行|召开|举办|起|开幕|登场))/g,
      '$1',
    )
    .replace(/(\d)\s+(?=[年月日])/g, '$1')
    // (`2 9日下午`: a space a mirror put between the two digits of a day, round 269; not `8 5日讯`, a month and a day
    // whose 月 was lost, 85 being no day.)
    .replace(/(?<![\d.．:：])([1-3]) (?=\d日(?!讯))/g, (m, d: string, at: number, all: string) =>
      Number(`${d}${all[at + 2]}`) <= 31 ? d : m,
    )
    .replace(/(?<=\d[年月])\s+(?=\d)/g, '')
    .replace(/(?<=\d)(?:--|——|－－)(?=\d{1,2}日)/g, '-')
    .replace(/(?<=\d月)(\d{1,2})、(\d{1,2})日/g, (_, a: string, b: string) =>
      Number(b) === Number(a) + 1 ? `${a}至${b}日` : `${a}日、${b}日`,
    );

/**
 * `2011年10月15日是国际盲人节。`, `2024年11月是第33个全国消防宣传月。`, `2025年5月19日，我们迎来第15个某某日`: a sentence
 * whose subject is a day, a month or a year (a commemoration) dates nothing, but its year is the year of the days that
 * follow it.
 */
export const sceneYearOf = (sentence: string): number | undefined => {
  const m =
    /^\P{Script=Han}{0,2}((?:19|20)\d{2}|1[01]\d)年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:是|[，,]\s*(?:我们)?(?:迎来|喜迎)了?第)/u.exec(
      closeDateGaps(sentence),
    );
  return m ? Number(m[1]) + (m[1]!.length === 3 ? 1911 : 0) : undefined;
};

/** A day, or a run of days (`4月26日到5月6日`), maybe with its year. */
const DAY_SPAN = '(?:(?:19|20)\\d{2}年)?\\d{1,2}月\\d{1,2}日(?:[至到—~～-](?:\\d{1,2}月)?\\d{1,2}日)?';
/** `6月6日，第十八届某节将召开`: the day a clause says something is still to be held on (that clause or the next). */
const TO_BE_HELD = new RegExp(
  `${DAY_SPAN}(?=[，,]?[^，,。；]{0,30}?(?:将要?|即将)(?:于|在[^，,。；]{1,20})?(?:召开|举行|举办|开幕|启动|开展))`,
  'g',
);
/** `某公司预定4月26日到5月6日举办…`: the day after a word of planning. */
const TO_BE_HELD_ON = new RegExp(`(?<=(?:预定|预计|计划|拟|定于|将于)\\s*)${DAY_SPAN}`, 'g');

/** The event's dates from its key sentence (and the lead sentence when the key sentence gives none). */
export function readDates(sentences: readonly string[], ctx: DateContext): EventDates {
  // `2011年10月15日是国际盲人节。10月14日，…`: see sceneYearOf.
  let sceneYear: number | undefined = ctx.sceneYear;
  for (const raw of sentences) {
    if (!raw) continue;
    // `昨日（5日）上午`: the day in brackets says which day 昨日 is (on a page put up two days later, too); `今天（11月19日）`,
    // with its month.
    // `即日起至10月12日`: the last day of a run that began on the day of the report is not when the event was held.
    const sentence = closeDateGaps(raw)
      .replace(/(?:[昨今前](?:日|天|晚|早)|[昨今])\s*[（(]((?:\d{1,2}月)?\d{1,2})日[)）]/, '$1日')
      .replace(/即日(?:起|开始)\s*(?:至|到)\s*(?:\d{1,2}月)?\d{1,2}日止?/g, '')
      // `4月12日，记者获悉，某年会近期在某地召开`: the day the reporter learned of it is not the event's (but the day of a
      // meeting the reporter learned it at is: `4月9日，记者从某会员大会上了解到`).
      .replace(
        /(?:(?:19|20)\d{2}年)?(?:\d{1,2}月)?\d{1,2}日[，,]\s*(?:本报|本台)?记者(?:[^，,。；]{0,24}?(?<!上))?(?:获悉|了解到|得知)[，,：:]?/g,
        '',
      )
      // `经2017年6月20日会员大会通过，…于7月21日晚举行就职仪式`: the day of an earlier decision is not the event's.
      .replace(/经(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日[^，,。；]{0,20}?(?:通过|批准|审议|决定|确认)/g, '')
      // `继4月8日两地签署某协议后，今天（28日）…`: the day of what came before, in a clause of 继…后, is not the event's.
      .replace(/继(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日[^，,。；]{0,40}?之?后/g, '')
      // `依据某会报109年6月12日国动全防字第1090126563号训令`: the day of a document cited by its number is not the event's.
      .replace(/(?:(?:19|20)\d{2}|1[01]\d)年\d{1,2}月\d{1,2}日[^，,。；]{0,24}?(?:字第|字〔|〔(?:19|20)\d{2}〕)/g, '')
      // `1991年3月6日，国务院印发《某办法》`: the day a document was issued is not the event's.
      .replace(/(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日[，,]?\s*[^，,。；《]{0,16}?(?:印发|颁布|下发|出台)了?《/g, '《')
      // `每年11月1日设立为某某日`: a day that comes back every year is no day of the event (round 269).
      .replace(/每年(?:的)?\d{1,2}月\d{1,2}日/g, '')
      // `2月1日起将开始受理案件`: a day from which something will begin is not the event's.
      .replace(/(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日起[，,]?将/g, '')
      // `6月6日，第十八届某节将召开`, `某公司预定4月26日到5月6日举办某展销会`: the day of what is still to be held is not the
      // event's (stop 67: two dates of the waves SY2 to TV2 read so were wrong, the report's own event held before them). Only
      // in the clause the day opens or the next: `9月20日，第三届某会开幕，第四届将于明年举行` still dates the third.
      .replace(TO_BE_HELD, '')
      .replace(TO_BE_HELD_ON, '')
      // `2007年5月1日起我国施行了《某条例》`: the day a rule took effect is not the event's.
      .replace(/(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日起[^，,。；]{0,16}?(?:施行|实施|执行|生效)/g, '')
      // `某网2010年12月27日转：2010年12月26日，…`: the day a site reposted the report is not the event's.
      .replace(/(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日(?:转载?|转发|转自)[:：]/g, '')
      // `香港2026年2月11日 /美通社/ -- …于2月6日举行`: a press release's dateline is the day it went out, not the event's
      // (its year still dates a day without one).
      .replace(RELEASE_DATELINE, (_, city: string, year: string) => `${city}${year}年 `);
    const full = RANGE.exec(sentence);
    const scene = sceneYearOf(sentence);
    if (scene) {
      sceneYear = scene;
      // (Its own day dates nothing; a day after it in the sentence still may. But `2022年12月2日是第十一个某某日，由某会
      // 主办的某活动在某地正式启动`: what the sentence goes on to say was held, was held that day.)
      if (full?.index === 0 && !/[，,][^。]*(?:举行|召开|举办|启动|开幕|揭牌|成立)/.test(sentence)) continue;
    }
    const dayOnly = full ? null : DAY_ONLY.exec(sentence);
    // `昨(十)日`, `今（2）日`: the day in brackets is the event's; its month and year are the publication date's. A
    // bare 昨日 in the same report means that day too.
    const bracketed =
      BRACKETED_DAY.exec(sentence) ?? (/昨天|昨日|今天|今日/.test(sentence) ? (ctx.namedDay ?? null) : null);
    const bracketDay = bracketed && cnNumber(bracketed[1]!);
    if (bracketed && ctx.published && bracketDay) {
      let [y, m] = [Number(ctx.published.slice(0, 4)), Number(ctx.published.slice(5, 7))];
      if (bracketDay > Number(ctx.published.slice(8, 10))) [y, m] = m === 1 ? [y - 1, 12] : [y, m - 1];
      const start = ymd(y, m, bracketDay);
      if (isRealDate(start))
        return {
          start,
          how: `报道写“${bracketed[0]}”，括号中的日子为准；年月取自发布日期 ${ctx.published.slice(0, 10)}`,
        };
    }
    // `某会昨举行…`, `今在某地召开`, `甲与乙昨联合举办`: 昨 or 今 alone right before the verb or the venue, as Hong Kong and
    // Macau papers write; `昨午`, `今早` (at noon, in the morning) likewise, and Cantonese `寻日` (尋日, yesterday).
    const relative =
      /今天|今日|今晚|今晨|今早|今午|今(?=(?:联合|共同|隆重|正式)?(?:举行|召开|举办|假|在|于))/.exec(sentence) ??
      /昨天|昨日|昨晚|昨晨|昨早|昨午|寻日|昨(?=(?:联合|共同|隆重|正式)?(?:举行|召开|举办|假|在|于))/.exec(sentence) ??
      // `前天`, `前晚`: the day before yesterday (not 日前, lately, nor 前日, which some papers use for any recent day).
      /(?<!日|之|以|提)前(?:天|晚)/.exec(sentence);
    // `本周二`, `上周六`: a weekday of the week the page was published in, or of the week before.
    const weekday = /(本|上)(?:周|星期)([一二三四五六日天])/.exec(sentence);
    const first = [full, dayOnly, relative, weekday]
      .filter((m): m is RegExpExecArray => !!m)
      .sort((a, b) => a.index - b.index)[0];
    // `74日上午`, `116日`: a month and a day run together, the page having lost its 月; read so when one way of reading them
    // is a day of the fortnight before the page's date (readers of the 800 pooled read them so 4 times of 4).
    const runOn = RUN_ON_DAY.exec(sentence);
    const runOnStart = runOn && ctx.published ? lostMonth(runOn[1]!, ctx.published.slice(0, 10)) : undefined;
    if (runOn && runOnStart && (!first || runOn.index <= first.index + 1))
      return {
        start: runOnStart,
        how: `正文“${runOn[0]}”的月和日连在一起（缺“月”字），按发布日期 ${ctx.published!.slice(0, 10)} 读作 ${runOnStart}`,
      };
    // `2023922日`: digits run together; which are the month and the day is a guess, so the date stays unknown.
    const garbled = /(?:19|20)\d{4,6}日/.exec(sentence);
    if (garbled && (!first || garbled.index < first.index)) {
      // Unless the page's own date is one way of reading them (`2021925日` on a page of 2021-09-25).
      const published = ctx.published?.slice(0, 10);
      if (published && splitDigits(garbled[0].slice(0, -1)).includes(published))
        return { start: published, how: `“${garbled[0]}”的月和日连在一起，与发布日期 ${published} 相合` };
      return { how: `“${garbled[0]}”的月和日连在一起，无法确定` };
    }
    const vague = VAGUE.exec(sentence);
    // (`于近日获得批准，并于2017年4月21日举行了第一届会员大会`: the day the clause says the event was held on outweighs a
    // vague word about something else before it.)
    if (vague && (!first || (vague.index < first.index && !HELD_IN_CLAUSE.test(sentence.slice(first.index)))))
      return { how: `报道只写“${vague[0]}”，没有写会议日期` };
    if (!first) continue;
    if (first === full) {
      const month = Number(full[2]);
      const day = Number(full[3]);
      let year: number | undefined;
      let how: string;
      // `104年12月6日`: a year of the Republic of China calendar (Taiwan), 1911 years behind.
      if (full[1]) [year, how] = [Number(full[1]) + (full[1].length === 3 ? 1911 : 0), `报道写明“${full[0]}”`];
      else if (sceneYear) [year, how] = [sceneYear, `年份取自前文“${sceneYear}年”`];
      else ({ year, how } = yearFor(month, day, ctx));
      if (!year) return { how: `报道写“${full[0]}”，但${how}` };
      const start = ymd(year, month, day);
      if (!isRealDate(start)) return { how: `“${full[0]}”不是真实的日期` };
      const end = full[5] ? ymd(year, Number(full[4] ?? month), Number(full[5])) : undefined;
      return {
        start,
        end: end && isRealDate(end) && end > start ? end : undefined,
        how: full[1] ? how : `正文“${full[0]}”；${how}`,
      };
    }
    if (first === relative) {
      const y = ctx.dispatch && yearFor(ctx.dispatch.month, ctx.dispatch.day, ctx).year;
      if (ctx.dispatch && y) {
        const dispatched = ymd(y, ctx.dispatch.month, ctx.dispatch.day);
        const start = shift(dispatched, daysBack(relative[0]));
        return {
          start,
          how: `报道写“${relative[0]}”，按电头日期 ${ctx.dispatch.month}月${ctx.dispatch.day}日推算，${y} 年取自${ctx.published ? '发布日期' : '会议名称或网址'}`,
        };
      }
      if (!ctx.published) return { how: `报道写“${relative[0]}”，但没有发布日期可以对照` };
      const start = shift(ctx.published.slice(0, 10), daysBack(relative[0]));
      return { start, how: `报道写“${relative[0]}”，按发布日期 ${ctx.published.slice(0, 10)} 推算` };
    }
    if (first === weekday) {
      if (!ctx.published) return { how: `报道写“${weekday[0]}”，但没有发布日期可以对照` };
      const published = ctx.published.slice(0, 10);
      // Monday is the first day of a Chinese week: 周一 1 … 周日 7.
      const wanted = '一二三四五六'.indexOf(weekday[2]!) + 1 || 7;
      const today = new Date(`${published}T00:00:00Z`).getUTCDay() || 7;
      const start = shift(published, wanted - today - (weekday[1] === '上' ? 7 : 0));
      if (start > published) return { how: `报道写“${weekday[0]}”，在发布日期 ${published} 之后，无法确定` };
      return { start, how: `报道写“${weekday[0]}”，按发布日期 ${published}（星期${'一二三四五六日'[today - 1]}）推算` };
    }
    // A day without a month: the byline's dispatch month, else the publication month.
    const day = Number(dayOnly![1]);
    let base: { year?: number; month: number; how: string } | undefined;
    // `2022年9月14—16日，…同期举办。…14日下午，某会…`: a day of a run the report wrote with its month.
    const span = ctx.spans?.find((x) => x.from <= day && day <= x.to);
    const spanYear =
      span && (span.year ? { year: span.year, how: `年份取自“${span.text}”` } : yearFor(span.month, day, ctx));
    // (Not a run that ends after the dispatch's own day, when the day is that day: `【某报2月26日讯】…26日…`, with the
    // month's programme, `3月2日至3月31日`, written further on.)
    if (span && spanYear?.year && !(ctx.dispatch?.day === day && ctx.dispatch.month !== span.month))
      base = { year: spanYear.year, month: span.month, how: `月份取自前文“${span.text}”；${spanYear.how}` };
    else if (ctx.dispatch && ctx.dispatch.day >= day) {
      const y = yearFor(ctx.dispatch.month, ctx.dispatch.day, ctx);
      if (y.year)
        base = {
          year: y.year,
          month: ctx.dispatch.month,
          how: `月份取自电头“${ctx.dispatch.month}月${ctx.dispatch.day}日电”；${y.how}`,
        };
    } else if (ctx.published) {
      let [y, m] = [Number(ctx.published.slice(0, 4)), Number(ctx.published.slice(5, 7))];
      // (`上月30日`: a day of the month before the page's, whatever the day.)
      const lastMonth = /上月$/.test(sentence.slice(0, dayOnly!.index + dayOnly![0].indexOf(dayOnly![1]!)));
      if (lastMonth || day > Number(ctx.published.slice(8, 10))) [y, m] = m === 1 ? [y - 1, 12] : [y, m - 1];
      base = { year: y, month: m, how: `月份和年份取自发布日期 ${ctx.published.slice(0, 10)}` };
    } else if (ctx.urlMonth && !/^(?:199\d|20[0-3]\d)$/.test(ctx.urlMonth.segment))
      // `25日，…` on a page filed under `/202510/` and dated nowhere else: the address's year and month (round 234; the
      // readers of the 1,520 pooled took them so). Not a folder that may be a year as well (`/2003/`, not 2020-03).
      base = {
        year: ctx.urlMonth.year,
        month: ctx.urlMonth.month,
        how: `月份和年份取自网址中的“${ctx.urlMonth.segment}”`,
      };
    if (!base?.year) return { how: `报道只写“${dayOnly![1]}日”，没有月份和年份可以对照` };
    const start = ymd(base.year, base.month, day);
    const end = dayOnly![2] ? ymd(base.year, base.month, Number(dayOnly![2])) : undefined;
    return isRealDate(start)
      ? {
          start,
          end: end && isRealDate(end) && end > start ? end : undefined,
          how: `正文“${dayOnly![0].replace(/^[^\d]/, '')}”；${base.how}`,
        }
      : { how: `“${day}日”对不上月份` };
  }
  return { how: '报道中没有会议日期' };
}
