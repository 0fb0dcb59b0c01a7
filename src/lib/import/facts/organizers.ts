/**
 * Who organized the event: 主办 (organizers), 承办 (hosts), 协办 (co-organizers),
 * 指导 (supporters). Read from the sentences that speak of the main event
 * (`由A、B主办，C承办的X`, `本次大赛由A、B联合主办`, `活动由A指导，B主办，C承办`) and,
 * when none says 主办, from the organizations that convened it in the key
 * sentence (`旬阳市民政局召开X`, `A、B在某地举行X`, `A携手B、C…开展了X`). A place
 * alone (`福鼎市召开`) convenes but is not an organization. Sentences about
 * another event are skipped, and so is a site's own footer (removed earlier).
 */
import {
  BODY_ENDINGS,
  EVENT_HEAD,
  HELD_BY_WAY,
  openedBy,
  ownName,
  RELATIVE_DAY,
  WHEN_AFTER,
  withoutOpening,
  OPENING_CEREMONY,
} from './event.ts';
import { placeAt } from '../divisions.ts';
import {
  comparable,
  inOrder,
  MIRROR_AD_BEFORE,
  SHORT_ASSOCIATION,
  LATIN_NOTE,
  BY,
  SHORT_NAME,
  splitOutside,
  withoutNotes,
} from '../text.ts';

export interface OrganizerFacts {
  organizers: string[];
  hosts: string[];
  coOrganizers: string[];
  supporters: string[];
  /** The sentences they were read from. */
  from: string[];
  /** Who convened the event in the key sentence (an organization or a place). */
  convener?: string;
}

/** How a body's name ends (`某局`, `某协会`, `某海关`, `某公司（筹）`, a party: `某党`, `民建联`, the grid's `国网某省电力`…). */
const ORG_END = new RegExp(
  `(?:局|厅|部|委|办|处|室|署|(?<=部[\u4e00-\u9fff]{1,14})司|院|校|大学|学院|(?<![关体联派])系|中心|政府|海关|会|社|集团|公司|银行|总行|分行|支行|报|台|网|馆|站|所|监狱|团|队|盟|组|公社|基金|机构|(?<=[\u4e00-\u9fff]{2})街道|(?<=[\u4e00-\u9fff]{2})中央|(?<=[\u4e00-\u9fff])党|民建联|经民联|(?<=^国网[\u4e00-\u9fff]{1,6})电力|工商联|残联|侨联|文联|妇联|青联|台联|社科联|(?<=[${SHORT_ASSOCIATION}译])协|（[^）]*）)$`,
);
/**
 * Not a body: a verb of holding or attending in it, a meeting's kind at its end, a clause (`…将再争取机会`, opportunity);
 * an officer's rank (`某部部长某某大校`, which ends as a school does); a day (`某协会在2016年12月24日在某广场`), a byline's
 * brackets (`（某新闻）【记者某某】某协会`), a description in front of the name (`某行业唯一的国家一级协会某协会`) or a
 * speaker's feeling said before the bodies (`某公司非常荣幸能够与某公司`); what follows 主办 (`由某政府主办的第六届某博览会在
 * 某地举办`: `的第六届某博览会`, the event); 本 opening it, the speaker's own (`本会`), but not 本溪, a city; what a body
 * acted as (`并作为特区政府`, round 266).
 */
const NOT_ORG =
  /[【】]|[大上中少]校$|(?:19|20)\d{2}年\d|\d{1,2}月\d{1,2}日|(?:唯一|之一)的|在(?:19|20)\d{2}|机会$|[将再]争取|召开|举行|举办|开展|组织召开|组织开展|参加|出席|指出|表示|荣幸|能够|我们|他们|(?:活动|会议|论坛|大会|座谈会|研讨会|交流会|仪式|年会)$|^全[省市区县]|^(?:本(?!溪)|[我该在的])|^组织|^(?:并|也|还)?作为|^各|^有关|^相关|新(?:总部|会址|会所|大楼)$|赴|的[一二三四五六七八九十两\d]+(?:所|家|个)|主委$/;
/**
 * A mirror's gambling advertising pasted into a list of bodies (`某某娱场官方网`, `某省_365体育投注注册厅`, round 282):
 * left out, the list still read (not the state lotteries, `中国福利彩票发行管理中心`).
 */
const MIRROR_AD_ITEM = /官网|官方网|娱乐?场|赌|博彩|(?<!福利|体育)彩票|棋牌|开奖|投注/;
/**
 * `养羊?qū)W分会`: what a mirror's converter left of a character and its pinyin (the mark of a character it lost, a tone
 * mark, a closing bracket never opened) is no body's name; left out of a list, the others still read.
 */
// (`某省某某机价格|某某清洗机价格学艺术界联合会`: a mirror's advertising run into a name, a bar between its words.)
const GARBLED = /^[^（(]*[)）]|\uFFFD|[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]|[|｜]/;

/**
 * A unit inside some body, named without that body, or a correspondent: a page's 来源 then names no outlet, and a
 * convener named so (`秘书处在某地召开…`) says not whose it is.
 */
export const INTERNAL_UNIT =
  /^(?:办公室|办公厅|综合(?:科|处|室|部)|秘书(?:处|科)|宣传(?:科|处|部|室)|信息(?:科|处|中心)|新闻中心|(?:网站|系统|超级)?管理员|通讯员|\p{Script=Han}{1,4}(?:科|股))$/u;

/** A name that reads as an organization (not a place alone, not a phrase). */
export function isOrganization(name: string): boolean {
  if (
    // (Two characters name a body only as 市委, 县办, or a people's organization in a list of a place's bodies: `某市卫健委、
    // 教育局、残联`.)
    (name.length < 3 && !/^(?:[省市区县][委办]|残联|妇联|侨联|文联|科协|团委)$/.test(name)) ||
    name.length > 40 ||
    !ORG_END.test(name) ||
    NOT_ORG.test(name.replace(/（[^）]*）/g, '')) ||
    GARBLED.test(name) ||
    // (`由 ：某局举办`: a name the page lost before its colon; what is left names no one.)
    /^[：:，,、。]/.test(name)
  )
    return false;
  const place = placeAt(name);
  return !place || place.length < name.length;
}

/** When, between the first of the bodies and 与/和/及 before the others (`甲公司今(4)日与乙馆`). */
const DAY_BEFORE_PARTNER =
  /(?<=[局厅部委会院府心司团社所办站馆盟协署队校）)])(?:[今昨](?:\s*[（(]\d{1,2}[)）]\s*)?日|今天|昨天|日前|近日)(?=与|和|及|联同|偕同|携手)/gu;

