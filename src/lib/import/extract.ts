/**
 * Facts from a cleaned report, step by step: the source record, the event and
 * its key sentence, its dates, the organizers, the place, the people, the
 * documents and any parallel sessions. Each step is a reader in facts/; this
 * file only runs them in order, passes each what the earlier ones found, and
 * notes the evidence and the TODOs for the editor.
 */
import { findAffiliations } from './affiliations.ts';
import { aggregatorOf, bodyOfSite, outletFromUrl } from './outlets.ts';
import { anniversaryYear, BRACKETED_DAY, daySpans, readDates, sceneYearOf, shift, yearReview } from './facts/dates.ts';
import { readDocuments } from './facts/documents.ts';
import {
  describesEvents,
  editionOf,
  malformedName,
  EVENT_HEADS,
  eventCandidates,
  openedBy,
  headlineItem,
  readEvent,
  withOutletPlace,
  withOwnPlace,
  type EventCandidate,
  type EventFact,
} from './facts/event.ts';
import { ownBody, placeBarePosts } from './facts/bodies.ts';
import {
  type OrganizerFacts,
  readFirstStatedOrganizers,
  readOrganizers,
  readThisEventOrganizers,
} from './facts/organizers.ts';
import { readPeople } from './facts/people.ts';
import { readPlace } from './facts/place.ts';
import { readSessions } from './facts/sessions.ts';
import { signingCeremony } from './facts/signing.ts';
import {
  bylineReporters,
  dateFromUrl,
  datelineDay,
  dispatchDate,
  dispatchDay,
  infoMonthDay,
  readByline,
  namedInFull,
  readOutlet,
  readPublished,
  reporterCity,
  rocStamp,
  type Byline,
} from './facts/source.ts';
import type { Facts, ReportText } from './facts/types.ts';
import { sentences as toSentences } from './text.ts';

export type { Facts, PersonFact, ReportText } from './facts/types.ts';
export { bylineReporters, normalizePublished } from './facts/source.ts';
export { splitOrganizations } from './facts/organizers.ts';

/** What the steps share: the report, the facts so far, and how to note evidence and TODOs. */
interface Step {
  report: ReportText;
  facts: Facts;
  /** Article lines without the headline, and their sentences. */
  body: readonly string[];
  all: readonly string[];
  headline?: string;
  byline?: Byline;
  publishedFrom?: string;
  event?: EventFact;
  /** The sentence that names the event, the others that name it, and who convened it. */
  key: string;
  lead: readonly string[];
  convener?: string;
  /** Every event the sentences name, read once (candidatesOf) for the steps that compare names. */
  candidates?: EventCandidate[];
  note: (fact: string, value: string | undefined, from: string | undefined, how?: string) => void;
  todo: (field: string, why: string) => void;
}

/** The events the report's sentences name, read once per report. */
const candidatesOf = (s: Step): readonly EventCandidate[] => (s.candidates ??= eventCandidates(s.all, s.headline));

/** `某社／ 台南30日电` on a line of its own above the article, taken for its headline: a dateline there still is one. */
function headlineDateline(headline: string | undefined): Byline | undefined {
  const read = headline ? readByline([headline]) : undefined;
  return read?.outlet && read.day ? read : undefined;
}

