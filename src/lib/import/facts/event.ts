/**
 * The event a report is about: its name, the sentence that announces it (the
 * key sentence the date, place and organizers are read from), edition and theme.
 *
 * A name is a noun phrase ending in an event word (大会, 座谈会, 论坛, 启动仪式,
 * 成果展, 嘉年华…), found as
 * - the subject of 举行/召开/举办/开幕/启动 (`X在福州举行`, `由…主办的X隆重举行`),
 * - the object of 召开/举行/举办/开展 (`福鼎市召开X`, `举行以“…”为主题的X`),
 * - or a quoted name (`“X座谈会”`).
 * Among several candidates the report's main event is the one with a date in its
 * sentence, named in the headline, and followed by who attended and spoke.
 */
import {
  escapeRegExp,
  cnNumber,
  comparable,
  COUNTRIES,
  DOUBLED_START,
  inOrder,
  MIRROR_AD_BEFORE,
  LATIN_NOTE,
  LEADING_MARKS,
  BY,
  SHORT_NAME,
  splitOutside,
  withoutNotes,
} from '../text.ts';
import { divisionsNamed, placeAt } from '../divisions.ts';
import { splitPositionName } from '../names.ts';

export const EVENT_HEADS = [
  '座谈会',
  '研讨会',
  '交流会',
  '推介会',
  '发布会',
  '推进会',
  '现场会',
  '洽谈会',
  '展示会',
  '博览会',
  '交易会',
  '成果展',
  '展览会',
  // Round 110: an exhibition by invitation (`某书画作品邀请展`), of calligraphy and painting, of photographs.
  '邀请展',
  '书画展',
  '摄影展',
  '启动会',
  '调度会',
  '茶话会',
  '恳谈会',
  // Round 176: a political consultative conference's meeting that oversees a piece of work (`某专题监督会`).
  '监督会',
  '恳亲会',
  '见面会',
  '分享会',
  '对接会',
  '观摩会',
  '联席会议',
  '表彰会',
  '总结会',
  '部署会',
  '动员会',
  '工作会',
  '报告会',
  '年会',
  '峰会',
  '大会',
  '会议',
  '论坛',
  '开幕式',
  '闭幕式',
  '仪式',
  '典礼',
  '活动',
  '嘉年华',
  '大赛',
  '比赛',
  '联谊会',
  '联欢会',
  '团拜会',
  '团拜',
  '春茗',
  '晚会',
  '特别节目',
  '培训会',
  '宣传周',
  '宣传月',
  '服务月',
  '活动月',
  '活动周',
  '公益周',
  '慈善周',
  '沙龙',
  '培训班',
  '开班式',
  '开营式',
  '晚宴',
  '讲堂',
  '宴会',
  '酒会',
  '庆典',
  '周年庆',
  '会庆',
  '盛典',
  '春宴',
  '餐会',
  '讲座',
  '展演',
  // Round 143: a show of several troupes (`文艺汇演`, `某会演`) and a poetry gathering (`某市秋季诗会`).
  '汇演',
  '会演',
  '诗会',
  '交流会',
  '办公会',
  '茶会',
  '聚餐',
  '决赛',
  '颁奖礼',
  '开幕礼',
  '开学礼',
  '就职礼',
  '展售会',
  '展销会',
  '竞赛',
  '文化节',
  '艺术节',
  '旅游节',
  '美食节',
  '音乐节',
  '邀请赛',
  '锦标赛',
  // Round 50: report-back, briefing and launch gatherings, and courses' closings.
  '汇报会',
  '通气会',
  '说明会',
  '宣讲会',
  '推广会',
  '品鉴会',
  '答谢会',
  '招待会',
  '记者会',
  '誓师会',
  '研修班',
  '训练营',
  '启动礼',
  '揭幕礼',
  '结业式',
  // Round 52: matches and shows a body holds (`年会暨迎春赛`, `会员联展`, `全国邮展`), and training camps.
  '迎春赛',
  '友谊赛',
  '公开赛',
  '挑战赛',
  '选拔赛',
  '对抗赛',
  '擂台赛',
  '联展',
  '邮展',
  '花展',
  '画展',
  '作品展',
  '实训营',
  '夏令营',
  '冬令营',
  // Round 56: a body's change-of-term meeting, concerts, and Taiwan's training sessions (講習).
  '换届会',
  '音乐会',
  '讲习会',
  '讲习',
  '风筝会',
  '运动会',
  // Round 58: a preparatory meeting and a joint meeting written without 议.
  '筹备会',
  '联席会',
  // Round 278: a preparatory meeting called 预备会 (`某委员会成立预备会`).
  '预备会',
  // Round 294: a meeting held by video (`全市某工作视频会`) and a round table (`某地区外资企业圆桌会`).
  '视频会',
  '圆桌会',
  // Round 67: a discussion meeting (`全国统计科学讨论会`).
  '讨论会',
  // Round 69: a book's launch (`《某某》图书首发式`).
  '首发式',
  // Round 71: an academic meeting written without 议 (`第三届某某学术会`).
  '学术会',
  // Round 73: a service week (`首届某省拍卖咨询服务周`), a qualifying match (`…竞赛某省预选赛`), an exchange gathering
  // (`某青年科技交流汇`).
  '服务周',
  '预选赛',
  '交流汇',
  // Round 74: weeks of a programme (`首届“中国网络文学周”`, `…佛教文化交流周`).
  '文学周',
  '交流周',
  '文化周',
  '活动周',
  '宣传周',
  '科技周',
  '艺术周',
  // and a race (`2022-2023中国·哈尔滨某越野滑雪马拉松`), an exhibition of achievements (`某产业10年成就展`).
  '马拉松',
  '成就展',
  // Stop 50: meetings that review, weigh or settle something (`某名录认定专家评审会`, `某项目论证会`), and a founding or
  // celebration called only 成立会, 庆祝会.
  '评审会',
  '论证会',
  '鉴定会',
  '听证会',
  '协调会',
  '成立会',
  '庆祝会',
  // Stop 52: a workshop, and Hong Kong's fun and open days (`「某某」亲子同乐日`).
  '工作坊',
  '同乐日',
  '开放日',
  // Round 113: a job fair (`某年度退役士兵就业招聘会`).
  '招聘会',
  // Round 116: a drill (`某年度跨部门山火拯救行动演习`, `某塔火警及疏散演习`, `某县防汛应急演练`).
  '演习',
  '演练',
  // Round 117: a fashion week (`中国国际时装周(2009春夏系列发布)`).
  '时装周',
  // Round 118: an auction held with a forum (`首届某翡翠高端论坛暨翡翠精品拍卖会`).
  '拍卖会',
  // Round 119: a league and a series of matches, an elite or touring one, a grand prix (`某年度澳门第一场公路单车联赛`).
  '联赛',
  '系列赛',
  '精英赛',
  '巡回赛',
  '大奖赛',
  // and a grand ceremony (`某国际孔子文化节祭孔大典`), a dialogue (`首届某产业创新发展高峰对话会`).
  '大典',
  '对话会',
  // Round 122: an awards meeting (`…第一次会议暨中国新闻奖颁奖会`), a reading club (`…工作会议暨春季读书会`).
  '颁奖会',
  '读书会',
  // Round 124: a temple fair (`2007洛阳春节文化庙会`), a biennale (`某城市\建筑双城双年展`), a forum called 论坛会.
  '庙会',
  '双年展',
  '论坛会',
  // Round 146: weddings a body holds for many couples (`第十二届青年集体婚礼`, `台南市联合婚礼`, Taiwan's `县民集团婚礼`,
  // `集团结婚`).
  '集体婚礼',
  '联合婚礼',
  '集团婚礼',
  '集团结婚',
  // Round 147: a season of performances (`2025京剧文化季`, `某音乐季`), and a show put on for the public
  // (`“好戏连台”文化惠民演出`, `某专场演出`).
  '文化季',
  '艺术季',
  '音乐季',
  '戏剧季',
  '惠民演出',
  '专场演出',
  // Round 148: a touring exhibition, meetings that assess or lay out work, and a city's test of its air-raid sirens.
  '巡展',
  '巡回展',
  '评价会',
  '评估会',
  '布置会',
  '警报试鸣',
  // Round 151: ceremonies of thanks and of remembrance.
  '感恩礼',
  '追思会',
  // Round 309: a commemoration (`某会成立60周年纪念会`).
  '纪念会',
  // Round 310: a meeting that makes results known (`某年度某评优工作通报会`).
  '通报会',
  // Round 180: a workshop or course, as Taiwan names it (`某研习班`, `「土壤改良研习课程」`).
  '研习班',
  '研习营',
  '研习会',
  '研习课程',
  // Round 192: lantern fairs and shows (`某元宵灯会`, `某祈福灯展`), a dragon-boat race (`某龙舟赛`) and a festival's
  // gathering of joy (`某元宵喜乐会`).
  '灯会',
  '灯展',
  '龙舟赛',
  '喜乐会',
  // Round 175: a political consultative conference's meeting on one subject (`某专题议政会`).
  '议政会',
  // Round 231: a meeting that prepares a season's work (`某县…榨季工作准备会`), one that makes results public (Taiwan's
  // `某年招商成果发表会`), one that takes advice (`某专题调研咨询会`), a public hearing (`某中区公听会`), a judging
  // (`某提琴专家评鉴会`) and a gathering of fun (`某月启动同乐会`).
  '准备会',
  '发表会',
  '咨询会',
  // (A political consultative conference's consultation on a matter, `市政协举行“某文化节”专题协商会`, round 249.)
  '协商会',
  '公听会',
  '评鉴会',
  '同乐会',
];
/**
 * `第九届某某花木节`, `首届某膏方节`, `2026某国际书展`, `2023年某花卉展览`, `首届某市“某某杯”自行车赛`, `第二届某城市更新周`:
 * a festival, a show, a match or a week numbered by its edition, or by the year that opens its name, is an event though
 * 节, 展, 赛 and 周 alone end other words (a holiday, 春节, has no edition). (After a slogan or a place: yearShowAfter.)
 */
const EDITION_SHOW =
  /(?:第[一二三四五六七八九十百\d]+届|首届|^(?:19|20)\d{2}年?)(?:[^，,。、“”「」《》]|“[^“”，,。]{1,12}”){2,20}(?<![春元宵清明端午中秋国庆重阳七夕])(?:节|展|展览|赛|周)$/u;
/**
 * `“某某冰雪世遗冰灯展”`: a quoted name that is itself an exhibition's, ending in 展 or 展览 (not in a word that ends so:
 * 发展, 进展, 开展, 拓展), maybe with its year after it (`“某国际珠宝展2008”`, round 231).
 */
const QUOTED_EXHIBITION = /^[^“”「」，,。；！？]{3,40}(?<![发进开拓施伸扩延舒推])展(?:览)?(?:(?:19|20)\d{2})?$/u;
/** `串连「甲展」、「乙展」及「丙展」`: one of several shows listed, a part of the event rather than the event. */
const listedShow = (sentence: string, name: string): boolean => {
  const quoted = `[“「]${escapeRegExp(name)}[”」]`;
  return new RegExp(`[、及和与]\\s*${quoted}|${quoted}\\s*[、及和与]`).test(sentence);
};
/** `“某某——某大学极地考察40年”展览`, `「某科研与气候变化」专题展览`: an exhibition named by a quoted title. */
const QUOTED_SHOW = /^[“「][^“”「」]{4,60}[”」]\s*(?:专题|主题)?(?:展览|展)$/;
/**
 * `哈尔滨国际啤酒节`, `中国·某某之夏国际啤酒节`, `金门高粱酒节`: a festival named after the place that holds it, though it has
 * no edition or year (not a holiday kept there, `某地春节`; round 308).
 */
function placeFestival(name: string): boolean {
  const rest = name.replace(/^中国\s*[·•]\s*/, '');
  const place = placeAt(rest, { shortNames: true });
  const tail = place && rest.slice(place.length);
  return (
    !!tail &&
    /^[^，,。、“”「」《》\s的在于]\p{Script=Han}{1,13}节$/u.test(tail) &&
    !PLACE_HOLIDAY.test(tail) &&
    // (Not what a place did on a festival's day, `某镇隆重庆祝中国农民丰收节`.)
    !/庆祝|欢度|共度|喜迎|迎接|举办|举行|开展|隆重|热烈/.test(tail)
  );
}

/**
 * `“甲·乙”2017某渔民节`, `“甲·乙”景谷2024年某泼水节`: a festival of a year (EDITION_SHOW) after a quoted slogan, or after a
 * place the divisions know (not a mirror's garbled words, `某某式成2023年…节`).
 */
function yearShowAfter(name: string): boolean {
  const rest = name.replace(/^[“「][^“”「」]{2,30}[”」]\s*/, '');
  if (rest !== name && EDITION_SHOW.test(rest)) return true;
  const placed = /^(\p{Script=Han}{2,4}?)((?:19|20)\d{2}.+)$/u.exec(rest);
  // (`某市2021年“中国农民丰收节”`: the festival's name in quotes after the year, round 246.)
  return (
    !!placed &&
    placeAt(placed[1]!, { shortNames: true })?.length === placed[1]!.length &&
    EDITION_SHOW.test(placed[2]!.replace(/[“「]([^“”「」]{2,20})[”」]$/, '$1'))
  );
}

/**
 * `…会员代表大会暨换届选举`, `…培训班(第二期)`, `…颁奖礼2025`, `…公开赛(湖北宜昌站)`, `…锦标赛(U15组)`: an election held
 * with a meeting, a numbered intake, the year of an annual ceremony, the leg of a series held in one place, the age or
 * class a contest is for, or an event held with it in brackets (`…竞赛(暨第31届某冬令营)`), ends its name too.
 */
/** The head words as alternatives of a pattern. */
export const EVENT_HEAD = EVENT_HEADS.join('|');
const HEAD_RE = new RegExp(
  `(?:${EVENT_HEAD})(?:[（(](?:(?:19|20)\\d{2}(?:[^（）()]{2,10})?|第[一二三四五六七八九十\\d]+期|[^（）()]{2,10}站|[^（）()]{1,8}组|暨[^（）()]{4,30})[）)]|暨(?:换届)?(?:选举|改选)|暨[\\u4e00-\\u9fa5]{2,12}(?<!发)展|(?:19|20)\\d{2})?$`,
);
/** `日前假某酒店举行颁奖典礼暨晚宴`: when and where, the verb, then a kind of event alone (group 1). */
const HELD_AS = new RegExp(
  `^[^，,。“”「」]{0,30}?(?:举行|举办|召开)了?(\\p{Script=Han}{0,6}?(?:${EVENT_HEAD})(?:暨\\p{Script=Han}{0,6}?(?:${EVENT_HEAD}))?)$`,
  'u',
);
/** `以通信(含书面)方式`, `以线上线下联动方式`: how an event was held, said before the verb of holding. */
export const HELD_BY_WAY = '以[^，,。“”]{2,16}?(?:方式|形式)';
const WAY_AFTER = new RegExp(`[，,]?\\s*${HELD_BY_WAY}$`);
/** A day said relative to the report (`今天`, `昨晚`, `前日`, `日前`, `当晚`). */
export const RELATIVE_DAY = '[今昨前](?:天|日|晚|早)|日前|近日|近期|当晚';
/** When, then 在 or 假 and where (`昨晚假某酒店`), or 假 alone: what opens a clause whose subject came before it. */
const WHEN_WHERE_FIRST = new RegExp(`^(?:(?:${RELATIVE_DAY}|[今昨]晨|当天)(?:上午|下午|晚上)?[在于於假]|假(?![日期]))`);
/**
 * An event's head word (and the quote or title mark closing it), then `假` and a venue (Hong Kong's and Macau's 在), maybe
 * after a comma and when (`…就职典礼，今晚假某酒店举行`, `《某中秋联欢晚宴》，昨晚假某酒店举行`), the hour too
 * (`…表扬大会，昨日下午1点30分假某馆举办`, `…颁奖礼昨下午四时半假某馆举行`).
 */
const HEAD_BEFORE_VENUE = new RegExp(
  `((?:${EVENT_HEAD})[》”」]?)(?:[，,]\\s*)?(?:${RELATIVE_DAY}|[今昨](?=上午|下午|晚上|早上|中午)|\\d{1,2}日)?(?:上午|下午|晚上|晚|早上|中午)?(?:[\\d一二三四五六七八九十]{1,3}[时点](?:半|[\\d一二三四五六七八九十]{1,3}分)?)?假座?[^，,。“”]{2,30}$`,
);
/** Organizations whose names end like events (…联合会, …促进会): not events. */
const ORG_LIKE = /(?:协会|商会|学会|促进会|联合会|研究会|基金会|总会|委员会|理事会|工会|联盟)$/;
/**
 * `一届五次理事会`, `二届十一次暨三届一次理事会`, `第三次常务理事会议`, `六届一次执委会`: a board's session numbered by term and sitting is
 * a meeting, though it ends like the board itself.
 */
const SESSION =
  /(?:[一二三四五六七八九十\d]+届[一二三四五六七八九十\d]+次|第[一二三四五六七八九十\d]+次)(?:(?:暨|和|及)(?:[一二三四五六七八九十\d]+届[一二三四五六七八九十\d]+次|第[一二三四五六七八九十\d]+次))*(?:常务|全体)?(?:理事会|监事会|理事会议|监事会议|执委会|执委会议|常委会议)$/;
/** A board of a body (`某联盟常务理事会`), which, as the whole subject of 召开 with nothing after the verb, is its meeting. */
const BOARD_MEETING = /(?:常务理事会|理事会|理监事会|监事会|董事会|执委会|常委会)$/;
/** ORG_LIKE's endings, to build patterns with. */
const ORG_ENDINGS = ORG_LIKE.source.slice(3, -2);
/**
 * Bodies that hold their own meetings: ORG_LIKE's endings, those that may also end an event's name (联谊会), service clubs
 * and their districts (`国际狮子会300-B2区`).
 */
export const BODY_ENDINGS = `(?:${ORG_ENDINGS}|同乡会|校友会|宗亲会|联谊会|工商联|公会|公所|会馆|联会|协进会|商业会|工业会|红十字会|慈善会|书画院|画院|扶轮社|狮子会|同济会|杰人会|(?<=(?:狮子|同济|杰人)总?会)[\\p{Script=Han}\\dA-Za-z-]{1,16}?区)(?:（[^）]{1,10}）)?`;
const VERBS_AFTER =
  /(?:隆重|正式|顺利|胜利|盛大|盛装|成功|圆满|热烈|火热|热闹|精彩|如期|同期|也|还|将|已|日前|近日|近期|分别|共同|在此|选择|选定|(?<!公|纠|端)正)+$/;
const CONVENE =
  // (`某市在某旧址进行抗震救灾综合演练`: 进行, of a drill only; round 309.)
  '进行(?=[^，,。；]{2,30}?(?:演练|演习)(?:[，,。；]|$))|召开|举行|举办|办理(?!论)|开展|组织召开|组织开展|(?<=成功|联合|共同|精心|统一|集中|再次|首次|先后|积极|[市县区镇局厅委])组织(?=第|首届|(?:19|20)\\d{2}|[“「])|启动(?!仪式|会|大会|式|[及暨和与][\\u4e00-\\u9fff]{1,8}?(?:仪式|典礼|大会))|主办(?!的|方|单位)|承办(?!的|方|单位)|合办(?!的|方|单位)';
/**
 * `某培训班在某地开班`: a course opens (开班, 开营) as a meeting opens, and closes (结业, 结营) as it ends; `某研讨会在某校
 * 登场`: it takes the stage; `某大会14日在某地展开`: it unfolds (not 展开讨论, what was done at it); `为期两天的某大会在某地
 * 圆满结束`: it ends well, as it 闭幕 (not a bare 结束, which ends anything); `某大赛全国总决赛在某地精彩收官`: it closes;
 * `某系列赛(某站)在某地正式开赛`: a match opens (not who beat the drum or declared it open, `击鼓开赛`); `某锦标赛前晚正式
 * 开锣`: the gong is struck, as Hong Kong papers say a contest or a run of shows opens; `某联赛在某球场打响`, `某联赛
 * 深圳开打`: a league's season is fired off, the clause ending there (not `某活动打响了某节的发令枪`, what fired it off);
 * `某比赛昨天在某礼堂决赛`: a contest holds its final there, the clause ending with it (round 244); `某马拉松24日鸣枪开跑`:
 * a race sets off (round 265; a race's only, not `某巡回展起跑`, a tour's start said so).
 */
const EVENT_VERB =
  /举行(?!时)|召开(?!时)|举办(?!时)|开幕(?!式|辞|词)|启幕|登场|展开(?!讨论|交流|研讨|对话|合作|了)|启动(?!仪式|会|大会|式|[及暨和与]\p{Script=Han}{1,8}?(?:仪式|典礼|大会))|开展|闭幕(?!式|辞|词)|落幕|落下帷幕|[拉揭]开了?(?:帷幕|序幕)|揭幕(?!仪式|式)|开班(?!式|仪式)|开营(?!式|仪式)|(?<!公|击鼓|鸣枪|宣布)开赛(?!式|仪式|前|后|以来)|结业(?!式|仪式|典礼)|结营(?!式|仪式)|(?<=圆满|胜利|顺利)结束(?!后|时|之)|收官(?!之|战|阶段|年|后|时)|开锣(?!前|后|以来)|(?<=(?:马拉松|赛|跑|越野|健行|徒步|接力|骑行)[”」]?[^，,。；]{0,12})(?:鸣枪)?(?:开跑|起跑)(?!前|后|时|以来|仪式|式)|(?:打响|开打)(?=了?(?:[，,。；;！!\s]|$))|(?<=在\p{Script=Han}{2,20})(?:总)?决赛(?=[，,。；;]|$)/gu;

export interface EventCandidate {
  name: string;
  /** Index of the sentence it was read from (-1: the headline). */
  at: number;
  sentence: string;
  score: number;
  /** Theme read from `以“…”为主题的` in front of the name. */
  theme?: string;
}

const QUOTES: [string, string][] = [
  ['“', '”'],
  ['"', '"'],
  ['「', '」'],
];
/** `“X”` → `X` (only quotes that wrap the whole name). */
export function unquote(s: string): string {
  let t = s.trim();
  for (const [open, close] of QUOTES) {
    if (t.startsWith(open) && t.endsWith(close) && !t.slice(1, -1).includes(close)) t = t.slice(1, -1).trim();
  }
  return t;
}

/** How an event went, said before its year or between its body and its kind (`简单庄严`, `简朴但却不失为庄重的`). */
const MANNER = '简单|简朴|隆重|盛大|热烈|庄重|庄严|温馨';
const MANNER_BEFORE_YEAR = new RegExp(`^(?:${MANNER}){1,2}(?=(?:19|20)\\d{2}|第[一二三四五六七八九十百\\d]|首届)`);
const MANNER_BEFORE_KIND = new RegExp(
  `(?<=\\p{Script=Han}{2}会)(?:${MANNER})[^，,。“”「」的]{0,10}的(?=\\p{Script=Han}{0,6}(?:大会|典礼|仪式))`,
  'u',
);
/**
 * Words of praise or anticipation in front of a name (`期待已久的`, `一年一度的`, `某界普遍关注的`, `备受某某期待的`,
 * `最具影响力的`, `兼具某某意义的`, `简单而隆重的`).
 */
const PRAISE =
  /^(?:(?:简单|简朴|隆重|盛大|热烈|庄重|庄严|热闹|温馨)(?:而|又|且)(?:简单|简朴|隆重|盛大|热烈|庄重|庄严|热闹|温馨)|[^，,。“”的]{0,12}?(?:普遍|广泛|共同|高度|备受)关注|(?:备受|深受|广受|倍受)[^，,。“”的]{0,12}(?:期待|瞩目|欢迎|喜爱|青睐|关注)|(?:期待|期盼|筹备|酝酿|准备|策划)已久|最具[^，,。“”的]{1,12}|(?:兼具|极具|颇具|富有|充满)[^，,。“”的]{1,20}|备受瞩目|备受关注|万众瞩目|举世瞩目|声势浩大|令人期待|一年一度|每年一度|久负盛名|盛况空前|规模盛大|隆重|盛大|热烈|简朴|庄重|(?:本|今)?年度|(?:为期|一连|连续)[一二两三四五六七八九十\d]+天|(?:拥有|具有|有着)\s*[一二三四五六七八九十百\d]+\s*多?年(?:悠久)?(?:历史|传统))的/;
/**
 * `我市…颁奖仪式`: the reporter's own city in front of a name (the editor names the event without it); and, on an
 * association's own site, `我会某分会…会议`, its own body (round 249); a school's own, `我校`, before a quoted name or a
 * year too (`我校“某某”2025年校友返校日活动`, `我校1996届校友…返校活动`, round 268; not `我市2024年…`, which withOwnPlace
 * writes as the city's name where the report is placed). Not a school that is one party of
 * two (`我校与某市人民政府…签约仪式`: its readers kept it, round 272).
 */
const OUR_PLACE =
  /^我(?:(?:市|区|县|省|州|旗|会(?=\p{Script=Han}{2,10}?(?:分会|专委会|委员会)))(?=[\p{Script=Han}“"]{4})|校(?![与和同])(?=[\p{Script=Han}“"]{4}|[“「][^”」]{1,20}[”」]|(?:19|20)\d{2}))/u;

