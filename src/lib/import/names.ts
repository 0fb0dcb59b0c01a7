/**
 * People as news reports write them: a position ending in a title word, then the
 * name (`重庆市民政局二级巡视员周利民`), or the name, then the title
 * (`云龙镇陈泽宁镇长`). A name is two or three characters starting with a known
 * surname (four with a compound surname), a name the archive already has, or a
 * transliterated name with a middle dot (`乔伊丝·班达`); what follows it must be
 * where a name can end (a verb such as 出席, 表示, 主持; 等; punctuation), so
 * that `会长强调` or `局长向大会` never yield a person.
 */
import { COMPOUND_SURNAMES, surnameOf } from './surnames.ts';

export { COMPOUND_SURNAMES };

export const TITLE_WORDS = [
  '主任委员',
  // Taiwan's legislators (`某某立法委员、某某立法委员…`); not `立委`, which is also the middle of `成立委员会`.
  '立法委员',
  '委员长',
  '秘书长',
  '理事长',
  '董事长',
  '监事长',
  '总经理',
  '总干事',
  '总工程师',
  '总会计师',
  '总经济师',
  // A farming department's chief animal-husbandry officer (`省农业农村厅总畜牧兽医师`, `总畜牧师`; round 247).
  '总畜牧兽医师',
  '总畜牧师',
  '总指挥',
  // Stop 66: a headquarters' commander (`市森林防灭火指挥部指挥长`), and a research institute's fellow (`某文史研究馆馆员`).
  '指挥长',
  '馆员',
  '巡视员',
  '调研员',
  '研究员',
  '负责人',
  '创始人',
  // `市政协主席候选人某某`: one nominated for a post.
  '候选人',
  // Stop 62: a scientist's post (`首席科学家`, `岗位科学家`), who convenes or founded something (`联席会议轮值召集人`,
  // `某团发起人`) and a doctoral supervisor, which readers keep as part of a post written before another
  // (`国家某体系岗位科学家、某学会会长某某`).
  '科学家',
  '召集人',
  '发起人',
  '博士生导师',
  '博导',
  // A company's chief officers, as reports write them in Latin letters (`某公司CEO某某`).
  'CEO',
  'CFO',
  'COO',
  'CTO',
  '教务长',
  '培训师',
  '工程师',
  '书记',
  '常委',
  '局长',
  '厅长',
  '部长',
  '会长',
  '主任',
  '院长',
  '市长',
  '区长',
  '县长',
  // Stop 67: the heads of an autonomous prefecture, a league and a banner (`某州人民政府副州长`, `某盟盟长`, `某旗旗长`).
  '州长',
  '盟长',
  '旗长',
  '省长',
  '镇长',
  '乡长',
  '处长',
  '科长',
  '司长',
  '署长',
  '所长',
  '社长',
  '校长',
  '馆长',
  '站长',
  '主席',
  '总裁',
  '经理',
  '教授',
  // Stop 67: a university's lecturer (`某大学某系讲师某某`).
  '讲师',
  '委员',
  '成员',
  '助理',
  '总监',
  '主编',
  '监事',
  '理事',
  '董事',
  '专家',
  '代表',
  '干事',
  '博士',
  '组长',
  '队长',
  '行长',
  '台长',
  '园长',
  '主管',
  '合伙人',
  '团长',
  '主委',
  '总理',
  '总统',
  '大使',
  '顾问',
  '院士',
  // `法国某学会代表、荣誉会员某某教授`: an honour a society gives a person (not 会员 alone, which is a member body too).
  '荣誉会员',
  // Honours of Chinese medicine a report gives as a post (`上海市名中医某某`, `国医大师某某`).
  '名中医',
  '国医大师',
  '名誉会员',
  '律师',
  '秘书',
  '总编辑',
  '总编',
  '政委',
  '领事',
  '参赞',
  '教练',
  '干部',
  '老领导',
  '特派员',
  '司令员',
  '参谋长',
  '督学',
  '行政长官',
  '议员',
  '议长',
  '立委',
  '督导',
  '公使',
  '公参',
  '临时代办',
  '参事',
  '执行长',
  // Taiwan's and companies' other heads of an office: 主计长, 审计长, 检察长, 营运长, 财务长.
  '主计长',
  '审计长',
  '检察长',
  '营运长',
  '财务长',
  '武官',
  '执委',
  '专员',
  '主任科员',
  '科员',
  // Taiwan's and Japan's section heads (`某乡公所社会课长`).
  '课长',
  // Police ranks (Hong Kong's 总督察, 警司; the mainland's 警官, 警长) and a commander (`某总区指挥官`).
  '警官',
  '督察',
  '警司',
  '警长',
  '指挥官',
  // Military ranks (`中将某某`, among veterans).
  '上将',
  '中将',
  '少将',
  // A company's chief economist and chief accountant (`副总经济师`, `总会计师`).
  '经济师',
  '会计师',
  // A customs house's head (`某海关关长`), a ship's master (`远洋船长`), and Taiwan's vice-ministers (`交通部政务次长`;
  // not 次长 alone, which is also the middle of `此次长三角…`).
  '关长',
  // A company's chief executive (`首席执行官`), and a body's legal representative (`某协会法定代表人`).
  '首席执行官',
  '执行官',
  '法定代表人',
  '船长',
  '政务次长',
  '常务次长',
  // Religious heads: 主教 (and 主教练, so that a coach is not read as 主教 and a name starting with 练).
  '主教练',
  '主教',
];
const TITLE_ALT = [...TITLE_WORDS].sort((a, b) => b.length - a.length).join('|');
export const TITLE_RE = new RegExp(`(?:${TITLE_ALT})`, 'g');
export const endsWithTitle = (s: string) => new RegExp(`(?:${TITLE_ALT})(?:（[^）]*）)?$`).test(s.trim());