/** The source record: headline, address, publication time, outlet, reporters. */
function sourceStep(s: Step): void {
  const { facts, report, body } = s;
  facts.headline = s.headline;
  if (s.headline) s.note('报道标题', s.headline, '页面标题行');
  else s.todo('sources[0].headline', '页面上没有可认作标题的行');
  facts.url = report.meta.url && /^https?:\/\//.test(report.meta.url) ? report.meta.url : undefined;
  s.byline = readByline(body) ?? headlineDateline(s.headline);
  const found = (value: string | undefined, from: () => string) => (value ? { value, from: from() } : undefined);
  // `日期：12-28` on a page whose address holds `/201912/`: the day the page gives, in the address's year.
  const monthDay = infoMonthDay(report.info);
  const stamp = rocStamp(body);
  const published =
    readPublished(report) ??
    found(dispatchDay(s.byline, facts.url), () => `电头“${s.byline!.from.slice(0, 20)}”，年份取自网址 ${facts.url}`) ??
    found(datelineDay(s.byline), () => `电头“${s.byline!.from.slice(0, 24)}”`) ??
    found(
      monthDay && dispatchDay(monthDay, facts.url),
      () => `页面信息“${monthDay!.from}”，年份取自网址 ${facts.url}`,
    ) ??
    found(stamp?.value, () => stamp!.line.slice(-40));
  facts.published = published?.value;
  s.publishedFrom = published?.from;
  s.note('发布时间', published?.value, published?.from);
  if (!published) s.todo('sources[0].published', '页面上没有发布时间，网址中也没有日期');
  else if (published.value.length === 10) s.todo('sources[0].published', `只读到发布日期 ${published.value}，没有时刻`);
  const skipped: string[] = [];
  const outlet = readOutlet(report, s.byline, skipped);
  facts.outlet = outlet?.value;
  s.note('发布媒体', outlet?.value, outlet?.from);
  if (skipped.length)
    s.todo('sources[0].outlet', `来源只写了“${skipped[0]}”，没有写是哪里的单位，请补全单位的名称（如“某市体育局”）`);
  else if (!outlet) {
    const portal = aggregatorOf(facts.url);
    s.todo(
      'sources[0].outlet',
      portal
        ? `页面没有写原发媒体；网址属于转载各家报道或用户文章的门户、聚合网站或写作平台（${portal}），不是发布者，请按正文署名核对`
        : facts.url
          ? `页面没有写来源，网址 ${new URL(facts.url).hostname} 不在已知媒体表中（可能是转载或镜像）`
          : '页面没有写来源，也没有网址',
    );
  }
  facts.reporters = [...new Set([...(s.byline?.reporters ?? []), ...(report.writers ?? [])])];
  if (!facts.reporters.length) {
    const paren =
      /[（(]\s*(记者[^)）]{2,40})[)）]/.exec(body.slice(0, 3).join('\n')) ??
      /[（(]((?:见习|实习)?记者[^)）]{2,30})[)）]\s*$/.exec(body.join('\n'));
    if (paren) facts.reporters = bylineReporters(paren[1]!);
  }
}

/**
 * `协会在某酒店举行二届三次理事会` on a page whose source is the association itself (`来源：某市某协会`): the bare 协会 is
 * the page's own body, whose meeting it was.
 */
function ownSiteEvent(read: EventFact | undefined, outlet: string | undefined): EventFact | undefined {
  if (!read?.bare || !outlet) return read;
  const word = /(?:协会|商会|学会|研究会|促进会|联合会|基金会)$/.exec(outlet)?.[0];
  const at = read.sentence.indexOf(read.title);
  if (!word || at < 0) return read;
  const subject = new RegExp(`(?:^|[，,。：:\\s])(?:本|我|该)?${word}(?:于|在|今天|昨天|\\d)[^，,。]*$`);
  if (!subject.test(read.sentence.slice(0, at))) return read;
  const { bare: _bare, ...named } = read;
  return { ...named, title: `${outlet}${read.title}` };
}

/** The event, its edition and theme, and the sentences that name it. */
function eventStep(s: Step): void {
  const read = ownSiteEvent(
    headlineItem(readEvent(s.all, s.headline), s.headline) ?? signingCeremony(s.all),
    s.facts.outlet,
  );
  const named = read && { ...read, title: withOutletPlace(read.title, s.facts.outlet) };
  // A short name the report gives in full elsewhere in the body: the full name, and its sentence is the key one.
  const fuller =
    named && !named.bare && !named.composed && shortTitle(named.title) && !fullerInHeadline(named.title, s.headline)
      ? fullerInBody(named.title, s)
      : undefined;
  const event = fuller ?? editionElsewhere(named, s) ?? named;
  s.event = event;
  if (event?.bare) {
    s.facts.titleHeldBack = event.title;
    s.todo('title', `报道只写了“${event.title}”，没有写是谁的会议`);
  } else if (event?.composed) {
    s.facts.titleHeldBack = event.title;
    s.todo('title', `报道没有写会议名称，只写了开园、开馆或开业；暂拟作“${event.title}”`);
  } else if (event) {
    Object.assign(s.facts, { title: event.title, edition: event.edition, theme: event.theme });
    s.note('会议名称', event.title, event.sentence, fuller && named ? `报道另一处只写作“${named.title}”` : undefined);
    if (event.edition) s.note('届次', String(event.edition), event.sentence);
    if (event.theme) s.note('主题', event.theme, event.sentence);
  } else s.todo('title', '报道中没有读到会议名称');
  s.key = event?.sentence ?? '';
  s.lead = s.all.filter((x) => x !== s.key && event && x.includes(event.title));
}