/** A day at the start of a clause (`2024年5月6日上午`, `3月6日中午`, `12月25日至27日`, `5日晚间8时`): when, not part of a name. */
const LEADING_DAY =
  /^(?:(?:19|20)\d{2}年)?(?:\d{1,2}月)?\d{1,2}日(?:至(?:\d{1,2}月)?\d{1,2}日)?(?:上午|中午|下午|傍晚|晚上|晚间|晚)?(?:\d{1,2}时)?/;

/** `某总商会每年一度的`: a body, then how often its event comes round (the event's name follows). */
const YEARLY_OF_BODY = new RegExp(`^\\p{Script=Han}{2,30}?(?:${BODY_ENDINGS})(?=(?:一年一度|每年一度)的)`, 'u');

/**
 * A news byline: 某网北京7月25日电（记者 某某） / 某网讯（某某）, or without its day before the reporter's credit
 * (`据某社某地电 （记者某某）`) or its reporters' names alone (`据某网电（甲 乙）`); a dateline in brackets
 * (`【某网11月3日讯】`, `（某社记者某某台北8日电）`) closes after 讯 or 电 (not the 讯 of 通讯 or 资讯), maybe with a slash
 * after it (`中评社北京9月10日电／`);
 * a reporter's credit in brackets (`【某网记者某某报道】`).
 */
export const DATELINE =
  /^(?:.{0,24}?(?:(?:\d{1,2}月)?\d{1,2}日电|电(?=\s*[（(](?:记者|通讯员))|(?<=[社网])电(?=\s*[（(][\u4e00-\u9fa5]{2,4}(?:[\s、]+[\u4e00-\u9fa5]{2,4}){0,3}[)）])|\d{1,2}日[\u4e00-\u9fa5]{0,6}消息|[^通资]讯)[)）】]?\s*[：:／/]?\s*(?:[（(][^)）]{1,30}[)）]|(?<=电)[^（()）【】，,。：:“”]{2,12}[)）])?|[【［[][^】］\]]{2,30}?报[道导][】］\]])\s*/;

/**
 * A reporter's credit or a dateline opening the paragraph in brackets of any kind (`（记者某某/某地报导）`,
 * `〔记者某某/台北报导〕`, `（某地8日电）`), or after the outlet's name (`某报道（甲 乙 报道）`).
 */
const CREDIT =
  /^(?:[【［[〔（(][^】］\]〕）)]{0,30}?(?:记者|报导|报道|\d{1,2}日电)[^】］\]〕）)]{0,30}[】］\]〕）)]|\p{Script=Han}{2,12}[（(][^）)]{1,24}?报[道导][）)])\s*/u;

/** `以“网”中传党情 “格”内绽风采为主题的 X`: a theme that quotes single words of running text, before the name. */
const QUOTING_THEME = /^以\s*(?=[^，,。]{0,6}“)[^，,。]{2,40}?(?:为(?:主题|题)|主题为)的(?=\S{4})/;

/** Strips what stands in front of a name in a sentence: dates, `由…主办的`, `…开展`, reference words. */
function trimFront(text: string): string {
  let t = text;
  // The part after the last clause boundary outside quotes.
  t = splitOutside(t, '，,；;：:。').pop()!.trim();
  // `全新的某汽车、某钢琴……2019年某活动`: a list broken off with an ellipsis before the name (quotes and all: `具备“精确
  // 采样”的某设备……第90届某博览会`).
  t = t.replace(/^.*…+\s*(?=[\p{Script=Han}\d“「]{4})/u, '');
  // (Two: a mirror's own before the agency's, `某在线11月18日讯 中新社某地11月18日电 （甲 乙）`, round 243.)
  t = t.replace(DATELINE, '').replace(DATELINE, '');
  t = t.replace(CREDIT, '');
  // `南都讯 记者甲乙丙 某会…`: the reporter's credit without brackets, a space after it.
  t = t.replace(/^(?:记者|通讯员)\s*\p{Script=Han}{2,4}(?:[\s、]+\p{Script=Han}{2,4})*\s+(?=\p{Script=Han}{4})/u, '');
  t = t.replace(LEADING_DAY, '');
  // `浏览人数： 39人 某某比赛`: a page's count of its readers, run on into the first sentence.
  t = t.replace(/^\d+\s*(?:人|次)\s+(?=\p{Script=Han}{4})/u, '');
  // `（香港，2021年12月5日）某论坛`: a press release's dateline in brackets, its place and day (or what is left of it
  // once a comma outside the brackets split it).
  t = t
    .replace(/^[（(][^（）()]{0,12}?[，,\s]*(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日[)）]\s*(?=\S{4})/, '')
    .replace(/^[)）]\s*(?=\S{4})/, '');
  // `为迎接某大会`: what the clause prepares for is the event, not the preparing.
  t = t.replace(/^为了?(?:迎接|筹备)(?=\p{Script=Han}{4})/u, '');
  // `201112192011某颁奖典礼`: a day whose digits a page ran together in front of the name's year.
  t = t.replace(/^(?:19|20)\d{6}(?=(?:19|20)\d{2})/, '');
  // 由…共同主办、以“…”为主题的 X: the organizers before the theme.
  t = t.replace(/^.*?(?:主办|承办|协办|指导|举办)[、，,]?\s*(?=以\s*“[^”]{2,60}”\s*为(?:主题|题)的)/, '');
  // 由…主办的 X / 在杭州举行的 X / `由某中心主持的某会议` (round 298)
  // `某基金会携手某某，精心打造的“X”发布会`: who made the project, not the event's name; `某网全程直播的X`: who carried it
  // live; `某书斋统筹的「X」`, `某局牵头的X`: who ran it.
  const modifier =
    /^.*?(?:主办|承办|协办|合办|联办|指导|赞助|资助|举办|举行|组织|召开|支持|打造|策划|推出|发起|筹办|统筹|牵头|批准成立|直播|转播|由[^，,。“”]{2,30}?主持)的/.exec(
      t,
    );
  if (modifier && !/[“”]/.test(modifier[0].replace(/“[^”]*”/g, ''))) t = t.slice(modifier[0].length);
  // 自治区开展 X / 某局召开 X
  const convene = new RegExp(`^.*?(?:${CONVENE})(?:了)?`).exec(t);
  if (convene && !convene[0].includes('“')) t = t.slice(convene[0].length);
  t = t.replace(/^(?:欣闻|喜闻|获悉|据悉|得知)/, '');
  // `…承办的年“某某杯”全国锦标赛`: a year whose digits the page lost, before a quoted name.
  t = t.replace(/^年(?=[“「])/, '');
  // `今年的中秋节正值某运动会`: the day that coincided with the event, not part of its name.
  t = t.replace(COINCIDED_LEAD, '');
  // `希望借某会议召开之机`: the occasion a speaker takes, not part of its name.
  t = t.replace(/^(?:希望|愿|要)?(?:借|趁|藉)(?=\S{4})/, '');
  // (`今天上午首届某论坛也在某饭店开幕`: and the part of the day after the day, round 246.)
  // (`某学会2024年迎来成立40年，其第17次学术年会…开幕`: 其 refers to the body, which withConvener puts in front, round 246.)
  t = t.replace(/^其(?=第[一二三四五六七八九十百\d]+[届次])/, '');
  // (`当日2023某论坛`: 当日 as 当天; round 254.)
  t = t.replace(
    /^(?:在|于|近日|近期|日前|(?:今天|今日|昨天|昨日|当天|当日)(?:上午|中午|下午|傍晚|晚上|晚间)?|随后|同时|此外|其中)/,
    '',
  );
  // `共同欢庆2016某首届火把节开幕`, `共庆第二个某节`: the celebrating, before the year or edition of what was celebrated.
  t = t.replace(/^(?:共同|一起|一同)?(?:欢庆|共庆|同庆|欢度|共度|喜迎)(?=(?:19|20)\d{2}|第|首届|首个)/, '');
  // `新一届某论坛`: that it is the next edition, said without its number, is no part of its name.
  t = t.replace(/^新一届(?=\S{4})/, '');
  // (`以“甲”、“乙”为主题的`: a theme of several quoted parts.)
  // (`以“甲“为主题的`: a theme whose closing quote was typed as an opening one.)
  // (`以“甲”为宗旨的`, `以“甲”为发展主旨的`: what it is for, said the same way.)
  // (`两场以“甲”为主题的 X`: how many of them, before the theme.)
  t = t.replace(/^(?:[一两二三四五六七八九十]|\d{1,2})(?:场|次|项)(?=以\s*“)/, '');
  // (`以“甲”为初衷的`, `秉持“甲”理念的`: what moved its makers, said the same way.)
  t = t.replace(
    /^以\s*(?:[“「][^”“「」]{2,60}[”“」][、，,和与及\s]*)+(?:为(?:主题|题|宗旨|(?:发展)?主旨|理念|初衷|目的|目标|使命|口号))?的/,
    '',
  );
  t = t.replace(
    /^(?:秉持|秉承|本着|坚持|践行|遵循|怀着|抱着)\s*“[^”]{2,60}”\s*的?(?:理念|宗旨|精神|原则|初心|初衷)的/,
    '',
  );
  t = t.replace(/^[”“]?为(?:主题|题)的(?=\p{Script=Han}{4})/u, '');
  // `某院作为支撑单位的某专业委员会第二次会员代表大会`: what a body is to the event, said before its name.
  // (`某协会为指导单位的某比赛`: the same without 作为; round 254.)
  t = t.replace(
    /^[^，,。“”]{2,20}?(?:作为[^，,。“”]{2,16}?|为[^，,。“”]{0,8}?(?:指导|主办|承办|协办|支持|支撑))(?:单位|方)的(?=\p{Script=Han}{4})/u,
    '',
  );
  // `主题为“甲，乙”的 X`: the theme said first (or in corner quotes, `主题为「甲」的 X`; round 308).
  t = t.replace(/^主题为\s*(?:“[^”]{2,60}”|「[^」]{2,60}」)的/, '');
  // `以促进某某发展为主题的 X`: a theme written without quotes (maybe with a comma in it, so only its end is left).
  // (`以加快某某发展为出发点的 X`: what it sets out from, or aims at, said the same way; round 251.)
  t = t.replace(/^以?[^，,。“”]{2,40}?为(?:主题|出发点|落脚点|主线|目标)的/, '');
  t = t.replace(QUOTING_THEME, '');
  // `“某峰会”的重要板块“某论坛”`: the quoted part of a larger event is the event reported.
  t = t.replace(/^[^，,。]{2,60}?的(?:重要|主要)?(?:板块|环节|内容|单元)(?=[“「][^”」]{4,60}[”」]$)/, '');
  // `某博览会配套文化活动之第二届某博览会`: the larger event's programme it belongs to, before 之 (round 243).
  t = t.replace(
    /^[^，,。；“”]{2,30}?(?:配套|系列|分项|主题)?活动之(?=第[一二三四五六七八九十百\d]+届|首届|[“「])/u,
    '',
  );
  // 作为第十届某会主题活动之一的 X: what the event is part of, not its name.
  // (`2013某大会重要活动之一的某论坛`: without 作为 too.)
  t = t.replace(/^(?:作为)?[^，,。；“”]{2,40}?(?:之一|组成部分)的(?=\p{Script=Han}{4})/u, '');
  // (`某颁奖系列活动之一、某研讨会`: what it is part of, set before its name with a pause.)
  t = t.replace(/^[^，,。；“”]{2,40}?(?:活动|系列)之一[、，,]\s*(?=\p{Script=Han}{4})/u, '');
  // `旨在展示某某成果的 X`, `旨在打造某基地的“X”`: what it is for; `总投资64亿元的 X`: how much is invested in what it signs;
  // `“甲、乙”为主题的 X`, `“甲，乙”为主旨的 X`: its theme or aim, the 以 before it left in the clause before.
  t = t
    .replace(/^旨在[^，,。“”]{2,40}?的(?=\p{Script=Han}{4}|[“「])/u, '')
    .replace(/^总?投资(?:额|总额)?[^，,。“”的]{1,12}的(?=\p{Script=Han}{4})/u, '')
    .replace(/^“[^”]{2,60}”\s*为(?:主题|题|主旨|宗旨)的(?=\p{Script=Han}{4})/u, '')
    // `击鼓为第二届某争霸赛`: what someone did to open it, before its edition; `为第48届某竞赛…`, a clause cut before its
    // verb (`为…揭开序幕`), with nothing before 为 (round 243).
    .replace(/^\p{Script=Han}{0,4}为(?=第[一二三四五六七八九十百\d]+届|首届)/u, '');
  t = t.replace(HOW_HELD, '');
  // `举办一场温馨的 X`, `举行了一次 X`: how many and what it was like, not its name.
  t = t.replace(ONE_SUCH, '');
  // 期待已久的 X, 一年一度的 X: how the writer feels about the event, not its name.
  // (`某总商会每年一度的X`: and the body whose yearly event it is, before it, round 246.)
  t = t.replace(YEARLY_OF_BODY, '').replace(PRAISE, '');
  return t.trim();
}

/** `“线下、线上”相结合的 X`, `采取考察和研讨相结合方式的 X`: how it was held, said before its name. */
const HOW_HELD = /^(?:[“「][^”」]{2,20}[”」]|[^，,。“”「」]{2,30}?)相结合(?:的?方式)?的(?=\p{Script=Han}{4})/u;

/** `一场温馨的`, `一次`: how many events and what they were like, before a name. */
const ONE_SUCH = /^(?:一(?:场|次|个|项)(?:[^，,。“”的]{1,10}的)?|[小大]型(?![企国]))(?=\p{Script=Han}{4})/u;

/** A ceremony held for a place or a body, right after its quoted name (`“某基地”挂牌仪式`). */
const PLAQUE_RITE = /^(?:揭牌|挂牌|授牌|开馆|开园|启用|落成|奠基|开工|成立)(?:仪式|典礼)(?=[在于，,。]|$)/;

/** A holiday (a festival of the calendar, a day of a trade or of a people), not an event of its own. */
const HOLIDAY =
  '(?:春|元宵|清明|端午|七夕|中秋|重阳|腊八|母亲|父亲|儿童|妇女|劳动|国庆|教师|护士|圣诞|感恩|青年|记者|植树|建军|情人)节';
/** A holiday as a place keeps it (`春节`, `国际劳动节`, `传统节`): no festival that place holds (placeFestival). */
const PLACE_HOLIDAY = new RegExp(`(?:${HOLIDAY}|传统节|节日|佳节)$`, 'u');
/** 活动 after a name that already ends in its kind (`某嘉年华活动`, `「某节」活动`), not after a holiday (round 299). */
const ACTIVITY_AFTER_KIND = new RegExp(`(?<=(?:嘉年华|节|会|赛|展|周)[”」]?)(?<!${HOLIDAY}[”」]?)活动$`);
/** (系列)活动 after a gathering or a contest named by its kind (`…联欢晚会活动`, `…年会系列活动`), not after a holiday. */
const ACTIVITY_AFTER_GATHERING = new RegExp(
  `(?<=晚会|晚宴|典礼|仪式|论坛|座谈会|研讨会|年会|大会|联欢会|茶话会|团拜会|交流会|分享会|赛|节|周|汇)(?<!${HOLIDAY})(?:系列)?活动$`,
);

/** What the day of an event coincided with (`今年的中秋节正值某运动会`): the occasion, not the event. */
const COINCIDED = '正值|适逢|恰逢|正逢';
/** `今年的中秋节正值` in front of a name, and the same anywhere in the clause before one. */
const COINCIDED_LEAD = new RegExp(`^[^，,。；“”]{0,12}?(?:${COINCIDED})(?=\\S{4})`);
const COINCIDED_BEFORE = new RegExp(`(?:${COINCIDED})[^，,。；]*$`);

/** Strips what follows a name before its verb: adverbs, `在某地`, `于某日`, a bare day. */
function trimBack(text: string): string {
  // `…就职典礼假某酒店`: 假 for 在 before a venue, right after the name's head word.
  let t = stripTail(text.replace(HEAD_BEFORE_VENUE, '$1'));
  // 在/于 + place or time, outside quotes and within the last clause (not the 在 of a site's name: 某某在线).
  // (Nor the 于 of 位于, 至于, 关于, 基于, 属于, 对于: `在位于某地的某中心举行` splits at 在 only.)
  const parts = t.split(/(?<![位至关基属对由])(?=[在于](?!线)(?![^“]*”))/);
  if (parts.length > 1) {
    const tail = parts[parts.length - 1]!;
    // `<name>，在某地隆重举行`: the comma before 在 goes with it.
    if (/^[在于]/.test(tail) && !/[，,]/.test(tail)) {
      // (`…交流会在某论坛期间在澳门召开`: the occasion before the place, with its own 在, goes too.)
      const rest = /^[在于][^，,]{2,40}(?:期间|之际|前夕)$/.test(parts[parts.length - 2] ?? '') ? -2 : -1;
      t = parts
        .slice(0, rest)
        .join('')
        .replace(/[，,]\s*$/, '');
    }
  }
  return stripTail(t);
}