/**
 * Characters that do not occur in personal names but do in running text (nor end one: `仲裁员`, `华祖庙`), and a surname
 * with 姓 (`施姓家属`, someone surnamed 施), no name; nor `合影后`, `某乡党政负责人`'s 党政, or 文化 of `副部长、文化和旅游厅
 * 厅长` (round 247), nor `与农民工代表话家常` (round 248), nor 董会 of `某学院校董会主席` (round 250), nor 谈判 of `跟村民代表谈判` (round 263).
 */
export const NOT_NAME =
  /[的了与及在是等对将从把被着也都就而这那们个各并说议届次]|单位|致辞|致词|讲话|发言|领导|嘉宾|代表|企业|组织|现场|活动|部门|人员|同志|会议|大会|社会|发展|工作|服务|党组|党委|党支|党总|成员|常务|纪检|纪委|监察|候选|宣传|宣布|宣读|常委|荣誉|简要|补充|隆重|详细|重点|全面|深入|认真|充分|高度|亲切|热情|首先|随后|最后|先后|分别|任职|就职|履新|上任|开幕|闭幕|因公|陆续|妇联|侨联|工商联|文联|科协|残联|荣获|获得|纷纷|饶有|选票|引领|进一步|努力|包括|齐聚|宗教|党员|党建|高票|董事|名单|项目|院士|报告|高级|任内|一步|政府|产生|关于|席间|一堂|认为|导师|总统|指导|来到|未能|作协|协会|学会|商会|大学|学院|见证|特地|特意|专程|学者|专家|中央|航务|海事|宣誓|专访|合影|家常|^党政$|^文化$|^董会$|^谈判$|[裁判解]员$|[庙寺]$|^.姓$/;

/**
 * A post within the clause ahead (`任副秘书长`, `兼秘书长`): what 任 or 兼 before it leads to; a name ends before such a 任
 * (NAME_END), and a three-character name does not end in it (namesAt).
 */
const POST_AHEAD = /^[^，。；,;]{0,14}?(?:长|主任|书记|主席|秘书|顾问|委员|理事|监事|干事)/;