/** `A、B和C` → [A, B, C]: splits organization lists; 和/及/与 only between names that end like organizations. */
export function splitOrganizations(list: string): string[] {
  const items: string[] = [];
  // 联同 (with) between bodies is a list's mark too; `红十字会与红新月会国际联合会` is one body's name, 与 and all.
  // (`《甲协会》与《乙总会》`: bodies some pages put in book-title marks.)
  const bare = list
    .replace(/《([^《》]{4,30}?(?:会|联合会|协会|学会|总会|委员会|中心|局|厅|院|部))》/g, '$1')
    // `某欧美同学会中共某区委组织部`: two bodies run together, the second a party body (中共…).
    .replace(/(?<=\p{Script=Han}{3}(?:会|局|厅|部|委|院|府|中心|办|社|所))(?=中共\p{Script=Han}{3})/gu, '、')
    // `甲公司今(4)日与乙馆`, `甲局昨日和乙会`: the day, said after the first body and before the others joined to it.
    .replace(DAY_BEFORE_PARTNER, '')
    // (`某中心■★■、某报社`: a mirror's marks strewn among the names, round 265.)
    .replace(/[■◆★▲●◇□☆△○]+/g, '');
  // (`某市供销合作社联合社`: 联合 of 联合社, a federation of co-operatives, is a name's; round 252.)
  for (const part of splitOutside(
    bare
      .replace(/携手|牵手|联手|会同|联同|联合(?!会|总会|体|国|社)/g, '、')
      // (`甲集团 & 乙公司`: an ampersand between two bodies written in Han.)
      .replace(/(?<=\p{Script=Han})\s*&\s*(?=\p{Script=Han})/gu, '、'),
    '、，,；;',
  )) {
    let rest = part.trim();
    // 和/及/与/以及 between two organization names (not inside 人力资源和社会保障局, nor 政府及非营利组织, a field's name), also
    // after a short name (`某市科协与某局`) or 组织 (`世界卫生组织和某联合会`); 学 only of a school (`某大学与某局`, not
    // `某省老年学与老年医学学会`, one body); after a 队 (`某交通管理支队与某协会`), 海关 and a 署 (`香港海关与国家海关总署`), and a
    // fund (`某基金会某公益基金与某公司`); before and after a name of several words in Latin letters (`某会与Qube Integrated
    // Malaysia和某商会`);
    // 暨 only before a body's name that ends the item (`省测绘局暨合肥市自然资源和规划局`); and after a talent market
    // (`中国某人才市场和中国某学会`, round 249).
    for (;;) {
      const m =
        /(?:(?<=[局厅部委会院府心司团社所办站馆盟组协联织处室署队校网）]|\p{Script=Han}{2}中央|海关)|(?<=[大中小]学|[分支]行|日报|晚报|学系|电台|电视台|基金|人才市场)|(?<=(?:^|[、，,])[A-Z]{2,8})|(?<=[A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*)+))(?<!红十字会(?=与红新月会))(?:以及|和|及|与|暨(?=\p{Script=Han}{2,30}?(?:局|厅|部|委|会|院|府|中心|办|署)(?:$|[、，,])))(?!非营利|非盈利)(?=\p{Script=Han}|[A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*)+(?:$|以及|和|及|与))/u.exec(
          rest,
        );
      if (!m) break;
      items.push(rest.slice(0, m.index));
      rest = rest.slice(m.index + m[0].length);
    }
    items.push(rest);
  }
  return items
    .map((s) =>
      s
        .trim()
        // `【本报消息】某协会`: the report's tag before the first body (maybe after a caption on the same line: `某会昨上演
        // 【某报消息】某协会`); `大陆某基金会`: a Taiwanese paper's word for the mainland.
        .replace(/^[【［[][^】］\]]{1,12}[】］\]]\s*|^[^【［]*\s[【［][^】］]{1,12}[】］]\s*/, '')
        .replace(/^大陆(?=\p{Script=Han}{4})/u, '')
        // `由该县县委宣传部及…`: 该县, the county just named, before a body named by its level (`县委宣传部`).
        .replace(/^该[县市区省](?=[县市区省])/, '')
        .replace(MIRROR_AD_BEFORE, '')
        // `2024年6月23日15:47:14某协会`: a page's time stamp run on into the body's name.
        .replace(/^(?:(?:19|20)\d{2}[-年/.]\d{1,2}[-月/.]\d{1,2}日?\s*)?\d{1,2}:\d{2}(?::\d{2})?\s*/, '')
        // `（怡保8日讯）某商会`: a paper's dateline in brackets before the body's name (round 266).
        .replace(/^[（(][^（）()]{1,16}?\d{1,2}日(?:讯|电)[)）]\s*/, '')
        // `5月18日某基金会`: the day, run on into the body's name.
        // (`月12日晚某中心`: the day and the time of day, its month's digit lost to a mirror's garble, round 271.)
        .replace(
          /^(?:(?:(?:19|20)\d{2}年)?\d{1,2}月|月)\d{1,2}日(?:上午|中午|下午|晚上|晚间|晚)?(?=\p{Script=Han}{4})/u,
          '',
        )
        // (`某学院今天（12月3日）`: the day it held the event, said after the body's name; round 272.)
        .replace(
          /(?<=\p{Script=Han}{4})(?:今天|昨天|今日|昨日|当天)?\s*[（(](?:\d{1,2}月)?\d{1,2}日[)）]$|(?<=\p{Script=Han}{4})(?:今天|昨天|今日|昨日)$/u,
          '',
        )
        // `全国工商联直属商会—某商会`: what the body is, before a dash, then its name.
        // (Not `中国—东盟某委员会`, a name that joins two places with a dash.)
        .replace(/^[^—–]{4,20}[—–](?=\p{Script=Han}{4})/u, '')
        // `第三方智库某某会`: what the body is, without a dash, before its name.
        .replace(/^(?:第三方)?智库(?=\p{Script=Han}{4})/u, '')
        .replace(/^(?:由|以及)/, '')
        // `某某今天是为某总会主办的…主持开幕`: who opened it, when, and for whom, before the body (round 308).
        .replace(/^\p{Script=Han}{2,4}?(?:今天|昨天|今日|昨日|当天|今晚|昨晚)是?为(?=\p{Script=Han}{4})/u, '')
        // `以“某某”为主题的某协会主办的…`: the event's theme, said before who held it.
        .replace(/^以\s*“[^”]{2,40}”\s*为主题的(?=\p{Script=Han}{4})/u, '')
        // `某会在某国宾馆`: where the body held it, run on after its name; `某市孔庙都会`: an adverb and the 会 of will.
        .replace(
          /在\p{Script=Han}{2,20}?(?:宾馆|酒店|饭店|会堂|礼堂|广场|大厦|会议室|厅|馆)$/u,
          (venue, at: number, name: string) => (isOrganization(name.slice(0, at)) ? '' : venue),
        )
        .replace(/(?<=\p{Script=Han}{2})(?<!大)(?:都|也|将|均|还|亦)会$/u, '')
        // (`…等16多个单位`: a count of them, too.)
        .replace(/(?:等[一二三四五六七八九十两\d]*多?(?:个|家|所)?(?:单位团体|单位|部门|机构|媒体)|等)$/, '')
        // `某总局所属的某联合会`: whose the body is, said before its name; `由MOT所举办的`: the particle 所
        // before the verb (not the 所 of 研究所, 事务所).
        .replace(/^\p{Script=Han}{2,20}?(?:所属|下属|主管)的(?=\p{Script=Han}{4})/u, '')
        .replace(/(?<=[A-Za-z]|[会局部委院司心府团社盟队])所$/u, '')
        // `国内权威财经媒体某网`: what the body is, said before its name.
        .replace(
          /^(?:国内|全国|国际|海内外)?(?:权威|知名|主流|著名|重要)\p{Script=Han}{0,4}媒体(?=\p{Script=Han}{3})/u,
          '',
        )
        .trim(),
    )
    .map(withoutShortName)
    .filter((s) => s.length >= 2)
    .map((name, i, all) => samePlaceGovernment(name, all[i - 1]))
    .map((name, i, all) => samePlaceDepartment(name, all[0]!, i));
}

/**
 * `某市卫生健康委、教育局、民政局`: a department named without its place, in a list that opens with a city's or
 * county's body, is that place's (`某市教育局`), as the readers wrote it (round 265).
 */
function samePlaceDepartment(name: string, first: string, at: number): string {
  if (at === 0 || !/^(?:\p{Script=Han}{1,5}(?:局|委)|残联|妇联|侨联|文联|科协|团委|工商联)$/u.test(name)) return name;
  // (Not a body that names its own place or party, `中共红安县委`, `团区委`.)
  if (/^[省市区县]|^中共|[省市区县州旗](?=\p{Script=Han})/u.test(name) || placeAt(name)) return name;
  const place = /^(\p{Script=Han}{2,6}?[市县区])(?=\p{Script=Han}{2})/u.exec(first)?.[1];
  return place && placeAt(place)?.length === place.length ? `${place}${name}` : name;
}

/**
 * `中共某县委、县人民政府`, `某市委、市政府`: the government named by its level alone, right after the party committee of
 * a place of that level, is that place's (`某县人民政府`). Other bodies after it (`某市委宣传部、市委网信办`) stay as written.
 */
function samePlaceGovernment(name: string, before: string | undefined): string {
  const level = /^([省市区县州旗])(?:人民)?政府$/.exec(name)?.[1];
  const place =
    level && before ? new RegExp(`^(?:中共)?(\\p{Script=Han}{2,8}?${level})委$`, 'u').exec(before)?.[1] : undefined;
  return place ? place + name.slice(1) : name;
}