/**
 * The byline's dispatch date (某网11月7日电, 某地10月29日消息, （某地19日讯）, 某客户端9月27日（记者…）) is not the event's; but `（某社记者某某台北8日电）某会
 * 下午举行…`: a time of day with no day of its own, right after a dateline of a day, is on that day.
 */
const undated = (x: string) =>
  x
    // `某网消息 记者 某某 报道：9月16日上午，…`: the reporter's credit before the day.
    .replace(/^.{0,20}?(?:记者|通讯员)[\p{Script=Han}\s、]{2,16}?报道\s*[：:]\s*/u, '')
    // `活动原定于8月16日晚上举行，受天雨影响延期一日`: the day it was planned for is not the day it was held.
    .replace(/原(?:定|计划|订|拟)(?:于|在)?(?:(?:19|20)\d{2}年)?(?:\d{1,2}月)?\d{1,2}日/gu, '')
    .replace(/^.{0,24}?\d{1,2}月\d{1,2}日(?:电|报道|\p{Script=Han}{0,4}(?:讯|消息))\s*(?:[（(][^)）]{0,30}[)）])?/u, '')
    // `某客户端9月27日（记者 某某）9月26日，…`: a dateline without 电 or 讯, before the reporter's credit.
    .replace(/^.{0,24}?\d{1,2}月\d{1,2}日\s*(?=[（(](?:记者|通讯员))[（(][^)）]{0,30}[)）]/u, '')
    .replace(/^[（(][^)）\d]{0,12}(\d{1,2})日(?:专?电|讯)[)）]\s*([^，,；;。]*)/u, (_, day: string, clause: string) =>
      /\d日/.test(clause) ? clause : clause.replace(/(?<!今|昨|当)(?=上午|下午|中午|晚间|晚上)/, `${day}日`),
    );

/**
 * `/2503/`: a path segment of four digits that reads as a year (2000–2049) and a month; not the column number of a
 * site's content system (`/info/1012/1467.htm`). Or six, the year written in full (`/201103/`).
 */
function urlMonth(url: string | undefined): { year: number; month: number; segment: string } | undefined {
  const path = url ? new URL(url).pathname : '';
  // (`/201103/`, `/202510/`: the year in full, round 234.)
  const full = /\/((?:19|20)\d{2})(0[1-9]|1[0-2])\//.exec(path);
  if (full) return { year: Number(full[1]), month: Number(full[2]), segment: `${full[1]}${full[2]}` };
  const m = /(?<!\/info)\/([0-4]\d)(0[1-9]|1[0-2])\//.exec(path);
  return m ? { year: 2000 + Number(m[1]), month: Number(m[2]), segment: `${m[1]}${m[2]}` } : undefined;
}

/** `于12月10日圆满落幕`: the day a meeting closed on, right before the verb. */
const CLOSED_ON = /(\d{1,2})日(?:上午|下午|晚上|晚)?(?:圆满|顺利|胜利)?(?:落幕|闭幕(?!式)|结束|落下帷幕)/;
/** `为期两天`: how many days it lasted. */
const LASTED = /为期([2-7两三四五六七])天/;