/** How a cleric is addressed after the name (`某某法师`, `某某大和尚`, `某某道长`, `某某牧师`). */
export const CLERIC_ADDRESS = '法师|大和尚|长老|道长|方丈|(?<!畜)牧师|神父|阿訇';

/**
 * Where a name may end: before punctuation, 等, a verb of what people do at an
 * event, or the end of the text.
 */
export const NAME_END = new RegExp(
  String.raw`^(?:$|[，,、。；;：:！!？?（(“”"）)\s]|\d{1,2}日|日前|近日|近期|当日|当天|当晚|等|同志|女士|先生|老师|[少中上]将|${CLERIC_ADDRESS}|校友|部署|传达|通报|宣讲|再次|带队|获|荣获|被|将|已|正|一行|出席|列席|参加|参会|到会|莅临|亲临|应邀|受邀|主持|致辞|致|讲话|发言|发表|作|做|进行|表示|指出|强调|认为|偕同|看来|介绍|说|提到|提出|回顾|要求|希望|代表|当选|宣读|宣布|分别|先后|依次|一同|一起|皆(?=出席|参加|到场|莅临)|均(?=出席|参加|到场|莅临)|提交|太平绅士|向|为|给|对|在|以|从|结合|围绕|聚焦|就|带领|讲述|表达|分享|解读|和|与|及|以及|也|还|则|通过|路演|颁发|签署|签订|共同|现场|详细|首先|最后|率先|会见|参观|调研|上台|并|用|同|到场|到|作了|陪同|致以|率|宣誓|担任|兼任|任(?=${POST_AHEAD.source.slice(1)})|连任|接任|接棒|团队|揭牌|启动|交由|交给|交接|交棒|移交|按下|拨冗|拨空|亦|视频|书面|线上|连线|荣膺|亲自|点评|总结|认真|深入|充分|高度|重点|从“|接牌|授牌|授旗|领奖|接受|汇报|报告|所作|所做|寄予|称|发来|陪同|的陪同|的带领|的委托|委托|全面|简要|观看|现场|的(?:组织|引导|主持|见证|监督|率领|指导|支持)|领誓|监誓|监交|成立了|提醒|告诉|勉励|呼吁|感谢|期许|期望|寄语|鼓励|号召|坦言|透露|谈到|欢迎|肯定|称赞|祝贺|恭贺|主礼|捐|助(?!理))`,
);

/**
 * Two-character words a name ends before whose first character could end a name (`李三以及`, `王五出席`; `杨芳以视频方式致辞`,
 * how someone spoke, round 241).
 */
const TWO_CHAR_END =
  /^(?:以(?:视频|书面|线上|连线|录像)|所作|所做|作为|正在|正式|以及|担任|兼任|站在|连任|接任|认为|偕同|出席|列席|参加|参会|到会|莅临|应邀|受邀|主持|致辞|讲话|发言|发表|进行|表示|指出|强调|代表|当选|宣读|宣布|分别|先后|依次|共同|陪同)/;

/** A name followed by its title (谭建光教授从…) also ends there. */
const NAME_END_TITLE = new RegExp(`^(?:${TITLE_ALT})`);
// `水利部长江水利委员会`: a body's 委员会 after what would be a name is no title after one.
const endsName = (rest: string, end: RegExp) =>
  end.test(rest) || (end === NAME_END && NAME_END_TITLE.test(rest) && !/^委员会/.test(rest));

export interface PositionName {
  position: string;
  name: string;
  /** The name was found in the archive's people records. */
  known: boolean;
}

/**
 * The dots between the parts of a transliterated name (`乔伊丝·班达`): the middle dot, the bullet, the katakana middle dot
 * and the hyphenation point (`佩特拉‧索林`), as pages type them.
 */