/** `某联合会（以下简称某联）`, `中华全国归国华侨联合会（中国侨联）`: the short name a report gives is no part of the name. */
const withoutShortName = (name: string): string =>
  withoutNotes(name.replace(SHORT_NAME, ''))
    // `某学会某专业委员会（挂靠某大学某学院）`: where the body is housed is no part of its name.
    .replace(/[（(](?:挂靠|依托|设在)[^）)]*[）)]$/, '')
    // `华东六省一市（甲、乙和丙）律师协会`: the places a body's name stands for, listed in brackets inside it.
    .replace(/[（(][^（）()]*[、和][^（）()]*[）)](?=\p{Script=Han})/gu, '')
    .trim();

/**
 * The role a list of bodies had; not a word inside a body's name (`某服务指导中心`, `某指导站`, `某指导小组办公室`). The
 * adverbs before the verb are no part of the last body's name (`甲、乙联合主办`; `某局具体承办`, round 271).
 */
const ROLE_VERB =
  /(?:协同)?(?:联合|共同|具体|发起|支持(?=指导))?(主办|承办|协办|指导|联办|合办(?!的))(?!方|单|机构|中心|站|委员会|委|处|科|组|小组|办公室|部|室|所|员|师|士)/g;
/** Vague items of a list (有关机构, 各区民政局): skipped, not fatal. */
// (等 of a list, not of a name: `某高等专科学校`, `某中等职业学校`.)
// (两岸 only as the list's words for both sides, `两岸及香港有关机构`, not inside a body's name: `海峡两岸某交流协会`.)
const VAGUE = /有关|相关|(?<![高中初平同对均优])等|^各|其他|多家|多个|多所|^两岸(?:及|和|与|$)|各界|部分/;
/** The page's own body named as 我/本 (`我中心`, `本会`). */
const SELF = /^[我本](?:中心|会|协会|商会|单位|院|局|所|站|社|校)$/;
const REFERRED_KINDS =
  '活动|会议|大会|论坛|大赛|座谈会|研讨会|交流会|推介会|发布会|仪式|峰会|年会|展会|赛事|比赛|沙龙|晚会|晚宴|典礼|庆典|展览|博览会|培训班|联谊会|茶话会|恳谈会|讲座|庙会';
const REFERENCE = new RegExp(`^(?:本次|此次|本届|这次|该|今年的?)?(?:${REFERRED_KINDS})`);
/** One of those kinds, and no more (`会议` of `此会议`). */
const A_REFERRED_KIND = new RegExp(`^(?:${REFERRED_KINDS})$`);
/** Words that refer to the event the report is about (本次, 本届, 该…). */
// (`这场活动是由甲和乙联办`: 这场 too, round 252.)
const THIS_WORDS = '本次|此次|本届|此届|这届|这次|这场|此场|这项|此项|该';
/**
 * A subject that says it is this event (本次, 本届, 该…), with up to `words` characters before one of the `kinds`; or 本
 * right before the kind (`本活动由…主办`), as 本次. (`该文化节由…主办`: 该 refers to it as 本届 does; on the blind reports of
 * stops 62 to 64, the readers' organizers were those of such a statement 3 times of 3.)
 */
const thisKind = (words: number, kinds: string) =>
  new RegExp(`^(?:${THIS_WORDS}|本(?=活动|会议|大会|论坛|赛事|比赛))\\p{Script=Han}{0,${words}}?(?:${kinds})$`, 'u');
/** `本次学术研讨会`: the event the report is about, said so (a few words may qualify its kind). */
const THIS_EVENT = thisKind(4, REFERRED_KINDS);

/**
 * The event's name without a leading place (杭州市上城区… → 上城区…, as a report may write it), nor the year before or
 * after it (`某市2022年“某宣传周”` → 某宣传周, round 302).
 */
function core(title: string): string {
  let s = title.replace(/^(?:(?:19|20)\d{2}年?)/, '');
  for (;;) {
    const p = placeAt(s);
    if (!p || p.length >= s.length - 2) return comparable(s);
    s = s.slice(p.length).replace(/^(?:19|20)\d{2}年(?=\S{4})/, '');
  }
}

/** Does this sentence speak of the main event (and of no other)? */
function aboutEvent(sentence: string, title: string, otherEvents: readonly string[]): boolean {
  const s = comparable(sentence.replace(SHORT_NAME, ''));
  if (s.includes(comparable(title)) || s.includes(core(title))) return true;
  // `由甲、乙共同主办的世界某联盟大会` about `第十五届世界某联盟大会`: the series named without this edition's number
  // (standing on its own, not the end of a longer name: `天某论坛` is another event), nor the year before it
  // (`2014第七届某漫画节`), with its place or without; a shorter series only right after 的 (`主办的某国际漫画节`) or as
  // what the sentence opens with (`某趣味运动会作为…，由…`).
  // (`“某某科技”第一届某公开赛`: nor a sponsor's or slogan's quoted words before the edition.)
  const full = comparable(
    title
      .replace(/^[“「][^”」]{2,20}[”」]/, '')
      .replace(/^(?:19|20)\d{2}年?/, '')
      .replace(/^第[一二三四五六七八九十百\d]+[届次]/, ''),
  );
  for (const series of new Set([full, core(full)])) {
    const at = series.length >= 5 ? s.indexOf(series) : -1;
    if (at === 0 || (at > 0 && (s[at - 1] === '的' || (series.length >= 8 && /[，,。；：:“「\s]/.test(s[at - 1]!)))))
      return true;
  }
  // `由甲、乙主办，丙协办的本届厨师节开幕式`, `由甲主办的本次活动`, `联合主办的第三届家博会`: what was held, named after it.
  const held = /(?:主办|承办|协办)的([^，,。；：:“”「」]{2,20}?)(?=[，,。；]|[在于於]|$)/.exec(sentence)?.[1];
  if (held && namesThisEvent(held, title)) return true;
  // `某系列活动启动仪式`: who organized the series (`“某节”系列活动…由某协会主办`) organized its launch.
  // `由某会主办的某联赛某赛区在某中心开赛` about `某联赛某赛区开赛仪式暨某中心开幕式`: what the ceremony opened.
  // (`「某大奖2019」…举行颁奖典礼暨晚宴` about `某大奖2019颁奖典礼暨晚宴`: the award the ceremony was held for, round 147.)
  for (const opened of [
    title.replace(
      /(?:启动仪式|开幕仪式|开幕式|启动式|颁奖典礼|颁奖礼|颁奖晚会|颁奖大会)(?:暨\p{Script=Han}{2,4})?$/u,
      '',
    ),
    openedBy(title),
  ])
    if (opened !== title && opened.length >= 6 && s.includes(core(opened))) return true;
  const subject = subjectOf(sentence);
  // `本次学术研讨会…由…主办`: the event the report is about, said so, whatever other event the sentence names after it.
  if (THIS_EVENT.test(subject)) return true;
  // `本届科普日活动` about `全国铁路科普日主场活动…`: a reference word, then words of the title, then the kind.
  const referred =
    /^(?:本次|此次|本届|这次|今年的?)(\p{Script=Han}{2,8}?)(?:活动|会议|大会|论坛|年会|大赛|仪式)$/u.exec(subject);
  if (referred && comparable(title).includes(referred[1]!)) return true;
  if (namesThisEvent(subject, title)) return true;
  if (otherEvents.some((o) => s.includes(comparable(o)))) return false;
  return (
    REFERENCE.test(subject) ||
    REFERENCE.test(sentence) ||
    /由[^。]*(?:主办|承办)的?$/.test(sentence.split(/[，,]/)[0]!) ||
    // `这场由某会主办、某大学承办的大会，以…`: the meeting referred to, with who held it said in front.
    /^(?:这场|这次|本次|此次|本届|该)由[^，,。]*(?:主办|承办)的\p{Script=Han}{0,4}(?:活动|会议|大会|论坛|年会|盛会|赛事)$/u.test(
      sentence.split(/[，,]/)[0]!,
    ) ||
    sameEventWord(subject, title)
  );
}

/**
 * What a sentence about who held something says was held: the words before 由 in their clause.
 * (`本届某某活动以“甲，乙”为主题，由…`, `本次研讨会主题为“甲，乙”，由…`: the theme and the comma before 由 are not
 * the subject.)
 */