/** Adverbs, relative days and a bare day at the end, repeatedly (…活动于5月17日, …论坛”昨天（12月1日）). */
function stripTail(text: string): string {
  let t = text;
  for (let before = ''; before !== t; ) {
    before = t;
    t = t
      .replace(VERBS_AFTER, '')
      // `…游艇展今(15)日起至18日`: the days it runs, from today (in brackets, as Taiwan writes it) to its last (round 310;
      // `至318日`, with its month's 月 lost, too).
      .replace(/(?<=\p{Script=Han}{4})[今明][（(]\d{1,2}[)）]日起(?:[至到](?:\d{1,2}月)?\d{1,4}日止?)?$/u, '')
      // `…联展于19日起到21日止`: the days it ran, from one to another.
      // (`…发布会于2023年12月28日（四）`: with the day of the week in brackets.)
      .replace(
        /[于於](?:(?:19|20)\d{2}年)?(?:\d{1,2}月)?\d{1,2}日(?:[（(](?:星期|周)?[一二三四五六日天][)）])?起?(?:[至到、和及](?:\d{1,2}月)?\d{1,2}日止?)?$/,
        '',
      )
      // `…锦标赛4、5两日`: the days it ran, listed.
      .replace(/(?<=\p{Script=Han})(?:\d{1,2}月)?\d{1,2}(?:、\d{1,2})+[两三四五]?日$/u, '')
      // `…年会于2020101619日`: a day whose digits a page glued together (2020年10月16—19日).
      .replace(/[于於](?:19|20)\d{4,8}日$/, '')
      .replace(/[今昨][（(][^)）]{1,8}[)）]日?(?:上午|下午|中午|晚上|晚间|晚)?$/, '')
      .replace(
        /(?:今天|昨天|今日|昨日|日前|近日|近期)?[（(]\d{1,2}月\d{1,2}日[)）](?:上午|下午|中午|晚上|晚间|晚)?$|(?:今天|昨天|前天|今日|昨日|前日|日昨|日前|近日|近期|当天|当日|上周[一二三四五六日末]?|本周[一二三四五六日末]?|上个?月|本月)(?:上午|下午|中午|晚上|晚间|晚)?$|(?:今|昨|前)(?:晚|早|晨)$/,
        '',
      )
      .replace(
        /[，,]?\s*(?:(?:19|20)\d{2}年|本月|上月|今年|本年)?(?:\d{1,2}月)?\d{1,2}日(?:[（(](?:星期|周)[一二三四五六日天][)）])?(?:[至\-—~－](?:\d{1,2}月)?(?:\d{1,2}日)?)?(?:上午|下午|中午|晚上|晚间|傍晚|凌晨|早上|晚)?(?:[\d一二三四五六七八九十]{1,3}时(?:半|[\d一二三四五六七八九十]{1,3}分)?(?:至\d{1,2}时)?|\d{1,2}点(?:半|\d{1,2}分)?|\d{1,2}[:：]\d{2})?$/,
        '',
      )
      .replace(/[于在]$/, '')
      // `…颁奖礼今年在本港举行`: this year's, said after the name.
      .replace(/(?<=\p{Script=Han}{4})今年$/u, '')
      // `…论坛今明两天` (`今、明2天`), `…博览会今日（12日）起一连4天`, `…创科展一连两天（17至18日）`, `…工业展今天起至` (cut before the
      // last day): the days it runs, said after the name.
      .replace(
        /(?:(?<=\p{Script=Han}{4})(?:今日|今天|明日|明天)起至?|今[、，]?明[两二2][天日](?:[（(][^（）()]{2,24}[)）])?|(?:(?:今日|今天|明日|明天)?(?:[（(]\d{1,2}日[)）])?起?(?:一连|连续|为期)[一二三四五六七八九十两\d]+[天日](?:[（(](?:\d{1,2}月)?\d{1,2}日?[至到\-—~～]\d{1,2}日[)）])?))$/u,
        '',
      )
      // `…对话会（下称“峰会”）`: the short name the report gives it from here on.
      .replace(/[（(](?:以下|下)?简?称\s*[:：]?\s*[“"「]?[^）)“”"「」]{1,12}[”"」]?[)）]$/, '')
      // `第110届某交易会（广交会）`: the short name alone in brackets, itself an event's (交易会 → 广交会).
      .replace(/(?<=[会节展赛坛])[（(]\p{Script=Han}{2,6}[会节展赛坛][)）]$/u, '')
      // `…庙会于今日10时`: the day and the hour it opened.
      .replace(
        /[于於]?(?:今天|昨天|今日|昨日|当天|当日)(?:上午|下午|中午|晚上|晚间|晚)?\d{1,2}(?:时|点)(?:半|\d{1,2}分)?$/,
        '',
      )
      // `…开幕式昨晚七时`: the evening and the hour.
      .replace(
        /(?:今|昨|前)(?:晚|早|晨)[一二三四五六七八九十\d]{1,3}(?:时|点)(?:半|[一二三四五六七八九十\d]{1,2}分)?$/,
        '',
      )
      // `…学术年会，在某大学的协助下，`: with whose help it was held, in a clause between the name and when.
      // (`…总决赛在各县旅游局的大力支持下，于…`: without the comma too.)
      .replace(/[，,]?\s*在[^，,。“”在]{2,30}?(?:协助|支持|帮助|指导|关心|关怀|共同努力)下$/, '')
      // `某某会，于2005年4月25~29日`: days written as a range with one 日.
      .replace(/[，,]?\s*[于於]?(?:(?:19|20)\d{2}年)?(?:\d{1,2}月)?\d{1,2}[~～\-—－至]\d{1,2}日$/, '')
      // `某会成立大会，今天上午在某地举行`: the comma after a name that opens its sentence, once what followed it is gone.
      .replace(/[，,]\s*$/, '')
      // `…年会透过某平台线上举行`, `…会议以视频方式召开`: how it was held, not its name.
      .replace(/(?:通过|透过|借助|依托)[^，,。“”]{1,24}?$/, '')
      // (`…成立大会，通过“线上线下”相结合的方式`: a way of holding it written with quotes inside.)
      .replace(/[，,]?\s*(?:通过|透过|以)[^，,。“”]{0,8}“[^”]{2,10}”[^，,。“”]{0,10}(?:方式|形式)$/, '')
      .replace(/(?:以)?(?:线上线下相结合|线上|线下|视频|网络)(?:会议)?(?:的)?(?:方式|形式)?$/, '')
      // `…活动，以线下和云端相结合的方式`: how it was held, said in a clause of its own after the name (`…理事会议以通信(含
      // 书面)方式`: any way).
      .replace(WAY_AFTER, '')
      .trim();
  }
  return t;
}

/** `理、监事`, `正、副会长`, `中、小学`: parallel one-character words sharing what follows them. */
const SHARED_WORD =
  /(?<=^|[^\p{Script=Han}]|[届次暨的])(?:[正副理监中小大高初]、)+(?=[正副理监中小大高初]\p{Script=Han})/gu;

/** `第7届会长、理监事就职典礼`, `董事、职员就职典礼`: the posts whose holders are installed, listed before 就职. */
const INSTALLED_POSTS =
  /(?:(?:副|常务副)?(?:会长|理事长|监事长|董事长)|理监事|理事|监事|董事|会董|职员|执委)(?:、(?:(?:副|常务副)?(?:会长|理事长|监事长|董事长)|理监事|理事|监事|董事|会董|职员|执委))+(?=(?:成员)?(?:宣誓)?就职)/g;

/** Bodies joined by 、 before what they sign together (`甲商会、乙商会缔结…签约仪式`, `甲会、乙公司战略合作签约仪式`). */
const SIGNING_PARTIES = new RegExp(
  `^(?:\\p{Script=Han}{2,20}?(?:${ORG_ENDINGS})、)+(?=\\p{Script=Han}{2,20}?(?:${ORG_ENDINGS})\\p{Script=Han}{0,20}?(?:签约|签字|缔结|结对|共建)\\p{Script=Han}{0,12}?仪式$)`,
  'u',
);

/**
 * What describes events instead of naming one (`多项活动`, `不同的活动`, `共组织了300多名…`, `11月3日上午的开幕式`,
 * `14日晚召开的座谈会`, `某行业相关会议`, `丰富多彩的某某活动`, `社区服务及各项慈善活动`): a count, a kind or praise in
 * front, a verb done, a day with 的, meetings said to bear on a subject, events of every kind (各项, anywhere), praise of
 * its rank or reach with 的 (`某界内高层次的大会`, `国家级的盛会`, `第一次全国性的会员代表大会`), a count of meetings
 * (`“甲”、“乙”和“丙”三大会议`). Such a phrase still points at the sentence the report is about, but it is no event's name.
 */
const VAGUE =
  /^(?:丰富多彩|形式多样|多姿多彩|异彩纷呈|多项|多种|多场|多个|多次|各类|一系列|系列|更多|相关|其他|其它|这些|那些|不同|多元化?|首次(?!理事|会员|代表|常务|监事|全体)|今天|昨天|当天|精彩)|[了过](?![解结])|级的|而[^，,的]{1,4}的|^(?:上午|下午|晚上|当天)的|^(?:\d{1,2}月)?\d{1,2}日[^的]{0,6}的|.(?:相关|有关)(?:会议|活动)$|各项|(?:高层次|高规格|高水平|高级别|大规模|规模最大|重量级|国家级|国际级|顶级|全国性|国际性|区域性|地方性|综合性)的|[两三四五六七八九十]大(?:会议|活动)$/;
export const describesEvents = (name: string): boolean => VAGUE.test(name.replace(/[“”"「」]/g, ''));

/** Pairs of marks that open and close inside a name. */
const PAIRS: [string, string][] = [
  ['“', '”'],
  ['「', '」'],
  ['《', '》'],
  ['（', '）'],
  ['(', ')'],
];
const count = (s: string, c: string) => s.split(c).length - 1;
/**
 * A name read that is no name's shape: a quote or bracket closed that was never opened, or opened and never closed
 * (`qū)W分会…会议”`, what a mirror's mangled text leaves); a clause that starts with when or which one (`今（115）年特别移师
 * 某地`, `本次某协会成立`); the second half of a name joined by 暨 or 及, cut from the first (`暨全县某奖励大会`); the
 * purpose a clause gives (`为纪念某大会召开20周年`).
 */
export function malformedName(name: string): boolean {
  if (PAIRS.some(([open, close]) => count(name, open) !== count(name, close))) return true;
  // (`某学会�W分会第七届理事会`: a character a mirror lost stands in it.)
  if (name.includes('\uFFFD')) return true;
  // (`“甲论坛”及“乙计划”共同`: an adverb before the verb ends no name.)
  if (/(?:共同|同时|一同|一起)$/.test(name)) return true;
  // (`某某、某某共同触摸启幕球为大会`: who opened it, and how, before 为 and the event it opened.)
  if (/为(?:本届|本次)?(?:大会|会议|论坛|活动|展会|博览会|盛会|赛事|展览)$/.test(name)) return true;
  // (`为纪念某大会`, `为庆祝某节`: what the event was held for, a clause before it, is no name of it.)
  // (`连同第5届某博览`: what was held together with the event, after it, is no name of it either.)
  // (`继某大会落幕之后，某座谈会…`: the event that came before, which this one followed, is not its name; nor `礼、某典礼`,
  // the tail of the event before it in a list, cut at its head word.)
  // (`某某向第八届“某节”启动表示祝贺`: whom a person congratulated, with his name and 向, is no name; round 272.)
  if (/^\p{Script=Han}{2,4}向(?=第[一二三四五六七八九十百\d]+届|首届|[“「])/u.test(name)) return true;
  // (`今日（7月6日）下午五时`: a day, in any of its words, opens no name; nor `今「某某」运动会`, the day said before a quote.)
  return /^(?:本次|此次|这次|今[（(]|[今昨][「“]|今年|今天|今日|昨天|昨日|[暨及、]|连同|为了?(?:纪念|庆祝|迎接|喜迎)|继(?!承|续)|[礼会式赛节展]、)/.test(
    name,
  );
}

/**
 * What a name does not hold outside its quotes: 由 of who held it (BY, not the 由 of 自由), a comma; a list's 、 or 等 (not
 * the 等 of a word: `高等院校`, `平等`, `一等奖`). A subject may hold a 、 (`正、副会长`) but not end with one.
 */
const NOT_IN_SUBJECT = new RegExp(`${BY.source}|(?<![高平同初中均对优特头一二三])等|[，,]|、$`);
const NOT_IN_NAME = new RegExp(`、|${BY.source}|等(?:活动|会议)|[，,]`);

/**
 * A name that reads as an event (ends in an event word, is not an organization, not a list). `subject`: the name is
 * what a verb says was held (`甲会第一次会员大会、甲会成立典礼在某地召开`), where items joined by 、 name one event held
 * as one (elsewhere they list several); `'closed'`: nothing was held after the verb either, so a board
 * (`某联盟常务理事会在宁波召开。`) is its own meeting.
 */
export function isEventName(name: string, strong = false, subject: boolean | 'closed' = false): boolean {
  // `某学会十三届四次理事（扩大）会`: a meeting widened to more than its members is still the meeting.
  const bare = name.replace(/[“”"「」]/g, '').replace(/[（(]扩大[）)](?=会)/, '');
  if (bare.length < 4 || bare.length > 90) return false;
  // (`今天参加集体婚礼`: an event's kind alone, with nothing of whose or which, names none.)
  if (/^(?:集体|联合|集团)(?:婚礼|结婚)$/.test(bare)) return false;
  // (`这是某活动举办现场`: nor with a caption's 这是, nor with 可见 of a conclusion drawn, `可见车友们对某车队举办的活动…`;
  // nor with 连同 of events held along with the one named before, `某书展，连同第5届某博览…`.)
  // (`举办如此高规格的赛事`: a name does not open with a word of degree either; nor with one of likeness, `每年都将举办类似的
  // 比赛`, events to come like it.)
  if (
    /^(?:本次|此次|本届|这次|这一?届|这一(?:次|场)|这项|此项|该|这场|此届|各|全体(?!(?:会员|理事|监事|委员|职工|员工)(?:代表)?(?:大会|会议))|有关|如此|这样|这么|那么|那样|类似|同样|同类|此类|这类|这是|那是|此为|可见|看来|显然|连同)/.test(
      bare,
    )
  )
    return false;
  // `在某小学举行启动仪式`: where and the verb of holding, before an event named by its kind, are no name.
  if (/^在(?!线)[^“”「」]{2,30}(?:举行|召开|举办)/.test(bare)) return false;
  // `（某晚宴，）昨晚假某酒店五楼宴会厅（隆重举行）`: when and where (假, Malaysia's and Hong Kong's 在), the clause's
  // subject said before it, are no name.
  if (WHEN_WHERE_FIRST.test(bare)) return false;
  // `…为本次成立大会`, `第三届会议主办方之一暨…`: a clause that refers back to the event, or one of several, is prose.
  if (/.(?:本次|此次|这次)|之一/.test(bare)) return false;
  // `及捐赠仪式`, `的属会活动`: the end of a clause cut after a conjunction or 的 is no name.
  // (Not 和谐, 和美, 和平: words that start with 和.)
  // (Nor `以及某局局长某某前来主持`, the next item of a list.)
  // (But a quoted slogan may start so: `“和满京城·奋进九州”第二届某扇子文化节`, `“与君同行”某节`; round 311.)
  if (!/^[“「]/.test(name) && /^(?:以及|[、及与的]|和(?![谐美平]))/.test(bare)) return false;
  // `三天会议`: how long it lasted is no name; nor is a count of events (`三场讲座`, `某会固定的三大活动`, `769项主题活动`).
  if (/^[一二两三四五六七八九十\d]+天/.test(bare)) return false;
  // (`自1985年起每两年`: how often it is held, no name; nor `一次大会`, a meeting counted.)
  if (/^自(?:19|20)\d{2}年|每[一二两三四五]?年$|^[一二两三四五六七八九十]次(?:大会|会议)$/.test(bare)) return false;
  // (Not a count inside a quoted name, `“三个一号”旅游公路…通车仪式`, a programme's name; round 293.)
  if (
    /^(?:[一二两三四五六七八九十]+|\d+)(?:场|个|类|项)|的[一二两三四五六七八九十]+(?:场|项|大|个|类)/.test(
      name.replace(/“[^”]*”|「[^」]*」/g, '“”'),
    )
  )
    return false;
  // `以严肃的进殿仪式（揭开序幕）`: the rite a service opened with, said with 以 and how it was, is no name (round 309).
  if (/^以[^“”「」为]{1,10}的/.test(bare)) return false;
  // `某地“十一”将举行升旗仪式等系列庆祝活动`: what is still to be held, said with its verb, is a sentence (round 243).
  if (/将(?:要)?(?:举行|举办|召开|开展|于)/.test(bare)) return false;
  // `某地出席某大会开幕典礼`: who went and what they did is no part of the name.
  // (Nor who declared it open: `某局局长某某宣布活动开幕`.)
  if (/出席|莅临|参加了|宣布/.test(bare)) return false;
  // `某联合会于今早举行开幕典礼`: who held it, when and the verb, before a ceremony named by its kind, are a clause (round 304).
  if (/.(?:于|在)[^，,。“”「」]{0,12}(?:举行|举办|召开)(?:了)?(?:开幕|闭幕|启动|揭牌)?(?:典礼|仪式|式|礼)$/.test(bare))
    return false;
  // `“某培训活动”走进某镇`: where a campaign went after its quoted name is no part of the name.
  if (/[”」](?:走进|走入|进入|来到|走向)\p{Script=Han}/u.test(name)) return false;
  // `贺岁酒会并欣赏烟花汇演`: two things done, joined by 并, are no one name (no name of the blind sets has 并).
  if (/并(?!购|网|轨)/.test(bare)) return false;
  // (Not an exclamation inside quotes, `“你好！某国”——某推广季`: a slogan's.)
  if (/[。！？]/.test(name.replace(/[“‘][^“”‘’]{1,12}[”’]/g, ''))) return false;
  // `就业援助月是集中帮扶某某的专项活动`: a sentence saying what something is, not a name.
  if (/是[^“”「」]{2,40}的/.test(name.replace(/“[^”]*”|「[^」]*」/g, ''))) return false;
  // `还有某理事会及某年会`: the other meetings held alongside, listed after 还有, are not one name; nor what a day's
  // programme began with (`第二天的议程从某讲座`), nor a clause about the series (`「某奖」在今年迈入第四届`).
  if (/^(?:还有|另有|也有)|的议程|^第[一二三四五六七八九十\d]+天|在今年|迈入第/.test(bare)) return false;
  // `随着某某活动`, `上周某仪式暖身后`, `象征第二届博览会`: a clause of when, along with or after what, or of what something
  // stands for, is no name; nor what else an event also was (`也为某揭牌典礼`, `并为某庆典`), nor who presided
  // (`某局长某某主持晚会`, an official's title and name before 主持, or before 亲临主持 (round 281); not `播音主持研讨会`,
  // hosting as a trade).
  if (
    /^(?:随着|伴随着?|上周|上月|上星期|[也并还]为|象征|标志着?|意味着)|(?<![皇影歌天])(?:之后|以后|后)$|(?:长|书记|主任|主席|官)\p{Script=Han}{0,4}(?:亲临|亲自)?主持(?![人「“])/u.test(
      bare,
    )
  )
    return false;
  // `首届理、监事就职典礼`, `正、副会长`: one character before 、 shortening a word shared with the next is part of the name.
  // (And a 「」 quote before more than 活动: `「爱、传承、生命」器官捐赠感恩追思会`; `「座谈、参观」活动` lists kinds.)
  const outside = name
    .replace(/“[^”]*”|「[^」]*」(?!活动$)/g, '')
    .replace(SHARED_WORD, '')
    .replace(INSTALLED_POSTS, '')
    // `庆国庆七十周年、该会成立十周年联欢晚宴`: anniversaries celebrated together; `第五届理事会、第二届青年组就职典礼`:
    // two bodies installed together.
    // `第48、49届主席交接典礼`, `第八届、九届理事长交接大会`: the two terms a handover is between.
    .replace(
      /(?<=周年庆?)、(?=[^、，,]{2,20}?周年)|(?<=周年(?:纪念|庆典?))、(?=第[一二三四五六七八九十\d]+届)|(?<=[会组])、(?=第[一二三四五六七八九十\d]+届)|(?<=[一二三四五六七八九十\d]届?)、(?=第?[一二三四五六七八九十\d]+届)/g,
      '',
    )
    // `甲商会、乙商会缔结友好商会签约仪式`: the parties of a signing, named before it.
    .replace(SIGNING_PARTIES, '')
    // `甲、乙沙地歼灭战片区推进会`: two places (or areas) the name opens with, sharing the rest (not two
    // bodies or two posts, `甲商会、乙商会就职典礼`, `会长、秘书长座谈会`, which stay a list; round 311).
    .replace(
      /^(\p{Script=Han}{2,5})(?<![会局院委厅部司团心处办校馆所社队组长记任员式礼节展赛动坛])、(?=[^的]*$)(?=\p{Script=Han}{2,5}\p{Script=Han}{6})/u,
      '$1',
    )
    // `…暨优秀社会组织、先进个人评选表彰活动`: the kinds of honours a commendation gives, listed in its name; likewise
    // what a ceremony donates or unveils (`…暨救灾车、器材车捐赠典礼`), the awards a ceremony presents (`第十六届某奖、第七届
    // 某奖颁奖报告会`).
    .replace(
      /、(?=[^暨、，,]{2,16}(?:、[^暨、，,]{2,16})*(?:评选表彰|表彰|评选|颁奖|捐赠|赠送|启用|揭牌|授牌|授旗)(?:报告会|大会|活动|会|典礼|仪式)$)/g,
      '',
    );
  if ((subject ? NOT_IN_SUBJECT : NOT_IN_NAME).test(outside)) return false;
  if (SESSION.test(bare) || (subject === 'closed' && BOARD_MEETING.test(bare) && bare.length >= 8)) return true;
  if (ORG_LIKE.test(bare) && !HEAD_RE.test(bare)) return false;
  return (
    HEAD_RE.test(bare) ||
    EDITION_SHOW.test(bare) ||
    yearShowAfter(name) ||
    placeFestival(bare) ||
    QUOTED_SHOW.test(name) ||
    // (Not a person's post and name before the verb: `台南市长黄伟哲开幕致词`, the mayor opening it.)
    (strong && /\p{Script=Han}{3,}/u.test(bare) && !ORG_LIKE.test(bare) && !splitPositionName(bare))
  );
}

const SPEAKING = /出席|主持|致辞|讲话|发言|演讲|参加/;

/** A country's name alone (COUNTRIES), before its event's. */
const COUNTRY = new RegExp(`^(?:${COUNTRIES})$`);

/** Two or more organizations joined by 、, then a quoted name: `甲会、乙公司“X”…仪式`. */
const PARTIES = /^([^“”，,。]{4,60}?、[^“”，,。]{2,40}?)(“[^”]{2,40}”[^“”]{2,40})$/;
// (And a government, `甲协会、乙区人民政府、 丙集团有限公司“某合作框架协议”签约仪式`, round 249.)
const PARTY = new RegExp(`(?:${ORG_ENDINGS}|会|公司|集团|局|厅|委|院|中心|处|办|政府)$`);
/** What was attended, named by its kind only (`参加签约仪式`, `出席了揭牌仪式`): no name of an event. */
const KIND_ONLY =
  /^(?:会议|活动|论坛|开幕式|仪式|(?:签约|签署|揭牌|授牌|颁奖|启动|开班|开工|奠基|捐赠|成立|签字|剪彩)仪式)$/;

/** `某会于3月21日正式成立。`: a body founded on a day (its name, then when, then 成立 closing the clause). */
const FOUNDED = new RegExp(
  `^(?:[^，,。]{0,24}?讯\\s*)?(\\p{Script=Han}{2,30}?${BODY_ENDINGS})[於于](?:(?:19|20)\\d{2}年)?\\d{1,2}月\\d{1,2}日(?:上午|下午)?(?:在[^，,。在]{2,12})?(?:正式|宣告|宣布)?成立(?=[，,。；]|$)`,
  'u',
);
/** `当天召开的`, `近日举行的`: what is said of how a meeting was held, before its name. */
const HELD_BEFORE = /^[^“”]{0,12}?(?:召开|举行|举办|开幕)的(?=[^“”]{4})/;

/** `4月28日，…——某商会正式成立。`: a dated sentence ending in a body founded (after a dash or a comma). */
const FOUNDED_AFTER = new RegExp(
  `^(?:[^，,。]{0,24}?[讯電电]\\s*)?(?:(?:19|20)\\d{2}年)?\\d{1,2}月\\d{1,2}日(?:[^。]*?(?:——|—|[，,])|\\s*)(\\p{Script=Han}{2,30}?${BODY_ENDINGS})(?:正式|宣告|宣布)成立(?=[。；，,]|$)`,
  'u',
);
/** `中国某协会网讯：某协会宣告成立，成立大会于某日举行`: a body founded, and its founding meeting named right after. */
const FOUNDED_NOW = new RegExp(
  `(?:^|[：:\\s])(\\p{Script=Han}{2,30}?${BODY_ENDINGS})(?:正式|宣告|宣布)成立[，,]\\s*成立大会`,
  'u',
);

/** `某协会第一届理事会`, `二届三次常务理事会`: a council's numbered sitting, a meeting where the report says one was held. */
const NUMBERED_COUNCIL =
  /(?:第[一二三四五六七八九十\d]+届|[一二三四五六七八九十\d]+届[一二三四五六七八九十\d]+次)(?:常务)?(?:理事会|监事会|董事会)$/;

/** What may stand before 开展 in an item of a plan (`一是定期开展…`, `积极开展…`): no subject. */
const PLAN_LEAD =
  /^(?:[一二三四五六七八九十]是|[（(]?[一二三四五六七八九十\d][)）、.]?)?(?:定期|不定期地?|积极|共同|广泛|深入|持续|继续|经常|要|将)*$/;

/** `甲商会 乙商会 丙商会 缔结…签约仪式`: a headline's parties separated by spaces, joined by 、 and run on into the name. */
const A_BODY = new RegExp(`^\\p{Script=Han}{2,20}(?:${ORG_ENDINGS})$`, 'u');
const spacedParties = (name: string) => {
  const parts = name.split(/\s+/);
  if (parts.length < 3 || !parts.slice(0, -1).every((p) => A_BODY.test(p))) return name;
  return `${parts.slice(0, -1).join('、')}${parts.at(-1)}`;
};

/**
 * A headline's short form of a name: every character of it in the name, in order, with the same last two (`感恩餐会` for
 * `…暨十周年感恩联谊餐会`).
 */
function shortFor(short: string, name: string): boolean {
  return short.length >= 4 && short.slice(-2) === name.slice(-2) && inOrder(short, name);
}

/** A sentence that says when: a day of the month (`今(8)日` too), or a day relative to the report. */
const DATED = new RegExp(`\\d{1,2}月\\d{1,2}日|(?:^|[^\\d月])\\d{1,2}日|[（(]\\d{1,2}[）)]\\s*日|${RELATIVE_DAY}`);

/** A 、 right after an event's head word. */
const AFTER_HEAD = new RegExp(`(?<=${EVENT_HEAD})、`);
/**
 * `「某总会第44、45届区主席交接典礼、某会创会授证典礼」`: events held together, quoted as one name, each part a name that
 * ends in an event's head word.
 */
function quotedEvents(name: string): boolean {
  const parts = name.split(AFTER_HEAD);
  return parts.length > 1 && parts.every((p) => HEAD_RE.test(p)) && isEventName(parts[0]!);
}

/** A slogan and a dash that open a clause before the event's name and its verb. */
const LEAD_SLOGAN = /(?<=^|[，,：:])\s*[^，,。“”—]{2,20}——(?=[^，,。—“”]{4,60}(?:举行|召开|举办|开幕|启动))/g;

/**
 * What a sentence says before a name read from it; the name may have lost the spaces a page left in it (`2015 年某年会`).
 * (A name not found at all leaves the sentence but its last character, as it always has.)
 */
function textBefore(sentence: string, name: string): string {
  const at = sentence.indexOf(name);
  if (at >= 0) return sentence.slice(0, at);
  const spaced = new RegExp([...name.replace(/\s+/g, '')].map(escapeRegExp).join('\\s*'));
  const m = spaced.exec(sentence);
  return sentence.slice(0, m ? m.index : -1);
}

/** A place's whole name, maybe its short one (`广州`, `香港`). */
const isPlace = (s: string): boolean => placeAt(s, { shortNames: true })?.length === s.length;

/** A sentence that goes on about the event just named (`本次会议…`, `会议由…主持`), whatever its distance. */
const ABOUT_IT =
  /^(?:本次|此次|这次|本届|此届)(?:会议|大会|论坛|年会|活动|会)|^会议(?:由|上|期间|指出|强调|要求|听取|审议)/;

/**
 * The sentences that follow a candidate's, up to the next candidate's: the next three, and further on as long as they
 * go on about the event (`本次会议总结了…`, `会议由某某主持；某某讲话`), which a sentence of background between them does
 * not interrupt.
 */
function followedBy(all: readonly string[], at: number, next: number): string[] {
  const out: string[] = [];
  let others = 0;
  for (let i = at; i < Math.min(all.length, next) && others < 3; i++) {
    out.push(all[i]!);
    if (i === at || !ABOUT_IT.test(all[i]!)) others++;
  }
  return out;
}

/** Every candidate event name in the sentences and headline, scored. */
export function eventCandidates(all: readonly string[], headline?: string): EventCandidate[] {
  const out: EventCandidate[] = [];
  /**
   * `strong`: the name follows 主办的 and the like; `subject`: what a verb says was held (see isEventName); `quoted`: the
   * name stood in quotes, where two ceremonies may be named as one.
   */
  const add = (
    raw: string,
    at: number,
    sentence: string,
    score: number,
    {
      strong = false,
      theme,
      subject = false,
      quoted = false,
    }: { strong?: boolean; theme?: string; subject?: boolean | 'closed'; quoted?: boolean } = {},
  ) => {
    // 某联合会（以下简称“某联”）成立大会: the short name the report introduces is not part of the event's name.
    // `「某高峰会2024」（高峰会）`: the short name in brackets after a quoted name, closed or cut, is not part of it either.
    let name = withoutNotes(
      unquote(
        spacedParties(raw.trim())
          .replace(SHORT_NAME, '')
          .replace(/(?<=[」”』])[（(][^（）()]{1,10}[）)]?$/, ''),
      ),
    )
      .replace(/^[“"]([^”"]+)[”"]$/, '$1')
      // (`▲▼某市第三届某竞赛`: a caption's marks before it; `某工作部署会会议`: 会议 after a meeting named by its kind.)
      .replace(LEADING_MARKS, '')
      .replace(/(?<=(?:部署|推进|座谈|调度|动员|总结|表彰|通报)会)会议$/u, '')
      .replace(OUR_PLACE, '')
      .replace(PRAISE, '')
      // (`简单庄严2023-2024年度社长交接典礼`: how it went, without 的, before the year or edition.)
      .replace(MANNER_BEFORE_YEAR, '')
      .replace(HOW_HELD, '')
      // (`东南亚最盛大“某节”`: praise in front of a quoted name is no part of it; nor `全港首个「某赛」`, that it is the
      // first of its kind there, round 243.)
      .replace(/^[^“”「」，,]{0,10}最\p{Script=Han}{1,3}的?(?=[“「])|^[^“”「」，,]{0,6}?(?:首个|第一个)(?=[“「])/u, '')
      // (`首个庆祝项目是「某杯」某球赛`: what the event is said to be, up to 是, before its quoted name; `「某嘉年华」是为「某周」的压轴
      // 活动`: and what it is said to be after it, round 301.)
      .replace(/^[^“”「」，,是]{2,12}是(?=[“「][^”」]{2,60}[”」])/u, '')
      .replace(/^([“「][^“”「」]{4,60}[”」])是[^“”「」，,]{0,4}[“「][^，,]*$/u, '$1')
      // (`某启动仪式、某大赛`, `某敬献花篮仪式和某颁授仪式`: ceremonies listed as what was held, the first the event; round
      // 304.)
      .replace(/^([^、，,。]{6,60}?(?:仪式|典礼))(?:、|和)(?=[^、，,。]{4,60}(?:仪式|典礼|大赛|比赛)$).*$/u, '$1')
      // (`“某日”国家宪法日“某某”为主题的某活动`: the theme said inside the name without 以 is no part of it, round 301; with
      // 以 it stays, as it always has: `某区以“某某”为主题的某论坛`.)
      .replace(/(?<=\S{2})(?<!以\s*)[“「][^”」]{4,40}[”」]\s*(?:为主题的|主题为的)(?=\S{4})/u, '')
      // `…系列活动昨举行`: yesterday or today, before the verb, is no part of the name (`某研讨会今日（10日）`, with its
      // day in brackets, neither).
      // (`某展览会(MIF)昨`: after the event's initials in brackets too.)
      .replace(/(?<=[会动式礼赛节展]|[会节展赛][（(][A-Z]{2,12}[)）])[昨今]$/, '')
      // (`某论坛上午`, `「某展」同日`: the time of day, or 同日 of a second event, too.)
      .replace(
        /(?<=[会动式礼赛节展坛华季」”])(?:(?:[昨今](?:日|天)?|当日|当天|同日|同天)(?:上午|下午|中午|晚上|晚间|傍晚)?|上午|下午|中午|晚上|晚间|傍晚)\s*(?:[（(]\d{1,2}日[)）])?$/,
        '',
      )
      // `（某某新闻）【记者某某某地报导】某大典`: a site's name in brackets, then the reporter's tag (round 250).
      .replace(/^[（(][^（）()]{2,12}[)）]\s*[【［[][^】］\]]{1,30}[】］\]]\s*(?=\S{4})/u, '')
      // `位于某路与某路交叉口的某中心启用仪式`: where the place is, said before 的, is no part of the name.
      .replace(/^位于[^，,。“”「」]{2,30}?的(?=\p{Script=Han}{4})/u, '')
      // `为“某论坛”主持开幕仪式`, `出席某研讨会主持仪式`: who presided over its opening, not part of its name.
      .replace(/(?<=会|论坛|[”」])主持(?:开幕)?(?:仪式)?$/, '')
      // (`某嘉年华活动`, `「某嘉年华」活动`: 活动 after a name that already ends in its kind; on the 800 blind reports of
      // stops 75 and 76 no reader kept it, 3 times of 3. Not in a name of parts joined by 暨, whose last part the shared
      // corpus's reader wrote with it; round 255.)
      // (Not after a holiday, `某某共度腊八节活动`, `兔年春节庆祝活动`: the day is no event, the activity is; round 299.)
      .replace(ACTIVITY_AFTER_KIND, (word, _at: number, name: string) => (name.includes('暨') ? word : ''))
      // (`「某嘉年华」今日（1日）`: the quotes around the whole name, once the day, the presiding or 活动 after them is gone.)
      .replace(/^[“「]([^“”「」]+)[”」]$/, '$1')
      // (`某促进会简朴但却不失为庄重的成立大会`: how the meeting went, between the body and the kind, round 264.)
      .replace(MANNER_BEFORE_KIND, '')
      // `举办盛大成立仪式`: how grand it was, before a ceremony named by its kind.
      .replace(/^(?:盛大|隆重|简朴|热烈)(?=(?:成立|开幕|就职|揭牌|授牌|颁奖)(?:仪式|典礼|大会))/, '')
      // `因此某学会年会…`: a conjunction opening the clause is no part of the name.
      .replace(/^(?:因此|因而|所以|于是|随后|接着|同时|另外|此外)(?=\p{Script=Han}{4})/u, '')
      // `某大会顺利圆满地（召开）`: how well it went, before the verb, is no part of the name.
      .replace(/(?<=[会动式礼赛节展坛])(?:隆重|盛大|正式|顺利|胜利|圆满|成功|热烈)+地$/, '')
      // `本年度会员大会`: which year's, said relative to the report, is not part of the name; nor a repost's `（原标题：`.
      .replace(/^(?:本年度|[（(]原标题[:：]|之(?=第|首届))/, '')
      // `---记某运动会某比赛`: a feature's subtitle (记, an account of), its dashes and all.
      .replace(/^[-—－─]+\s*记(?=\S{4})/, '')
      // `media photo 某部第二届某工作坊`: a caption's words in small Latin letters run on before the name.
      .replace(/^[a-z]+(?:\s+[a-z]+)*\s+(?=\p{Script=Han}{4})/u, '')
      // `主办之「某研讨会」`: the 之 that ties a quoted name to who held it.
      .replace(/^之[「“]([^」”]{4,60})[」”]$/, '$1')
      // `“舞之梦?中国梦”`: the · of a quoted name, which a mirror could not encode.
      .replace(/(?<=[“「]\p{Script=Han}{1,8})\?(?=\p{Script=Han}{1,8}[”」])/gu, '·')
      // `“某省首届某节”的启动仪式`: the quoted event whose ceremony it was, joined to it.
      // (`“某帆船拉力赛”的起航仪式`: and what set off, broke ground or opened to traffic.)
      .replace(new RegExp(`^[“「]([^”」]{4,60})[”」]的(?=${QUOTED_CEREMONY})`), '$1')
      // (`2019及2020年「甲选举」及「乙选举」的颁奖典礼`: a name of several quoted parts, the same.)
      .replace(new RegExp(`(?<=^[^“「]{0,12}[“「].{4,80}[”」])的(?=${QUOTED_CEREMONY})`, 'u'), '')
      // `某庄园盛大的开园仪式`: how the ceremony went, between the place and its kind.
      .replace(
        /(?<=\p{Script=Han}{4})(?:盛大|隆重|简朴|庄重|热烈|温馨)的(?=(?:开园|开馆|开业|开幕|揭牌|启动|落成|竣工)(?:仪式|典礼))/u,
        '',
      )
      // `行政长官主持「某典礼」`: who presided, before the quoted name, is no part of it.
      .replace(/^[^「“”」，,。]{2,24}?主持(?=[「“][^」”]{4,60}[」”])/, '')
      // `某咨询会在富华国际展览（中心举行）`: where it was held, cut inside the venue's name, is no part of the name.
      .replace(/(?<=.{4}[会赛节坛礼式])在\p{Script=Han}{2,14}$/u, '')
      // `《某日报》第六届某节`: the paper a headline credits, in front of the name.
      .replace(/^《[^》]{2,12}(?:报|刊|网)》(?=第|\p{Script=Han}{4})/u, '')
      // `天津天津市某协会`: a place a mirror wrote twice.
      .replace(DOUBLED_START, '$1')
      // `社团法人某协会…`: a Taiwanese body's legal form, which the event's name leaves out.
      .replace(/^(?:社团|财团)法人(?=\p{Script=Han}{4})/u, '')
      // `…联欢晚会活动`, `…年会系列活动`, `…预选赛活动`: 活动 after a name that already ends in its kind.
      // (`…迎新春联欢会活动`: and gatherings named by their kind, 联欢会, 茶话会, 团拜会, 交流会, 分享会.)
      .replace(ACTIVITY_AFTER_GATHERING, '')
      // `…高峰论坛(FUFEI 2022)`, `第九届某会议(ABAA9)`: the event's short name in Latin letters, in brackets after it.
      // (`2021某学大会(2021CCO)`: with its year in front of them, round 306.)
      // (And its name in English, in words, with its initials after a comma: `第31届某展览会(China Glass 2021)`,
      // `第38届某大会(World Veterinary Association Congress,WVAC)`; round 308.)
      .replace(
        /(?<=\p{Script=Han})[（(](?:(?:19|20)\d{2})?(?:[A-Z][A-Za-z]{1,12}\d{0,2}(?:\s?\d{2,4})?|[A-Z][A-Za-z'’&.-]*(?:\s+[A-Za-z'’&.-]+){1,8}(?:\s+(?:19|20)\d{2})?(?:\s*[,，]\s*[A-Z]{2,10})?)[)）]$/u,
        '',
      )
      // `某体验馆12日启动仪式`: the day, between the name and its ceremony, is no part of it (round 306).
      .replace(/(?<=\p{Script=Han}{2})\d{1,2}日(?=(?:启动|开幕|揭牌|开园|开馆|开业|签约)?(?:仪式|典礼)$)/u, '')
      // `某协会为庆祝第48届某节暨…大会`: what the body held to celebrate is its event, named after it.
      .replace(/^(\p{Script=Han}{2,30}?(?:协会|学会|商会|总会|联合会))为(?:庆祝|纪念)(?=\S{4})/u, '$1')
      // `…年会暨某论坛主会场在某市召开`: where its main part met, not what it was.
      .replace(/(?<=会|论坛|节|周)(?:主会场|主场活动)$/, '')
      // `某公司总冠名的“某交流会”`: who sponsored its name; `新起点，新征程 第十三届某展览会`: the end of a slogan, a space
      // before the edition.
      .replace(/^[^“”「」]{2,20}?(?:总冠名|独家冠名|冠名|赞助)的[“「]([^”」]+)[”」]$/, '$1')
      .replace(/^\p{Script=Han}{2,8}\s+(?=第[一二三四五六七八九十百\d]+[届次]|首届)/u, '')
      // `岁序更替 华章日新 全国某比赛…`: a slogan of two matching phrases, spaces between them and the name.
      .replace(
        /^(?:\p{Script=Han}{3}\s+\p{Script=Han}{3}|\p{Script=Han}{4}\s+\p{Script=Han}{4}|\p{Script=Han}{5}\s+\p{Script=Han}{5}|\p{Script=Han}{7}\s+\p{Script=Han}{7})\s+(?=\p{Script=Han}{4})/u,
        '',
      )
      // `主题为“…”2012年某活动`: its theme, said in front of the name; `某公司热情协办某协会嘉年华`: who helped hold it.
      .replace(/^主题为[“「][^”」]{2,60}[”」](?=\S{4})/, '')
      .replace(/^\p{Script=Han}{2,20}?(?:热情|联合|共同)?(?:协办|承办|赞助)(?![的方单])(?=\p{Script=Han}{4})/u, '')
      // `…成立大会暨首次会员大会视频会议`: held by video, how it met, not what.
      .replace(/(?<=大会|会议|年会|论坛)(?:视频|网络|线上)会议$/, '')
      // A mirror's advertising in front of the name (MIRROR_AD_BEFORE); `每年一届的某交流会`: how often.
      .replace(MIRROR_AD_BEFORE, '')
      .replace(/^(?:每年一届|一年一度|每两年一届|两年一届)(?:的|(?=\p{Script=Han}{4}))/u, '')
      // `某协会（原某联合会）第六届代表大会`: the body's former name, in brackets, is no part of the event's.
      .replace(/[（(]原(?!标题)[^（）()]{2,30}[）)](?=\p{Script=Han})/gu, '')
      // `…技术交流会（以下简称技术交流会`: a note introducing the short name, cut where the name is cut.
      .replace(/[（(](?:以下|下)简?称[^（）()]*$/, '')
      // `2023-02-23某协会某会议`: a page's date run on in front of the name; `….JPG某会议`: an image's file name.
      .replace(/^(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s*(?=\S{4})|^\S*?\.(?:jpe?g|png|gif)\s*(?=\p{Script=Han}{4})/iu, '')
      // `09:30:44 第六次全国某代表大会`: the seconds of a page's time, left after its colons.
      .replace(/^\d{1,2}\s+(?=\p{Script=Han}{4})/u, '')
      // `2025某联合会（Fédération …）年度大会`: the body's name in another script, in brackets inside the name.
      // (not an acronym: `某联合会(AFFA)全体大会` keeps it, as the report wrote it).
      .replace(
        /[（(]\s*\p{Script=Latin}[\p{Script=Latin}.'’&-]*\s[\p{Script=Latin}\s.'’&-]{2,80}[）)](?=\p{Script=Han})/gu,
        '',
      )
      // `【某网 某频道】2016某论坛`, `[某中心]某会议`: a site's tag in front of the name.
      .replace(/^[【［[][^】］\]]{2,20}[】］\]]\s*(?=\S{4})/, '')
      // `某研讨会（广州、香港）`: the places it was held in, listed in brackets after the name, are where, not what.
      .replace(/[（(]([^（）()]{4,24})[）)]$/, (all, places: string) =>
        places.split('、').length >= 2 && places.split('、').every(isPlace) ? '' : all,
      )
      // `11月3日上午的开幕式`: which day's part of the event, not a name (what is left is a name only if it is one);
      // `为期三天（9月26-28日）的`, `历时三天的`: how long it lasted, neither.
      .replace(
        /^[于於]?(?:(?:19|20)\d{2}年)?(?:\d{1,2}月)?\d{1,2}日(?:上午|下午|中午|晚上|晚间|晚)?(?:召开|举行|举办)?的|^(?:为期|历时)[^“”的，,]{1,24}的/,
        '',
      );
    // `庆祝某会成立二十周年暨第五届理事就职典礼之会庆餐会`: the dinner held as part of a ceremony is the ceremony's.
    const partOf = /^(.{8,}?(?:典礼|大会|仪式))之\p{Script=Han}{2,6}$/u.exec(name);
    if (partOf) name = partOf[1]!;
    // `三届二次会员代表大会和三届一次理事会`: two meetings held together; the report is about the first it names (so too
    // `某展览会暨高峰论坛以及首届某展示会`).
    // (Not within a name joined by 暨, which lists all it held: `…代表大会暨某工作会议和某工作会议`.)
    const pair = /^([^“”]{4,40}?)(?:(?<!暨[^“”]{0,40})和(?![谐美平])|以及)([^“”暨]{4,40})$/.exec(name);
    if (pair && isEventName(pair[1]!) && isEventName(pair[2]!)) name = pair[1]!;
    // `某协会第三次会员代表大会、第三届理事会第一次会议及监事会会议`: three or more meetings listed; the first is the
    // report's (two joined by 、 or 及 are still named together: `某学会第十次会员代表大会、某学会第九次会员代表大会`).
    // (Split at 、 first: `…年会、…年会、第七届某某及某某高峰论坛` lists three, the 及 inside one of them.)
    const plain = !/[“”「」暨]/.test(name);
    const events = (parts: string[]) =>
      parts.length >= 3 && parts.every((part) => part.length >= 4 && isEventName(part));
    const byMark = plain ? name.split(/、|，/) : [];
    const listed = events(byMark) ? byMark : plain ? name.split(/、|，|及(?!其)/) : [];
    if (events(listed)) name = listed[0]!;
    // `某协会第七届会员代表大会、七届一次理事会`: the new board's first sitting, listed after the congress, is its business.
    else if (listed.length === 2 && isEventName(listed[0]!) && BOARD_SITTING.test(listed[1]!)) name = listed[0]!;
    // `某协会召开了二届理事会第六次会议、二届会员代表大会第三次会议`: the board's sitting named first is business
    // before the members' congress, which is the event (listed in the name or, after it, in the sentence).
    else if (BOARD_SITTING.test(name) && sentence.includes(name)) {
      const next = /^、([^，,。；、]{4,40}?(?:会员代表|会员|代表)大会[^，,。；、]{0,12})/.exec(
        sentence.slice(sentence.indexOf(name) + name.length),
      )?.[1];
      if (next && isEventName(next)) name = next;
    }
    // `某学会成立大会暨首次会员大会、一届一次理事会`: a third meeting listed after a pair joined by 暨 is
    // left out as it is from three listed.
    const third = /^([^“”「」、，]{4,40}暨[^“”「」、，暨]{4,40})、([^“”「」、，暨]{4,40})$/.exec(name);
    // (`…暨一届一次理事会、某商会成立典礼`: not one that names its own body.)
    if (third && isEventName(third[1]!.split('暨')[1]!) && isEventName(third[2]!) && needsBody(third[2]!))
      name = third[1]!;
    // `…的「某奖」公益慈善奖、「第17届某奖颁奖典礼」`: the quoted event named last in a list is the event.
    // `《2025年某中秋联欢晚宴》`: an event's whole name in title marks, as some papers write it; the marks are no part of it.
    const marked = /^《([^《》]{4,80})》$/.exec(name);
    if (marked && isEventName(marked[1]!)) name = marked[1]!;
    const lastQuoted = /、[「“]([^」”]{4,60})[」”]$/.exec(name);
    if (lastQuoted && isEventName(lastQuoted[1]!) && !isEventName(name.slice(0, lastQuoted.index)))
      name = lastQuoted[1]!;
    // `甲基金会、乙公司“某某基金”合作签约仪式`: the parties listed before a quoted name are not part of it.
    const parties = PARTIES.exec(name);
    if (parties && parties[1]!.split('、').every((p) => PARTY.test(p))) name = parties[2]!;
    // `图书馆界年度盛会「某会员大会」`, `「某邀请赛」活动`, `“某交流周”系列活动`, `亚太区最大型某会议：「某科学会议」`: what the report calls the event (盛会, 盛事, 活动), or the word
    // 活动, around its quoted name, is no part of it (anything else in front, an edition or a body, still is).
    // (So too what it honours: `致敬改革开放四十周年“某论坛暨某大会”`.)
    const described =
      /^([^「」“”]{0,10}(?:盛会|盛事|赛事|活动)|(?:致敬|庆祝|纪念|喜迎|献礼|迎接)[^「」“”]{2,16}|[^「」“”：:]{2,24}[：:])?[「“]([^」”]{4,80})[」”]((?:系列)?活动)?$/.exec(
        name,
      );
    // (But `“法院开放日”活动`, `“测绘法宣传日”活动`: a day is when it was held, and the 活动 held on it is the event.)
    const dayOnly = !!described && !described[1] && /日$/.test(described[2]!);
    if (described && (described[1] || described[3]) && !dayOnly && isEventName(described[2]!)) name = described[2]!;
    // (`大型禁毒活动「某某」启动礼`: and what the report calls it, before a quoted name and its ceremony.)
    const calledThen = /^[^「」“”]{0,10}(?:盛会|盛事|赛事|活动)(?=[「“][^」”]{4,80}[」”]\p{Script=Han}{2,8}$)/u.exec(
      name,
    );
    if (calledThen && isEventName(name.slice(calledThen[0].length))) name = name.slice(calledThen[0].length);
    // `“某峰会”昨日下午三时假某中心举行`: a quoted name, then when or where it was held, is the quoted name.
    const placed = /^[“「]([^”」]{4,60})[”」](?=[昨今前]|日前|近日|近期|[于於假在]|\d)/.exec(name);
    if (placed && isEventName(placed[1]!)) name = placed[1]!;
    else if (placed && sentence.includes(name)) {
      // `「某大奖2019」日前假某酒店举行颁奖典礼暨晚宴`: a quoted award or campaign that is no event, then where it held the kind
      // of event it is: the two make its name (round 147).
      const after = sentence.slice(sentence.indexOf(name) + name.length).split(/[，,。；;]/)[0]!;
      const kind = HELD_AS.exec(name.slice(placed[0].length) + after)?.[1];
      if (kind && isEventName(`${placed[1]}${kind}`)) name = `${placed[1]}${kind}`;
    }
    // `某学会成立30 周年学术论坛`: a space a page left between a number and its word; `出席了今日第3届某展赛会`: the day
    // said before what was attended.
    // (`在昨天的换届会议上`: and the day said with 的 before a meeting named by its kind.)
    name = name
      .replace(/(?<=\d)\s+(?=[周届年次])/g, '')
      .replace(
        /^(?:今日|今天|昨日|昨天|当天|当日)(?=第|首届)|^(?:今日|今天|昨日|昨天|前天|当天|当日)的(?=\p{Script=Han}{4})/u,
        '',
      );
    // `召开“某座谈会”探讨…`: a quoted name, then what the meeting discussed, is the quoted name.
    const discussed = /^[“「]([^”」]{4,60})[”」](?=探讨|研究|讨论|交流|商讨|分享|介绍|围绕|聚焦)/.exec(name);
    if (discussed && isEventName(discussed[1]!)) name = discussed[1]!;
    // `这标志着某活动正式启动`: what the event is said to mark is a consequence, not the event reported.
    if (/^(?:这|此|也|并)?(?:标志着|意味着|宣告着)/.test(name)) return;
    // `下一届某年会将在某地举办`: the next (or last) edition is not the one reported.
    if (/^(?:下一?届|上一?届|往届|历届)/.test(name)) return;
    // `研讨会恰逢「某博览会」办理期间`, `适逢某节`: what the event fell in with is not the event reported.
    const said = sentence.indexOf(raw.trim());
    if (said > 0 && /(?:恰逢|适逢|正值|时值)[“「]?$/.test(sentence.slice(0, said))) return;
    // `「某国际研讨会：活跃老化，百年人生设计」`: a name, then its theme after a colon.
    const subtitled = /^[「“]?([^「」“”：:]{4,60})[：:]([^「」“”：:]{2,40}?)[」”]?$/.exec(name);
    if (subtitled && isEventName(subtitled[1]!) && !isEventName(name, strong, subject)) {
      name = subtitled[1]!;
      theme ??= subtitled[2]!;
    }
    // `马来西亚“布城龙舟赛”`: a country or a place before a whole quoted name says where, and is no part of it.
    const placedQuote = /^(\p{Script=Han}{2,6})[“「]([^“”「」]{4,40})[”」]$/u.exec(name);
    if (
      placedQuote &&
      (COUNTRY.test(placedQuote[1]!) || placeAt(placedQuote[1]!)?.length === placedQuote[1]!.length) &&
      isEventName(placedQuote[2]!)
    )
      name = placedQuote[2]!;
    // `…的参与是某马拉松持续发展的动力`: the copula before a name is no part of it; `支持某某年度盛事的`: nor is a phrase
    // that goes on into what it qualifies a name.
    if (/^是\p{Script=Han}{4}/u.test(name) && isEventName(name.slice(1))) name = name.slice(1);
    if (/的$/.test(name)) return;
    // (`“广泛凝聚甲，大力支持乙研讨会暨第三届某交流会”`: a quoted name may hold its slogan's comma.)
    const named =
      isEventName(name, strong, subject) ||
      (quoted &&
        (quotedEvents(name) ||
          (QUOTED_EXHIBITION.test(name) && !listedShow(sentence, name)) ||
          (/[，,]/.test(name) && isEventName(name.replace(/[，,]/g, ''), strong))));
    if (!named) return;
    out.push({ name, at, sentence, score, theme });
  };
  const texts: [string, number][] = all.map((s, i) => [s, i]);
  if (headline) texts.push([headline, -1]);
  // `某会馆111周年庆晚宴 | 某某：…`: a headline whose first part is itself a name.
  // `大都会/某会馆111周年庆晚宴/3图`: a part of a breadcrumb headline.
  const parts = headline?.split(/\s*[|｜/]\s*/) ?? [];
  if (parts.length > 1) for (const part of parts) if (part.trim()) add(part.trim(), -1, headline!, 1);
  // `某某会长某某在某联合会成立大会上的讲话`: a speech's title names the meeting it was given at.
  const spoken = /在(.{4,60}?)上的(?:讲话|致辞|发言|主旨演讲|工作报告|总结讲话)$/.exec(headline?.trim() ?? '');
  if (spoken && longestEventPrefix(spoken[1]!) === spoken[1]) add(spoken[1]!, -1, headline!, 3);
  // `某媒体某地行座谈会暨某签约仪式`: a headline that is a name and nothing more (no verb, no outlet) names the event.
  // (`…演习(附图)`: the page's note that a picture goes with it is no part of the name.)
  const whole = headline?.trim().replace(/\s*[（(](?:附图|附图片|附视频|图|组图|多图)[)）]$/, '');
  if (
    whole &&
    parts.length < 2 &&
    !/主办|承办|协办|举办|举行|召开|开幕|闭幕|出席|参加|联合|[在于於，,：:！!？?\s]/.test(whole) &&
    !GENERIC_ONLY.test(whole) &&
    longestEventPrefix(whole) === whole
  )
    add(whole, -1, whole, 1);
  // `某协会周年庆典暨某会员代表大会现场`, `…侧记`: a headline that is the event's name and what the page shows of it.
  const scene = /^(.{6,80}?)(?:现场|剪影|掠影|侧记|花絮|纪实|实录)$/.exec(headline?.trim() ?? '');
  if (scene && longestEventPrefix(scene[1]!) === scene[1]) add(scene[1]!, -1, headline!, 2);
  for (const [sentence, at] of texts) {
    // (`2025年12月7日下午，某酒店高朋满座。某大会在此隆重举行。`: here, on the day the sentence before gives.)
    // (Weaker than a day of its own, and only where no headline names the event: the place may be another part of the
    // day's programme.)
    const here = !headline && at > 0 && /在此|于此/.test(sentence) && DATED.test(all[at - 1]!);
    const dated = DATED.test(sentence) ? 4 : here ? 2 : 0;
    const base = dated + (at === -1 ? 1 : 0);
    // `——暨某联盟成立大会`: a subtitle line under a headline that does not name the event, naming it after a dash.
    const subtitle = /^[—－-]{1,2}\s*(?:暨)?([^，,。；;！？!?]{4,60})$/.exec(sentence.trim());
    if (subtitle) add(subtitle[1]!, at, sentence, base + 2);
    // `某某齐聚在此，迎来了行业最大的国际性盛会——2012某年会暨某展`: the gathering named after the dash (all of it when
    // an event comes first and what was held with it follows 暨: `某年会暨某工业展`).
    for (const m of sentence.matchAll(/(?:盛会|盛事|盛典|大会)\s*(?:——|—)\s*([^，,。；;！]{4,60})/g)) {
      const joined = /^(.{4,40}?)暨.{2,30}$/.exec(m[1]!);
      const name = joined && longestEventPrefix(joined[1]!) === joined[1] ? m[1]! : longestEventPrefix(m[1]!);
      if (name) add(name, at, sentence, base + 2);
    }
    // Subject of an event verb.
    for (const m of sentence.matchAll(EVENT_VERB)) {
      // `屏幕上“热烈欢迎…”、“热烈祝贺某会胜利召开”`: a verb inside a quote has its subject inside the quote too.
      const whole = sentence.slice(0, m.index);
      const opened = whole.lastIndexOf('“');
      const before =
        opened > Math.max(whole.lastIndexOf('”'), whole.lastIndexOf('"'))
          ? whole.slice(opened + 1).replace(/^(?:热烈)?(?:祝贺|欢迎)/, '')
          : whole;
      // `我们联合举办的某培训大会、持续开展的…`: 开展的 describes what follows it; what stands before it was not held.
      if (m[0] === '开展' && sentence[m.index + m[0].length] === '的') continue;
      // (Not for what 开赛 opens: `某联赛某赛区在某中心开赛` names the match's place, no event of its own unless its name
      // ends as one.)
      const strong = m[0] !== '开赛' && /(?:主办|承办|协办|指导|举办)的/.test(before);
      // `某副省长在某中心宣布：第23届某节开幕`: who declared it open, where, and the declaring, are no part of what was
      // opened.
      // (`某苏丹为某节主持开幕`: who presided over the opening, the same.)
      const declared = before
        .replace(/^[^“”「」]*宣布[：:]?\s*(?=[^，,。：:]{4,}$)/, '')
        .replace(/^[^，,。“”「」]*?为(?=[^，,。]{4,60}主持$)/, '');
      const subject = completeMeeting(trimFront(trimBack(declared)));
      // `某联谊会昨晚举行“某某就职典礼”`, `某联谊会在某地举办第八届理事就职典礼`: a body named like an event (联谊会), with an
      // event named after the verb, held it.
      const object = splitOutside(sentence.slice(m.index + m[0].length).replace(/^了/, ''), '，,；;。！')[0] ?? '';
      if (/联谊会$/.test(subject) && longestEventPrefix(object)) continue;
      // `某联盟常务理事会在宁波召开。`: a board that is what was held (nothing held after the verb) is its meeting.
      add(subject, at, sentence, base + 2, { strong, subject: object.trim() ? true : 'closed' });
    }
    // `由某局主办的第三届某嘉年华，…`, `出席由某会主办的「某研讨会」。`: what a body held, named where the clause ends, though
    // no verb of holding follows (not what a clause only mentions, `承接由某办主办的某联赛，`); maybe after the days it
    // ran (`10月20日—22日由某协会主办的某锦标赛，`; round 308).
    for (const m of sentence.matchAll(
      /(?<=^|[，,：:]\s*|出席|\d日(?:[上下]午|晚上?)?)由[^。；]{2,100}?(?:主办|承办|协办|指导|举办)的([^，,。；]{4,60})(?=[，,。；]|$)/gu,
    )) {
      const name = trimFront(m[1]!);
      if (longestEventPrefix(name) === name) add(name, at, sentence, base + 2, { strong: true });
    }
    // `本次“某某”宣讲活动由某局、某校联合开展`: the event referred to as 本次, named by its quoted name and kind, before who
    // held it.
    for (const m of sentence.matchAll(
      new RegExp(`(?:本次|此次|这次|本届)([“「][^”」]{2,40}[”」]\\p{Script=Han}{0,8}?(?:${EVENT_HEAD}))由`, 'gu'),
    ))
      add(m[1]!, at, sentence, base + 2);
    // `七百多人共同见证了某台协新老会长交接典礼`: what those present witnessed, named whole where the clause ends.
    for (const m of sentence.matchAll(/(?:共同|一同|一起)?见证了?([^，,。；“”「」]{6,40}?)(?=[，,。；]|$)/gu)) {
      const name = trimFront(m[1]!);
      if (longestEventPrefix(name) === name && !needsOwner(name)) add(name, at, sentence, base + 2);
    }
    // `某会新一届理事昨日宣誓就职`: the swearing-in of a body's officers, named by who were sworn in.
    for (const m of sentence.matchAll(/(?:集体|正式)?宣誓就职(?!典礼|仪式)/g)) {
      const who = trimFront(trimBack(sentence.slice(0, m.index)));
      if (new RegExp(`(?:${ORG_ENDINGS})\\p{Script=Han}{0,8}(?:理事|监事|会董|董事|委员|执委|干部)$`, 'u').test(who))
        add(`${who}宣誓就职`, at, sentence, base + 2, { strong: true });
    }
    // `某慈善总会于3月21日正式成立`, when the report calls it 成立大会 elsewhere (`在成立大会上`): the founding meeting.
    const founded = FOUNDED.exec(sentence) ?? FOUNDED_AFTER.exec(sentence) ?? FOUNDED_NOW.exec(sentence);
    if (founded && all.some((x) => x.includes('成立大会')))
      add(`${ownName(founded[1]!)}成立大会`, at, sentence, base + 2);
    // `某协会（微博）在某市隆重召开大会`: a body holding a meeting it calls only 大会 or 年会 holds its own.
    for (const m of sentence.matchAll(PLAIN_MEETING))
      add(`${ownName(m[1]!.replace(/[（(]微博[)）]$/, ''))}${m[2]}`, at, sentence, base + 2);
    // `在某会员大会上，某某要求…`: the meeting the report's speeches were given at.
    for (const m of sentence.matchAll(
      /(?<=^|[，,。；]|[他她]昨晚|[他她])在([^，,。；在“”]{4,50}?)上(?:[，,]|(?=致辞|致词|讲话|发言|表示|指出|说(?!明)|发表(?:讲话|演讲|致辞|主旨演讲)))|(?<=\p{Script=Han}{2})在((?:[^，,。；在“”]|“[^“”，,。；]{2,30}”(?=\p{Script=Han})){4,50}?)上(?=致辞|致词|讲话|发言|受访|当选|说(?!明)|发表(?:讲话|演讲|致辞|主旨演讲))/gu,
    )) {
      // `在当天召开的某会成立大会上`: when and how it was held is not part of its name.
      const name = (m[1] ?? m[2]!).replace(HELD_BEFORE, '');
      // After a person's name, only a name of its own (`在签署仪式上讲话` names no event).
      // (`在随后召开的某协会第一届理事会上当选…`: a numbered council's sitting is a meeting there.)
      if (longestEventPrefix(name) === name && (m[1] || !KIND_ONLY.test(name))) add(name, at, sentence, base + 3);
      else if (NUMBERED_COUNCIL.test(name)) add(name, at, sentence, base + 3, { subject: 'closed' });
    }
    // `10月17日，某艺术节上，某表演引来…`: the event a dated sentence opens at, without 在 (round 308).
    const datedAt =
      /^(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚上|晚)?[，,]\s*([^，,。；在“”]{4,50}?)上[，,]/u.exec(
        sentence,
      );
    if (datedAt && longestEventPrefix(datedAt[1]!) === datedAt[1]) add(datedAt[1]!, at, sentence, base + 3);
    // `某部长为某论坛主持开幕仪式`, `为「某」环保展主持开幕`: what a guest opened (a festival's, a fair's or a forum's opening
    // is that event).
    for (const m of sentence.matchAll(/为([^，,。；为]{4,60}?)\s*主持(?:了)?(?:开幕|揭幕)/gu)) {
      const name = trimFront(m[1]!);
      if (longestEventPrefix(name) === name) add(name, at, sentence, base + 2);
    }
    // `记者从某协会第一届第四次会员大会上获悉`: the meeting a reporter learned the news at (`从11月10日某部在某地召开的
    // 某交流会上获悉`: without when, who and where it was held).
    for (const m of sentence.matchAll(/从([^，,。；从“”]{4,60}?)上(?:获悉|了解到|得知)/gu)) {
      const name = trimFront(m[1]!);
      if (longestEventPrefix(name) === name) add(name, at, sentence, base + 3);
    }
    // `某局局长于「某学苑」开幕礼的致辞全文`, `在某大会上的讲话`: the event a speech was given at, as a transcript names it.
    for (const m of sentence.matchAll(/(?:在|于)([^，,。；在于]{4,50}?)上?的(?:致辞|致词|讲话|发言|演讲|主旨演讲)/gu)) {
      const name = trimFront(m[1]!);
      if (longestEventPrefix(name) === name) add(name, at, sentence, base + 3);
    }
    // `…。某协会第五届会员大会上选举产生了…`: the meeting at which the report's business was done, without 在.
    for (const m of sentence.matchAll(
      /(?:^|[，,。：:])([^，,。：:在“”]{4,50}?(?:大会|会议|年会))上(?=[，,]?\s*(?:选举|通过|审议|表决|宣布))/gu,
    ))
      if (longestEventPrefix(m[1]!) === m[1]) add(m[1]!, at, sentence, base + 3);
    // `并将2009年某峰会放到了金华举行`: what a body chose to hold somewhere.
    for (const m of sentence.matchAll(
      /将([^，,。将]{4,50}?)(?:放到|放在|安排在|定在)了?[^，,。]{1,10}?(?:举行|召开|举办)/gu,
    ))
      if (longestEventPrefix(m[1]!) === m[1]) add(m[1]!, at, sentence, base + 1);
    // Object of a convening verb.
    // (`开展“甲，乙”为主题的某活动`: the theme, with or without its 以.)
    for (const m of sentence.matchAll(new RegExp(`(?:${CONVENE})(?:了)?(?:以?\\s*“([^”]{2,60})”\\s*为主题的)?`, 'g'))) {
      // `开展党建共建活动。`: what a plan or an agreement says will be done, with no one doing it, is no event.
      if (/^开展/.test(m[0]) && PLAN_LEAD.test(sentence.slice(0, m.index).trim())) continue;
      const after = sentence.slice(m.index + m[0].length);
      const stop = splitOutside(after, '，,；;。！')[0]!;
      // 由…共同主办举行的 X: the second verb and its 的 go with the first, not with the name.
      // `举办一场温馨的 X`: how many and what it was like go with the verb too.
      // (`甲及乙合办之「某法会」`: the 之 that ties the name to who held it.)
      const name = longestEventPrefix(
        stop
          .replace(/^(?:(?:隆重)?(?:举行|召开|举办))?的/, '')
          .replace(/^之(?=[「“])/, '')
          // (`举行了为期三天的以“甲”为主题的 X`: how long it lasted, or praise, before the theme; round 248.)
          .replace(PRAISE, '')
          .replace(QUOTING_THEME, '')
          // (`…大法会12日晚上假某馆举行开幕仪式`: the name ends before the day and the venue of what follows it.)
          .replace(/(?<=\p{Script=Han})\d{1,2}日(?:上午|下午|晚上|晚间|晚)?[假在于].*$/u, '')
          .replace(ONE_SUCH, ''),
      );
      if (name) add(name, at, sentence, base + 2, { theme: m[1] });
      // `第三届某博览会举行新闻发布会`, `市政协举行“某文化节”专题协商会`: a press conference or a consultation held about an
      // event is that event's, named with it (round 249).
      const about = name && PRESS_MEETING.test(name) ? trimFront(sentence.slice(0, m.index)) : '';
      if (about && longestEventPrefix(about) === about && isEventName(about, true) && !PRESS_MEETING.test(about))
        add(`${about}${name}`, at, sentence, base + 2.5);
      const quotedAbout = /^[“「]([^”」]{4,40})[”」](\p{Script=Han}{2,8}?会)(?=$|[在于])/u.exec(stop);
      if (quotedAbout && PRESS_MEETING.test(quotedAbout[2]!) && isEventName(quotedAbout[1]!, true))
        add(`${quotedAbout[1]}${quotedAbout[2]}`, at, sentence, base + 2.5);
    }
    // What people attended (参加了成立大会暨第一次会员大会, 参与今天的某开学礼) or presided over (`主持大型禁毒活动「某某」
    // 启动礼`): a weaker sign.
    for (const m of sentence.matchAll(/(?:参加|出席|参与|主持(?!人|词|下|召开))(?:了)?/g)) {
      const clause = splitOutside(sentence.slice(m.index + m[0].length), '，,；;。！')[0]!;
      // (`参加以“甲，乙”为主题的某大会`: the theme said first, as after a convening verb.)
      const themed = /^以\s*“([^”]{2,60})”\s*为主题的/.exec(clause);
      // (`参加今晚某总会第25届理事就职典礼`: the evening it is held, said in a speech given there.)
      const after = (themed ? clause.slice(themed[0].length) : clause).replace(
        /^(?:今晚|昨晚|当晚)(?=\p{Script=Han}{4})/u,
        '',
      );
      // (`参与今天由甲及乙合办的「某学苑」开学礼`: when and who held it in front, trimmed as before a verb.)
      const found = longestEventPrefix(after) ?? longestEventPrefix(trimFront(after));
      // `参加市工商联组织的某座谈会`: who organized it is not part of its name.
      const name = found?.replace(/^[^“”]{2,30}?(?:组织|举办|主办|承办|召开)[的之](?=[^“”]{4})/, '');
      // (What was presided over only when it is named in full: `主持欢迎晚宴` says no more than the kind.)
      const presided = m[0].startsWith('主持');
      if (name && !KIND_ONLY.test(name) && !(presided && (needsOwner(name) || name.length < 8)))
        add(name, at, sentence, presided ? base - 1 : base, themed ? { theme: themed[1] } : undefined);
    }
    // Quoted names, in “” or in the 「」 of Traditional pages.
    for (const m of sentence.matchAll(/“([^”]{4,80})”|「([^」]{4,80})」/g)) {
      add((m[1] ?? m[2])!, at, sentence, base + 1, { quoted: true });
      // `“某传承基地”挂牌仪式在某学校挂牌`: a quoted place or body, then the ceremony held for it, is that ceremony, whatever
      // verb follows (round 307); a weak sign, so that a ceremony held during an event (`并举行“某基地”授牌仪式`) is not
      // taken for it.
      const rite = PLAQUE_RITE.exec(sentence.slice(m.index + m[0].length))?.[0];
      if (rite) add(`${m[0]}${rite}`, at, sentence, base - 1);
    }
  }
  // The main event is usually followed by who attended, spoke and presided (before another event is named).
  const starts = [...new Set(out.map((c) => c.at))].sort((a, b) => a - b);
  for (const c of out) {
    const next = starts.find((a) => a > c.at) ?? Infinity;
    if (c.at >= 0 && followedBy(all, c.at, next).some((s) => SPEAKING.test(s))) c.score += 2;
    if (
      headline &&
      c.at >= 0 &&
      (comparable(headline).includes(comparable(c.name)) ||
        out.some(
          (h) =>
            h.at === -1 &&
            (comparable(c.name).includes(comparable(h.name)) || shortFor(comparable(h.name), comparable(c.name))),
        ))
    )
      c.score += 3;
    c.score -= Math.max(0, c.at) * 0.05;
    const before = textBefore(c.sentence, c.name);
    if (/(?:仪式上|现场|会上|期间|之际)[，,]?[^，,]*$/.test(before)) c.score -= 2;
    // `“我们联合举办的某培训大会…`: what a speaker's own words list among their past work is not the event reported.
    if (/^[“"「](?:[^”"」]*?)(?:我们|我会|我们协会)/.test(before) && !/[”"」]/.test(before.slice(1))) c.score -= 3;
    // `他首先提议：我们今天在这里召开某大会`, `今天某论坛在这里隆重召开，首先请允许我…`: a speaker's words at the event
    // name it as the speaker sees it; the report's own sentence about it is the key one.
    if (/提议[：:]|我们今天|^今天/.test(before) && /在这里/.test(c.sentence)) c.score -= 2;
    // `积极筹备将于6月2日在某地举办的某年会`: an event the report says is still to come is not the one it reports.
    // (`隔日将举行某活动`, `出席明年在某地举行的某论坛`, `举办某锦标赛的准备工作`.)
    if (/(?:将于|将在|将(?:举行|举办|召开)|拟于|拟在|计划于|预[订定计]于|明年|下一?届|筹备)[^，,。；]*$/.test(before))
      c.score -= 4;
    else if (/^的(?:准备|筹备)工作/.test(c.sentence.slice(before.length + c.name.length))) c.score -= 4;
    // `为贯彻《关于开展某某活动的通知》精神`: a name inside a document's title is the document's subject, not an event held;
    // `今年的中秋节正值某运动会在某地举办`: what the day coincided with is the occasion, not the event.
    const open = before.lastIndexOf('《');
    if (open >= 0 && open > before.lastIndexOf('》')) c.score -= 4;
    if (COINCIDED_BEFORE.test(before)) c.score -= 3;
    // `当天，同时举行了某会成立大会`: an event held alongside the one the report is about.
    // (`举办会员大会，…以及召开“某座谈会”`: one held as well, after 以及 or 并.)
    if (/(?:同时|同期|同日|同一天|另外|此外|还|以及|并)(?:召开|举行|举办)(?:了)?\s*[“「]?$/.test(before)) c.score -= 4;
  }
  return out;
}

/**
 * `某协会三届一次会员在某地召开`: a members' meeting numbered by term and session whose 大会 the writer left out
 * (the subject of 召开/举行 can only be the meeting) gets it back; anything else is returned as it is.
 */
export function completeMeeting(name: string): string {
  return /(?:[一二三四五六七八九十\d]+届[一二三四五六七八九十\d]+次|第[一二三四五六七八九十\d]+次)(?:会员代表|会员)$/.test(
    name,
  )
    ? `${name}大会`
    : name;
}

/** An event's head word, then 在/于 and more: the name has ended at the head word. */
const HEAD_THEN_VENUE = new RegExp(`(?:${EVENT_HEAD})[”」』]?[在于][^“”「」]{2,30}$`);

/** The longest start of `text` that ends in an event word (outside quotes). */
function longestEventPrefix(text: string): string | undefined {
  for (let end = text.length; end >= 4; end--) {
    const s = text.slice(0, end);
    // `某同乡会庆祝成立88周年`: 会庆 cut from 庆祝 is no event word.
    if (s.endsWith('庆') && text[end] === '祝') continue;
    // `…表彰大会在某艺术教育会议中心召开`: a name never runs on past its head word into where it was held.
    if (HEAD_THEN_VENUE.test(s)) continue;
    const open = (s.match(/[“「]/g)?.length ?? 0) - (s.match(/[”」]/g)?.length ?? 0);
    // `…观摩会省社会组织管理局副局长、…出席开班式` (a full stop missing): the longest start that is a name, not a list.
    if (open === 0 && isEventName(s)) return s;
  }
  return undefined;
}

/**
 * Words that say what kind of event it is, when and which one of a body's, but not whose: a name made only of these
 * (`成立大会`, `2019年会员大会`, `第八届(2025-2029)理监事就职典礼`, `新春团拜晚宴`, `四届二次理事会`) needs its body in front.
 */
const GENERIC_PART =
  '(?:19|20)\\d{2}(?:[至\\-—~]\\d{2,4})?年度?|第?\\s*[一二三四五六七八九十百廿\\d]+(?:\\s*[～~\\-—至、]\\s*[一二三四五六七八九十百廿\\d]+)?\\s*(?:届|次|期)|' +
  '第?[一二三四五六七八九十百廿\\d]*周年|[（(][^)）]{0,20}[)）]|\\s|[、及暨和与的]|首届|首次|新一?届|本届|本年度|今年|年度|新旧任?|新任|' +
  '成立|创会|就职|宣誓|交接|换届|选举|会员代表|会员|代表|理事长|监事长|理监事会?|理事会?|监事会?|会董|董事会?|执委会?|委员会?|新?职员|顾问|正副|会长|干部|授证|联席|平常|常务|全体|' +
  '新春|新年|春节|中秋|元宵|尾牙|年终|年末|团拜|联欢|联谊|庆典|庆祝|纪念|志庆|慈善|盛大|隆重|热烈|开幕|闭幕|开班|结业|启动|启用|揭牌|授牌|' +
  '挂牌|落成|签约|签署|签字|捐赠|颁奖|表彰|成果发表会|主题|大会|年会|会议|典礼|仪式|晚宴|晚会|酒会|宴会|活动|式|礼|会|宴';
const GENERIC_ONLY = new RegExp(`^(?:${GENERIC_PART})+$`, 'u');
/** A name that says only what kind of event it was, not whose (see GENERIC_PART); quotes make it a name of its own. */
export const needsOwner = (name: string): boolean => GENERIC_ONLY.test(name) && /\p{Script=Han}{2}/u.test(name);

/** A bare body word in front of a name (`协会第十届…会议`, `该会年会`): the body referred back to, not named. */
const BODY_WORD_FIRST =
  /^(?:本|该)?(?:协会|商会|学会|基金会|联合会|总会|促进会|研究会|同乡会|联谊会)(?=\p{Script=Han}|(?:19|20)\d{2}年)/u;

export interface EventFact {
  title: string;
  /**
   * Only the kind of event is named (`成立大会`) and the report does not say whose it is: the editor names it (the title
   * is a TODO, not a fact).
   */
  bare?: boolean;
  /**
   * The report names no event, only a place opened (`某动物园今日开园`), and the title is composed from it
   * (`某动物园开园仪式`): readers name such openings in too many ways (开园仪式, 开业, 揭牌仪式…) for it to be a fact, so
   * the title is a TODO that shows what was read.
   */
  composed?: boolean;
  /** The sentence that named the event (the headline when only it did). */
  sentence: string;
  at: number;
  edition?: number;
  theme?: string;
  /** The name as the key sentence writes it, when the title adds to it (its convener, the headline's year). */
  written?: string;
}

/** `“甲乙 丙丁” 某某晚会` → `“甲乙 丙丁”某某晚会`: no space between a quoted part and the rest of the name. */
const closeQuote = (name: string) => name.replace(/”\s+(?=\p{Script=Han})/u, '”');

/** `“公益•城市软实力”——2021年…启动仪式` → title after the dash, the slogan as theme. */
function splitSlogan(name: string): { title: string; slogan?: string; series?: boolean } {
  // `某会成立百年系列活动——“甲会”“乙论坛”`: a series named before the dash, its parts listed after it, is the event.
  const series = /^([^“”—]{4,40}?系列活动)\s*(?:——|—|--)\s*(?:“[^”]{2,60}”[、，,和及]?\s*){2,}$/.exec(name);
  if (series) return { title: series[1]!, series: true };
  // (Not the dashes inside a book title: `《亲历某某---某某历程》图书首发式`.)
  // (Nor a dash inside a 「」 quote, `「创梦想——某地+」某比赛总决赛`.)
  const m = /^(?:“([^”]{2,30})”|([^“”「」—《》]{2,20}))\s*(?:——|—|--)\s*(.{4,})$/.exec(name);
  // (Nor the one dash between two parties, `2019中国—东盟某拉力赛`, `第九届中国—东盟某博览会`: a word of three characters or
  // fewer, with its year or edition, is no slogan.)
  const joined =
    !!m?.[2] &&
    /^(?:(?:19|20)\d{2}年?)?\s*(?:[（(]?(?:第[一二三四五六七八九十百\d]+届|首届)[)）]?)?\p{Script=Han}{1,3}—(?!—)/u.test(
      name,
    );
  // (Nor a span of years, `2018—2019年首届某冰雪旅游节`: a season's name.)
  const years = !!m?.[2] && /^(?:19|20)\d{2}$/.test(m[2].trim());
  if (m && !joined && !years && HEAD_RE.test(m[3]!.replace(/[“”]/g, '')))
    return { title: unquote(m[3]!), slogan: m[1] ?? m[2] };
  // `“甲乙，丙丁”首次某某联谊会`: a quoted slogan of two phrases in front of the name, without a dash (not the · of a
  // day written `7·8`), is the theme, and still part of the name as reports and their readers write it (on the blind
  // sets of stops 53 to 56 they kept it 18 times and left it out twice) — but not two phrases split by a space or a
  // comma right before the name's year or edition (`“甲乙 丙丁”2024年某活动周`, `“甲乙 丙丁”第二届某节`): under the
  // readers' second wording, which keeps a slogan only where it stands inside the name, they left such a slogan out 6
  // times of 6 on the 1,120 blind reports of stops 67 to 71 (one joined by ·, kept 3 times of 5, stays; round 220).
  // (Round 247: two phrases split by 、 too, in 「」 too, and before a province's or city's full name, `「甲乙、丙丁」某省某县某节`;
  // readers of BW3 to CL3 left all three such slogans out.)
  // (Round 262: a name with quoted words of its own after the slogan, `“甲乙 丙丁”某市某读书节暨“某单位”颁奖活动`, too.)
  const q =
    /^[“「]([^”」]{1,30}(?:[，,、\s]|(?<!\d)·(?!\d))[^”」]{1,30})[”」]\s*((?:[^“”「」]|[“「][^“”「」]{1,20}[”」]){4,})$/.exec(
      name,
    );
  // (Round 242: also before a province's or city's edition, `“甲乙 丙丁”某省第六届某大赛`.)
  if (q && HEAD_RE.test(q[2]!))
    return /[，,、\s]/.test(q[1]!) &&
      (/^(?:19|20)\d{2}/.test(q[2]!) ||
        (placeAt(q[2]!)?.length ?? 0) >= 3 ||
        // (A city's short name of three or more characters, `乌鲁木齐文庙…`, round 265.)
        (placeAt(q[2]!, { shortNames: true })?.written[0]?.length ?? 0) >= 3 ||
        editionOf(q[2]!.replace(/^\p{Script=Han}{2,8}?[省市县区州](?=第|首届)/u, '')) !== undefined)
      ? { title: q[2]!, slogan: q[1] }
      : { title: closeQuote(name), slogan: q[1] };
  return { title: name };
}

/**
 * splitSlogan, but `“和谐港城 爱心飞扬”慈善晚会`: what is quoted in front of a kind of event is its own name, not a slogan;
 * so too what the words after it refer back to (`“破·地狱”电影慈善分享会`, `“迎奥运 促和谐”项目启动仪式`).
 */
function sloganOf(name: string): ReturnType<typeof splitSlogan> {
  const split = splitSlogan(name);
  return split.slogan &&
    (needsOwner(split.title) || /^(?:项目|电影|系列|专题|品牌|工程|计划|行动|杯|图书|主题)/.test(split.title))
    ? { title: closeQuote(name) }
    : split;
}

/**
 * A name that says nothing of whose it is (`2005年度会员大会`, `2025会员大会`, `2025春季会长扩大会议`, `年末尾牙餐会`,
 * `就职典礼`, Taiwan's `112年度会员大会`, `2022年上半年主任办公会`): it takes the body the sentence
 * says held it, as a relative name does.
 */
const UNOWNED =
  /^(?:(?:(?:19|20)\d{2}(?:[至-](?:19|20)?\d{2})?|1[01]\d(?=年))年?度?(?:[上下]半年)?)?(?:全国|全体)?(?:[春夏秋冬]季(?=会长|理事|会员|工作)|新一?届|新卸任|新旧任|第|理监事|(?:区|属会)?职员|会员|就职|年末|年终|(?:辞旧)?迎新春?(?![^，。]*(?:论坛|大赛|比赛|展|节))|新春|春节|发起(?:单位|人)(?=座谈会|会议|大会)|中秋|重阳|元宵|端午|尾牙|主题(?=会议|年会|大会)|分支机构|换届|交接|成立|授证|创社|年会$|新(?:会所|会址|会馆|馆址|馆|址|总部)|常年(?=颁奖|大会|会员|晚宴)|(?:理事长|会长|主席|社长)交接|(?:工作|发展)?总结|迁址|落成|乔迁|(?:专家|职工|员工)(?=新春|迎春|春节|中秋|元旦)|学术(?:交流)?年会$|工作(?:会议|年会)$|周年(?=大会|会员|晚宴|庆典|聚餐|会庆)|(?:高级|常务|执行)?副?(?:会长|理事长|秘书长|主任)(?=[和、与及]|(?:办公|座谈|联席)?会议?$|座谈会$))/;
/**
 * `七届一次理事会`, `市烹七届一次理事会`, `第三届理事会第五次会议`: a board's sitting numbered by term and session, named by
 * nothing else.
 */
const BOARD_SITTING =
  /^\p{Script=Han}{0,4}?(?:[一二三四五六七八九十\d]+届[一二三四五六七八九十\d]+次(?:常务)?(?:理事|监事)会(?:议)?|第[一二三四五六七八九十\d]+届(?:常务)?(?:理事|监事)会第[一二三四五六七八九十\d]+次(?:全体)?会议)$/u;

/** A press conference or a consultation, named by nothing but its kind. */
const PRESS_MEETING = /^(?:专题)?(?:新闻发布会|发布会|新闻通气会|推介会|媒体见面会|协商会)$/;

/** A plaque's ceremony named by nothing else: the unit unveiled, before it in the sentence, is whose it is. */
const PLAQUE_CEREMONY = /^(?:挂牌|揭牌)仪式$/;
/**
 * The opening of a place named by nothing else (`开幕典礼`, `启用仪式`, `开园揭牌仪式`): the hall, centre, park or school
 * that holds it, before it in the sentence, is what opened (`某海洋馆今天举办开幕典礼` → `某海洋馆开幕典礼`).
 */
export const OPENING_CEREMONY = /^(?:开幕|开园|开馆|开业|启用|落成|揭幕|建成)(?:揭牌|启用|落成|剪彩)?(?:仪式|典礼|礼)$/;
/**
 * Whose a place's own congress is, said before its number (`妇女第十四次代表大会`, `体育总会第一次代表大会`): its women's,
 * its federation's, taken with the place that convened it (rounds 261 and 263).
 */
const PLACE_FEDERATION = '妇女|归侨侨眷|残疾人|体育总会|总工会|文联|科协|侨联|工商联|红十字会|慈善总会';
/** A name opening with one of them and its number: a place's own congress, after the place (withConvener). */
const NUMBERED_NAME = new RegExp(`^(?:${PLACE_FEDERATION})?第`);
/** A name that needs its convener in front (第二次会员代表大会, 二届一次会员大会, 成立十周年恳谈会). */
const RELATIVE = new RegExp(
  `^(?:(?:${PLACE_FEDERATION})(?=第[一二三四五六七八九十\\d]+次(?:会员)?代表大会)|新一?届|首次(?=理事|会员|代表|常务|监事|全体)|首届(?=[「“])|(?:庆祝)?(?:第[一二三四五六七八九十廿卅百\\d]+(?:次|届)|[一二三四五六七八九十\\d]+届[一二三四五六七八九十\\d]+次|成立|换届|创会|百年|[一二三四五六七八九十百\\d]+周年|年度|(?:19|20)\\d{2}年度(?=(?:会长|理事长|秘书长)(?:办公|工作)会)))`,
);
/**
 * When, between a convener and its verb: `9月17日`, `於12月2日(星期五)`, `今(2/8)日晚上`, `昨日`, `于昨晚(14)八时` (a bare
 * `5日` is read only right before the verb or the venue).
 */
const WHEN_BETWEEN =
  '(?:(?:(?:19|20)\\d{2}年)?\\d{1,2}月\\d{1,2}日|[在于於]?\\d{1,2}\\/\\d{1,2}日?|(?:(?:本|上)月)?(?:\\d{1,2}|[一二三四五六七八九十廿卅]{1,3})日(?=(?:上午|下午|中午|晚上|晚间|晚)?(?:[\\d一二三四五六七八九十]{1,3}时(?:半|许|[\\d一二三四五六七八九十]{1,3}分)?)?(?:[在于於假]|隆重|举行|召开|举办))|(?:将)?(?:本|上|下)?(?:周|星期)[一二三四五六日天](?:[（(]\\d{1,2}日[)）])?|(?:\\d{1,2})?月(?:初|中|底|上旬|中旬|下旬)|上周|本周|上月|[於于](?:(?:(?:19|20)\\d{2}|1[01]\\d)年)?(?:\\d{1,2}月)?\\d{1,2}日(?:[（(]星期.[)）])?|[於于]?(?:[今昨](?:[（(][^)）]{1,8}[)）])?日?|[今昨]\\d{1,2}(?:[（(][一二三四五六日天][)）])?日|日昨|今天|昨天|前日|前天|[今昨前]晚|[今昨][早晨]|当天|近日|近期|日前|早前|寻日|琴日|㖊日)(?:[（(](?:\\d{1,2}月)?\\d{1,2}日[)）])?)?(?:上午|下午|中午|傍晚|晚上|晚间|晚)?(?:[（(](?:\\d{1,2}月)?\\d{1,2}日?[)）])?(?:[\\d一二三四五六七八九十]{1,3}时(?:半|许|[\\d一二三四五六七八九十]{1,3}分)?(?:起)?)?';
/**
 * `某会今早`, `某会于3月22日晚上7时`: when, after a body's name (a convener read up to its venue and verb), or after the
 * short name in brackets that follows it (`某联会(某联)昨晚`).
 */
export const WHEN_AFTER = new RegExp(
  `(?<=\\p{Script=Han}{2}|\\p{Script=Han}[)）])(?:${WHEN_BETWEEN}|\\d{1,2}日(?:上午|下午|中午|晚上|晚间|晚)?)$`,
  'u',
);
/**
 * Where, between a convener's day and its verb: `在某酒店`, `假某中心`, `于当地`, `通过线上` (online), `在某委主任单位——某公司会议室`
 * (the host, then its room).
 */
const VENUE =
  "(?:(?:通过|以)(?:线上|网络|视频)(?:会议)?(?:方式|形式)?|[在假于於](?:此间|当地|本地|[\\p{Script=Han}\\dA-Za-z]{1,16}?|[\\p{Script=Han}\\dA-Za-z][\\p{Script=Han}\\dA-Za-z .·'-]{1,26}?[\\p{Script=Han}\\dA-Za-z]|[\\p{Script=Han}\\dA-Za-z]{2,16}——[\\p{Script=Han}\\dA-Za-z]{2,24}?))?";
/**
 * `某某演戏会于昨晚举行成立三十九周年庆祝活动`: before its own anniversary, any body whose name ends in 会
 * (`某分会近日成功召开会员大会`).
 */
const ANY_BODY_BEFORE = new RegExp(
  `^(?:在|由)?(\\p{Script=Han}{3,30}?(?<![大年晚宴酒盛聚例动欢拜谈览易])会)${WHEN_BETWEEN}${VENUE}(?:隆重|成功|顺利|圆满|正式)?(?:举行|举办|召开)`,
  'u',
);
/** How a body holds its event: the verb, maybe with how it went (隆重, 盛大, 正式). */
const HELD = '(?:隆重|盛大|正式|顺利|胜利|扩大)?(?:组织召开|召开|举行|举办|办理|成立|庆祝)';
/**
 * A clause that opens with who held the event (the pattern `who`, its one group, maybe in quotes), then when, where
 * and the verb.
 */
const heldBy = (who: string, lead = '(?:(?:19|20)\\d{2}年)?(?:在|由)?') =>
  new RegExp(`^${lead}[“"「]?(${who})[”"」]?${WHEN_BETWEEN}${VENUE}\\s?${HELD}`, 'u');
// (A bracket inside the name: `某协会心意拳（形意拳）分会`.)
const CONVENER_BEFORE = heldBy(
  `(?:[\\p{Script=Han}\\d]{2,20}的)?(?:\\p{Script=Han}|（[^）]{1,10}）){2,30}?(?:${BODY_ENDINGS}|(?<=协会\\p{Script=Han}{0,8}(?:（[^）]{1,10}）)?)分会)`,
);
/** Units that get a plaque or are founded as places rather than as bodies of members: stations, centres, bases. */
const UNIT_ENDINGS = '社工点|社工站|服务站|工作站|服务中心|中心|基地|工作室|孵化园|产业园|分会|联盟';
/**
 * Places that open to the public, halls, parks, centres, schools, before their opening (OPENING_CEREMONY) or that of
 * their new building (`某区图书馆举行新馆开馆仪式`).
 */
const PLACE_OPENED_BEFORE = heldBy(
  `\\p{Script=Han}{2,30}?(?:${UNIT_ENDINGS}|馆|园|学校|小学|中学|医院|世界|广场|大楼|大厦|加氢站|加油站|充电站|综合能源站)`,
);
/** `某镇某社工点正式举行挂牌仪式`: a station, centre or base before its own plaque's ceremony. */
const UNIT_BEFORE = heldBy(`\\p{Script=Han}{2,30}?(?:${BODY_ENDINGS}|${UNIT_ENDINGS})`);
/**
 * `建院60周年庆祝大会`, `建校七十周年庆典`, `20周年院庆`: a hospital's, a school's or a museum's anniversary, named by its
 * founding alone; `某市中医医院召开建院60周年庆祝大会`: the institution before it is whose it is (round 256).
 */
const INSTITUTION_ANNIVERSARY =
  /^(?:庆祝)?(?:建|创)(?:院|校|馆|厂|所)[一二三四五六七八九十百\d]+周年|^[一二三四五六七八九十百\d]+周?年(?:院|校|馆|厂)庆/;
const INSTITUTION_BEFORE = heldBy(
  '\\p{Script=Han}{2,30}?(?:医院|卫生院|大学|分校|学院|学校|中学|小学|幼儿园|博物馆|图书馆|纪念馆|美术馆|科学院|研究院|研究所|设计院)',
);
/**
 * `2019学年开学典礼`, `2023届毕业典礼`, `新学期开学典礼`: a school's ceremony of its term or class, named by when alone;
 * `某老年大学在某校区举行2023届毕业典礼`: the school before it is whose it is (readers of stops 75 to 78 named it so 6
 * times of 8; round 276).
 */
const SCHOOL_CEREMONY =
  /^(?:(?:19|20)\d{2}(?:[-/](?:19|20)?\d{2})?(?:学年度?|年度?|届|年?[春秋夏冬]?季|年)|新学期|新学年|第[一二三四五六七八九十百\d]+(?:届|期))(?:[春秋夏冬]季)?(?:新生|学员|班)?(?:开学|毕业|结业|开班)(?:典礼|礼|式|仪式)/;

/**
 * A county, district or city before the verb, holding its own numbered congress (its province or city in brackets); not
 * the reporter's own (`我市`), which the editor names the congress without. (Not `某县在某街道举行第六个…`: the county's
 * short name, then the venue after 在, round 246.)
 */
const PLACE_BEFORE = heldBy(
  '[^\\P{Script=Han}在于於假]{1,10}?(?:市|区|县|旗|镇|乡|街道)',
  '(?:[（(]\\p{Script=Han}{2,8}[)）])?(?![我本全该各])',
);

/** A body's officers before the verb of their installation (`某同乡会第六届会长团理监事在某地举行`). */
const OFFICERS_BEFORE = heldBy(
  `\\p{Script=Han}{2,30}?(?:${BODY_ENDINGS})(?:第[一二三四五六七八九十\\d]+届|新一?届)?(?:(?:会长团|理监事会?|理事会|监事会|理事|监事|董事会?|执委会?|职员|干部)[、及和]?)+(?:成员)?`,
);

/** A signing named by what was signed or agreed, not by its parties (缔结友好商会签约仪式, 签约仪式). */
// (And an agreement named by its kind alone, `战略合作框架协议签约仪式`, `合作备忘录签署仪式`; round 283.)
const SIGNING =
  /^(?:缔结|签约仪式$|签署|续签|结对|共建|(?:全面|深度)?(?:战略)?合作(?:框架)?(?:协议|备忘录|意向书)(?:签约|签署|签字)仪式$)/;
/** How a party to a signing ends: a body of members, or a government, a school, a company, a bank or an exchange (round 283). */
const PARTY_ENDINGS = `${BODY_ENDINGS}|政府|管委会|大学|学院|公司|集团|银行|交易所|医院|研究院`;
/** Two parties, joined by 与 or 和, before the verb of the signing they held (the visitor may be called 来访的). */
const PARTIES_BEFORE = heldBy(
  `(?:\\p{Script=Han}|（[^）]{1,10}）){1,30}?(?:${PARTY_ENDINGS})(?:与|和|同)(?:来访的)?(?:\\p{Script=Han}|（[^）]{1,10}）){1,30}?(?:${PARTY_ENDINGS})`,
);

/** A body's whole name and nothing else (the headline's front before a name that needs its convener). */
const WHOLE_BODY = new RegExp(`^\\p{Script=Han}{2,30}?${BODY_ENDINGS}$`, 'u');

/**
 * `某某亲自创办的某基金会` → `某基金会`, `某会辖下某中心` → `某中心`: the body's name after the last 的 that describes it
 * (or 辖下, whose it is), when a name is left.
 */
export function ownName(body: string): string {
  const under = body.lastIndexOf('辖下');
  const at = Math.max(body.lastIndexOf('的'), under < 0 ? -1 : under + 1);
  return at >= 0 && body.length - at > 4 ? body.slice(at + 1) : body;
}

/** A clause without the reporter's tags, dateline and day that open it, so that it starts with who did what. */
export function withoutOpening(clause: string): string {
  return (
    clause
      .trim()
      // `↑某公会于4月21日召开…`: a caption's arrow or a bullet before it.
      .replace(LEADING_MARKS, '')
      // A reporter's tag opening the paragraph (`【记者某某/某地报道】`) is not part of the convener's name.
      .replace(/^[【［[][^】］\]]{1,30}[】］\]]\s*/, '')
      // `某报/某某/采访报导】`, `…日讯】`: a reporter's tag or a dateline whose opening bracket was cut before it.
      .replace(/^[^【】，,。]{0,30}(?:报[导道]|讯)[】］\]]\s*/, '')
      // `某日报记者某某报导/`: a reporter's credit ended by a slash.
      .replace(/^[^【】，,。/／]{0,20}?记者[^【】，,。/／]{1,12}?报[导道][/／]\s*/, '')
      // `电 （记者 某某）`: what is left of a dispatch line once its date is read.
      .replace(/^(?:电|讯)\s*(?=[（(])/, '')
      .replace(CREDIT, '')
      // `电 (某某)`: the reporter's name alone in brackets after the dispatch.
      .replace(/^[（(]\p{Script=Han}{2,4}[)）]\s*(?=\p{Script=Han}{4})/u, '')
      .replace(DATELINE, '')
      .replace(LEADING_DAY, '')
  );
}

/** `第十一届世界某同乡恳亲大会`: a numbered name with words of its own is an edition of a series, not a body's meeting. */
const NUMBERED =
  /^(?:(?:19|20)\d{2}年?度?)?(?:第[一二三四五六七八九十百\d]+(?:届|次)|[一二三四五六七八九十\d]+届[一二三四五六七八九十\d]+次)/;
/** `某工作委员会成立暨…会议`: the founding of a body's own committee or branch, named without the body. */
const UNIT_FOUNDED = /^\p{Script=Han}{2,16}?(?:委员会|专委会|分会)成立/u;
/** Words of a series held by many bodies in turn (a world reunion, a national forum), not of one body's own meeting. */
const SERIES = /世界|全球|国际|恳亲大会|联谊大会/;
/** A name of its own in quotes (`第七届“吴文俊人工智能科学技术奖”颁奖盛典`): an edition of that, not a body's meeting. */
const OWN_WORDS = /“[^”]{4,}”/;
/** A part of a name (between 暨) that needs the body that held it in front. */
const needsBody = (whole: string): boolean => {
  // `“敬老尊贤”新春团拜`: a slogan in quotes before the kind of event says no more whose it is.
  const part = whole.replace(/^“[^”]{2,12}”(?=\p{Script=Han}{4})/u, '');
  return (
    !(NUMBERED.test(part) && (SERIES.test(part) || OWN_WORDS.test(part))) &&
    (RELATIVE.test(part) ||
      UNOWNED.test(part) ||
      PLAQUE_CEREMONY.test(part) ||
      OPENING_CEREMONY.test(part) ||
      INSTITUTION_ANNIVERSARY.test(part) ||
      SCHOOL_CEREMONY.test(part) ||
      SIGNING.test(part) ||
      UNIT_FOUNDED.test(part))
  );
};

/** The body in front of the name, unless the name already holds it (`第16届某学会科学会议`, held by 某学会). */
const prefixed = (body: string, name: string) => (name.includes(body) ? name : `${body}${name}`);

/**
 * `杭州某商会召开第二次会员代表大会` → `杭州某商会第二次会员代表大会`; `在某商会成立十周年之际，…成立十周年恳谈会`
 * → `某商会成立十周年恳谈会`: an organization's meeting named relative to it takes the organization that convened it.
 */
export function withConvener(name: string, sentence: string): string {
  // `…、该会成立十周年联欢晚宴`: a name that refers to its body needs the body too.
  // `庆祝某某周年暨第二届理事就职典礼`: a part joined by 暨 may be the relative one.
  if (!name.split('暨').some(needsBody) && !/该会|本会/.test(name)) return name;
  // The name may have lost a note in brackets (withoutNotes) that the sentence still has.
  const text = sentence.includes(name) ? sentence : withoutNotes(sentence);
  const at = text.indexOf(name);
  if (at < 0) return name;
  // `某总会（下称“两总会”）`, `某协会(PSMTI)某分会`: a short name in brackets is no part of the convener's name.
  const clauses = splitOutside(text.slice(0, at), '，,；;：:。').map((c) =>
    withoutOpening(c)
      // (and the space a page leaves after it: `某会（下称「某会」） 于某日…`)
      .replace(SHORT_NAME, '')
      // `主管某运动的半官方单位【某协会】，于今天…`: a body set off in lenticular brackets at the end of its clause.
      .replace(/^(?:[^【】]*【)?([^【】]{2,40})】$/, '$1')
      // (`台商组织「某协会」(某台协)11日举行…`: a body in quotes, its short name in brackets after them.)
      .replace(/^[^「」“”]*?[「“]([^「」“”]{4,40}?(?:协会|商会|联合会|总会))[」”](?:[（(][^（）()]{2,10}[)）])?/, '$1')
      // (`于今天（8/27）在…`: the day in brackets after 今天 says which day, nothing about who.)
      .replace(/(?<=[今昨前][天日晚])[（(][\d/月日]{1,8}[)）]/g, '')
      // (`某分会 于 6月18日…召开`: and after it; `某联会（简称「某」） 前日在…`: before the day said relative to the report.)
      .replace(/\s+(?=[于於在假]|[今昨前][日天晚]|日前|近日|近期)|(?<=[于於])\s+(?=\d)/g, '')
      .replace(LATIN_NOTE, '')
      // `某协会，终于在2/18举行了…`: an adverb before the day or the venue says nothing about who.
      .replace(/^(?:终于|已经?|也|还|便)(?=[在于於假])/, '')
      // `参加由某会馆举办的…`, `…陪同某某出席某公会于某地举行…`: who attended is not part of who held it.
      .replace(/^.*(?:参加|出席|参与)了?(?=\p{Script=Han}{4})/u, '')
      // `恰逢某现场会在某地召开之际`: the occasion it coincided with says nothing about who held it.
      .replace(/^(?:恰逢|适逢|正值|值此|时值).*$/u, ''),
  );
  const anniversary = /^(?:庆祝)?(?:成立)?[一二三四五六七八九十百\d]+周年/.test(name);
  // The last two clauses, the nearest first; `…成立的某某联合会，于7月16日在某地召开了成立大会`: a clause that opens with
  // 于 is read with the one before it, whose end is the body. `某会于2月22日，在某饭店举办…`, `某会于某日晚，假某地隆重庆祝
  // 成立百年，并举行…`: the sentence's subject, its day and venue cut by commas, read as one clause.
  const last = clauses.at(-1) ?? '';
  const tried = [
    ...(clauses.length >= 2 && /^[于於]/.test(last) ? [`${clauses.at(-2)}${last}`, last] : clauses.slice(-2).reverse()),
    // `…于6月12日在某地，盛大召开…`: the verb alone after the comma.
    ...(clauses.length >= 2 && /^(?:隆重|盛大|正式|顺利)?(?:召开|举行|举办)/.test(last)
      ? [clauses.slice(-2).join('')]
      : []),
    // (`某委员会，昨晚六时半假某厅举行…`: the day said relative to the report, after the comma, too.)
    ...(clauses.length >= 2 &&
    /^(?:在|假|并|于|於|[今昨]\d{0,2}[（(日]|[今昨前](?:天|晚|早|晨)|日前|近日|近期)/.test(last)
      ? [clauses.slice(-2).join(''), clauses.slice(-3).join('')]
      : []),
    // `某协会于1月20日上午10时，假某地某号5楼，盛大举行…`: the subject, the venue and the verb, each cut by a comma.
    ...(clauses.length >= 3 &&
    /^(?:隆重|盛大|正式|顺利)?(?:召开|举行|举办)/.test(last) &&
    /^(?:在|假|于|於)/.test(clauses.at(-2)!)
      ? [clauses.slice(-3).join('')]
      : []),
  ];
  // (`妇女第十四次代表大会`, `体育总会第一次代表大会`: a place's women's congress or its federation's, numbered after whose it
  // is.)
  const numbered = NUMBERED_NAME.test(name);
  // Who may have held it, in the order tried on each clause.
  const holders = [
    // `某同乡会第六届会长团理监事在某地举行就职典礼`: the officers installed, named after their body.
    /^(?:宣誓)?就职(?:典礼|仪式)$/.test(name) && OFFICERS_BEFORE,
    // `（某市）某区召开第一次归侨侨眷代表大会`: a place's own numbered congress.
    numbered && PLACE_BEFORE,
    CONVENER_BEFORE,
    // Before its own anniversary or numbered meeting, any body whose name ends in 会 (`某红十字会召开第三次会员代表大会`).
    (anniversary || numbered || name.split('暨').some((part) => UNOWNED.test(part))) && ANY_BODY_BEFORE,
    // (`某和解中心于某日举行了盛大的25周年晚宴`: a centre's or a base's own anniversary too.)
    // (`揭牌仪式暨新闻发布会`: a plaque's ceremony held with something else, the unit before it too; round 266.)
    (PLAQUE_CEREMONY.test(name.split('暨')[0]!) || anniversary) && UNIT_BEFORE,
    (/^新馆/.test(name) || OPENING_CEREMONY.test(name)) && PLACE_OPENED_BEFORE,
    // (`某中学举行60周年华诞庆典仪式`: and any anniversary, held by a school, a hospital or a museum; round 273.)
    (INSTITUTION_ANNIVERSARY.test(name) || anniversary || SCHOOL_CEREMONY.test(name)) && INSTITUTION_BEFORE,
    // `甲商会与来访的乙商会举行缔结友好商会签约仪式`: a signing is named after both its parties.
    SIGNING.test(name) && PARTIES_BEFORE,
  ].filter((re): re is RegExp => !!re);
  // `某联会「庆祝…暨第二届会董就职典礼」，9月5日假某地举行`: a body right before its event's quoted name holds it.
  const quotedBy = QUOTED_BY.exec(text.slice(0, at));
  if (quotedBy) return prefixed(ownName(quotedBy[1]!), name);
  // `某学会2024年迎来成立40年，其第17次学术年会…开幕`: 其 refers to the body that opens the clause before it (round 246).
  if (/其$/.test(text.slice(0, at)) && clauses.length >= 2) {
    const subject = OWN_SUBJECT.exec(clauses.at(-2)!);
    if (subject) return prefixed(subject[1]!, name);
  }
  // `图/某协会提供 分享 facebook 某协会今天晚间举行…`: a page's words before a space, then the clause's subject.
  // (`香港首座对公众开放的加氢站——某加氢站26日举行…`: what it is, then its name after a dash.)
  const spaced = tried.flatMap((c) => {
    // (`某国第一个华人律师组织、由三十名律师组成的“某协会”在巴黎举行…`: what the body is, up to 的, before its quoted
    // name; round 254.)
    const after = c
      .replace(/^.*\s(?=\p{Script=Han}{4})/u, '')
      .replace(/^[^—]*的\p{Script=Han}{1,8}——(?=\p{Script=Han}{4})/u, '')
      .replace(/^[^“”「」]{2,40}的(?=[“「]\p{Script=Han}{2,30}[”」])/u, '');
    return after !== c ? [c, after] : [c];
  });
  for (const clause of spaced)
    for (const re of holders) {
      const m = re.exec(clause);
      // `某会于某日，在某区某宴会馆举办第15届…大会`: a hall after 在 or 假 is where it was held, not who held it.
      // (Not `在某商会成立五周年之际`: a body after 在 that the verb of holding does not follow.)
      const from = m ? m.index + m[0].indexOf(m[1]!) : 0;
      if (
        m &&
        /[在假]$/.test(clause.slice(0, from)) &&
        /^(?:隆重|盛大|正式|顺利)?(?:举办|举行|召开)/.test(clause.slice(from + m[1]!.length))
      )
        continue;
      // `某某亲自创办的某基金会召开…`: what is said of the body before 的 is not its name.
      if (m) return prefixed(ownName(m[1]!.replace(/(?<=与|和|同)来访的/, '')), name);
    }
  return name;
}

/**
 * `某商会正式挂牌成立`: an organization founded by unveiling its plaque; `某培训中心在某地揭牌`: a centre, branch
 * school or base unveiled (the venue after 在 is left out of the name).
 */
const LAUNCHED = new RegExp(
  `^(\\p{Script=Han}{2,30}?(?:${ORG_ENDINGS}|中心|分校|学院|基地|工作站|服务站))(?:在\\p{Script=Han}{2,16}?)?(?:正式|隆重)?(挂牌|揭牌)(成立|启用)?$`,
  'u',
);

/** `标志着某活动的正式开启`: what a launch ceremony is said to have set off. */
const MARKED_LAUNCH = /标志着([^，,。；：:“”「」]{4,40}?)的?(?:正式|全面)?(?:开启|启动|拉开帷幕|拉开序幕)/;

/** The launch a report's bare 启动仪式 is said to mark (`它标志着某年某市某主题活动的正式开启`), named with its ceremony. */
function markedLaunch(all: readonly string[]): EventFact | undefined {
  for (const [at, sentence] of all.entries()) {
    const what = MARKED_LAUNCH.exec(sentence)?.[1];
    const title = what ? `${what}启动仪式` : '';
    if (what && /(?:活动|行动|工程|计划|[年月周节赛])$/.test(what) && isEventName(title))
      return { title, sentence, at };
  }
  return undefined;
}

/**
 * `6月2日，某商会正式挂牌成立。…出席仪式`: a report that names no event but an organization founded by unveiling its
 * plaque, at a ceremony it mentions, is about `某商会挂牌成立仪式` (only when no event name is read at all).
 */
function launchCeremony(all: readonly string[], headline?: string): EventFact | undefined {
  if (!all.some((s) => /仪式/.test(s))) return undefined;
  // The headline that is itself such a launch (`某基地揭牌启用`) names it as the editor would.
  const titled = headline && LAUNCHED.test(headline.trim()) ? headline.trim() : undefined;
  for (const [at, sentence] of all.entries()) {
    for (const clause of splitOutside(sentence, '，,；;。')) {
      const bare = clause.trim().replace(LEADING_DAY, '');
      const m = LAUNCHED.exec(bare);
      if (m) return { title: titled ?? `${m[1]}${m[2]}${m[3] ?? ''}仪式`, sentence, at };
      // `并为“某联络站”揭牌`: an office unveiled by visitors, named in quotes.
      const named = UNVEILED.exec(bare);
      if (named) return { title: `“${named[1]}”揭牌仪式`, sentence, at };
    }
  }
  return undefined;
}

/**
 * `11月28日上午，某街某孵化园成立，…`, `12月8日，某社区基金会揭牌。`, `近日，某协会成立，…`: a body, centre or base
 * founded (or its plaque unveiled) on a day, the sentence saying nothing more of it.
 */
const FOUNDED_ON = new RegExp(
  `^(?:(?:(?:19|20)\\d{2}年)?\\d{1,2}月\\d{1,2}日|${RELATIVE_DAY})(?:上午|下午|晚上)?[，,]\\s*(\\p{Script=Han}{2,30}?(?:${BODY_ENDINGS}|${UNIT_ENDINGS}))(?:正式)?(?:宣布|宣告)?(揭牌成立|成立|揭牌|挂牌)(?=[，,。；]|$)`,
  'u',
);

/**
 * A report that names no event but the founding of a body on a day is about that founding (`某孵化园成立`), the last
 * resort before refusing it.
 */
/** `…，某协会今(10/27)正式成立，…`: the day said relative to the report, after the body (Taiwan's and Hong Kong's papers). */
const FOUNDED_TODAY = new RegExp(
  `(?:^|[，,])\\s*(\\p{Script=Han}{2,30}?(?:${BODY_ENDINGS}|${UNIT_ENDINGS}))(?:[今昨]\\s*[（(][^）)]{1,8}[）)]日?|[今昨](?:天|日))(?:上午|下午|晚上)?(?:正式)?(?:宣布|宣告)?(揭牌成立|成立|揭牌|挂牌)(?=[，,。；]|$)`,
  'u',
);

/**
 * `…，由某所等七家单位发起的某协会在杭州正式成立。`, `27日，某协会在某饭店成立，…`: a body founded, named in a clause of its
 * own (after a comma, the 的 of who set it up, or a dash after what it is: `首个县级某机构——某管理局揭牌成立`), maybe with
 * where; founded as its plaque was unveiled, `某协会揭牌成立`, it is named so (readers of the 800 pooled of stop 70 wrote
 * it so 3 times of 3 where no other event was named; where the report speaks of a ceremony, launchCeremony names it
 * `某协会揭牌成立仪式` first). (And a centre, base or station, at a longer venue, founded as its plaque was hung, `某司法所
 * 某服务基地在某村“某某”合作社正式挂牌成立`: a report that was refused, round 295.)
 */
const FOUNDED_CLAUSE = new RegExp(
  `(?:^|[，,的]|——)\\s*(\\p{Script=Han}{2,30}?(?:${BODY_ENDINGS}|${UNIT_ENDINGS}|局))(?:在[^，,。在]{2,30}?)?(?:正式|宣告|宣布)?((?:揭牌|挂牌)?成立)(?=[，,。；]|$)`,
  'u',
);

/** `某工业协会举行换届选举，并正式更名成立某联合会`: a body founded by renaming an older one. */
const FOUNDED_RENAMED = new RegExp(
  `(?:更名|改名)(?:为)?成立(\\p{Script=Han}{2,30}?(?:${BODY_ENDINGS}))(?=[（(，,。；]|$)`,
  'u',
);

/** A name that ends as a unit does (UNIT_ENDINGS), not as a body of members. */
const UNIT_END = new RegExp(`(?:${UNIT_ENDINGS})$`);

function founding(all: readonly string[]): EventFact | undefined {
  for (const [at, sentence] of all.entries()) {
    const said = sentence.trim();
    const m = FOUNDED_ON.exec(said) ?? FOUNDED_TODAY.exec(said) ?? FOUNDED_CLAUSE.exec(said);
    const renamed = m ? undefined : FOUNDED_RENAMED.exec(said);
    const body = m?.[1] ?? renamed?.[1]?.replace(SHORT_NAME, '');
    // `某副院长某某代表某党组祝贺学会正式成立`: who greeted a founding is not the body founded.
    if (!body || /代表|祝贺|庆祝|见证/.test(body)) continue;
    // (A body of members hung with its plaque, `某商会正式挂牌成立`, is an event only where a ceremony is spoken of:
    // launchCeremony's. A centre, base or station hung with its plaque, `某工作站揭牌成立`, is one: its readers wrote only
    // the plaque, `某工作站揭牌`, 2 times of 2; round 295.)
    const unit = UNIT_END.test(body);
    if (/^挂牌/.test(m?.[2] ?? '') && !unit) continue;
    const what = (unit ? m?.[2]?.replace(/^(揭牌|挂牌)成立$/, '$1') : m?.[2]) ?? '成立';
    // `某协会正式宣布成立。…在成立大会上…`: the founding meeting the report goes on to name.
    const held = what === '成立' && all.some((x) => x.includes('成立大会')) ? '成立大会' : what;
    return { title: `${ownName(body)}${held}`, sentence, at };
  }
  return undefined;
}

/**
 * `某动物园今日欢乐开园`, `某海洋世界隆重开业`, `某大剧院迎来了开业盛典`: a place opened to the public on the day, in a
 * clause of its own (a zoo, a park, a hall, a theatre, a canteen); or a line or a bridge opened to traffic
 * (`某第一捷运全线今日正式开通！`, round 235).
 */
const OPENED =
  /^(\p{Script=Han}{2,30}?(?:动物园|植物园|公园|乐园|海洋世界|海洋馆|海洋公园|极地馆|博物馆|图书馆|美术馆|艺术馆|科技馆|纪念馆|展览馆|文化馆|大剧院|剧院|食堂|饭堂|餐厅|捷运|地铁|轻轨|铁路|大桥|隧道|高速公路|[\d一二三四五六七八九十]号线))(?:全线)?(?:[今昨]日|今天|昨天)?(?:正式|隆重|欢乐|盛大)?(?:迎来了?)?(开园|开馆|开业|开张|开通|通车)(盛典|典礼|仪式)?[!！]?$/u;

/**
 * A report that names no event but a place opened on the day (OPENED) is about its opening (`某动物园开园仪式`, `某大剧院
 * 开业盛典`), a name composed for the editor to check (`composed`): the last resort before refusing it. The headline's
 * last part counts as a clause (`“某某” 某动物园今日欢乐开园`).
 */
function opening(all: readonly string[], headline?: string): EventFact | undefined {
  const clauses = all.flatMap((sentence, at) =>
    splitOutside(sentence, '，,；;。').map((clause) => ({ clause, sentence, at })),
  );
  // (`九九重阳节丨某食堂开张`: a column's tag before a bar, too.)
  const last = headline
    ?.trim()
    .split(/[\s丨｜|]+/)
    .pop();
  if (last) clauses.push({ clause: last, sentence: headline!.trim(), at: -1 });
  for (const { clause, sentence, at } of clauses) {
    // (`成都市民期盼已久的某海洋世界隆重开业`: what the writer says of it before its name, up to 的, is none of it.)
    const m = OPENED.exec(
      clause
        .trim()
        // (`（某地17日讯）某捷运…`: a dateline in brackets before it.)
        .replace(/^[（(][^）)]{1,20}[讯电][)）]\s*/, '')
        .replace(LEADING_DAY, '')
        .replace(/^[^“”]{2,20}的(?=\p{Script=Han}{4})/u, '')
        // (`标志着某食堂开业`: what the clause says the day stands for.)
        .replace(/^(?:这)?(?:标志着|意味着|象征着)/, ''),
    );
    // (`某市委书记某某宣布地铁1号线通车`: who declared it open is no part of what opened.)
    if (m && !/[在于]/.test(m[1]!.slice(-4)) && !/宣布|出席|主持|见证|表示|举行/.test(m[1]!))
      return { title: `${m[1]}${m[2]}${m[3] ?? '仪式'}`, sentence, at, composed: true };
  }
  return undefined;
}

/**
 * A ceremony named only by what was done to a place or a work (`通车仪式`, `开工仪式`, `动土典礼`, `开馆仪式`, `新校揭牌仪式`,
 * `落成开学典礼`), maybe after the day or a word of praise (`今日开幕典礼`, `盛大奠基仪式`); group 1 is the ceremony without
 * them, group 2 the verb that names it.
 */
const WORKS_CEREMONY =
  /^(?:今日|今天|昨日|昨天)?(?:盛大|隆重|简朴|热烈)?((?:新校|新馆|集中)?(?:竣工)?(开幕|开园|开馆|开业|启用|落成|揭幕|建成|通车|开通|开工|动工|动土|奠基|投产|首发|开学|揭牌|挂牌)(?:揭牌|启用|落成|剪彩|开学|通车|投用)?(?:仪式|典礼|礼))$/;
/** What such a ceremony is held for: a work, a building, a place or a unit, by how its name ends. */
const WORK_ENDINGS =
  '项目|工程|大桥|桥|隧道|公路|道路|快速路|连接路|路段|高速|铁路|地铁|轻轨|捷运|[\\d一二三四五六七八九十]号线|线|车站|站|厂|园|馆|中心|学校|小学|中学|幼儿园|学院|大学|基地|书房|码头|港|机场|医院|大楼|大厦|广场|市场|邮政所|所|税务局|分局|门诊部';
/** The work's name: words and numbers (a `·` or Latin letters inside, `云泰·城市书房`, `Sparkle Care乐龄护理中心`). */
const WORK = `[\\p{Script=Han}\\dA-Za-z][\\p{Script=Han}\\dA-Za-z·（）() ]{2,30}?(?:${WORK_ENDINGS})`;
/** `某大桥11月28日举行通车仪式`: the work, when and where, then the verb of holding right before the ceremony. */
const WORK_HELD = new RegExp(
  `^(?![于於在假由])(${WORK})${WHEN_BETWEEN}${VENUE}(?:终于|也|还|将)?(?:隆重|正式|盛大|顺利)?(?:举行|举办)了?$`,
  'u',
);
/** `某项目奠基仪式正式启动`, `某捷运通车典礼独缺某某`: the work's name right before the ceremony's. */
const WORK_RIGHT_BEFORE = new RegExp(`^(?![于於在假由])(${WORK})$`, 'u');
/** `某大桥正式通车`, `某隧道明早8点通车`: the work, maybe when, then the verb the ceremony is named by. */
const workDone = (verb: string) =>
  new RegExp(
    `^(${WORK})(?:${WHEN_BETWEEN}|[今明](?:天|日|早|晚)?(?:\\d{1,2}[点时])?)?(?:正式|隆重|顺利|全线)?${verb}(?:运行|运营|试运营|启用)?$`,
    'u',
  );

/**
 * Whose is a ceremony named only by what was done (WORKS_CEREMONY): the work the headline or the key sentence says held
 * it (`某大桥举行通车仪式` → `某大桥通车仪式`), or else the work the headline or a sentence says was so done (`某馆正式开馆`
 * with `…出席开馆仪式` → `某馆开馆仪式`). The kind of ceremony is the report's own word; only whose it is comes from
 * the sentence (never a body that held it for others: `某公司举行投产仪式` names no work).
 */
export function ceremonyOfWork(
  title: string,
  sentence: string,
  all: readonly string[],
  headline?: string,
): string | undefined {
  const m = WORKS_CEREMONY.exec(title);
  if (!m) return undefined;
  const ceremony = m[1]!;
  const verb = m[2]!;
  const doneRe = workDone(verb);
  // The first of the report's sentences that gives a work by `read`.
  const firstIn = (read: (text: string) => string | undefined) => {
    for (const text of all) {
      const w = read(text);
      if (w) return w;
    }
    return undefined;
  };
  // The clause before the ceremony's name, without the day it opens with, what the writer says of the work before 的 or
  // a dash (`市图书馆第三家城市书房——某书房`, `位于某地的某中心`), and a column's tag before a bar or a space.
  const subjectOf = (clause: string) =>
    clause
      .trim()
      .replace(LEADING_DAY, '')
      .replace(/^(?:热烈)?(?:庆祝|祝贺|恭贺)/, '')
      .replace(/^.*(?:——|—|丨|｜|\|)(?=[\p{Script=Han}A-Za-z“「·]{4})/u, '')
      .replace(/^.*\s(?=[\p{Script=Han}“「]{4})/u, '')
      .replace(/^[^，,。“”「」]{2,24}的(?=[\p{Script=Han}A-Za-z]{4})/u, '')
      .replace(/[“”「」"]/g, '');
  // The work the clause right before the ceremony's name gives, by a pattern of that clause (WORK_HELD,
  // WORK_RIGHT_BEFORE).
  const before = (text: string, clauseRe: RegExp) => {
    const at = text.indexOf(ceremony);
    if (at < 0) return undefined;
    const clause = splitOutside(text.slice(0, at), '，,；;。').pop() ?? '';
    return clauseRe.exec(subjectOf(clause))?.[1];
  };
  const held = (text: string) => before(text, WORK_HELD);
  const done = (text: string) => {
    // (Not a note after it: `（附图）`, `[时间]:2008-9-22`, `(15:49)`.)
    const plain = text.replace(/[[【][^\]】]*[\]】].*$/, '').replace(/\s*[（(][^）)]*[)）]\s*$/, '');
    for (const clause of splitOutside(plain, '，,；;。'))
      for (const part of clause.split(/\s+/)) {
        const w = doneRe.exec(subjectOf(part))?.[1];
        if (w) return w;
      }
    return undefined;
  };
  // (What was done to a work, read where no sentence says a work held the ceremony, counts only when the report names
  // that work elsewhere too: a page's list of headlines, `第三通道某变电站投产`, does not say which work it was.)
  const named = (w: string) => {
    const saysDone = new RegExp(`${escapeRegExp(w)}(?:正式)?${verb}`);
    return all.some((x) => x.includes(w) && !doneRe.test(subjectOf(x)) && !saysDone.test(x));
  };
  const doneWork = () => {
    const w = (headline ? done(headline) : undefined) ?? firstIn(done);
    return w && named(w) ? w : undefined;
  };
  // (`某项目奠基仪式正式启动`: the report names the work and its ceremony together, in the headline or a sentence.)
  const together = (text: string) => before(text, WORK_RIGHT_BEFORE);
  const work =
    (headline ? held(headline) : undefined) ??
    held(sentence) ??
    (headline ? together(headline) : undefined) ??
    firstIn(together) ??
    doneWork();
  if (!work || /举行|举办|召开|出席|参加|主持|宣布|承建|见证/.test(work)) return undefined;
  return `${work.trim()}${ceremony}`;
}

/** `为“某商会某联络站”揭牌`: the quoted body a plaque is unveiled for (an office, station, centre or base). */
const UNVEILED = /为“([^“”]{4,40}(?:站|中心|基地|分会|办事处|联络处|工作室|服务部))”(?:正式)?(?:揭牌|授牌)(?!仪式)/;

/** What an opening may be the opening of (OPENING_OF_EVENT): a forum, a fair (a trade fair, 洽谈会: round 309), a festival, a show, a market. */
const OPENED_KINDS =
  '论坛|大会|峰会|年会|博览会|交易会|洽谈会|展览会|展销会|研讨会|交流会|会议|节|季|周|展|展览|展演(?:活动)?|汇演|嘉年华|夜市|市集|花市';

// (`某学会2024年学术年会的开幕式`: with 的 between them too.)
// (`“某研讨会2016”开幕式`: the year after the head word, inside the quotes.)
// (And a fair, a meeting, a festival or a season, `“2020某购物节”开幕式`, `某博览会闭幕式`: on the blind sets readers named
// such events without their opening 16 times and with it never; a match's opening, `某公开赛开幕仪式`, they named both ways,
// and it stayed until round 217. Not after a ceremony joined by 暨: `某活动启动仪式暨“某文化节”开幕式` are ceremonies.)
// (A fashion week, an exhibition or a carnival too, `某时装周开幕典礼`, `某邀请展开幕式`, `某嘉年华开幕式`: readers of the 800
// pooled wrote them without their opening 3 times of 3, as the convention in docs/blind-sets.md says.)
// (And since round 217 the opening of a match, a games or a marathon, `某锦标赛开幕式`, `某马拉松赛开幕式`, not joined by 暨
// to anything: readers of the 1,040 pooled at stop 71 named the match without its opening 5 times of 6 where the report
// wrote both.)
// (An exhibition's opening named 开展, `某文化暨特色农产品展览开展仪式`, as its 开幕, round 245.)
// (And an exhibition named 展览 after its quoted title, `“某某——某某”展览开幕典礼`, round 246.)
// (And a festival's name, then a contest or an activity held with it, `某文化节暨某大赛开幕式`, `某节•某交流活动开幕式`: readers
// of BW3 to CL3 wrote all three without the opening, round 247.)
// (And the leg of a league held in one place, `某联赛吉林白山·松花江站开幕式`, round 250.)
// (And a lantern show's lighting, `某灯会亮灯仪式`, `某灯节开幕点灯仪式`: readers of HS3 to HZ3 wrote both without it,
// round 265.)
// (And a night market's or a fair's, `「某新春夜市」开幕典礼`, round 273.)
// (And an opening called 开幕仪式, `某公开赛开幕仪式`, `“某冰雪季暨某嘉年华”开幕仪式` (not `某系列活动暨某展览开幕仪式`, a
// ceremony joined to another event, which MI3 to MP3's reader kept); a match's joined by 暨 to another match or a games,
// `某比赛暨某总决赛开幕仪式`; a zone's of a contest, `某大赛某赛区开幕式`; and a show's, `某展演开幕式`, `某汇演暨某运动会
// 开幕式`: readers of LC3 to LJ3 and of the 1,840 wrote nine such names without it, round 275.)
// (And the opening of any activity, `某遗产日主场城市活动开幕式`, `“某节”系列活动开幕式`, and a rally's start, `某拉力赛发车
// 仪式`, `某拉力赛开幕式暨发车仪式`: readers of MI3 to MP3 and of the 2,400 before wrote all eight such names without it,
// round 288.)
// (And a camp's opening or closing, `某夏令营开营仪式`, `“某研习营”开营仪式`, `某冬令营开营式`: readers of JG3 to JN3 wrote
// the camp without it 4 times of 4, round 270.)
const OPENING_OF_EVENT = new RegExp(
  [
    '(?<=营[”」』]?)的?(?:开营|闭营|结营)(?:式|仪式|典礼|礼)$',
    '(?<=(?:灯会|灯节|灯展|灯光节)(?:(?:19|20)\\d{2})?[”」』]?)(?:开幕)?(?:点灯|亮灯)(?:仪式|式|典礼)$',
    `(?<=^(?:(?!仪式|典礼).)*(?:${OPENED_KINDS})(?:(?:19|20)\\d{2})?[”」』]?)的?(?:开幕|闭幕)(?:式|典礼|礼)$`,
    `(?<=^(?:(?!仪式|典礼|暨).)*(?:${OPENED_KINDS})(?:(?:19|20)\\d{2})?[”」』]?)的?(?:开幕|闭幕)仪式$`,
    '(?<=^[“「『][^“”「」『』]{4,60}[”」』])开幕仪式$',
    '(?<=^(?:(?!仪式|典礼).)*(?:赛|赛区|运动会|马拉松)(?:[^，,。、]{2,12}站)?(?:(?:19|20)\\d{2})?[”」』]?)的?开幕(?:式|仪式|典礼|礼)$',
    '(?<=^(?:(?!仪式|典礼).)*(?:节|论坛|博览会)(?:(?!仪式|典礼).)*(?:赛|活动)[”」』]?)的?开幕(?:式|仪式|典礼|礼)$',
    '(?<=[会赛]|[会赛][”」』])的开幕(?:式|典礼|礼)$',
    '(?<=^(?:(?!仪式|典礼).)*(?:展|展览|展览会|博览会)(?:(?:19|20)\\d{2})?[”」』]?)的?开展(?:式|仪式|典礼)$',
    '(?<=^(?:(?!仪式|典礼).)*活动[”」』]?)的?开幕(?:式|仪式|典礼|礼)$',
    '(?<=^(?:(?!仪式|典礼).)*赛[”」』]?)(?:开幕式暨)?发车(?:仪式|式)$',
  ].join('|'),
);

/**
 * `甲市民政局一行莅临乙市某协会座谈交流`: a visit (visitors 一行/考察团/代表团 come to a host to talk, study or inspect),
 * with the host's part after the verb of coming.
 */
export const VISIT =
  /(?:一行|考察团|代表团|调研组|访问团|参访团)[^，,。]{0,8}?(?:莅临|到访|走进|来到|前往|赴|到|来)([^，,。]{2,30}?)(?:进行)?(?:座谈|交流|考察|调研|参观|走访|学习|指导|访问)/;
const VISIT_WORDS = /一行|考察|调研|座谈|交流|参观|莅临|走访|访问/;

/**
 * A headline reporting a visit that names no event is the event's name when no candidate is named in it; the key
 * sentence is the first dated sentence about the visit.
 */
function visitEvent(all: readonly string[], headline: string | undefined, candidates: readonly EventCandidate[]) {
  if (!headline || !VISIT.test(headline)) return undefined;
  const h = comparable(headline);
  if (candidates.some((c) => c.at === -1 || h.includes(comparable(c.name)))) return undefined;
  const at = all.findIndex((s) => /\d{1,2}月\d{1,2}日|(?:^|[^\d月])\d{1,2}日/.test(s) && VISIT_WORDS.test(s));
  return { title: headline.trim(), sentence: at >= 0 ? all[at]! : headline, at };
}

/** `某商会正式成立`, `热烈祝贺某联合会成立`: a body founded, in the headline or the lead (its founding's owner). */
const FOUNDED_BODY = new RegExp(
  `(?:^(?:热烈)?(?:祝贺|恭贺|庆祝)?|[，,：:]|见证)(\\p{Script=Han}{2,30}?(?:${BODY_ENDINGS}))(?:${WHEN_BETWEEN}${VENUE})?(?:正式)?(?:宣告|宣布)?成立(?!大会|仪式|典礼|以来|之|后|至今|于|[一二三四五六七八九十百\\d]+周年)`,
  'u',
);

/** A name that starts with a level alone (`市某协会…`, `县第九次…`). */
const LEVEL_ONLY = /^[省市县区]\p{Script=Han}{3}/u;
/** The body a name opens with (`省奶业协会` of `省奶业协会副会长单位研讨会议`). */
const OPENING_BODY = new RegExp(`^\\p{Script=Han}{2,16}?(?:${BODY_ENDINGS})`, 'u');

/**
 * `市某行业协会二届四次会员大会` where the headline (or another sentence) writes the body as `上海市某行业协会`,
 * `县第九次归侨侨眷代表大会` where it writes `平阳县第九次…`: the name takes the place in front, as the report writes it
 * elsewhere (its first six characters, or the body, found right after the place). Only a place that is a division of
 * that level.
 */
function withPlace(title: string, texts: readonly string[]): string {
  if (!LEVEL_ONLY.test(title)) return title;
  const body = OPENING_BODY.exec(title)?.[0] ?? title.slice(0, 6);
  for (const text of texts)
    for (let i = text.indexOf(body); i > 0; i = text.indexOf(body, i + 1))
      for (let k = 2; k <= Math.min(6, i); k++) {
        const place = text.slice(i - k, i);
        if (/^\p{Script=Han}+$/u.test(place) && divisionsNamed(`${place}${title[0]}`).length > 0)
          return `${place}${title}`;
      }
  return title;
}

/** The body a clause opens with, before what it did (`某学会2024年迎来…`, `某协会今年…`). */
const OWN_SUBJECT = new RegExp(
  `^(\\p{Script=Han}{2,30}?(?:${BODY_ENDINGS}))(?=(?:19|20)\\d{2}年|今年|去年|已|迎来|成立|于|在)`,
  'u',
);
/** A body's name, after punctuation or at the start, then the quote its event's name opens with. */
const QUOTED_BY = new RegExp(`(?:^|[^\\p{Script=Han}])(\\p{Script=Han}{2,30}?(?:${BODY_ENDINGS}))[「“]$`, 'u');

/**
 * `县第九次归侨侨眷代表大会` reported by `平阳县传媒中心`: a county's (or city's) outlet names its own place by its level
 * alone; the name takes the outlet's place when it is a division of that level.
 */
export function withOutletPlace(title: string, outlet: string | undefined): string {
  if (!outlet || !LEVEL_ONLY.test(title)) return title;
  const place = placeAt(outlet)?.division.name;
  return place && place.length >= 3 && place.endsWith(title[0]!) ? `${place.slice(0, -1)}${title}` : title;
}

/**
 * `我市2024年某启动仪式` on a report placed in 武穴市: the city, county or district the report calls its own (我市, 我县,
 * 我区), by its name.
 */
export function withOwnPlace(title: string, place: { city: string; district?: string } | undefined): string {
  const level = /^我([市县区])/.exec(title)?.[1];
  const own = level && place ? [place.district, place.city].find((n) => n?.endsWith(level)) : undefined;
  return own ? `${own}${title.slice(2)}` : title;
}

/** A ceremony that only says it gave awards (`颁奖典礼`, `颁奖礼`, `颁奖仪式`). */
const AWARDS_ONLY = /^颁奖(?:典礼|仪式|礼|大会|晚会)$/;

/**
 * `某学会正式授予某某“某某终身成就奖”，颁奖典礼在某地举行`: a ceremony that only says it gave awards is the ceremony of the
 * award the sentence names in quotes before it (`某某终身成就奖颁奖典礼`); the last such award, and only one ending in 奖.
 */
export function awardCeremony(title: string, sentence: string): string | undefined {
  if (!AWARDS_ONLY.test(title)) return undefined;
  const at = sentence.indexOf(title);
  if (at < 0) return undefined;
  const award = [...sentence.slice(0, at).matchAll(/[“「]([^”」“「]{2,30}?奖)[”」]/g)].pop()?.[1];
  return award ? `${award}${title}` : undefined;
}

/** `…发起成立某协会并召开了`: a body founded, then the verb that holds the meeting named next. */
const FOUNDED_THEN = new RegExp(`成立(\\p{Script=Han}{4,30}?(?:${BODY_ENDINGS}))[，,]?并?(?:召开|举行|举办)了?$`, 'u');

/**
 * Whose is an event the key sentence names only by its kind (`成立大会`, `新春团拜晚宴`): the headline's convener of the
 * same name (`某同乡会举办成立十周年盛大庆典`), a fuller name that ends in it (in the headline or another sentence), the
 * body founded in the headline or the lead for a founding, or else the next name read that says whose it is.
 */
function ownerOf<C extends EventCandidate>(
  title: string,
  best: C,
  ranked: readonly C[],
  all: readonly string[],
  headline: string | undefined,
): { title: string; best: C } | undefined {
  // `他代表某会对大会…`: a clause about a person, cut at an event word, names nothing.
  const named = (c: EventCandidate) => !/^[他她我你]/.test(c.name);
  // `我市殡葬协会成立会议`: the reporter's own city is left out, as it is from any name.
  const owned = (t: string) => (needsOwner(t) ? undefined : t.replace(OUR_PLACE, ''));
  const fromHeadline = headline?.includes(title) ? owned(withConvener(title, headline)) : undefined;
  if (fromHeadline) return { title: fromHeadline, best };
  // `台北市某协会理事长交接` over `协会日前于4/30假某饭店举行新旧任理事长交接仪式`: the body the key sentence calls only
  // 协会 is the one the headline opens with.
  const headBody = BARE_BODY_SUBJECT.test(best.sentence) ? HEADLINE_BODY.exec(headline ?? '')?.[1] : undefined;
  const fromHeadBody = headBody ? owned(`${ownName(headBody)}${title}`) : undefined;
  if (fromHeadBody) return { title: fromHeadBody, best };
  for (const c of ranked) {
    if (c === best || c.name.length <= title.length || !comparable(c.name).endsWith(comparable(title))) continue;
    if (!named(c)) continue;
    const t = owned(withConvener(sloganOf(c.name).title, c.sentence));
    if (t) return { title: t, best: c.at === -1 ? best : c };
  }
  // `发起成立某协会并召开了成立大会`: the body just founded holds the meeting that follows.
  const after = best.sentence.indexOf(title);
  const founded = after > 0 ? FOUNDED_THEN.exec(best.sentence.slice(0, after)) : null;
  if (founded) {
    const t = owned(`${ownName(founded[1]!)}${title}`);
    if (t) return { title: t, best };
  }
  if (/^成立/.test(title))
    for (const s of [...(headline ? [headline] : []), ...all.slice(0, 3)]) {
      const m = FOUNDED_BODY.exec(s);
      if (!m) continue;
      // `共同见证某商会正式成立`: who saw it is not part of the body's name.
      const body = ownName(withoutOpening(m[1]!)).replace(/^.*(?:见证|祝贺|恭贺|庆祝)/, '');
      const t = body.length >= 4 ? owned(`${body}${title}`) : undefined;
      if (t) return { title: t, best };
    }
  // Only a name read before it (`某局举办某培训班。…举行了开班仪式`), not one of what followed.
  const next = ranked.find(
    (c) => c !== best && c.at >= 0 && c.at < best.at && c.score >= best.score - 4 && !needsOwner(c.name) && named(c),
  );
  if (next) {
    const t = owned(withConvener(sloganOf(next.name).title, next.sentence));
    if (t) return { title: t, best: next };
  }
  return undefined;
}

/**
 * What a ceremony opens (`某联赛某赛区开赛仪式暨某中心开幕式` → `某联赛某赛区`): the first of events joined by 暨, without
 * its opening or launch ceremony. A sentence about that is about the ceremony too.
 */
export function openedBy(title: string): string {
  return title.split('暨')[0]!.replace(/(?<=\p{Script=Han}{4})(?:开幕|开赛|启动|闭幕|开班|开营)(?:仪式|典礼|式)$/u, '');
}

/** `…，某协会（微博）在某市隆重召开大会。`: a body, where and how, then 召开 or 举行 and only 大会 or 年会. */
const PLAIN_MEETING = new RegExp(
  `(?:^|[，,。；]\\s*)((?:\\p{Script=Han}|（[^）]{1,10}）){4,30}?(?:${BODY_ENDINGS}))(?:[（(]微博[)）])?(?:在|于)[^，,。；]{2,24}?(?:隆重|顺利|成功|胜利)?(?:召开|举行)了?(年会|大会)(?=[，,。；]|$)`,
  'gu',
);

/** A key sentence whose subject is only the kind of body (`协会日前于…举行`, `本会于…召开`). */
const BARE_BODY_SUBJECT =
  /(?:^|[，,。；])(?:本会|该会|协会|学会|商会|公会)(?:日前|近日|近期|昨日|今日|昨天|今天|于|於|在|假)/;
/**
 * A headline that opens with a body's name (`台北市某协会理事长交接`); not one that itself calls the body 协会 or says what
 * it did (`协会举行二届三次理事会`).
 */
const HEADLINE_BODY = new RegExp(
  `^(?!本会|该会|协会|学会|商会|公会)((?:(?!举行|召开|举办|成立)\\p{Script=Han}){4,30}?(?:${BODY_ENDINGS}))`,
  'u',
);

/** The ceremony of a quoted event written after it with 的 (`“某节”的启动仪式`, `“某拉力赛”的起航仪式`). */
const QUOTED_CEREMONY = '(?:启动|开幕|闭幕|揭牌|授牌|签约|颁奖|起航|启航|开工|通车|开园|开馆|发车)(?:仪式|典礼|式)$';

/** A part of an event (`主论坛开幕活动`, `分论坛`, `开幕式`), by the words it opens with. */
const PART_OF_EVENT = /^(?:主论坛|分论坛|平行论坛|开幕|闭幕|全体会议|主会场|分会场)/;

/** A field of a meeting's listing that names it (`会议名称：…`). */
const LABELLED = /^(?:会议|活动|论坛|赛事|大会)名称\s*[:：]\s*([^，。；：:\s]{4,60})$/;

/** The edition a name opens with (`第三届…`, `2024年第五届…`, `首届…`), as a number. */
export function editionOf(title: string): number | undefined {
  const edition = /^(?:(?:19|20)\d{2}年?)?(?:第([一二三四五六七八九十百\d]+)届|(首)届)/.exec(title);
  return edition ? cnNumber(edition[1] ?? edition[2]!) : undefined;
}

/**
 * `甲论坛、乙博览会、丙公开赛在某地举行` under the headline `甲论坛举行`: events listed as what was held, of which the
 * headline names only the first, are reported for the first (readers of the 2,479 blind reports took the first each of
 * the 3 times; round 279). An item is named by the headline when its last six characters are in it.
 */
export function headlineItem(read: EventFact | undefined, headline: string | undefined): EventFact | undefined {
  if (!read || !headline) return read;
  const items = splitOutside(read.title, '、');
  // (Not anniversaries celebrated by one dinner, `某会馆90周年庆、少年团30周年联欢晚宴`.)
  if (
    items.length < 2 ||
    items.some((item) => comparable(item).length < 8 || !isEventName(item) || /周年(?:庆|纪念)?$/.test(item))
  )
    return read;
  const head = comparable(headline);
  const named = items.filter((item) => head.includes(comparable(item).slice(-6)));
  // (The list stays the name as written, whose year may date the event: `甲文化节、2018“乙”美食节`.)
  return named.length === 1 && named[0] === items[0]
    ? { ...read, title: items[0]!, edition: editionOf(items[0]!), written: read.written ?? read.title }
    : read;
}

export function readEvent(all: readonly string[], headline?: string): EventFact | undefined {
  // `会议名称：某协会2024年年会暨表彰大会`: a listing's field that names the event outright.
  for (const [at, sentence] of all.entries()) {
    const title = LABELLED.exec(sentence.trim())?.[1];
    if (title && isEventName(title)) return { title, sentence, at };
  }
  // `1月20日，同心同行——2023年度某救援队汇报会举行`: where nothing else names the event, a slogan and a dash in
  // front of what was held are left out of it.
  let candidates = eventCandidates(all, headline);
  if (!candidates.length && all.some((s) => s.search(LEAD_SLOGAN) >= 0))
    candidates = eventCandidates(
      all.map((s) => s.replace(LEAD_SLOGAN, '')),
      headline,
    );
  const visit = visitEvent(all, headline, candidates);
  if (visit) return visit;
  if (!candidates.length) return launchCeremony(all, headline) ?? founding(all) ?? opening(all, headline);
  // Same name found several times: one candidate with the best score and a bonus for the repeats (in other sentences:
  // two readings of one sentence, `召开“某座谈会”`, are one mention).
  const byName = new Map<string, EventCandidate & { count: number }>();
  const sentencesOf = new Map<string, Set<number>>();
  for (const c of candidates) {
    const key = comparable(c.name);
    const seen = byName.get(key);
    const ats = sentencesOf.get(key) ?? new Set<number>();
    sentencesOf.set(key, ats.add(c.at));
    if (!seen) byName.set(key, { ...c, count: 1 });
    else {
      seen.count = ats.size;
      if (c.score > seen.score) Object.assign(seen, { ...c, count: seen.count });
    }
  }
  // `某协会第一届会员代表大会…。…第一届会员代表大会`: a later mention without the body repeats the full name.
  for (const full of byName.values())
    for (const [key, part] of byName)
      if (part !== full && key.length >= 6 && part.at > full.at && comparable(full.name).endsWith(key)) full.count++;
  // The report's first sentence naming an event with its day is the lead a news report opens with.
  const weight = (c: EventCandidate & { count: number }) =>
    c.score + Math.min(2, c.count - 1) * 0.5 + (c.at === 0 && c.score >= 6 ? 1.5 : 0);
  // A phrase that describes events (`多项活动`) only stands for the event when nothing names it.
  const vague = (c: EventCandidate) => (describesEvents(c.name) ? 1 : 0);
  // (Equal weights in one sentence, `某会召开第三届一次会员大会，…举行某签约仪式`: the event the body is said to convene
  // first.)
  const convenedFirst = (a: EventCandidate, b: EventCandidate) => {
    const [i, j] = [a.sentence.indexOf(a.name), b.sentence.indexOf(b.name)];
    if (a.at !== b.at || i < 0 || j < 0 || i === j) return 0;
    const [first, at] = i < j ? [-1, i] : [1, j];
    return /(?:召开|举办|举行)了?$/.test(a.sentence.slice(0, at)) ? first : 0;
  };
  const ranked = [...byName.values()].sort(
    (a, b) => vague(a) - vague(b) || weight(b) - weight(a) || convenedFirst(a, b) || b.name.length - a.name.length,
  );
  let best = ranked[0]!;
  // `某大会在某中心召开主论坛开幕活动`: a part of the event (its main forum, its opening), named after the event in the same
  // sentence, is not the event, however often the report names that part.
  if (PART_OF_EVENT.test(best.name)) {
    const at = best.sentence.indexOf(best.name);
    const whole = ranked.find(
      (c) =>
        c.at === best.at &&
        c.score >= best.score &&
        !PART_OF_EVENT.test(c.name) &&
        c.sentence.indexOf(c.name) >= 0 &&
        c.sentence.indexOf(c.name) < at,
    );
    if (whole) best = whole;
  }
  // A longer candidate from the same sentence that contains the best one is the fuller name (X暨Y); so is one from a later
  // sentence that goes on from it (`某会周年大会` in a caption, `某会周年大会及颁奖典礼` in the lead below it).
  const fuller = ranked.find(
    (c) =>
      c !== best &&
      (c.at === best.at ||
        (c.at > best.at && c.name.startsWith(best.name) && /[及暨]/.test(c.name[best.name.length]!))) &&
      c.name.length > best.name.length &&
      comparable(c.name).includes(comparable(best.name)) &&
      c.score >= best.score - 1,
  );
  if (fuller) best = fuller;
  // Named only by the headline: the body sentence that names it (maybe without its leading place) is the key sentence.
  if (best.at === -1) {
    const key = comparable(best.name.replace(/^[\p{Script=Han}]{2,6}?[省市区县](?=[\p{Script=Han}“]{4})/u, ''));
    const at = all.findIndex((s) => comparable(s).includes(key));
    if (at >= 0) best = { ...best, at, sentence: all[at]! };
  }
  // The headline's fuller form of the same name, with only a year or a place in front (2021年全区民政工作会议).
  // A series keeps its parts in the name as written (a year in them dates it).
  const parts = sloganOf(best.name);
  const written = parts.series ? best.name : parts.title;
  const year = ranked.find(
    (c) =>
      c.at === -1 &&
      c.name.length > best.name.length &&
      ((c.name.endsWith(best.name) && /^(?:(?:19|20)\d{2}年度?)$/.test(c.name.slice(0, -best.name.length))) ||
        // `某学会某分会2017年理事会会议` in the headline, the same without its year in the body (`“2015某论坛”暨…`: also
        // at the start of a quoted name, written without 年).
        c.name.replace(
          /(?<=\p{Script=Han})(?:19|20)\d{2}年度?(?=\p{Script=Han})|(?<=^[“「])(?:19|20)\d{2}(?=\p{Script=Han})/u,
          '',
        ) === best.name),
  );
  if (year) best = { ...best, name: year.name };
  // `成立大会` in the body, `某商会成立大会在某地开幕` in the headline: the body's name the headline puts before a name that
  // needs its convener (the body sentence keeps the day).
  // `2025年某某负责人座谈会` in the body, `某协会2025年某某负责人座谈会在某地召开` in the headline: a name that opens with
  // its year only says when, and the headline names whose it is.
  const owner =
    RELATIVE.test(best.name) || /^(?:19|20)\d{2}年/.test(best.name)
      ? ranked.find(
          (c) => c.at === -1 && c.name.endsWith(best.name) && WHOLE_BODY.test(c.name.slice(0, -best.name.length)),
        )
      : undefined;
  if (owner) best = { ...best, name: owner.name };
  const split = sloganOf(best.name);
  const slogan = split.slogan;
  // `第五届某论坛开幕式`: the opening of a forum or congress reports the forum or congress itself.
  // (`我县某协会召开…`: the reporter's own county before the convener is left out, as it is before a name.)
  // (`共同举办年某省暨某市第40届…`: a year whose digits the page lost, before a place, left out of the title, not of the
  // name as written.)
  let title = withConvener(split.title, best.sentence)
    .replace(OPENING_OF_EVENT, '')
    .replace(OUR_PLACE, '')
    .replace(/^年(?=\p{Script=Han}{1,4}?[省市县区](?!长))/u, '')
    // (`举行年“6·16”安全生产宣传咨询日活动`: the same before a quoted name, round 286; and `由某局主办之「某某」活动`, the
    // literary 的 after who held it, round 289.)
    .replace(/^[年之](?=[“「])/u, '')
    // (`代号「勇光」首次跨部门反恐演习`, `代号「某某2019」的民防演习`: a drill named by its code name; readers of MA3 to MH3 and
    // of the 560 of stop 78 wrote the code name and the drill, 2 times of 2, round 287.)
    .replace(/^代号[「“]([^」”]{1,16})[」”](?:的)?(?:首次)?(?=\p{Script=Han}{2,20}演习$)/u, '$1');
  // `…举行第三届理事会就职典礼` in the body, `…就职典礼暨某论坛` in the headline: what was held with it.
  const joint = ranked.find((c) => c.at === -1 && c.name.startsWith(`${split.title}暨`));
  if (joint && best.at >= 0 && title.endsWith(split.title)) title += joint.name.slice(split.title.length);
  // `某大桥举行通车仪式`: a ceremony named only by what was done takes the work it was done to.
  const work = ceremonyOfWork(title, best.sentence, all, headline);
  if (work) title = work;
  let bare = false;
  if (needsOwner(title)) {
    const owned = ownerOf(title, best, ranked, all, headline);
    const award = owned ? undefined : awardCeremony(title, best.sentence);
    if (owned) ({ title, best } = owned);
    else if (award) title = award;
    else {
      // `某商会正式成立，…并举行授牌仪式`: what the report says was founded or unveiled names it better than the kind.
      // (`某大剧院迎来了开业盛典`: and the place the report says was opened, over a bare `开业仪式`.)
      const founded = launchCeremony(all, headline) ?? founding(all) ?? opening(all, headline);
      if (founded) return founded;
      // `一场启动仪式在此隆重举行，它标志着2024年某市某主题活动的正式开启`: what the ceremony is said to have launched.
      const launched = /^(?:启动仪式|启动式|启动礼)$/.test(title) ? markedLaunch(all) : undefined;
      if (launched) return { ...launched, edition: editionOf(launched.title) };
      // `2019某帆船年度颁奖典礼闪耀某城` over a body that says only `颁奖典礼`: the headline's fuller name of that kind.
      const fuller = headline
        ? new RegExp(`^((?:19|20)?\\d{0,2}[\\p{Script=Han}]{2,30}?${escapeRegExp(title)})`, 'u').exec(
            headline.trim(),
          )?.[1]
        : undefined;
      if (fuller && !needsOwner(fuller) && !BODY_WORD_FIRST.test(fuller) && !/举行|召开|举办|开幕|在/.test(fuller))
        title = fuller;
      else bare = true;
    }
  }
  title = withPlace(title, [headline ?? '', ...all])
    // `某协会十一周年的周年会庆`: the anniversary said twice.
    .replace(/周年的周年(?=\p{Script=Han})/u, '周年')
    // (`-2016年某区科技活动周…`: a dash left in front, of a span of years cut before it; round 272.)
    .replace(/^[-—–－~～]+\s*(?=\S)/u, '')
    // (`某同乡会成立十周年盛大庆典`: how grand it was, after the anniversary it marks; round 271.)
    .replace(/(?<=周年)(?:盛大|隆重)(?=庆典|典礼|庆祝大会|晚宴)/, '')
    // (`某区社区重点项目“某图书馆”开幕典礼`, `某年度某展出季入选项目“某展”`: the programme a project is one of, before the
    // project's quoted name, is no part of it; readers of LK3 to LR3 and of the 560 of stop 78 left it out both times,
    // round 280.)
    .replace(/^[^“”「」，,。]{2,40}?项目[“「]([^“”「」]{4,60})[”」]/u, '$1')
    // (`某协会成立四十周年庆典(1983-2022)`, `某国国庆78周年(1945~2023)招待会`, `第八届(2025-2029)理监事就职典礼`: the
    // years an anniversary spans or a term runs, in brackets; readers of LS3 to LZ3 and of the 560 of stop 78 left them out
    // 3 times of 3 (not inside a book's title, `《某县志(1990-2010)》发行仪式`), round 284.)
    .replace(/[（(](?:19|20)\d{2}\s*[-~～—–]\s*(?:19|20)\d{2}[)）](?![^《》]*》)/gu, '')
    // `某大奖赛的云端开幕式及决赛`, `某总部落户某地的签约仪式`: 的 before the ceremony is prose, no part of its name.
    .replace(
      /(?<=\p{Script=Han}{4})的(?=(?:云端|线上|网络)?(?:开幕式|闭幕式|开营式|开班式|开幕仪式|开幕典礼|结业典礼|结业仪式|颁奖典礼|颁奖仪式|颁奖礼|签约仪式|启动仪式|揭牌仪式|授牌仪式)(?:$|及|暨|和))/u,
      '',
    )
    // (`澳门赌场某重点实验室2011年学术委员会会议`: a gambling mirror's words where the body's name stood, round 290.)
    .replace(/^\p{Script=Han}{0,4}(?:赌场|娱乐城|博彩)(?=\p{Script=Han}{8})/u, '');
  // (`上午10:00某区建区50周年庆祝大会`: the minutes of the hour the event began, left before its name; round 291.)
  if (new RegExp(`\\d[:：]${escapeRegExp(title)}`).test(best.sentence))
    title = title.replace(/^\d{2}(?=\p{Script=Han})/u, '');
  // (`承载着某地大学生热切盼望的某省第二届大学生运动会`, `挂靠某研究所的农业部某重点实验室…会议`: a clause saying what
  // the event or its body is, up to 的, before a name that opens with a place or a ministry; round 292.)
  const described = /^([^，,。“”「」《》]{4,30}?)的(\p{Script=Han}{2,}.{4,})$/u.exec(title);
  if (
    described &&
    /着|挂靠|隶属|依托|位于|设在/.test(described[1]!) &&
    (placeAt(described[2]!) || /^(?:国家|中国|中华|全国|\p{Script=Han}{1,6}部)/u.test(described[2]!)) &&
    isEventName(described[2]!)
  )
    title = described[2]!;
  // `协会第十届第二次会长办公会议`: a name that names its body only by a bare word says not whose it is either.
  // (`某协会在某地召开了协会2017年第二届三次会员大会`: unless the sentence's subject is that body, named.)
  if (BODY_WORD_FIRST.test(title)) {
    const word = BODY_WORD_FIRST.exec(title)![0];
    const rest = title.slice(word.length);
    const subject = new RegExp(
      `(\\p{Script=Han}{2,30}?${word.replace(/^[本该]/, '')})(?:[于於在][^，,。]{0,30}?)?(?:召开|举行|举办)了?${word}${escapeRegExp(rest)}`,
      'u',
    ).exec(best.sentence);
    // (`在商会成立大会上` after the headline's `某出席张家界市某商会成立大会暨某活动`: the name another sentence gives with
    // the body in front, all of it.)
    const named = ranked.find((c) => c.name.indexOf(title) >= 2 && !BODY_WORD_FIRST.test(c.name));
    if (subject && !BODY_WORD_FIRST.test(subject[1]!)) title = `${subject[1]}${rest}`;
    else if (named) title = named.name;
    else bare = true;
  }
  // (After the theme the name may open with: `“甲乙，丙丁”第三届某节`.)
  const edition = editionOf(slogan ? title.replace(/^“[^”]*”/, '') : title);
  const themeAt = all.slice(Math.max(0, best.at)).join('');
  const theme =
    best.theme ??
    /以\s*“([^”]{2,60})”\s*为(?:大会|会议|论坛|活动|本次\S{0,4})?主题/.exec(themeAt)?.[1] ??
    /主题(?:为|是)\s*“([^”]{2,60})”/.exec(themeAt)?.[1] ??
    slogan;
  return {
    title,
    ...(bare ? { bare } : {}),
    sentence: best.sentence,
    at: best.at,
    edition,
    theme: theme?.trim(),
    written: written !== title ? written : undefined,
  };
}