export const NAME_DOTS = '·•・‧';
const FOREIGN = new RegExp(`^\\p{Script=Han}{1,5}[${NAME_DOTS}]`, 'u');
/** A transliterated name whole: Han characters and its dots. */
const FOREIGN_NAME = new RegExp(`^[\\p{Script=Han}${NAME_DOTS}]+$`, 'u');
/** A name written in Latin letters: capitalised words (`Gordon Bradbery`, `Tina`), not an all-capital acronym. */
const LATIN = /^(?!(?:Mr|Ms|Mrs|Dr)\.)[A-Z][a-z]+(?:[ .-][A-Z][A-Za-z'-]+){0,3}/;
/** What a person does, right after a name: it ends the name for sure. */
const DEED_AFTER = /^(?:出席|主持|致辞|讲话|发言|参加|等)/;
/** Not the start of a name without a surname: conjunctions and the characters of titles. */
const UNSURE_BAD = /^[和与及并或暨同跟兼以处科室赴往]|[长事员理监委主任书记部局会们等团]/;
/** How people do something together or in turn, between a name and the deed (`一同出席`, `先后致辞`). */
const DEED_ADVERB = /^(?:一同|一起|共同|亲自|分别|先后|均)/;

export interface NameMatch {
  name: string;
  known: boolean;
  /** The name does not start with a known surname (accepted only where a name is certain, e.g. after a title in a list). */
  unsure: boolean;
}

/**
 * The names that can start at `text` (longest first): an archive name, a
 * transliterated name, or two to four characters starting with a surname, each
 * followed by a place where a name can end (`end`, by default NAME_END).
 */
export function namesAt(text: string, knownNames: readonly string[] = [], end: RegExp = NAME_END): NameMatch[] {
  const out: NameMatch[] = [];
  for (const n of knownNames)
    if (text.startsWith(n) && endsName(text.slice(n.length), end)) out.push({ name: n, known: true, unsure: false });
  const foreign = FOREIGN.exec(text);
  if (foreign && !UNSURE_BAD.test(foreign[0])) {
    // The shortest second part after which a name can end (布达利 in 哈利德·布达利出席并致辞), unless a longer one is
    // followed by what a person does (买合赛提 in 阿依努尔·买合赛提出席, not 买合赛 before 提出).
    const ends: string[] = [];
    for (let len = 1; len <= Math.min(6, text.length - foreign[0].length); len++) {
      const name = text.slice(0, foreign[0].length + len);
      if (!FOREIGN_NAME.test(name)) break;
      // (Not with the form of address after it, nor past it: `某某·某某女士日前出席`.)
      if (/(?:先生|女士|博士|教授)$/.test(name)) break;
      // (Nor past what the person did: `某某·某某发表视频致辞`; `某某·某某作了发言`, round 273.)
      if (/发表|视频|致辞|讲话|作了|做了/.test(name.slice(foreign[0].length))) break;
      if (endsName(text.slice(name.length), end)) ends.push(name);
    }
    // (`木哈提热木·西日甫一同出席`: an adverb between the name and the deed, 一同, is no part of the name.)
    const deed = (rest: string) => DEED_AFTER.test(rest) || DEED_AFTER.test(rest.replace(DEED_ADVERB, ''));
    // (`大卫·马苏达在致辞中表示`: not a longer one that takes in the 在 before the deed.)
    // (`某某·某某的讲话`: nor the 的 after the name.)
    const name =
      ends.find((n) => deed(text.slice(n.length)) && !/[在于将也还和与及向为对从并的]$/.test(n)) ??
      ends.find((n) => !/的$/.test(n));
    if (name) out.push({ name, known: false, unsure: false });
  }
  // `市议员 Dan Kalb`, `秘书长Tina`: a name in Latin letters, one to four capitalised words.
  const latin = LATIN.exec(text);
  if (latin && endsName(text.slice(latin[0].length), end)) out.push({ name: latin[0], known: false, unsure: false });
  const surname = surnameOf(text);
  for (const len of [4, 3, 2]) {
    const name = text.slice(0, len);
    if (
      [...name].length !== len ||
      !/^\p{Script=Han}+$/u.test(name) ||
      NOT_NAME.test(name.slice(1)) ||
      NOT_NAME.test(name.slice(0, 2)) ||
      // `岳阳市`: a place, not a person whose surname is 岳; `文化部`, `宣传部`: a body's department or office.
      (len === 3 && /[市省县部局厅室处]$/.test(name)) ||
      // `张三副主任`, `张三前会长`: 副/原/前 open the title; a name may still end in 前 before what a person does (`孙向前与`).
      // (`李原共同为…揭牌`: a two-character name may end in 原 before what a person does, not before a title.)
      (/[副原]$/.test(name) &&
        !(len === 2 && /原$/.test(name) && NAME_END.test(text.slice(len)) && !NAME_END_TITLE.test(text.slice(len)))) ||
      (/前$/.test(name) && !NAME_END.test(text.slice(len)))
    )
      continue;
    if (!endsName(text.slice(len), end)) continue;
    // `某市长甲乙丙皆出席`, `某局长甲乙丙均出席`: 皆 or 均 (all of them) before the deed, not a name's last character.
    if (len >= 3 && /[皆均]$/.test(name) && DEED_AFTER.test(text.slice(len))) continue;
    // `某院文学所所长`, `某处处长`: a unit's last character, repeated by its head's title, is no name's.
    if (/[所院局处科厅部社校]$/.test(name) && text.slice(len).startsWith(`${name.slice(-1)}长`)) continue;
    // `某公司陈玫任副秘书长`: 任 or 兼 between a name and a post is the verb, not the name's last character.
    if (len === 3 && /[任兼]$/.test(name) && POST_AHEAD.test(text.slice(3))) continue;
    // `某某教授任名誉理事长`, `…任候任理事长`: 任 after a title is the verb before the post, not a surname.
    if (
      /^[任兼]/.test(name) &&
      /^(?:名誉|候任|常务|执行|副|荣誉)/.test(text.slice(1)) &&
      POST_AHEAD.test(text.slice(1))
    )
      continue;
    // `某某总工程师`, `某某总经理`: 总 opens the title, not the name's last character.
    if (len === 3 && /总$/.test(name) && NAME_END_TITLE.test(text.slice(2))) continue;
    // `某大学教授某某少将`: 少, 中 or 上 before 将 opens a general's rank, not the name's last character (round 273).
    if (len >= 3 && /[少中上]$/.test(name) && text.slice(len).startsWith('将')) continue;
    // `李三以及…`: the last character opens a word a name ends before (以及, 出席), so the name is the shorter one;
    // `王五以 《…》为题`: 以 opens a title, a space before it or not.
    // (`王五作“某某”的工作报告`: 作 before a quoted title likewise.)
    if (len === 3 && (TWO_CHAR_END.test(text.slice(2)) || /^以\s+[《“]|^[作做]\s*[《“「]/.test(text.slice(2))))
      continue;
    // `某某致欢迎辞`: 致 before what was said opens the deed, not the name's last character.
    if (len === 3 && /致$/.test(name) && /^(?:欢迎|辞|词|贺|答谢|开幕|闭幕)/.test(text.slice(3))) continue;
    const sure = !!surname && (len < 4 || surname.length === 2);
    const startsLikeVerb = (NAME_END.exec(name)?.[0].length ?? 0) > 0;
    if (!sure && (UNSURE_BAD.test(name) || startsLikeVerb)) continue;
    out.push({ name, known: false, unsure: !sure });
  }
  return out;
}

/** `江苏省民政厅厅长谢晓军` → { position: 江苏省民政厅厅长, name: 谢晓军 }, or undefined. */
export function splitPositionName(text: string, knownNames: readonly string[] = []): PositionName | undefined {
  const s = text.trim();
  const known = [...knownNames].sort((a, b) => b.length - a.length).find((n) => s.endsWith(n));
  if (known) return { position: s.slice(0, -known.length).trim(), name: known, known: true };
  for (const m of s.matchAll(TITLE_RE)) {
    let end = m.index + m[0].length;
    if (s[end] === '）') end++;
    const rest = s.slice(end);
    const name = namesAt(rest).find((n) => n.name === rest && !n.unsure);
    if (name) return { position: s.slice(0, end), name: name.name, known: false };
  }
  return undefined;
}