const subjectOf = (sentence: string): string => {
  // (`本届“某博会”由…`: the short name quoted after the word of reference is the subject's own, kept.)
  let subject = sentence
    .replace(new RegExp(`(?<=${THIS_WORDS})“([^”，,。]{2,12})”`, 'g'), '$1')
    .replace(/“[^”]*”/g, '“”')
    .split('由')[0]!;
  // (`本届某节为期一个月，以“甲”为主题，由…`, `本届某会在某政府的大力支持下，由…`: how long it lasted and who backed it
  // are not the subject either, in whatever order they come.)
  for (let before = ''; before !== subject; ) {
    before = subject;
    subject = subject
      .replace(/[，,]\s*$/, '')
      .replace(/(?:以\s*“”\s*为主题|的?主题(?:为|是)\s*“”)$/, '')
      .replace(/[，,]?\s*为期[^，,。]{1,6}$/, '')
      .replace(/在[^，,。]{2,40}?的?(?:大力|鼎力)?(?:支持|指导|关心|帮助)下$/, '')
      // (`本次赛事是“某节”活动的一个重要组成部分，由…`: what the event is part of, said after it.)
      .replace(/(?<=\p{Script=Han}{2})是[^，,。]{2,40}?(?:组成部分|一部分|之一)$/u, '')
      // (`本届某展于3月28-31日在某馆举行，由…`: when and where it was held, said before 由.)
      .replace(/(?<=\p{Script=Han}{2})[于於在][^，,。]{2,40}?(?:举行|举办|召开|开幕|进行)$/u, '')
      .replace(/(?<=\p{Script=Han}{2})是$/u, '');
  }
  // (`主题为“甲”的本届某会由…`: its theme, said before it.)
  return subject
    .replace(/^.*[，,。]/, '')
    .replace(/^(?:主题(?:为|是)\s*“”|以\s*“”\s*为主题)的/, '')
    .trim();
};

/**
 * `本次竹博会` about `某国际竹业品牌博览会`, `此次石展`, `本次首发式` about `某小说新书首发式`, `第三届某剧节` about
 * `第三届中国某剧节闭幕式暨颁奖晚会`, `启动仪式` about `某大赛启动仪式`: words that name the event the report is about — a
 * word of reference and a short form of it (its characters in order in the name, ending in a kind of event), or the
 * kind its name ends with; the same edition and a short form; or the words its name ends with alone.
 */
function namesThisEvent(words: string, title: string): boolean {
  const named = title.split('暨')[0]!;
  // (`本次竞赛` of `某竞赛开幕式`: the kind the event opened ends its name.)
  const ends = (kind: string) => kind.length >= 2 && openedBy(title).endsWith(kind);
  const referred =
    /^(?:本次|此次|本届|这次|该|今年的?|此(?=\p{Script=Han}{2}))(\p{Script=Han}{1,8}?)(?:开幕式|启动仪式|开幕仪式)?$/u.exec(
      words,
    )?.[1];
  if (referred)
    return (
      A_REFERRED_KIND.test(referred) ||
      // (`此次开幕式由…主办` in a report of a festival's opening: the opening of the event the report is about.)
      /^(?:开幕式|开幕仪式|开幕典礼|启动仪式)$/.test(referred) ||
      (/^\p{Script=Han}{1,7}[会节展赛周]$/u.test(referred) && inOrder(referred, named)) ||
      ends(referred) ||
      (referred.length >= 2 && title.endsWith(referred))
    );
  // (`首届某大会` about `2017某地首届某大会`: 首届 is the first edition.)
  const edition = /^(第[一二三四五六七八九十百\d]+届|首届)(\p{Script=Han}{2,8}?)(?:开幕式|启动仪式)?$/u.exec(words);
  if (edition) {
    const at = named.indexOf(edition[1]!);
    return at >= 0 && inOrder(edition[2]!, named.slice(at + edition[1]!.length));
  }
  return words.length >= 3 && /(?:仪式|典礼|式)$/.test(words) && title.endsWith(words);
}

const EVENT_WORD = /(?:论坛|大会|会议|年会|峰会|研讨会|座谈会|交流会|博览会|大赛|培训班)$/;

/**
 * `海峡两岸公益论坛由…` about `第五届“海峡论坛·两岸公益论坛”`: the subject names the event in other words when the
 * two end in the same four or more characters and these end in an event word.
 */
function sameEventWord(subject: string, title: string): boolean {
  const a = comparable(subject);
  const b = comparable(title.replace(/(?:开幕式|闭幕式)$/, ''));
  if (!EVENT_WORD.test(a) || a.length > 24) return false;
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n >= 4 && EVENT_WORD.test(a.slice(-n));
}

/** `某论坛是某部主办的…`, `某节之一是…`: an event, said to be something before the body that held it. */
const EVENT_BEFORE_IS = new RegExp(`^[^、，,]{2,30}?(?:${EVENT_HEAD})(?:之一)?是(?=\\p{Script=Han}{2})`, 'u');

const BY_ALL = new RegExp(BY.source, 'g');

/** `甲、乙、丙等多部门`, `…七家单位`: the count closing a list of bodies (maybe before 联合 or 共同), no body of its own. */
const COUNTED_UNITS =
  /(?:等(?:多|[一二三四五六七八九十两\d]+)?|(?<=\p{Script=Han})[一二三四五六七八九十两\d]+)[个家]?(?:部门|单位|机构)(?=(?:联合|共同)?$)/u;

/**
 * An item of a list of bodies that ends like no body (`某滑雪公园`, `东浩兰生`, `某大四附中`) but reads as a name, not a
 * clause, by its characters: four or more Han characters, or a name in Latin letters (`HashKey Group`, `IFAW`), with no
 * word of prose in it (the 在 of `人民在线`, online, is a name's); and beside a single body (`bodies`), no people
 * (`某某热心人士`, `某市工作者代表们`).
 */