/** The event's dates, from its sentences, then the next ones that hold an event verb (主题活动启动仪式9月24日在…举行). */
function datesStep(s: Step): void {
  const { facts } = s;
  const keyAt = s.all.indexOf(s.key);
  const following =
    keyAt >= 0 ? s.all.slice(keyAt + 1, keyAt + 4).filter((x) => /举行|召开|举办|开幕|启动|开展/.test(x)) : [];
  // No event named, or named only in the headline: the lead sentences (the first three of the body) still date what
  // the report is about.
  const lead = s.key && keyAt >= 0 ? [] : s.all.slice(0, 3);
  const read = (sentences: string[]) =>
    readDates(sentences.map(undated), {
      published: facts.published,
      publishedFrom: s.publishedFrom,
      dispatch: dispatchDate(s.byline, facts.published),
      title: s.event?.written ?? facts.title,
      urlYear: facts.url
        ? Number(/\/((?:19|20)\d{2})(?:\d{2})?\//.exec(new URL(facts.url).pathname)?.[1]) || undefined
        : undefined,
      urlMonth: urlMonth(facts.url),
      urlDate: dateFromUrl(facts.url),
      headlineDay: /(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}/.exec(facts.headline ?? '')?.[0],
      headlineYear:
        Number(/^((?:19|20)\d{2})(?:年度?)?(?=\p{Script=Han})/u.exec(facts.headline ?? '')?.[1]) || undefined,
      namedDay: s.all.map((x) => BRACKETED_DAY.exec(x)).find((m) => !!m) ?? undefined,
      spans: daySpans(s.all),
      // (The year of the last commemoration said before the key sentence, `2025年5月19日，我们迎来第15个某某日。今年…。
      // 5月16日上午，…`, not only of the sentence right before it.)
      sceneYear: s.all
        .slice(Math.max(0, keyAt - 3), Math.max(0, keyAt))
        .map(sceneYearOf)
        .filter((y) => !!y)
        .pop(),
      review: yearReview(s.all),
      anniversary: anniversaryYear(s.all),
    });
  let dates = read([s.key, ...s.lead, ...following, ...lead]);
  // `昨天（11月28日）上午，某会正式成立。…在某会员大会上，…`: a key sentence without a day; the lead dates the report.
  // Not when the key sentence says only `日前` (recently): the lead's day may be the page's own date then.
  // Only a lead sentence about the same body (its name without the event word: 某志愿者联合会正式成立).
  // (`某联赛某赛区开赛仪式暨某中心开幕式`: the first of events joined by 暨, without its ceremony: 某联赛某赛区.)
  const stem = openedBy(s.event?.title ?? '').replace(
    new RegExp(`(?:会员代表|会员|代表)?(?:${EVENT_HEADS.join('|')})$`),
    '',
  );
  // `某协会成立大会`: a lead sentence saying the body was founded (`某协会，今天（24日）在某酒店正式成立`) is about it too.
  const founded = /^(.{4,})成立$/.exec(stem)?.[1];
  const about = s.all
    .slice(0, 3)
    .filter(
      (x) =>
        stem.length >= 4 && x !== s.key && (x.includes(stem) || (!!founded && x.includes(founded) && /成立/.test(x))),
    );
  // `2017年12月28日上午，风景绚丽的某公园…。某会200多名志愿者…参加某会成立大会`: an opening sentence that only sets the
  // scene of the day, right before the key sentence, dates it.
  // (`8月20日，某剧院彩旗飘扬。上午九时，某大会在这里开幕`: so does the sentence right before a key sentence that
  // opens with the hour or says 在这里.)
  const setsScene = (x: string | undefined): x is string =>
    !!x &&
    /^(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日/.test(undated(x)) &&
    !/举行|召开|举办|开幕|启动|开展|成立|揭牌|签约|出席|参加/.test(x);
  const opening = s.all[0];
  if ((keyAt === 1 || keyAt === 2) && setsScene(opening)) about.push(opening);
  const before = keyAt > 0 ? s.all[keyAt - 1] : undefined;
  // (Or before a key sentence that names no day at all: `…伴随着锣鼓，近千人见证某节的开幕式`.)
  if (
    before !== opening &&
    setsScene(before) &&
    (/^(?:上午|下午|晚上|中午|早上)|在这里|于此/.test(s.key) || !/\d{1,2}日|[今昨前][天日晚]|日前|近日/.test(s.key))
  )
    about.push(before);
  // `中新社上海十二月二十六日电 …某中心今天正式成立。…某中心揭牌仪式在某监狱举行。`: the dispatch's own sentence saying
  // what was done today dates a key sentence that gives no day.
  const dispatched = s.all[0];
  if (
    s.byline?.day &&
    keyAt > 0 &&
    dispatched &&
    s.byline.from.includes(dispatched.slice(0, 12)) &&
    /今天|今日/.test(dispatched) &&
    !about.includes(dispatched)
  )
    about.push(dispatched);
  // `昨日，…。当天是某宣传日，某院举办某活动`: a key sentence that opens with 当天 (that day) is dated by the one before it.
  if (before && !about.includes(before) && /^(?:当天|当日|是日|同日|这一?天)/.test(s.key)) about.push(before);
  let fromAbout: string | undefined;
  if (!dates.start && about.length && !/日前|近日|近期|前不久|不久前|早前/.test(s.key)) {
    const fromLead = read(about);
    if (fromLead.start) {
      dates = fromLead;
      fromAbout = about.find((x) => read([x]).start === fromLead.start);
    }
  }
  // Where the date was read: the sentence of the lead that gave it; with no event named, the lead sentence that gives
  // that day read alone.
  let from = fromAbout || s.key || (dates.start && lead.find((x) => read([x]).start === dates.start)) || '';
  // `某座谈会4月1日在沪举行` as the headline, the article giving no day: the headline's day is the event's.
  const title = s.event?.title;
  if (!dates.start && title && s.headline?.includes(title) && /\d{1,2}日/.test(s.headline)) {
    const fromHeadline = read([s.headline]);
    if (fromHeadline.start) [dates, from] = [fromHeadline, s.headline];
  }
  // The day a meeting closed, not the day it began: `9月22日，…交流会在某地顺利闭幕` (no verb of its opening), or the day
  // read right before the closing verb (`…顺利召开，…为期两天的盛会，于12月10日圆满落幕`). With how many days it lasted, it
  // began that many days before; without, the report does not give its first day.
  const closedOn = CLOSED_ON.exec(s.key);
  if (
    dates.start &&
    !dates.end &&
    ((/闭幕(?!式)/.test(s.key) && !/开幕|举行|召开|举办|开班|启动/.test(s.key)) ||
      Number(closedOn?.[1]) === Number(dates.start.slice(8)))
  ) {
    const days = LASTED.exec(s.key)?.[1];
    const n = days ? Number(days) || '一两三四五六七'.indexOf(days) + 1 : 0;
    if (n >= 2) {
      facts.startDate = shift(dates.start, 1 - n);
      facts.endDate = dates.start;
      s.note(
        '会议日期',
        `${facts.startDate} 至 ${facts.endDate}`,
        from,
        `闭幕于 ${dates.start}，为期${days}天；${dates.how}`,
      );
      return;
    }
    s.note('闭幕日期', dates.start, from, dates.how);
    s.todo('startDate', `报道只写了闭幕的日子 ${dates.start}，没有写开始的日子`);
    return;
  }
  facts.startDate = dates.start;
  facts.endDate = dates.end;
  if (dates.start) s.note('会议日期', dates.end ? `${dates.start} 至 ${dates.end}` : dates.start, from, dates.how);
  else s.todo('startDate', dates.how);
}

/** Organizers, hosts, co-organizers and supporters of the main event (not of others the report names). */
function organizersStep(s: Step): void {
  const { event, facts } = s;
  if (event) {
    const others = candidatesOf(s)
      .map((c) => c.name)
      .filter((n) => !n.includes(event.title) && !event.title.includes(n));
    const orgs = readOrganizers(
      s.all,
      { sentence: s.key, title: event.title, written: event.written, headline: s.headline },
      others,
    );
    setOrganizers(s, orgs);
    s.convener = orgs.convener;
  }
  if (!event || event.bare) thisEventOrganizers(s);
  if (!facts.organizers.length) s.todo('organizers', '报道没有写主办单位');
}

function setOrganizers(s: Step, orgs: OrganizerFacts): void {
  Object.assign(s.facts, {
    organizers: orgs.organizers,
    hosts: orgs.hosts,
    coOrganizers: orgs.coOrganizers,
    supporters: orgs.supporters,
  });
  const from = orgs.from.join(' / ');
  s.note('主办', orgs.organizers.join('、'), from);
  s.note('承办', orgs.hosts.join('、'), from);
  s.note('协办', orgs.coOrganizers.join('、'), from);
  s.note('指导', orgs.supporters.join('、'), from);
}

/**
 * `本届啤酒节由某市政府主办`, when the report's event has no name the importer keeps: who held it, from the sentences
 * that say they speak of this event (and no more than they say: nothing read for a name before is replaced).
 */
function thisEventOrganizers(s: Step): void {
  if (s.facts.organizers.length || s.facts.hosts.length) return;
  // (Else the report's first statement of who held anything, whatever it calls the event: readFirstStatedOrganizers. Not
  // when a name was read and nothing said of it names anyone: on the 800 blind reports that found 19 more right and 8
  // wrong.)
  const these = readThisEventOrganizers(s.all);
  const orgs = these.organizers.length ? these : readFirstStatedOrganizers(s.all);
  if (!orgs.organizers.length) return;
  setOrganizers(s, orgs);
  s.facts.todos = s.facts.todos.filter((t) => t.field !== 'organizers');
}

/** Where it was held, against the administrative divisions. */
function placeStep(s: Step): void {
  const { facts } = s;
  const place = readPlace({
    // (And any other sentence that names the event: `“第21届某年会”日前在厦门举行` after a key sentence about a body
    // honoured at it.)
    sentences: [
      s.key,
      ...(s.headline ? [s.headline] : []),
      ...s.lead,
      ...(facts.title ? s.all.filter((x) => x !== s.key && x.includes(facts.title!)) : []),
    ],
    title: facts.title,
    headline: s.headline,
    organizations: [...facts.organizers, ...facts.hosts],
    convener: s.convener,
    dispatchCity: s.byline?.city,
    reporterCity: reporterCity(s.body),
    text: s.body.join('\n'),
    siteOutlet: outletFromUrl(facts.url),
    outlet: facts.outlet,
    url: facts.url,
  });
  facts.place = place.place;
  if (facts.title && place.place) facts.title = withOwnPlace(facts.title, place.place);
  if (place.place)
    s.note(
      '举办城市',
      `${place.place.city}${place.place.district ? `（${place.place.district}）` : ''}`,
      place.from,
      place.how,
    );
  else s.todo('city', place.how);
}

/** People with positions and roles; then documents (not speech titles) and parallel sessions. */
function peopleAndDocumentsStep(s: Step, knownNames: readonly string[]): void {
  const { facts } = s;
  facts.people = readPeople({ lines: s.body, captions: s.report.captions, known: knownNames, headline: s.headline });
  // At a body's own meeting, a bare post (会长某某, 选举甲为副会长) is held in that body.
  placeBarePosts(facts.people, s.event && ownBody(s.event.title, s.convener), [...facts.organizers, ...facts.hosts]);
  for (const p of facts.people)
    s.note(
      `人物（${p.role}${p.roleStated ? '' : '，推断'}）`,
      `${p.position ?? '（未写职务）'}${p.organization ? `（${p.organization}）` : ''} ${p.name}${p.title ? `《${p.title}》` : ''}`,
      p.from,
    );
  const day = facts.startDate
    ? { month: Number(facts.startDate.slice(5, 7)), day: Number(facts.startDate.slice(8, 10)) }
    : undefined;
  facts.documents = readDocuments({
    sentences: s.all,
    speechTitles: new Set(facts.people.map((p) => p.title).filter((t): t is string => !!t)),
    eventDay: day,
    title: facts.title,
  });
  for (const d of facts.documents)
    s.note(`文件（${d.verb ?? '发布'}）`, d.title, s.all.find((x) => x.includes(d.title)) ?? facts.title ?? '');
  facts.parallelSessions = readSessions(s.body.join('\n'));
}

/**
 * A page with no outlet read, on the site of a body the report names (its address spells the body's name): the body
 * publishes it. Left for the editor to confirm.
 */
function ownSiteStep(s: Step): void {
  const { facts } = s;
  if (facts.outlet || !facts.url) return;
  const names = [
    ...facts.organizers,
    ...facts.hosts,
    ...facts.coOrganizers,
    ...(s.convener ? [s.convener] : []),
    ...(s.event ? [ownBody(s.event.title, s.convener)].filter((b): b is string => !!b) : []),
    ...facts.people.flatMap((p) => [
      ...(p.organization ? [p.organization] : []),
      ...findAffiliations(p.position ?? '', []).map((a) => a.name),
    ]),
  ];
  const read = bodyOfSite(facts.url, names);
  if (!read) return;
  // (`市医疗保障局`, named in full elsewhere in the report: `南通市医疗保障局`; round 309.)
  const body = namedInFull(s.all.join('\n'), read) ?? read;
  facts.outlet = body;
  const host = new URL(facts.url).hostname;
  s.note('发布媒体', body, `网址 ${host}`, `网址的字母是“${body}”的拼音缩写：读作该机构自己的网站`);
  facts.todos = facts.todos.filter((t) => t.field !== 'sources[0].outlet');
  s.todo('sources[0].outlet', `页面没有写来源；按网址 ${host} 与报道中机构名的拼音对照，取“${body}”，请核对`);
}

/** Facts with nothing read yet: every list empty. */
export function noFacts(): Facts {
  return {
    reporters: [],
    organizers: [],
    hosts: [],
    coOrganizers: [],
    supporters: [],
    people: [],
    documents: [],
    parallelSessions: [],
    evidence: [],
    todos: [],
  };
}

/**
 * An event name read shorter than this (`专题会议`, `发布仪式`, `东盟残疾人论坛`) is left to the editor: on the 180 blind
 * sets such names were the report's full name 5 times and wrong 25 times (a part of it, whose meeting, which year or
 * edition missing, or another event), and a wrong name is worse than a missing one; the editor sees the name read in
 * the TODO. (Seven characters would keep 3 right names and 8 wrong ones.)
 */
const SHORT_TITLE = 8;
/** (Unless it carries its edition or year, which name one event of a series: `第五届某某论善`, `首届慈善大会`.) */
const EDITION_OR_YEAR = /第[一二三四五六七八九十百\d]+[届期]|首届|(?:19|20)\d{2}/;

/** A name's letters without quotes and spaces. */
const bareName = (t: string) => t.replace(/[“”"「」《》\s]/g, '');
/**
 * How long a name is, as a sign of how much of the event it names: its letters without quotes, spaces or the leg of a
 * series in brackets (`推介会（澳门站）` names no more of the event than `推介会` does).
 */
const nameLength = (t: string) => [...bareName(t).replace(/[（(][^（）()]{1,10}站[）)]$/, '')].length;
/**
 * A name too short to name one event (a name the report quotes, `“法院开放日”活动`, `「玩具时光机」展`, is the one it gives
 * the event, short or not).
 */
const shortTitle = (t: string) =>
  nameLength(t) < SHORT_TITLE && !EDITION_OR_YEAR.test(t) && !/[“「][^”」]{4,}[”」]/.test(t);

/** The event the headline names, when it is a full name that holds the short one read from the article. */
function fullerInHeadline(short: string, headline: string | undefined): EventFact | undefined {
  const read = headline ? readEvent([headline]) : undefined;
  if (!read || read.bare) return undefined;
  if (nameLength(read.title) < SHORT_TITLE || !bareName(read.title).includes(bareName(short))) return undefined;
  return malformedName(read.title) || describesEvents(read.title) ? undefined : read;
}

/**
 * `某国际博览会在某镇开幕` under the headline `第十二届某国际博览会在某镇举行`: the same name with its edition or year in
 * front, which the article left out (round 248); or which another sentence of the article gives (round 249: `一年一度的
 * 某展览会…开幕`, then `第五届某展览会…`).
 */
function editionElsewhere(read: EventFact | undefined, s: Step): EventFact | undefined {
  if (!read || read.bare || read.composed || EDITION_OR_YEAR.test(read.title)) return undefined;
  const head = s.headline ? readEvent([s.headline]) : undefined;
  const named = [
    ...(head && !head.bare ? [{ title: head.title, edition: head.edition }] : []),
    ...candidatesOf(s)
      .filter((c) => c.at >= 0)
      .map((c) => ({ title: c.name, edition: editionOf(c.name) })),
  ];
  const core = bareName(read.title);
  const fuller = named.find((n) => {
    const lead = /^((?:(?:19|20)\d{2}年?)?(?:第[一二三四五六七八九十百\d]+届|首届)?)(.+)$/.exec(bareName(n.title));
    return !!lead?.[1] && lead[2] === core;
  });
  return fuller ? { ...read, title: fuller.title, edition: fuller.edition } : undefined;
}

/**
 * `总决赛颁奖礼昨下午假某馆举行`, after `某会合办“某大赛”总决赛及颁奖礼昨日举行`: the report's fuller name of the same event
 * (the short one ending it, once 及, 暨, 和 or 与 joining its parts is left out), named elsewhere in the body.
 */
function fullerInBody(short: string, s: Step): EventFact | undefined {
  const core = bareName(short);
  // (One that says which (a year, an edition or a quoted name), ends as the short one does, and reads clean: no 的 of a
  // phrase, `某展的开园典礼`, no caption's credit in brackets.)
  const fuller = candidatesOf(s)
    .filter((c) => c.at >= 0 && bareName(c.name).length > core.length)
    .filter((c) => EDITION_OR_YEAR.test(c.name) || /[“「][^”」]{2,}[”」]/.test(c.name))
    .filter((c) =>
      bareName(c.name)
        .replace(/[及暨和与]/g, '')
        .endsWith(core),
    )
    .filter((c) => !/[的（()）]/.test(c.name) && !malformedName(c.name) && !describesEvents(c.name))
    .sort((a, b) => b.score - a.score);
  const best = fuller[0];
  return best && { title: best.name, sentence: best.sentence, at: best.at, edition: editionOf(best.name) };
}

/**
 * A phrase that only describes what happened (`多项活动`) still led the steps above to the report's key sentence, its
 * day and its organizers; as the event's name it would be wrong, so the name is left for the editor.
 */
function vagueTitleStep(s: Step): void {
  const { facts } = s;
  if (!facts.title) return;
  const title = facts.title;
  const length = nameLength(title);
  const short = shortTitle(title);
  // `食品安全宣传周` in the article, `某市2020年食品安全宣传周启动仪式在某区举行` as the headline: the headline names the
  // same event in full (whose, which year), so its name is the event's.
  const whole = short ? fullerInHeadline(title, s.headline) : undefined;
  if (whole) {
    Object.assign(facts, { title: whole.title, edition: whole.edition });
    s.note('会议名称', whole.title, whole.sentence, `报道正文只写作“${title}”，标题写全了`);
    return;
  }
  const malformed = malformedName(title);
  if (!short && !malformed && !describesEvents(title)) return;
  Object.assign(facts, { title: undefined, edition: undefined, titleHeldBack: title });
  facts.evidence = facts.evidence.filter((e) => !(e.fact === '会议名称' || e.fact === '届次'));
  thisEventOrganizers(s);
  s.todo(
    'title',
    short
      ? `报道中读到的名称“${title}”只有${length}个字，多半不全（缺少谁的会、哪一年或哪一届），请补充`
      : malformed
        ? `读到的“${title}”不像会议名称（引号或括号不成对，有乱码，或以“本次”“今年”等开头），请按报道补充正式名称`
        : `报道只用“${title}”来说所记的事，这不是会议名称，请补充`,
  );
}

export function extractFacts(report: ReportText, knownNames: readonly string[] = []): Facts {
  const facts = noFacts();
  const body = report.lines.filter((l) => l !== report.headline);
  const step: Step = {
    report,
    facts,
    body,
    all: toSentences(body),
    headline: report.headline && !/^https?:/i.test(report.headline) ? report.headline : undefined,
    key: '',
    lead: [],
    note: (fact, value, from, how) =>
      void (value && from && facts.evidence.push({ fact, value, from, ...(how ? { how } : {}) })),
    todo: (field, why) => void facts.todos.push({ field, why }),
  };
  sourceStep(step);
  eventStep(step);
  datesStep(step);
  organizersStep(step);
  placeStep(step);
  peopleAndDocumentsStep(step, knownNames);
  ownSiteStep(step);
  vagueTitleStep(step);
  return facts;
}