const nameLike = (item: string, bodies: number): boolean =>
  /^(?:\p{Script=Han}{4,20}|[A-Za-z][A-Za-z0-9 &.'-]{1,40})$/u.test(item) &&
  !/[的于了将等是与和]|在(?!线)/.test(item) &&
  (bodies >= 2 || !/(?:人士|代表|们|者|群众|市民|村民)$/.test(item));

/** Organizers, hosts, co-organizers and supporters stated with 主办/承办/协办/指导. */
function statedRoles(written: string, out: OrganizerFacts): boolean {
  // `由某协会（以下简称：“某协”）、某市政府联合主办`: the short name a note introduces, and the colon in it, are no part of
  // the list.
  // (`由某协会(IALB)主办`: nor the body's initials in Latin letters, in brackets after its name.)
  const sentence = written.replace(SHORT_NAME, '').replace(LATIN_NOTE, '');
  let found = false;
  const first = sentence.search(ROLE_VERB);
  // (Not the 由 of a word: `中国（福建）自由贸易试验区某片区管委会`, BY.)
  const by = [...sentence.slice(0, Math.max(first, 0) + 1).matchAll(BY_ALL)].at(-1)?.index ?? -1;
  // The list starts after 由, or at the start of its clause.
  let anchor = Math.max(by + 1, sentence.slice(0, first).search(/[^，,；;：:]*$/));
  // `由甲、乙、丙，联合主办的…`: a comma between the list after 由 and its verb.
  if (by >= 0 && /^[^，,；;：:。]+[，,]\s*$/.test(sentence.slice(by + 1, first))) anchor = by + 1;
  // `由某协会某委员会，某县委、县人民政府主办`: a comma inside the list after 由, every item of it a body.
  const wider = by >= 0 && by + 1 < anchor ? sentence.slice(by + 1, first) : '';
  const items = splitOrganizations(wider.replace(/(?:等(?:单位|部门|机构))?(?:联合|共同)?$/, ''));
  if (!/[；;：:。]/.test(wider) && items.length >= 2 && items.every(isOrganization)) anchor = by + 1;
  for (const m of sentence.matchAll(ROLE_VERB)) {
    let list = sentence
      .slice(anchor, m.index)
      .replace(/^[，,、\s]+/, '')
      .replace(/[，,\s]+$/, '')
      // `由甲、乙支持，丙主办`, `由甲支持、乙主办`: those who supported it, before the organizers, are not among them.
      // (`由甲主催、乙主办`: 主催, Malaysian papers' word for who initiated it, the same; round 265.)
      .replace(/^.*(?:支持|赞助|冠名|协助|主催)[，,、]\s*/, '')
      // `甲、乙、丙等多部门联合主办`: the count after the list is no body of its own.
      // (`甲、乙、丙七家单位共同主办`: the count without 等, too.)
      .replace(COUNTED_UNITS, '')
      // `甲、乙今（22）日主办`: the day, between the list and its verb, is no part of the last body.
      .replace(/(?:[今昨]\s*[（(]\d{1,2}[)）]\s*日|[今昨]日|今天|昨天|日前|近日|近期)$/, '')
      // `甲、乙决定联合主办`: what they decided, between the list and its verb.
      .replace(/(?<=\p{Script=Han}{2})(?:决定|商定|拟)$/u, '')
      // `某论坛是某部主办的…论坛`: what the event is, said before 是, is no body (round 147).
      .replace(EVENT_BEFORE_IS, '');
    // `由某地的八所大学校友会联合主办，分别是A、B…`: a count of bodies, named one by one after it.
    const counted = /[一二三四五六七八九十两\d]+(?:所|家|个)[^，,、]{2,20}$/.test(list)
      ? /^[，,]\s*(?:分别是|分别为|包括)([^。；]+)/.exec(sentence.slice(m.index + m[0].length))
      : null;
    if (counted) list = counted[1]!;
    // `某协会在2016年12月24日在某广场主办`: when and where it was held, between the body and the verb.
    // (`甲会联同乙馆于9月22日假乙馆中庭合办`: 于 of the day, 假 of the place, as Macau's papers write them.)
    const venue = /^([^、，,]+?)(?:在|于|於|假)[^、，,]{2,40}$/.exec(list);
    if (venue && ORG_END.test(venue[1]!)) list = venue[1]!;
    // `某局和我中心共同承办`: the page's own body, named as `我中心`, is not named; the others still are.
    const all = splitOrganizations(list).filter(
      (n) => !VAGUE.test(n) && !SELF.test(n) && !MIRROR_AD_ITEM.test(n) && !GARBLED.test(n),
    );
    const names = all.filter(isOrganization);
    anchor = m.index + m[0].length;
    // Every item an organization; an item that is a place with a clipped word (`天津市民政`) is dropped, not fatal.
    const clipped = (n: string) => {
      const p = placeAt(n);
      return !!p && p.length < n.length && n.length <= 10;
    };
    // (One item of a list that ends like no body, `某滑雪公园`, `东浩兰生`, does not stop the list being read: a name, not a
    // clause, by its characters. Also beside a single body, `由某联合会、某某本地生活联合主办`: on the 1,120 blind reports
    // of stops 62 to 65, the readers' organizers or hosts held the other body 6 times of 6. Since stop 68 it is read as one
    // of them too: on its 560 blind reports, 8 more organizers and hosts right, none wrong.)
    const odd = all.filter((n) => !isOrganization(n) && !clipped(n));
    const oneOdd = odd.length === 1 && names.length >= 1 && nameLike(odd[0]!, names.length);
    if (!names.length || (odd.length && !oneOdd)) continue;
    // `由甲主办，乙联办`: 联办 (held jointly) after the organizers is a co-organizer's part; alone, the organizers'.
    const joint = out.organizers.length ? out.coOrganizers : out.organizers;
    // (`甲、乙合办`: Hong Kong's and Macau's word for holding it together, as 联办.)
    const target = {
      主办: out.organizers,
      承办: out.hosts,
      协办: out.coOrganizers,
      指导: out.supporters,
      联办: joint,
      合办: joint,
    }[m[1] as '主办'];
    // (The odd item is one of them too, where the list says so, `由甲、乙网、某某互娱主办`; not one with the day run on after
    // it, `某学会昨`.)
    const withOdd = oneOdd && !/[昨今前]$/.test(odd[0]!);
    for (const n of withOdd ? all.filter((x) => names.includes(x) || x === odd[0]) : names)
      if (!target.includes(n)) target.push(n);
    found = true;
  }
  // 由A、B举办的<event>, `<event>由A、B共同举办。`, `由A及B联办`: held by them (the bodies maybe parted by commas,
  // `由A，B，C举办的`, when every one of them is a body).
  // (`由某协会组织的某会议`, `由甲、乙等九个部门联合组织开展的某活动`: organized by them, the same.)
  // (`由甲、乙等单位合作举办`: together, and the count closing the list.)
  const held =
    /由([^。；由]{2,80}?)(?:等单位)?(?:(?:联合|共同|合作)?(?:举办|组织(?:开展)?|合办)的|(?:联合|共同|合作)举办(?=[。；，,]|$)|联办(?!单位))/.exec(
      sentence,
    );
  if (held && !out.organizers.length) {
    // (`由甲、乙、丙等联合举办`: 等 closing the list is no part of its last body; one item that ends like no body beside
    // two that do, `由某医院、某大四附中、某协会联合举办`, is a name too, as in a list before 主办; round 252.)
    // (`论坛由甲指导，乙、丙联合举办`: the body that guided it, before the list, is its supporter.)
    const guided = /^([^，,、。；]{2,30}?)指导[，,、]\s*(.+)$/.exec(held[1]!);
    if (guided && isOrganization(guided[1]!) && !out.supporters.includes(guided[1]!)) out.supporters.push(guided[1]!);
    const names = splitOrganizations(
      (guided ? guided[2]! : held[1]!).replace(COUNTED_UNITS, '').replace(/(?<=\p{Script=Han}{2})等$/u, ''),
    ).filter((n) => !VAGUE.test(n));
    const odd = names.filter((n) => !isOrganization(n));
    const oneOdd = odd.length === 1 && names.length >= 3 && nameLike(odd[0]!, names.length - 1);
    if (names.length && (!odd.length || oneOdd)) {
      out.organizers.push(...names);
      found = true;
    }
  }
  // Labels: 主办单位：A、B
  // (`某大会的主办方是某联盟`: 方 as 单位.)
  // (`主办单位是甲、乙，承办单位丙、丁，协办单位戊`: each list ends where the next label begins, and a label after a comma
  // may go without 是 or a colon, round 270.)
  for (const m of sentence.matchAll(
    /(主办|承办|协办|指导)(?:单位|方)\s*(?:[:：为是]|(?<=[，,；;]\s*(?:主办|承办|协办|指导)单位)(?=\p{Script=Han}))\s*((?:(?![，,]\s*(?:主办|承办|协办|指导|支持)(?:单位|方))[^。；])+)/gu,
  )) {
    const names = splitOrganizations(m[2]!).filter(isOrganization);
    const target = { 主办: out.organizers, 承办: out.hosts, 协办: out.coOrganizers, 指导: out.supporters }[
      m[1] as '主办'
    ];
    for (const n of names) if (!target.includes(n)) target.push(n);
    if (names.length) found = true;
  }
  return found;
}

/** `隆重召开`, `成功举办`: how it went, said before the verb of holding. */
const HOW = '(?:隆重|成功|顺利|胜利|盛大|圆满)?';
const CONVENE_END = new RegExp(
  `(?:[，,]\\s*)?(?:(?:在|于|於|假座|假)[^，,。]{0,40}?[，,]?\\s*)?(?:${HELD_BY_WAY})?${HOW}(?:联合|共同)?(?:组织召开|组织开展|召开|举行|举办|开展)(?:了|的)?(?:以\\s*“[^”]*”\\s*为主题的|\\s*“[^”]{2,30}”\\s*(?:——|—)?)?$`,
);

/** After a date that follows the subject: where, then only the verb (`…于12月22~23日在某学院联合召开`). */
const DATED_VERB = new RegExp(
  `^(?:[，,]?\\s*)(?:在[^，,。]{1,30}?)?${HOW}(?:联合|共同)?(?:组织召开|召开|举行|举办)(?:了)?(?:以\\s*“[^”]*”\\s*为主题的)?$`,
);

const CAPTION_LABEL = /^(?:顶图|头图|题图|上图|下图|左图|右图|配图|图片|图\d*)\s*[：:]/;

/**
 * A body's own governance meeting: its members' congress, council or board meeting, its re-election, or its founding
 * and the installation of its officers (`某商会举行了成立大会暨首届理事就职典礼`); its annual meeting, and its own work or
 * theme meetings (`某协会分支机构工作会议`, `某协会“…”主题会议`); the opening of its new premises (`某会新总部开幕典礼`).
 */
const OWN_MEETING =
  /^[^，,。]{0,20}?(?:会员代表大会|会员大会|代表大会|理事会|董事会|监事会|理、?监事(?:联席)?会议?|执委会|执委会议|常委会议|换届|(?:会长|理事长|主席)?交接|会长(?:办公|扩大)?会|成立大会|成立庆典|成立仪式|揭牌仪式|就职典礼|就职仪式|周年|百年庆典|庆祝大会|联欢|团拜|春茗|尾牙|年度|年会|工作会议|工作会|主题(?:会议|年会)|分支机构|新(?:会所|会址|会馆|总部|馆址|址)|乔迁|(?:工作|发展|年度)?总结(?:表彰)?大?会)/;

/** An event named without a body that is still a body's own (ownMeeting). */
// (`第15、16届理事长暨理监事交接典礼`: two terms, the outgoing and the incoming head's handover.)
const OWN_UNNAMED =
  /^(?:庆祝)?(?:成立)?[一二三四五六七八九十百廿卅\d]+周年|^(?:第[一二三四五六七八九十\d]+(?:[、和][一二三四五六七八九十\d]+)?届(?:第[一二三四五六七八九十\d]+次)?)?(?:会员代表大会|会员大会|理事会|监事会|董事会|换届|理监事就职|(?:理事长|会长|主席)?暨?(?:理监事)?(?:交接|就职)|理、?监事(?:联席)?会议?|(?:会长|理事长|秘书长)(?:办公|工作)会议?)/;

/**
 * `某协会召开第二届理事会第三次会议`: an organization convening its own congress or council meeting (the event's name
 * starts with it): the event is that body's own (`某局召开某座谈会` is not), and a post named by the body's kind alone
 * (`该会会长`) is in it (see ownBody).
 */
export function ownMeeting(organization: string, title: string): boolean {
  const name = comparable(organization);
  const event = comparable(title.replace(/^(?:(?:19|20)\d{2}年?度?)/, ''));
  // `市某协会` holding `衡阳市某协会…大会`: a body named by its level alone, the event's name with its place in front.
  const at = event.startsWith(name) ? 0 : /^[省市县区]/.test(organization) ? event.indexOf(name) : -1;
  // `某社举行庆祝成立四十六周年餐会`, `某会召开第三届会员大会`: an event named without its body, that only a body's own
  // can be (its anniversary, its members' congress, its council, its installation).
  if (at < 0 && !event.includes(name)) return name.length >= 2 && OWN_UNNAMED.test(event);
  return name.length >= 2 && at >= 0 && at <= 5 && OWN_MEETING.test(event.slice(at + name.length));
}

/** A clause saying what the event is for (为推动…，围绕…，), before its convener. */
const PURPOSE = /^(?:为了?|围绕|按照|根据)[^，,。；]{1,30}[，,]\s*/;

/** `某同乡会于某餐厅`: a body, then where it met. */
const BODY_AT_VENUE = new RegExp(`^(\\p{Script=Han}{2,30}?${BODY_ENDINGS})[于於在]\\p{Script=Han}{2,16}$`, 'u');

/** Going to an event that others held. */
const ATTENDING = /参加|出席|参与|前往|应邀|受邀|观摩|列席|赴/;

/**
 * `教育部为增加交流机会，于11月7日在某大学举办…`, `某协会在国庆前夕，在某地举行…`: a clause whose verb has no subject of
 * its own; the bodies that open the clause before it (what it was for, or when), or make it up, held the event.
 */
function openingBody(text: string): string | undefined {
  const clauses = splitOutside(text, '，,');
  if (clauses.length < 2) return undefined;
  const before = withoutOpening(clauses.at(-2)!);
  // `甲学院与乙协会，昨联合举办…`: a clause that is only the bodies, the day (said relative to the report) after the comma.
  if (/^\s*(?:[今昨前](?:天|日|晚|早|晨)?|日前|近日|近期|\d{1,2}日)/.test(clauses.at(-1)!)) {
    // (`旨在…的某促进会`: what is said of the body before 的 is no part of its name.)
    // (`甲协会受乙大学邀请，日前在该校举办…`: who invited it is not who held it.)
    const named = ownName(
      before.replace(/(?<=\p{Script=Han}{3})(?:应|受)\p{Script=Han}{2,30}?(?:邀请|委托|之邀)$/u, ''),
    );
    const bodies = splitOrganizations(named);
    if (bodies.length && bodies.every(isOrganization)) return named;
  }
  const m = /^((?![为在于於由以经据])\p{Script=Han}[\p{Script=Han}、]{1,40}?)(?:为了?|在|于|於)[^，,]{2,40}$/u.exec(
    before,
  );
  if (!m) return undefined;
  // (`某堂昨日在某地，举行…`: when, said after the body, is no part of it.)
  const body = m[1]!.replace(DAY_AFTER_BODY, '');
  const names = splitOrganizations(body);
  return names.length && names.every(isOrganization) ? body : undefined;
}

/** When it met, said right after a body's name (`某堂昨日`). */
const DAY_AFTER_BODY = new RegExp(`(?<=\\p{Script=Han}{3})(?:${RELATIVE_DAY}|当天|当日)$`, 'u');

/** Who convened the event: the subject of the key sentence's 召开/举行/开展 (after any date clause). */
export function readConvener(written: string, title: string): string | undefined {
  // (`某总会（以下简称“某总”）于某日假某地，召开了…`, `某联合会（以下简称“某联”）在某地组织召开`: the short name it
  // introduces is no part of the clause, nor of the convener, and its quotes do not make the subject an event's name;
  // round 231.)
  // (`某公司(MIRDC)`: nor a body's initials in Latin letters, in brackets after its name, as in statedRoles.)
  const sentence = written.replace(SHORT_NAME, '').replace(LATIN_NOTE, '');
  const at = sentence.indexOf(title);
  // `某中心于日前举行的某年会上，获授牌…`: a body honoured at the event, said before its name, did not hold it.
  if (at >= 0 && /^[”」]?上[，,]?\s*(?:获(?!悉)|荣获|喜获|被|受|接受|领取)/.test(sentence.slice(at + title.length)))
    return undefined;
  // (`共同举办“长三角之夜——某推介会”`: a name read from inside a quote after its slogan; the quote opened before it.)
  const before = at >= 0 ? sentence.slice(0, at).replace(/[“「][^“”「」]*$/, '') : sentence;
  // Skip purpose and date clauses: start after the last date phrase (not the day in brackets after 今日, `甲联同乙今日（5月10日）
  // 举办`, which WHEN_AFTER takes from the subject).
  const date = [
    ...before.matchAll(
      /(?<![今昨][日天]?\s*[（(])(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}(?:[~～—-]\d{1,2})?日(?:[、和]\d{1,2}日)*(?:至(?:\d{1,2}月)?\d{1,2}日)?(?:[（(](?:星期|周).[)）])?(?:上午|下午|晚上|晚)?(?:[\d一二三四五六七八九十]{1,3}[点时](?:半|许|[\d一二三四五六七八九十]{1,3}分)?(?:\s*[（(][^（）()]{1,16}[)）])?)?[，,]?|(?:^|[，,])\d{1,2}日(?:上午|下午)?[，,]|(?:今天|昨天|今日|昨日|日前|近日|近期)(?:上午|下午|晚上|晚)?[，,]/g,
    ),
  ].pop();
  let rest = (
    date
      ? // `5月1日，为推动公益，甲协会召开`: a purpose clause after the date as well; `某社香港3月17日电 （甲 乙）某集团17日在
        // 香港举行`: the day was a dispatch's, and its reporters in brackets follow it.
        before
          .slice(date.index + date[0].length)
          .replace(/^电\s*(?:[（(][^（）()]{0,20}[)）])?\s*/, '')
          .replace(PURPOSE, '')
      : before.replace(/^.*[，,](?=[^，,]*(?:召开|举行|举办|开展)(?:了)?(?:以\s*“[^”]*”\s*为主题的)?\S{0,4}$)/, '')
  )
    .replace(/[“"「『]$/, '')
    // (`某会3月30日举行全港首个「某赛」`: that it is the first of its kind, between the verb and the name, round 243.)
    .replace(/(?<=举行|举办|召开|开展)[^“”「」，,]{0,6}?(?:首个|第一个)$/, '')
    // `（农历正月初八）于某中心举行`: a note on the day, after the date, is no part of who held it.
    .replace(/^[（(][^（）()]{1,12}[)）]\s*/, '');
  // `12月5日是某纪念日，当日甲局、乙局在某地联合举行`: after the date, a clause that says something else; the convener
  // opens the last clause when that clause has one before its verb.
  if (date) {
    const last = splitOutside(rest, '，,')
      .pop()!
      .replace(/^(?:当日|当天|同日|是日)/, '');
    const named = CONVENE_END.test(last) ? splitOrganizations(last.replace(CONVENE_END, '')) : [];
    if (last !== rest && named.length && named.every(isOrganization)) rest = last;
  }
  // `某会於12月2日举行`: the date after the subject, only the verb after the date (and where: `甲、乙于2006年12月22~23日
  // 在某学院联合召开`).
  if (date && DATED_VERB.test(rest)) {
    const head = before
      .slice(0, date.index)
      .split(/[，,；;：:]/)
      .pop()!;
    // (`某市环保局今11月14日晚上举办`: 今 before the day, as Taiwanese papers write it; `某交易所于当地时间5月6日上午十点（北京
    // 时间晚上十点）在某地举行`: the clock the day is told by, and the hour.)
    const subject = /^(\p{Script=Han}[\p{Script=Han}、]{1,80}?)(?:[於于](?:\p{Script=Han}{2,4}时间)?|[今昨])$/u.exec(
      head.trim(),
    )?.[1];
    if (subject) return subject;
    // `某商会12月15日召开…`, `省政府9月28日召开…`: bodies, then the day right after them, with nothing between.
    const bodies = withoutOpening(head.trim());
    const named = splitOrganizations(bodies);
    if (named.length && named.every(isOrganization)) return bodies;
    // `甲联合乙、丙，8月14—15日在某地举行…`: a clause that is only the bodies, then a comma before the date.
    const clause = before.slice(0, date.index);
    if (/[，,]\s*$/.test(clause)) {
      const last = withoutOpening(splitOutside(clause.replace(/[，,]\s*$/, ''), '，,').pop() ?? '');
      const named = splitOrganizations(last);
      if (named.length && named.every(isOrganization)) return last;
    }
    const opening = openingBody(clause);
    if (opening) return opening;
  }
  if (!CONVENE_END.test(rest)) return undefined;
  // `卫生部在某地召开的某交流会`: the body that held the event the sentence names; not when someone went to it (`某院组织
  // 医生参加了在某地举行的某大会`).
  if (/的$/.test(rest) && ATTENDING.test(rest)) return undefined;
  rest = rest.replace(CONVENE_END, '');
  // 某厅组织全省24家异地商会 → 某厅 (组织 as a verb, not in 社会组织, nor in 组织部, 组织委员会)
  rest = rest.replace(/(?<!社会|民间|公益|慈善|志愿|党)组织(?!召开|开展|部|委员会)[^，,]*$/, '');
  // `顶图：某商会举行…`: a picture caption's label is not part of the convener.
  // `某网(2019-9-12)讯：某商会在某地举行`: the dateline opening the paragraph is not part of the convener either.
  // `某会今早在某地举行`, `某会于3月22日晚上7时，在某地举行`: when it met is no part of who met.
  // `某书画会22日于某馆`: its day and where it met are no part of who met either. (The short name a note introduces,
  // `某联合会（以下简称“某联”）在某地组织召开`, is gone with the rest of the sentence's, above.)
  const subject = withoutOpening(rest.replace(/[，,]$/, '').replace(CAPTION_LABEL, ''))
    // (`甲局与乙宫今日起在某楼举办`: from that day on, the days it ran.)
    .replace(/(?<=[今昨]日|今天|\d{1,2}日)起$/, '')
    .replace(WHEN_AFTER, '')
    // `记者从某局组织召开的某大会获悉`: the reporter learned it from the body's meeting; the body held it.
    .replace(/^(?:本报|本台)?记者(?:日前|近日|昨日|今天)?从(?=\p{Script=Han}{4})/u, '')
    // `（记者 某某）某协会`: what is left of a reporter's credit whose opening bracket the dispatch line took.
    .replace(/^[^（()）]{1,16}[)）]\s*(?=\p{Script=Han}{3})/u, '')
    .replace(/(?<=\p{Script=Han}{2})\d{1,2}日[于於在]\p{Script=Han}{2,16}$/u, '');
  // `感念某某精神 某中心`: a phrase before a space, then the body that held it.
  const spaced = subject.split(/\s+/);
  if (spaced.length > 1 && isOrganization(spaced.at(-1)!) && spaced.at(-1)!.length >= 4) return ownName(spaced.at(-1)!);
  // `广西为新建的某党委举行挂牌仪式`: whom it was held for is not who held it.
  const held = /^(\p{Script=Han}{2,30}?)为(?:新建|新成立|新组建|该|其)/u.exec(subject);
  if (held) return held[1];
  const atVenue = BODY_AT_VENUE.exec(subject);
  if (atVenue) return ownName(atVenue[1]!);
  // `甲联合乙组成专家团到某院开展…`: the team they formed, and where it went, are no part of who held it (round 298).
  const formed = /^(.{3,60}?)组成\p{Script=Han}{2,16}?[团队组](?:(?:到|赴)\p{Script=Han}{2,20})?$/u.exec(subject);
  if (formed && splitOrganizations(formed[1]!).every(isOrganization)) return ownName(formed[1]!);
  // `某代表处到某学校开展…`: where the body went to hold it is no part of who held it.
  const went = /^(\p{Script=Han}{3,30}?)(?:到|赴)\p{Script=Han}{2,20}$/u.exec(subject);
  if (went && isOrganization(went[1]!)) return ownName(went[1]!);
  // A quoted word inside a body's name (`山东省“加强农村基层党组织”工作队`) is allowed; a quoted subject is an event's name.
  // (`…，昨联合举办`: only when it was held is left before the verb.)
  if (!subject || /^(?:[今昨前](?:天|日|晚|早|晨)?|日前|近日|近期)$/.test(subject)) return openingBody(before);
  if (/^[在于由以为“]/.test(subject) || (/[“”]/.test(subject) && !/[队会局委院部厅社心团]$/.test(subject)))
    return undefined;
  // `某温泉季是县政府在某乡举办的`: what the event is said to be, before 是, is no part of who held it.
  return ownName(subject.replace(/^[^，,。是]{2,30}是(?=\p{Script=Han}{2})/u, ''));
}

/**
 * The sentences that say who held something, each with 由…举办 written as 由…主办 (`此次活动由甲和乙举办`: bodies an
 * event was held by, after 由, organized it; same length; after 联合, 共同 or 合作 only when the name follows the verb).
 */
function rolesSaid(sentences: readonly string[]): { written: string; s: string }[] {
  return sentences
    .map((written) => ({
      written,
      s: written
        // (Not past a verb of holding already said, `由甲、乙合办的「某节」昨起于某馆举办`: the list ends at 合办.)
        // (Nor the 由 of when, `由9月25日起至28日，期间将在某中心举办…`: from a day, not by a body.)
        .replace(
          /(由(?!\s*(?:\d{1,4}\s*[年月日号]|即日))(?:(?!办的)[^。；由]){2,60}?)(?<!联合|共同|合作)举办(?!的)/,
          '$1主办',
        )
        // `由甲、乙和丙联合举办《某》现场培训会`: bodies that held together the event named right after the verb (not
        // `由甲、乙共同举办，…`, said of a series before a comma).
        .replace(/(由[^。；由]{2,60}?(?:联合|共同|合作))举办(?!的)(?=[《“「]|\p{Script=Han})/u, '$1主办')
        // `由甲协会发起、乙公司承办的…`: the body that set it going, named before the host, organized it (round 296).
        .replace(/(由[^。；由，,、]{2,40}?)发起(?=、[^。；，,]{2,40}?承办)/u, '$1主办')
        // `由某保护中心主持的某工作会议`: a body that presided over the meeting convened it (round 298; a person who
        // presided is no body, and is left out as every name that is none).
        .replace(/(由[^。；由，,、“”]{2,30}?)主持的(?=[^。；，,]{4})/u, '$1主办的'),
    }))
    .filter(({ s }) =>
      /主办|承办|协办|指导|举办的|由[^。；]{2,80}?组织(?:开展)?的|(?:联合|共同|合作)举办|联办|合办/.test(s),
    );
}

/** Nothing read yet of who held an event. */
const noOrganizers = (): OrganizerFacts => ({ organizers: [], hosts: [], coOrganizers: [], supporters: [], from: [] });

/** `本届啤酒节`, `本次活动`, `此次展会`: the subject says it is the event the report is about, by a kind of event. */
const THIS_ONE = thisKind(6, `${REFERRED_KINDS}|[会节展赛周]`);

/**
 * Who held the event when the report names none that the importer keeps (`本届啤酒节由某市政府主办` in a report whose
 * event is read as no name, or too short a one): only sentences whose subject says it is this event (本次, 本届…).
 */
export function readThisEventOrganizers(sentences: readonly string[]): OrganizerFacts {
  const out = noOrganizers();
  for (const { written, s } of rolesSaid(sentences))
    if (THIS_ONE.test(subjectOf(s)) && statedRoles(s, out)) out.from.push(written);
  return out;
}

/**
 * Who held the event when nothing said of the event read names anyone: the first sentence of the report that says
 * `由…主办` (or 举办), whatever it calls the event. On the 800 blind reports of stops 62 and 63 and the shared corpus,
 * the readers' organizers were the bodies of the report's first such statement 118 times of 138 (6 more in part).
 * Also when it names an event before 由 (`某大会暨某启动仪式由甲、乙主办`), which round 129 had left out by construction:
 * on the 1,040 blind reports of stops 62 to 64, readers took such a statement's bodies 3 times of 3 (5 organizers and a
 * host), the event it names being the report's own, read without a name the importer keeps.
 */
export function readFirstStatedOrganizers(sentences: readonly string[]): OrganizerFacts {
  const out = noOrganizers();
  const first = rolesSaid(sentences).find(({ s }) => /由(?!于)[^。；由]{2,80}?(?:联合|共同)?主办/.test(s));
  if (first && statedRoles(first.s, out)) out.from.push(first.written);
  return out;
}

export function readOrganizers(
  sentences: readonly string[],
  key: { sentence: string; title: string; written?: string; headline?: string },
  otherEvents: readonly string[],
): OrganizerFacts {
  const out = noOrganizers();
  for (const { written, s } of rolesSaid(sentences)) {
    // The name as the key sentence writes it (without the body the headline puts in front) is the same event.
    if (!aboutEvent(s, key.title, otherEvents) && !(key.written && aboutEvent(s, key.written, otherEvents))) continue;
    if (statedRoles(s, out)) out.from.push(written);
  }
  // `参加市工商联组织的某座谈会`: the body that organized what people came to.
  const titleAt = key.sentence.indexOf(key.title);
  const organizedBy =
    titleAt > 0
      ? /(?:参加|出席|参与)(?:了)?([^，,。；]{2,30}?)(?:组织|举办)的$/.exec(key.sentence.slice(0, titleAt))?.[1]
      : undefined;
  // `出席某协会在某中心举办的某晚会`: where it held the event is no part of its name.
  const organizer = organizedBy?.replace(/(?<=\p{Script=Han}{3})在\p{Script=Han}{2,20}$/u, '');
  if (organizer && !out.organizers.length && isOrganization(organizer)) {
    out.organizers.push(organizer);
    out.from.push(key.sentence);
  }
  // (The name as the sentence writes it, where the title is a part of it: `共同举办年某省…活动`, a year's lost digits left
  // out of the title.)
  const asWritten =
    key.written &&
    (!key.sentence.includes(key.title) || (key.sentence.includes(key.written) && key.written.includes(key.title)));
  const name = asWritten ? key.written! : key.title;
  const convener = readConvener(key.sentence, name);
  if (convener) {
    out.convener = convener;
    // (`甲学校与乙公司合作举办的某计划`: 合作, together, is no part of the second body. The short name a report
    // introduces, `某总会（简称「某会」）`, readConvener has already left out.)
    const names = heldBy(convener.replace(/(?<=\p{Script=Han}{4})(?:合作|携手|联手)$/u, ''));
    // (`某中心今日举行启用仪式`, `某加氢站26日举行建成仪式`: a place at its own opening is what opened, not who held it;
    // the readers of the 800 pooled left such a place out of the organizers 11 times of 12.)
    const placeOpened = OPENING_CEREMONY.test(name) || /^新馆/.test(name);
    if (!out.organizers.length && names && !placeOpened) {
      out.organizers.push(...names);
      out.from.push(key.sentence);
    }
  }
  // `某司举办某座谈会` as the headline, `某座谈会在某地召开` in the text: the headline says who held it (when the text
  // names no convener, which would have been read, or left out as the body holding its own meeting).
  const headed = key.headline && !convener ? HEADLINE_CONVENER.exec(key.headline.trim()) : null;
  // (`筑牢安全防线——某会开展某演练`: a slogan and its dash before the body are no part of its name.)
  // (`某会开展某演练` as the headline, `某会某演练火热举行` in the text: the event named with its body in front.)
  const body = headed?.[1]?.replace(/^.*[—–]+\s*/, '');
  const named =
    headed &&
    body &&
    (aboutEvent(headed[2]!, key.title, otherEvents) || aboutEvent(body + headed[2]!, key.title, otherEvents))
      ? heldBy(body)
      : undefined;
  if (!out.organizers.length && named) {
    out.organizers.push(...named);
    out.from.push(key.headline!.trim());
  }
  // (`由甲委、某省_365体育投注注册厅举办的…`: a mirror's advertising where a body's name stood, however it was read.)
  for (const role of ['organizers', 'hosts', 'coOrganizers', 'supporters'] as const)
    out[role] = out[role].filter((n) => !MIRROR_AD_ITEM.test(n));
  out.from = [...new Set(out.from)];
  return out;
}

/**
 * The bodies that convened an event as its organizers: each an organization (not an office named without whose it is).
 * A body that convenes its own meeting (`某同乡会举行成立二十六周年典礼`, `某协会召开第三次会员代表大会`) is its organizer too,
 * as the readers' convention since stop 74 says (the body that 召开/举办 it). Until round 257 a body holding its own
 * anniversary, installation or celebration was left out (rounds 29, 38 and 86, on readers who mostly left it out: 10 right
 * and 24 wrong more on the 560 of stop 29); on the 960 blind reports of stops 75 and 76 counting it gave 8 right and 1
 * wrong more, and the shared corpus read the same. Undefined when they are not all organizations.
 */
function heldBy(convener: string): string[] | undefined {
  // `成立于1925年的某同乡会`: when the body was founded, said before its name, is no part of it.
  const names = splitOrganizations(convener.replace(FOUNDED_BEFORE, ''));
  return names.length && names.every((n) => isOrganization(n) && !INTERNAL_UNIT.test(n) && !HELD_EVENT.test(n))
    ? names
    : undefined;
}

/** `成立于1925年的`, `创办于某年的`: when a body was founded, before its name. */
const FOUNDED_BEFORE = /^(?:成立|创立|创办|创建|始创)(?:于|於)[^，,。的]{2,16}的(?=\p{Script=Han}{3})/u;

/**
 * `某博览会（以下简称“博览会”）举行某推介会`, `某灯会隆重举行点灯仪式`: a fair, a lantern show, a games or a festival held
 * a part of itself; it is an event, no body that held one.
 */
const HELD_EVENT = /(?:博览会|交易会|展览会|展销会|灯会|庙会|运动会|\p{Script=Han}节)$/u;

/** A headline that is a body, the verb of holding, then the event (`某部某司举办某座谈会`, `某会开展某演练`). */
const HEADLINE_CONVENER = new RegExp(
  `^([^，,。：:“”「」\\s]{4,40}?)${HOW}(?:联合|共同)?(?:举办|召开|举行|开展)(?:了)?([^，,。]{4,80})$`,
  'u',
);
