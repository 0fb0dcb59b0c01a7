/**
 * People at the event, each with the position the report gives (时任) and what
 * they did there: 致辞, 讲话, 主旨演讲, 发言, 主持, 出席, 签约, 颁奖, 受奖, 其他.
 *
 * A sentence is cut at 、 and ， into chunks, and each chunk is read as
 * - a person: `<position><name>` (`副局长肖向飞`), `<organization><name><title>`
 *   (`云龙镇陈泽宁镇长`), or a name alone that is already known (`蒋勋功回顾…`) or
 *   shares the position before it (`副厅长樊胜、李晖`);
 * - a piece of position that the next person's position starts with
 *   (`市委常委`、`市政府党组成员`、`副市长胥伟华`);
 * - or anything else, which ends a list.
 * A list of people takes its role from the words after it, up to the next
 * person: `出席会议并讲话` → 讲话 for all of them, `等领导出席活动` → 出席,
 * `分别作了题为《…》《…》的主旨演讲` → 主旨演讲 with titles in order. A person
 * named several times keeps the strongest role (a stated speech over 主持 over
 * an inferred one over 出席) and the position from a full mention, not from a
 * caption or a `某某局长` back-reference.
 */
import type { SpeechKind } from '../../../schemas/index.ts';
import {
  CLERIC_ADDRESS,
  endsWithTitle,
  NAME_DOTS,
  NAME_END,
  namesAt,
  NOT_NAME,
  TITLE_WORDS,
  type NameMatch,
} from '../names.ts';
import { openingUnknownWord } from '../segment.ts';
import { RARE_SURNAMES, surnameOf } from '../surnames.ts';
import { DOUBLED_START, SHORT_NAME, sentences as toSentences, splitOutside } from '../text.ts';
import type { PersonFact, Role } from './types.ts';

interface RoleRule {
  re: RegExp;
  role: Role;
  stated: boolean;
  kind?: SpeechKind;
}

/** Role words in order of precedence: the first that occurs in a list's predicate decides. */
const ROLE_RULES: RoleRule[] = [
  {
    re: /致(?:了)?(?:欢迎|开幕|闭幕|感谢|贺|答谢|就职|谢)?(?:辞|词)|在致辞[中时]/,
    role: '致辞',
    stated: true,
    kind: '致辞',
  },
  { re: /主旨演讲|主题演讲/, role: '主旨演讲', stated: true, kind: '主旨演讲' },
  // `作了专题辅导报告`: a talk on a set topic, however the writer qualifies it.
  { re: /主旨报告|专题[^，。；]{0,4}报告/, role: '主旨演讲', stated: true, kind: '主旨报告' },
  {
    re: /(?:发表|作|做)(?:了|出)?(?:重要|总结|指示|专题|动员|总结性)?讲话|在讲话中|讲话/,
    role: '讲话',
    stated: true,
    kind: '讲话',
  },
  // `为某马拉松主持鸣枪起步仪式`, `主持挥旗仪式`: officiating at a race's start (Hong Kong's, Macau's, Malaysia's usage) is
  // attending it, not presiding over a meeting; readers of the 1,200 pooled wrote 出席 for 11 of the 13 such people (the
  // other two spoke).
  { re: /主持[^，。；]{0,6}?(?:鸣枪|起步|起跑|开跑|挥旗|启行|开波|开球)/, role: '出席', stated: true },
  { re: /主持(?!人)|宣布[^，。；]{0,12}开始/, role: '主持', stated: true },
  {
    re: /交流发言|主题发言|(?:作|做)了?发言|发言|发表[^，。；]{0,8}感言|路演|(?:作|做)了?[^，。；]{0,20}(?:报告|情况说明)|^报告了|^所作的?《|在[^，。]{0,6}报告中|专题分享/,
    role: '发言',
    stated: true,
    kind: '交流发言',
  },
  { re: /出席[^，。；]{0,16}并[^，。；]{0,12}(?:指出|表示|强调|说)/, role: '讲话', stated: true, kind: '讲话' },
  // `甲、乙等嘉宾为某会揭牌，丙并为丁颁发证书`: unveiling a plaque is the list's own deed (其他), not the next clause's 颁发.
  { re: /揭牌(?!仪式)/, role: '其他', stated: true },
  // `某某宣布某节开幕`, `到场宣布开幕`: one who only declares the event open attended it (出席), as the readers' second
  // wording says; under it they wrote 出席 for 22 of the 22 such people on the 1,200 blind reports of stops 67 to 72
  // (under the first, stop 66 had counted 其他 for 25 of 27, and the earlier waves of those 1,200 wrote 出席 11 times, 其他 7).
  // (`宣布活动启动`, `宣布开园`: declaring it launched or open is the same deed, round 300.)
  { re: /宣布[^，。；]{0,40}(?:开幕|启动|开园|开馆|开营|开业|开通|启用|开跑|开赛)/, role: '出席', stated: true },
  { re: /颁发|颁奖|授牌|授旗|颁授|颁证/, role: '颁奖', stated: true },
  // `参加签约仪式`, `对本次成功签约表示祝贺`: the signing named as the occasion or the topic, not a deed of the list
  // (`与甲进行三方签约仪式` still is).
  {
    re: /签署|签订|(?<!成功|顺利)签约(?!仪式|活动|现场|大会|典礼)|(?:进行|举行)(?:了)?[^，。；]{0,4}签约(?:仪式|活动)/,
    role: '签约',
    stated: true,
  },
  // 向参会人员…: the audience, not the subject attending.
  // `…等领导与会员欢聚一堂`: gathered with the others at the event.
  // 共襄盛举, 拨冗前往 (came to join the occasion); 主礼 (Hong Kong usage: officiating guests); `参与了成立大会`: took part in the event itself (not `参与活动具体操作`).
  // 列席; `…及各单位代表50余人共同参与。`: took part, said at the end of the clause; `某某等一行4人到某协会…`: visitors;
  // `某某(右三)`: someone in the photo of the event.
  {
    re: /出席|参加(?!人员)|共襄盛举|拨[冗空]前往|参会(?!人员|代表|嘉宾|者)|到会|莅临|莅会|亲临|到场|应邀|陪同|观看|(?:欢|齐|共|相)聚一堂|主礼|参与了[^，。；]{0,6}?(?:会议|大会|活动|仪式|典礼|论坛)(?=[，。；]|$)|列席|(?:共同|一起|一同)参与(?=[，。；]|$)|一行\d*人?(?:到|莅临|来到|赴|前往)|^[（(](?:左|右)[一二三四五六七八九十\d]{1,2}[)）]$/,
    role: '出席',
    stated: true,
  },
  {
    re: /受到表彰|受表彰|获颁|获授|领奖|接牌|接受授牌|接受[^，。；]{0,12}(?:牌匾|奖牌|奖杯|证书|锦旗)/,
    role: '受奖',
    stated: true,
  },
  // 在贺信中指出: a letter read out, not a speech.
  { re: /(?:贺信|贺电|贺词|来信|书面讲话)(?:中|里)/, role: '其他', stated: true },
  { re: /指出|表示|强调|要求|希望|认为|看来|回顾|总结|寄语|提出|呼吁|部署/, role: '讲话', stated: false, kind: '讲话' },
  { re: /介绍|提到|讲述|表达|解读|研讨|探讨|谈到|分享|汇报|通报/, role: '发言', stated: false, kind: '交流发言' },
  { re: /说[：:“]|当选|宣读|委托|带领|发来|宣布/, role: '其他', stated: false },
];

const RANK: Record<Role, number> = {
  致辞: 6,
  主旨演讲: 6,
  讲话: 6,
  主持: 5,
  发言: 4,
  颁奖: 2,
  签约: 2,
  受奖: 2,
  出席: 1,
  其他: 0,
};
const rankOf = (role: Role, stated: boolean) => (stated ? RANK[role] : Math.min(RANK[role], 3));

const SECTION_KINDS: [RegExp, SpeechKind][] = [
  [/交流发言|主题发言/, '交流发言'],
  [/主旨演讲|主题演讲/, '主旨演讲'],
  [/主旨报告|专题报告|主题报告/, '主旨报告'],
  [/专家|分享/, '专题分享'],
];

/**
 * Words after which a position starts (由<position><name>主持, 受<name><title>委托…); 据 not inside 数据/依据,
 * 举行/召开 for a missing comma (`…隆重举行某办事处主任某某应邀出席`).
 * 增补/补选 (`增补某局局长某某为理事`) and a 为 opening the chunk (`为某会副会长某某颁发证书`).
 * Round 9: thanks and wishes (`感谢前任会长某某`, `祝贺新任理事长某某`), `以及` and `嘉宾有` (`嘉宾有某市市长某某`).
 * Round 146: a day run on before the post (`2018年9月5日行政院长某某出席`), 表彰 (`表彰某联盟名誉会长某某`), a box-drawing
 * dash after a label (`杰出校友──某委副主委某某`). Round 147: an interview's headline (`专访某署署长某某：…`).
 * Round 250: thanks in a speech (`她特别鸣谢某协会主席某某`) and an appointment (`聘用某协会副会长某某为顾问`).
 */
const STOP =
  /[▲△▼▽■□●○◆◇★☆※►▶•]|由|受|(?<!党)派(?:出|遣)?(?!员)|请|邀请到?|其中|包括|包含|连同|(?<=^|[，,、])除|(?:还|另)有[：:]?|会上|会后|随后|期间|同时|此外|最后|首先|另外|当天|现场|上午|下午|[一二三四五六七八九十]是|[我本](?:协会|商会|学会|基金会|院|局|校|中心)|我会|本会|新当选|当选为|当选|连任|(?:常务|执行)?副?(?:会长|理事长|理事|监事|会员)单位(?!代表)|特邀嘉宾|嘉宾|特邀|(?:分别)?安排|在(?!线|台(?:办事处|协会))|(?<![数证依根占票单])据|举行|召开|与会|并|了|而|则|的|增补|补选|感谢|鸣谢|祝贺|恭喜|勉励|带领|率领|陪同|(?<!特)邀得?(?!请)|颁(?:发)?给|交(?:给|予)|图\s*[\d一二三四五六七八九十]*\s*(?:为|[：:])[：:]?|(?:推|举)?选出|(?:依序|依次|分别)为|(?<=者|会长|理事长|主任|书记|主席)为(?=[^，,、。；;]{4})|参与(?!和)|目前|致赠|赠送|给(?:与|予)|(?<=[)）])代表|(?:父亲|母亲|弟弟|哥哥|姐姐|妹妹|儿子|(?<!妇)女儿|丈夫|妻子)(?:即|是|为|担任)?|以及|(?<=[团组队])获|：|(?<!\d):|——|──|(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚上|晚)?(?![电讯])|表彰|表扬|专访|主礼|(?<=^|[，,。；;\s])会中|敦聘|聘用|特聘(?!教授|专家|研究员|顾问)|称赞|赞扬|拜会|拜访|看望|慰问|增聘|(?<=匾额|奖牌|锦旗|证书|奖状|纪念品|礼物|感谢状|[”」』＿])给|(?:正面|前排|后排)?[左右](?:起|[一二三四五六七八九十\d]+)?为|[左右]起|(?<=嘉宾|来宾|领导|专家|成员|人员|的)有|有[：:]|进行|尚有|^为(?!民|人|老|侨)|[”’"」』]/g;
/**
 * Text that is running prose, not a position (学习 as a verb, `学习贯彻`, not in a body's name: `某政协文史和学习委员会`,
 * `市政协学习文史委`).
 */
const NOT_POSITION =
  /[的了是]|高兴|荣幸|从[^，。]{1,12}到|出任|担任|致词|致辞|召开|举行|举办|指出|表示|强调|出席|参加|主办|承办|发布|签署|宣读|介绍|开展|围绕|聚焦|通过|获得|得到|典礼|选举|产生|牢记|贯彻|学习(?!(?:文史)?委)|落实|嘱托|视察|重视|关心(?!下一代)/;
const MODIFIED_TITLE = new RegExp(
  `^(?:原|前|第一(?=副)|高级(?=副|顾问)|[一二三四]级(?=巡视员|调研员|主任科员)|副|常务|执行|专职|名誉|荣誉|永久|永远|署理|代|总)*(?:${[...TITLE_WORDS].sort((a, b) => b.length - a.length).join('|')})`,
);
/** `处长等`, `处长`: a title that closes what is left, so it is the name's before it, not a second person's. */
const OWN_TITLE_AFTER = new RegExp(`${MODIFIED_TITLE.source}(?:等|$)`);
/** A predicate that a `<name><title>` back-reference must be followed by. */
const ACTION_AFTER =
  /^(?:首先|随后|接着|最后)?(?:在[^，。]{0,8}?(?:致辞|致词|讲话|发言|主旨演讲|演讲)|在会上|以[《“]|及|以及|和|与|等|分别|共同|先后|一同|带队|带领|上台|登台|发表|致|宣读|主持|指出|表示|强调|讲话|发言|参加|出席|应邀|受邀|专程|委托|就|提出|介绍|代表|所作|作|做|说|要求|认为|回顾|到会|莅临|解读|分享|对|向|为|充分|希望|总结|报告|汇报|通报|宣布|提交|考察|视察|调研|一行)/;
const ORG_TAIL =
  /(?:人大|政协|工商联|分行|支行|高中|中学|小学|国中|国小|高职|商工|高工|工商|日报|晚报|时报|旺报|局|厅|部|委|办|处|室|院|校|大学|学院|中心|政府|会|社|集团|公司|银行|馆|站|所|团|队|盟|组|司|署|(?<!学|专|本)科|企业|镇|乡|村|街道|社区|协会|商会|(?<![关体联])系|(?<=[科侨妇文残台青社作])(?:协|联))$/;

/** Text that ends as a body's name does and is no running prose: an organization named before a person. */
const namesBody = (s: string) => ORG_TAIL.test(s) && !NOT_POSITION.test(s);

const LEADING_STOP =
  /^(?:接下来|紧接着|接着|然后|听取了?|(?:本次|此次)?(?:会议|大会|论坛|座谈会|研讨会|活动|仪式|开幕式|会)由|由|受|派(?!员)|请|邀请|其中|会上|会后|随后|期间|同时|此外|最后|首先|另外|当天|现场|[一二三四五六七八九十]是|我(?:协会|商会|学会|院|局|校|中心)|我会|本会|我所|新当选|在|据|经|会议(?![主秘])|[（(]?图\s*[\d一二三四五六七八九十]*\s*(?:为|[：:])[：:]?|即(?!将))+/;
const text0 = (s: string) => s.trim().replace(LEADING_STOP, '');
/** Text that reads as a post: it ends in a title, is no running prose and is not too long. */
const asPost = (s: string): string | undefined =>
  s && endsWithTitle(s) && !NOT_POSITION.test(s) && s.length <= 60 ? s : undefined;
/** What follows the last stop word; a short quoted word inside a position (`区“双创”工作领导小组组长`) is no stop. */
const lastStop = (s: string) => {
  let at = 0;
  const masked = s.replace(/“[\p{Script=Han}]{1,10}”(?=\p{Script=Han})/gu, (q) => '＿'.repeat(q.length));
  for (const m of masked.matchAll(STOP)) at = m.index + m[0].length;
  return s.slice(at);
};

interface Mention {
  name: string;
  position?: string;
  /** The position came from a caption or a `<name><title>` back-reference. */
  weak: boolean;
  known: boolean;
  /** Where the mention ends in the sentence (its tail starts here). */
  end: number;
  /** Read as `<organization><name><title>`: the organization is named right before the name. */
  orgFirst?: boolean;
  /** That organization (`经文处` in `经文处甲处长`), which a next list item of only `<name><title>` shares. */
  org?: string;
  /** A seat among many an election filled (甲等31人为常务理事): the last resort for a position. */
  seat?: boolean;
  tail: string;
}

/**
 * `乙、丙、丁等院士`: the rest of a list of names closed by 等 and what they all are (`甲，乙、丙等某省领导`: leaders of a
 * place, too; `乙、丙、丁等8名统一着装的形象代言人`, a count of them and what they are, round 270).
 */
const LIST_CLOSED_BY =
  /^\s*(?:\p{Script=Han}{2,4}、)+\p{Script=Han}{2,4}等(?:(?:\d+位|[一二三四五六七八九十]+位)?(?:\p{Script=Han}{0,6}?(?:省|市|区|县|州|自治区)(?=领导))?(院士|教授|专家|学者|嘉宾|代表|领导)|(?:\d+|[一二三四五六七八九十]+)名[^，,。；]{0,12}?(?:代言人|志愿者|运动员|选手|学生|队员|成员|代表))/u;

interface Chunk {
  text: string;
  start: number;
  sep: string;
}

function chunksOf(sentence: string): Chunk[] {
  const parts = splitOutside(sentence, '、，,；;');
  const out: Chunk[] = [];
  let at = 0;
  for (const p of parts) {
    out.push({ text: p, start: at, sep: sentence[at + p.length] ?? '' });
    at += p.length + 1;
  }
  return out;
}

/** What a 为/向/给/对 clause leads to: 为…颁发, 向…致以, 给…授牌. */
const PREP_FRAME =
  /颁|授|揭牌|赠|送|发放|佩戴|戴上|致以|献|题写|点赞|[作做]了?[^，。]{0,12}报告|讲解|介绍|加油|带来|服务/;

const STRONG_ROLE = /^(?:出席|主持|致辞|讲话|在致辞|在讲话|表示|指出|强调|发表|作了|代表|到会|莅临|亲临)/;

/** Chooses among names starting at the same place: the archive's, then the longest with something after it. */
function pickName(options: NameMatch[], rest: string, allowUnsure: boolean): NameMatch | undefined {
  // A name without a known surname only where nothing else can stand: at the end of a list item, or before what a person does.
  // (`专家张真和处长等`: a title that ends the list after it is the name's own, and 和 the name's last character.)
  const usable = options
    .filter(
      (o) =>
        !(
          /[和与及]$/.test(o.name) &&
          MODIFIED_TITLE.test(
            rest.slice(o.name.length).replace(/^\p{Script=Han}{1,6}?(?=[省市区县]长|[省市区县]委)/u, ''),
          ) &&
          !(/和$/.test(o.name) && OWN_TITLE_AFTER.test(rest.slice(o.name.length)))
        ),
    )
    .filter(
      (o) =>
        !o.unsure ||
        (allowUnsure && o.name.length === 3 && /^(?:$|等)/.test(rest.slice(o.name.length))) ||
        (allowUnsure && o.name.length >= 3 && STRONG_ROLE.test(rest.slice(o.name.length))),
    );
  const known = usable.find((o) => o.known);
  if (known) return known;
  // 周强为出席的专家颁发了聘书: 为/向/给/对 opens the clause (为…颁发), it does not end the name; nor does the 做 of
  // `某某做工作报告`. Two or three characters before it (欧阳明为), the shorter name a sure one.
  const prep = usable.find(
    (o) =>
      (o.name.length === 3 || o.name.length === 4) &&
      /[为向给对做]$/.test(o.name) &&
      usable.some((p) => p.name === o.name.slice(0, -1) && !p.unsure),
  );
  if (prep && PREP_FRAME.test(splitOutside(rest.slice(prep.name.length - 1), '，,。；;')[0]!))
    return usable.find((p) => p.name === prep.name.slice(0, -1));
  // A name with a known surname beats a longer one without (王二 in 王二分别作了…).
  const sure = usable.filter((o) => !o.unsure);
  const withTail = (sure.length ? sure : usable).filter((o) => rest.slice(o.name.length) !== '');
  // `荣誉会长黄守正、…`: a name that ends the chunk beats a shorter one leaving a lone character (黄守 + 正).
  // (`校长李永和，`, `书记李佐同、`: 和 and 同 end many names; nothing follows them here to join.)
  const whole = sure.find((o) => o.name.length === 3 && rest === o.name && !/[与及跟]$/.test(o.name));
  if (whole && withTail.every((o) => rest.length - o.name.length === 1)) return whole;
  if (sure.length) return withTail[0] ?? sure[0];
  return withTail[0] ?? usable[0];
}

interface Parsed {
  kind: 'person' | 'position' | 'other';
  mention?: Mention;
  position?: string;
}

interface ReadContext {
  known: readonly string[];
  /** Names already met in this report (with or without a position). */
  seen: Set<string>;
  /** Names the report writes as `某某同志` anywhere: met, but not yet as anyone in particular. */
  comrades?: ReadonlySet<string>;
  /** Positions of the people met, for `章部长` back-references. */
  positions: Map<string, string>;
  caption: boolean;
}

const TITLES_G = new RegExp(`(?:${[...TITLE_WORDS].sort((a, b) => b.length - a.length).join('|')})`, 'g');

/** `一级调研员（原…组长）`: a former post in brackets is not the position held then. */
const withoutFormerPost = (position: string) =>
  position.replace(/[（(](?:原|前|曾任)[^）)]*[）)]/g, '').trim() || position;

/** `副总理回良玉致贺信`: a name with a rare surname, right after a title and followed by punctuation or a deed. */
function rareSurnameName(rest: string): NameMatch | undefined {
  const titled = TITLED_SURNAMES.has(rest[0] ?? '');
  if (!RARE_SURNAMES.has(rest[0] ?? '') && !titled) return undefined;
  for (const len of [3, 2]) {
    const name = rest.slice(0, len);
    if (
      name.length === len &&
      /^\p{Script=Han}+$/u.test(name) &&
      !NOT_NAME.test(name) &&
      (titled ? TITLE_AFTER : RARE_AFTER).test(rest.slice(len))
    )
      return { name, known: false, unsure: true };
  }
  return undefined;
}
/**
 * Surnames that after a title far more often start a phrase (`会长向大家介绍`): a name with one is read only when an
 * academic title and punctuation follow it (`名誉理事长向某某院士、`).
 */
const TITLED_SURNAMES: ReadonlySet<string> = new Set('向');
const TITLE_AFTER = /^(?:院士|教授|研究员)(?=$|[，,、。；;])/;
const RARE_AFTER =
  /^(?:$|[，,、。；;（(]|出席|致辞|致贺|主持|讲话|参加|等|宣布|宣读|发表|代表|介绍|表示|指出|强调|当选|担任|率领|带领|带队|率团|率队|一行|同志|首先|随后|接着|先生|女士|院士|教授)/;

const OTHER_POST = new RegExp(`^${MODIFIED_TITLE.source.slice(1)}$`);

/** `王五为青川协会会长李四颁发证书`: the giver and 为/向/给 before the receiver's position are not part of it. */
function withoutGiver(position: string, ctx: ReadContext): string {
  const giver = namesAt(position, ctx.known).find(
    (o) => !o.unsure && /^[为向给](?!民|人|老|侨)\p{Script=Han}/u.test(position.slice(o.name.length)),
  );
  return giver ? position.slice(giver.name.length + 1) : position;
}

/** `与某总会某某会长`, `及某会会长某某`: a conjunction before an organization or a position is no part of it. */
const CONJUNCTION_BEFORE = /^(?:与|及)(?=\p{Script=Han}{2})/u;

/** Honorifics a name may carry after its position: Malaysian (`会长拿督斯里王某`, `总会长丹斯里林某`), English (`议员 Ms.Jane Doe`). */
const HONORIFIC_BEFORE =
  /^(?:(?:丹斯里|拿督斯里|拿汀斯里|拿督|拿汀|敦)+(?=\p{Script=Han}{2})|(?:Mr|Ms|Mrs|Dr)\.\s?(?=[A-Z]))/u;

/** A diplomatic rank after a name, then where a name's words end. */
const RANK_AFTER =
  /^(?:公使衔参赞|公使|公参|参赞|临时代办|大使|总领事|副总领事|领事)(?=$|[，,、。；;（(和与及等]|出席|致辞|讲话|主持|参加|应邀|受邀)/;

/** What follows a place that opens a body's name (`龙岩市委`, `莫旗达斡尔学会`). */
const BODY_AFTER_WORD =
  /^(?:[市省县区旗州盟镇乡村]|\p{Script=Han}{0,5}?(?:学会|协会|商会|联合会|研究会|促进会|委员会|公司|集团|大学|学院))/u;

/**
 * `主席苏辉宣告开幕`, `主席陈兵专程前来`: after a title, a name the word list cannot end (宣告, 专程 are no words it
 * knows a name ends before) where the segmenter reads two or three characters with a known surname as one word it
 * does not have in its dictionary (or as a name), something else following.
 */
function segmentedName(rest: string): NameMatch | undefined {
  const word = openingUnknownWord(rest);
  if (!word || !/^\p{Script=Han}{2,3}$/u.test(word) || !surnameOf(word) || RARE_SURNAMES.has(word[0]!))
    return undefined;
  // `河南省长葛市召开`: the rest of a place after a governor's title (`葛市`); no two-character name ends in 市, 县 or 省.
  if (/[市县省]$/.test(word)) return undefined;
  // `任名誉理事长`: the verb before a post (or a post's modifier), not a surname.
  const after = word.slice(1);
  if (NOT_NAME.test(word) || MODIFIED_TITLE.test(after) || /^(?:名誉|荣誉|常务|执行|副|原|前|代|总)/.test(after))
    return undefined;
  // `龙岩市委`, `莫旗达斡尔学会`: a place that opens a body's name, not a person; `某某未能出席`: someone who was not there.
  const next = rest.slice(word.length);
  if (BODY_AFTER_WORD.test(next) || /^(?:未|没|不能|无法)/.test(next)) return undefined;
  return { name: word, known: false, unsure: false };
}

/** `副局长肖向飞出席`: a position ending in a title word, then the name. */
function positionThenName(text: string, at: number, ctx: ReadContext): Mention | undefined {
  for (const m of text.matchAll(TITLES_G)) {
    // `某处处长代表王某县长颁发`: 代表 right after a title, before a name with a title of its own, is a verb (on behalf
    // of), no title of that name (`负责人代表某某` still is one).
    if (m[0] === '代表' && endsWithTitle(text.slice(0, m.index)) && NAME_THEN_TITLE.test(text.slice(m.index + 2)))
      continue;
    let end = m.index + m[0].length;
    if (text[end] === '）') end++;
    // `副主任（主持工作）贺东`: a note in brackets after the title belongs to the position.
    const note = /^[（(]([^）)]{1,8})[）)]/.exec(text.slice(end));
    // `副会长（理事）某某`, `会长（理事长）某某`: a note that is only another post is not part of the position.
    const otherPost = !!note && OTHER_POST.test(note[1]!);
    const postEnd = end;
    if (note) end += note[0].length;
    // `副处长 张岩`: one space between the position and the name; `会长拿督斯里王某`, `议员 Ms.Jane Doe`: an honorific, no
    // part of either.
    const space = /^ (?=[\p{Script=Han}A-Z])/u.test(text.slice(end)) ? 1 : 0;
    const gap = space + (HONORIFIC_BEFORE.exec(text.slice(end + space))?.[0].length ?? 0);
    const rest = text.slice(end + gap);
    // `领事参赞某某`: a second title right after the first, the name after both.
    if (MODIFIED_TITLE.test(rest)) continue;
    const name = pickName(namesAt(rest, ctx.known), rest, true) ?? rareSurnameName(rest) ?? segmentedName(rest);
    if (!name) continue;
    const position = withoutGiver(
      lastStop(text.slice(0, otherPost ? postEnd : end))
        .replace(/^[，,、：:\s]+/, '')
        // `（某地11日讯）某会会长`: a dateline in brackets; `大会推选某职`, `代表总会长某某`, `其中有某职`: the word before
        // the post.
        .replace(/^[（(][^）)]{1,20}[)）]\s*/, '')
        // `某社某地11月23日电 （记者 甲 乙）某会副会长`: an agency's dispatch line and its reporters opening the paragraph.
        .replace(/^[^，,。（(]{2,20}?\d{1,2}日电\s*[（(][^）)]{1,30}[)）]\s*/, '')
        // `某报讯（记者 某某 某地报道）某会副主席`: a paper's dateline and its reporter, likewise.
        .replace(/^[^，,。（(]{2,20}?讯\s*[（(][^）)]{1,30}[)）]\s*/, '')
        // `(某市议会主席某某…`: a caption's bracket that closes after the name.
        .replace(/^[（(](?![^（()）]*[)）])/, '')
        .replace(/^(?:(?:大会|会议)?(?:推选|推举|选举|聘请|聘任|任命)|代表|有)(?=\p{Script=Han}{3})/u, '')
        // `某协会供图某会会长`: a photo's credit run on before the caption's post.
        .replace(/^\p{Script=Han}{2,20}?供图(?=\p{Script=Han}{3})/u, '')
        // `数学家有某院院士某某`, `政府官员有某省副省长某某`, `赞助者某集团总裁某某`, `计有某县长某某`: who they were among
        // those present, or what they did for the event, is no part of the post.
        .replace(
          /^(?:\p{Script=Han}{1,4}?(?:家|官员|领导|嘉宾|来宾|贵宾|人士|学者)(?:有|包括)|赞助(?:者|方|商)|计有|共有)(?=\p{Script=Han}{3})/u,
          '',
        )
        // `我国贸工部长`, `我市某中学董事长`, `现任侨务委员`: the writer's country or town and 现任 are not part of the post.
        .replace(/^(?:我国|我省|我市|我县|我区|现任)(?=\p{Script=Han}{2})/u, '')
        // `开幕式上某市副市长`, `会议中第三届某会主席`: where in the event the person spoke, before the post.
        .replace(
          /^(?:开幕式|闭幕式|开幕晚宴|晚宴|仪式|典礼|会议|大会|论坛|启动仪式)(?:上|中)(?=\p{Script=Han}{3})/u,
          '',
        )
        // `我厅副厅长`, `我局局长`, `本网总裁`: the publishing body speaking of itself, which the post leaves out as 该会 above.
        .replace(/^(?:我(?:厅|局|委|会|院|校|部|所)|本网)(?=\p{Script=Han}{2})/u, '')
        // `某某官网代表`, `某某·官方网站董事长`: a mirror's advertising put where the body's name stood.
        .replace(/^[^，,、]*?(?:官网|官方网站)(?=\p{Script=Han}{2})/u, '')
        .replace(CONJUNCTION_BEFORE, ''),
      ctx,
    );
    // (`秘书长谈晓平等分别作了发言`: a three-character name that a list's mark or 等 closes may follow a short post.)
    if (
      name.unsure &&
      RARE_SURNAMES.has(name.name[0]!) &&
      position.length < 5 &&
      !(name.name.length === 3 && /^[等、，,。；]/.test(rest.slice(3)))
    )
      continue;
    if (!position || NOT_POSITION.test(position) || position.length > 60 || !endsWithTitle(position)) continue;
    // `临时代办某某公使`, `领事部主任某某公参`: a diplomatic rank after the name is a second post of the same person.
    const rank = RANK_AFTER.exec(rest.slice(name.name.length))?.[0] ?? '';
    return {
      name: name.name,
      position: withoutFormerPost(position) + (rank ? `、${rank}` : ''),
      weak: ctx.caption,
      known: name.known,
      end: at + end + gap + name.name.length + rank.length,
      tail: rest.slice(name.name.length + rank.length),
    };
  }
  return undefined;
}

/** A surname and a post (`王县长`, `陈司长`) listed before the post read, with 及, 和, 与 or 、 between. */
const PERSON_BEFORE =
  /^(\p{Script=Han})(?:[省市县区镇乡司局处部厅]长|主委|主席|书记)(?:及|和|与|、)(?=\p{Script=Han}{3})/u;

/** `云龙镇陈泽宁镇长致了欢迎词`: an organization, the name, the title, then what they did. */
function organizationNameTitle(text: string, at: number, ctx: ReadContext): Mention | undefined {
  for (let i = 0; i < text.length - 2; i++) {
    if (!surnameOf(text.slice(i)) && !ctx.known.some((k) => text.startsWith(k, i))) continue;
    for (const name of namesAt(text.slice(i), ctx.known, MODIFIED_TITLE).filter((n) => !n.unsure)) {
      const after = text.slice(i + name.name.length);
      const title = MODIFIED_TITLE.exec(after);
      if (!title) continue;
      const tail = after.slice(title[0].length);
      // `大会徐丹副书记宣读…`: the meeting itself is no organization of the title.
      // `接下来某某秘书长作了…`: words that only open the clause are no organization either.
      const before = lastStop(text.slice(0, i));
      const org = (before.replace(LEADING_STOP, '') ? before : '')
        .replace(/^[：:\s]+/, '')
        // `嘉宾云集，有某局某某副局长`: the verb that opens the list is no part of the first item's body.
        .replace(/^(?:还有|有|包括)(?=\p{Script=Han}{3})/u, '')
        .replace(/^(?:本次|此次)?(?:大会|会议|会上|论坛|年会)$/, '')
        .replace(CONJUNCTION_BEFORE, '');
      // (`汕头市某某副市长`: a place before its own head's title, 市 before 市长, names the government it heads.)
      const placeHead = /^\p{Script=Han}{1,5}[省市县区州]$/u.test(org) && title[0].endsWith(`${org.slice(-1)}长`);
      const isOrg = !!org && (namesBody(org) || placeHead);
      // A list item that is exactly <organization><name><title> (甲局某某调研员、乙局局长…) needs no verb after it; the
      // organization of three characters or more (民政局某某调研员、…).
      // `甲参赞，乙会长分别致辞`: someone met before, then the title, as a list item.
      // `岭南大学某某副校长（筹委会主席）、…`: a note in brackets may close the item; the last item keeps the sentence's full stop.
      const itemEnd = /^(?:[（(][^）)]{1,12}[）)])?[。！？!?]?$/.test(tail);
      const metAgain = tail === '' && !org && ctx.seen.has(name.name);
      if (
        !ACTION_AFTER.test(tail) &&
        !(itemEnd && isOrg && org.length >= 3 && !/[省市区县州]$/.test(name.name)) &&
        !metAgain
      )
        continue;
      // An organization named by its part in the event (承办单位某某秘书长以及…): the title alone, as a weak position.
      if (org && !isOrg && !/(?:单位|方)$/.test(org)) continue;
      if (org && !isOrg)
        return {
          name: name.name,
          position: title[0],
          weak: true,
          known: name.known,
          end: at + i + name.name.length + title[0].length,
          tail,
        };
      return {
        name: name.name,
        position: org + title[0],
        orgFirst: !!org,
        org: org || undefined,
        weak: !org || ctx.caption || ctx.seen.has(name.name),
        known: name.known,
        end: at + i + name.name.length + title[0].length,
        tail,
      };
    }
  }
  return undefined;
}

/** `章部长强调`: a surname and a title standing for the one person met before with that title. */
function backReference(text: string, at: number, ctx: ReadContext): Mention | undefined {
  const stripped = text.replace(LEADING_STOP, '');
  const ref = new RegExp(`^(\\p{Script=Han})(${MODIFIED_TITLE.source.slice(1)})`, 'u').exec(stripped);
  if (!ref || !surnameOf(ref[1]!)) return undefined;
  const title = ref[2]!.replace(/^(?:原|前|副|常务|执行|名誉|荣誉|代|总)+/, '');
  const who = [...ctx.positions].filter(([n, p]) => n.startsWith(ref[1]!) && p.includes(title));
  const tail = stripped.slice(ref[0].length);
  if (who.length !== 1 || !ACTION_AFTER.test(tail)) return undefined;
  return {
    name: who[0]![0],
    weak: true,
    known: false,
    end: at + (text.length - stripped.length) + ref[0].length,
    tail,
  };
}

/** A surname with a title cut to its first character: 参(赞), 总(经理), 董(事长), 局(长), 处(长), 秘(书长). */
const CUT_TITLE = /^\p{Script=Han}[参总董局处秘]$/u;

/** A name alone: known or met before, sharing the position before it in a list, or doing something stated. */
function bareName(text: string, at: number, ctx: ReadContext, inList: boolean): Mention | undefined {
  const bare = text.replace(LEADING_STOP, '');
  const from = text.length - bare.length;
  for (const name of namesAt(bare, ctx.known)) {
    // `甲、乙 等出席`: a stray space before 等.
    const tail = bare.slice(name.name.length).replace(/^ (?=等)/, '');
    const met = name.known || ctx.seen.has(name.name);
    // `荣参在致辞中表示`, `王总介绍`: a surname and a title cut to one character (参赞, 总经理, 董事长), not a name.
    if (!met && name.name.length === 2 && CUT_TITLE.test(name.name)) continue;
    const listed =
      inList && !name.unsure && /^(?:$|等|出席|列席|参加|分别|共同|在|代表|作|做|致|讲话|主持|以及|及|和)/.test(tail);
    const acts =
      !name.unsure &&
      /^(?:首先|随后|接着|最后)?(?:致辞|主持|讲话|发言|在致辞中|在讲话中|代表[^，。]{0,30}(?:作|做)|作了|发表)/.test(
        tail,
      ) &&
      !!surnameOf(name.name);
    if ((met || listed || acts) && NAME_END.test(tail))
      return { name: name.name, weak: true, known: name.known, end: at + from + name.name.length, tail };
  }
  // `副主席甲、井某某、乙`: a list item that is exactly a name with a rare surname, between the names of a list.
  const rare = inList && text === bare ? rareSurnameName(bare) : undefined;
  if (rare && rare.name === bare) return { name: rare.name, weak: true, known: false, end: at + bare.length, tail: '' };
  return undefined;
}

/** Reads one chunk. `offset` is where it starts in the sentence; `inList` allows a bare name sharing the previous position. */
function readChunk(chunk: string, offset: number, ctx: ReadContext, inList: boolean): Parsed {
  const text = chunk.trim();
  const at = offset + chunk.length - chunk.trimStart().length;
  const mention =
    positionThenName(text, at, ctx) ??
    organizationNameTitle(text, at, ctx) ??
    backReference(text, at, ctx) ??
    bareName(text, at, ctx, inList);
  if (mention) return { kind: 'person', mention };
  const position = asPost(lastStop(text));
  if (position) return { kind: 'position', position };
  return { kind: 'other' };
}

/**
 * The role the words after a list give it: the stated role of highest precedence
 * (出席…并讲话 → 讲话), else the first inferred one in the text (提到… 表示 → 发言).
 */
export function roleOf(predicate: string): RoleRule | undefined {
  // A title (`以《…重要讲话精神》为题`) says what the talk was about, not what its giver did: its words of
  // speaking, presiding and attending are masked (its 报告, 说明 still say what kind of talk it was).
  const clause = predicate
    .split(/[。！？]/)[0]!
    .replace(/《[^》]*》/g, (t) => t.replace(/讲话|致辞|致词|演讲|主持|出席|签约|颁奖|发言/g, '＿＿'));
  const stated = ROLE_RULES.find((r) => r.stated && r.re.test(clause));
  if (stated) return stated;
  return ROLE_RULES.filter((r) => !r.stated && r.re.test(clause)).sort(
    (a, b) => clause.search(a.re) - clause.search(b.re),
  )[0];
}

interface Found {
  mention: Mention;
  rule?: RoleRule;
  title?: string;
  sentence: string;
  section?: SpeechKind;
  caption: boolean;
}

const TITLE_ALT = [...TITLE_WORDS].sort((a, b) => b.length - a.length).join('|');
/** A name (two or three characters) and a title right after it (`王某县长`). */
const NAME_THEN_TITLE = new RegExp(`^\\p{Script=Han}{2,3}(?:${TITLE_ALT})`, 'u');
/** `区委副书记、区政府区长种及灵`: a position and something name-like the reader could not take as a name. */
const TITLE_THEN_NAME = new RegExp(`(?:${TITLE_ALT})\\p{Script=Han}{2,4}$`, 'u');
/** `（按姓氏笔画排序）`, `(以姓氏笔画为序)`: how a list of the elected is ordered, said between the names and the post. */
const LIST_ORDER = '(?:[（(](?:按|以)[^）)]{1,10}?(?:排序|为序|排列)[)）])';
/**
 * `乔恒、王颖、曹和平等当选为副会长`, `甲、乙荣升副主席`, `甲、某某·某某当选副会长`, `甲、乙和丙当选为副理事长`: names alone
 * (a name with a middle dot among them; 和 or 及 before the last), elected to a post that is then their position (a title
 * inside a board's name, 理事 in `某学会第十届理事会副理事长`, is not where the post ends).
 */
const ELECTED = new RegExp(
  `((?:(?:\\p{Script=Han}{1,5}[${NAME_DOTS}])?\\p{Script=Han}{2,3}(?:、|[和及](?=\\p{Script=Han}{2,3}(?:当选|荣升|升任))))+(?:\\p{Script=Han}{1,5}[${NAME_DOTS}])?\\p{Script=Han}{2,3}?)等?${LIST_ORDER}?(?:当选|荣升|升任|被(?:选举|选|推选|推举|增补|聘请|聘任|聘)为|受聘为)(?:为)?([^，。；、]{0,20}?(?:${TITLE_ALT}))(?!会|团)`,
  'gu',
);
/** `…，甲、乙、丙任副会长，…`: a clause that is only a list of names and 任 a post (the verb that chose them said before). */
const ASSIGNED = new RegExp(
  `(?<=^|[，,。；;：:])((?:\\p{Script=Han}{2,3}、\\s?)+\\p{Script=Han}{2,3}?)(?:担任|任)([^，。；、]{0,12}?(?:${TITLE_ALT}))(?:职务|等职)?(?=[，。；;]|$)`,
  'gu',
);
/**
 * `王某等29名同志当选为副会长`, `（选出…，）甲、乙等7人为副主席；丙等26人为常务理事`, `甲、乙…11位教授当选为副主任委员`: names
 * and a count, elected to a post
 * (the 为 form only after an election in the sentence).
 */
const ELECTED_COUNT = new RegExp(
  `((?:\\p{Script=Han}{2,3}、)*\\p{Script=Han}{2,3}?)${LIST_ORDER}?(?:等\\d+(?:人|名)(?:个人)?(?:同志)?|等?\\d+位(?:同志|教授|专家)?)(?:（[^）]{1,20}）)?(?:当选为?|被?增补为|(?<=(?:选出|选举|推选|选举产生)[^。]*)为)([^，。；、]{0,20}?(?:${TITLE_ALT}))(?=[，。；;、]|$)`,
  'gu',
);
/**
 * `某某当选第二届理事会会长并…`, `某某当选为某协会首届会长`, `某某再次当选会长`, `某某荣膺某会第50届会长`: one name, elected
 * to the post that is then the position (the body before it dropped; an edition right before the post kept).
 */
const ELECTED_ONE = new RegExp(
  String.raw`(?<=^|[，,。；;：:、\s])(\p{Script=Han}{2,3})(?:同志|${CLERIC_ADDRESS})?(?:再次|继续|连续)?(?:当选|连任|荣膺|成为|被(?:选举|选|推选|推举)为)(?:为)?(?:该会|本会|协会|商会|学会|\p{Script=Han}{2,24}?(?:协会|商会|学会|联合会|促进会|研究会|基金会|总会|联谊会|同乡会|分会))?(?:(?:第[一二三四五六七八九十\d]+届|新一届|首届)?(?:理事会|监事会|董事会)|新一届|首届)?((?:第[一二三四五六七八九十\d]+届)?(?:副|常务副|执行|专职副|专职|名誉|第一副)?(?:会长|理事长|监事长|秘书长|主席|董事长))(?=[，。；、并]|$)`,
  'gu',
);
/**
 * `副主席：甲、乙、丙`, `某联盟理事会常务委员：甲、乙`, `某会常务副会长、副会长：甲、乙`: a post (maybe with its body, maybe
 * several posts held by all), a colon, then the names that hold it (the post first: `swap`).
 */
const ROSTER = new RegExp(
  `(?<=^|[，,。；;、\\s])([^，,。；;：:︰\\s“”]{0,30}?(?:${TITLE_ALT}))[：:︰]((?:\\p{Script=Han}{2,3}、)+\\p{Script=Han}{2,3}?)(?=[，,。；;等各及和以]|出席|参加|到会|莅临|$)`,
  'gu',
);
/** `新任会长由甲担任`: a post, then who took it (the post first: `swap`). */
const TAKEN_BY =
  /(?<=^|[，,。；;\s])((?:新任|首任|新一届)?(?:副|常务副|执行|名誉|荣誉)?(?:会长|理事长|监事长|秘书长|主席|总会长))(?:则|均|分别)?由((?:\p{Script=Han}{2,3}、)*\p{Script=Han}{2,3}?)(?:[（(][^）)]{1,12}[）)])?(?:担任|出任|接任|连任)/gu;
/** `授予甲、乙同志“…”称号`: those honoured; `聘任甲同志为顾问`: those appointed (the post read by appointedClauses). */
// (`授予甲、乙等20人“…”称号`, `授予丙“…”奖`: a title or award in quotes right after the names, or after how many they are.)
const AWARDED =
  /(?:授予|授以)((?:\p{Script=Han}{2,3}、)*\p{Script=Han}{2,3}?)(?:等?同志|(?:等(?:\d+|[一二三四五六七八九十]+)?[人位名]?)?(?=[“「][^”」]{2,40}[”」](?:荣誉)?(?:称号|奖)))/gu;
/** `王某等10人获得某某年度人物奖`: the first names of those who won an award or a title. */
const WON =
  /(?<=^|[，,。；;：:])((?:\p{Script=Han}{2,3}、)*\p{Script=Han}{2,3}?)等(?:\d+|[一二三四五六七八九十]+)?[人位名]?(?:获得|荣获|获)[^，。；]{0,24}?(?:奖|称号|荣誉)/gu;
const APPOINTED = /(?:聘任|聘请)((?:\p{Script=Han}{2,3}、)*\p{Script=Han}{2,3}?)等?同志为/gu;
/** `曹德旺、张宗真、姚志胜等7位嘉宾代表围绕…讨论`: names alone, listed as guests; the role is what follows. */
const GUESTS =
  /((?:\p{Script=Han}{2,3}、)+\p{Script=Han}{2,3}?)等(?:\d+|[一二三四五六七八九十]+)?(?:位|名)?(?:嘉宾|专家|学者|代表|领导|企业家)/gu;
/**
 * `市领导金洁、祁松、查颖冬`, `区关工委领导甲、乙` and `杜海波、田景斌等区领导`: names under a group label. The label says
 * what kind of people they are, not a post any of them holds: they get no position from it (round 146; a post of their
 * own named elsewhere still gives one). The label's body (温州市, 区关工委) only where it opens a clause.
 */
const LEADER_BODY = String.raw`\p{Script=Han}{1,10}?(?:[省市区县州旗]|[省市区县]委|关工委|人大|政协|政府|协会|学会|商会|联合会|[局厅委])`;
const LEADER_TAIL = '(?:[省市区县]|市委|区委|县委)?(?:四套班子|党政军)?领导';
const LEADERS_BEFORE = new RegExp(
  String.raw`((?:(?<=^|[，,。；;：:\s])(?!随着|跟随|[在由经和与及对向为给请从同跟把被])${LEADER_BODY})?${LEADER_TAIL})(?:有|包括)?[：:]?((?:\p{Script=Han}{2,3}、)*\p{Script=Han}{2,3}?)(?=[，,。；等及和]|现场|出席|参加|观看|带头|应邀|受邀|莅临|到会|陪同|一同|分别|共同|先后|亲临)`,
  'gu',
);
const LEADERS_AFTER = new RegExp(
  String.raw`((?:\p{Script=Han}{2,3}、)+\p{Script=Han}{2,3}?)等((?:${LEADER_BODY})?${LEADER_TAIL})`,
  'gu',
);
const LEADERS = [LEADERS_BEFORE, LEADERS_AFTER];
/** A group label and one name after it (`区领导甲`), all that stands before the next person read. */
const LABEL_THEN_NAME = new RegExp(`^${LEADER_TAIL}(\\p{Script=Han}{2,3})$`, 'u');

/** Titles that are posts (not 专家, 代表, 成员…, which say what someone is, not what they hold). */
const POST_ALT = TITLE_ALT.split('|')
  .filter(
    (t) =>
      !/^(?:专家|代表|成员|干部|老领导|博士|律师|合伙人|顾问|委员|理事|董事|监事|常委|教授|研究员|工程师|培训师|院士)$/.test(
        t,
      ),
  )
  .join('|');
/** `甲某、乙某等新老副会长作了发言`: names, then the plain title they all hold; the role is what follows. */
const TITLED = new RegExp(
  `((?:\\p{Script=Han}{2,3}、)+\\p{Script=Han}{2,3}?)等(?:新老|新任|历任|各位|\\d+位|[一二三四五六七八九十]+位)?((?:副|常务副|执行|名誉)?(?:${POST_ALT}))(?=[，。；]|作|做|在|分别|先后|出席|参加|发言|致辞|讲话|共同|代表|围绕|就)`,
  'gu',
);

/** `大会由甲担任司仪`, `…，甲、乙担任大会司仪`: who ran the proceedings, the part as the position. */
const EMCEE =
  /(?:由|(?<=^|[，,。；;]))((?:\p{Script=Han}{2,3}、)*\p{Script=Han}{2,3}?)(?:担任|任)(?:大会|会议|活动|典礼|晚会)?(司仪|主持人)/gu;

/** An item of a list that reads as a name on its own (`某某、`), with a known surname. */
const isListedName = (item: string, ctx: ReadContext) =>
  namesAt(`${item}、`, ctx.known).some((o) => o.name === item && !o.unsure);
/** Three items or more, two in three of them read as names: the list is one of names (a surname the reader lacks among them). */
const mostlyNames = (items: number, named: number) => items >= 3 && named * 3 >= items * 2;
/** An item of such a list that may be a name with a surname the reader lacks: two or three Han characters, no word. */
const LOOSE_NAME = (item: string) =>
  /^(?![其全各另每该本我你他她它此某新老原前副总第])\p{Script=Han}{2,3}$/u.test(item) &&
  !NOT_NAME.test(item) &&
  !endsWithTitle(item) &&
  !ORG_TAIL.test(item);

/** Lists of names alone: the pattern, and for an elected or titled list the post that becomes the position. */
const NAME_LISTS: { re: RegExp; elected: boolean; titled?: boolean; role?: Role; seat?: boolean; swap?: boolean }[] = [
  { re: ROSTER, elected: false, titled: true, swap: true },
  { re: TAKEN_BY, elected: true, swap: true },
  { re: ELECTED, elected: true },
  { re: ASSIGNED, elected: true },
  { re: ELECTED_ONE, elected: true },
  // A seat among many (甲等31人为常务理事) is a weak position: a post named for the same person elsewhere wins.
  { re: ELECTED_COUNT, elected: true, seat: true },
  { re: AWARDED, elected: false, role: '受奖' },
  { re: WON, elected: false, role: '受奖' },
  { re: APPOINTED, elected: false, role: '其他' },
  { re: TITLED, elected: false, titled: true },
  { re: EMCEE, elected: false, titled: true, role: '主持' },
  { re: GUESTS, elected: false },
  { re: LEADERS_BEFORE, elected: false, titled: true, swap: true },
  { re: LEADERS_AFTER, elected: false, titled: true },
];

/** A verb that fills posts with the names after it: `选举甲任会长`, `聘请乙、丙为顾问`. */
// (`产生了以甲为理事长，乙为监事长的新一届领导班子`: the team the vote produced, post by post.)
const APPOINTING =
  /选举|推选|推举|公推|聘请|聘任|任命|增补|增设|增选|当选|连任|新任|一致同意|(?:会议|大会)决定|产生了?(?=以)/;
/** The verb between the names appointed and their post (`为`, `任`, `被聘为`). */
const TAKES_POST = '(?:当选为|被(?:聘请|聘任|聘|推选|推举|选举|任命)为|兼任|任|担任|为)';
/** Posts an appointment fills. */
const POSTS =
  '(?:副|常务副|常务|执行|专职副|专职|名誉|荣誉|第一副)?(?:会长|理事长|监事长|秘书长|副秘书长|主席|顾问|常务理事|监事会主席|董事长)';
/**
 * One clause of an appointment: leading words that are no names (a shared lead such as `老领导、老会长`), the names, the
 * post (`选举产生了以甲为会长，乙等5人为副会长的领导班子`, `选举丙同志任会长`).
 */
const APPOINTED_CLAUSE = new RegExp(
  `^(?:同时|并|还|另)?(?:(?:会议|大会)还?(?:决定|同意)?)?(?:(?:${APPOINTING.source})+(?:产生)?(?:通过)?了?[：:]?)?以?((?:[^、，,；;]{1,8}、)*?)((?:\\p{Script=Han}{2,3}、)*\\p{Script=Han}{2,3}?)(?:等(?:(?:\\d+|[一二三四五六七八九十]+)?[人位名])?|(?:\\d+|[一二三四五六七八九十]+)[人位名])?(?:同志)?(?:[（(][^）)]{1,16}[）)])?${TAKES_POST}(\\p{Script=Han}{0,16}?)(${POSTS}(?:兼${POSTS})?)(?:等职务?)?(?:的\\p{Script=Han}{0,12})?$`,
  'u',
);
/**
 * A body's full name before an appointed post (`某某教育基金会`), not a word such as 本会 or 新一届; or a people's
 * organization by its short name (`县青联`, `新一届文联`).
 */
const BODY_BEFORE_POST =
  /^(?:(?!新一届|新任|本|该|我|总会|协会|商会|学会|基金会)\p{Script=Han}{3,16}(?:协会|商会|学会|联合会|总会|促进会|基金会|研究会|理事会)|(?:新一届)?\p{Script=Han}{0,8}(?:青联|妇联|侨联|文联|科协|社科联|工商联|残联|作协))$/u;
/** `…为甲、副会长有乙`: a 、 that ends one post-first clause and starts the next. */
const POST_AFTER_COMMA = new RegExp(`、(?=${POSTS}(?:为|有|是))`, 'u');
/** `…为会长、乙等40名同志为副会长、丙同志为秘书长`: a 、 after a post that starts the next name-first clause. */
const CLAUSE_AFTER_COMMA = new RegExp(
  `(?<=${POSTS})、(?=\\p{Script=Han}{2,3}(?:等(?:\\d+|[一二三四五六七八九十]+)[人位名])?(?:同志)?${TAKES_POST})`,
  'u',
);
/** `甲、乙、丙为副会长`: a clause that is only two names or more, 为 or 任 and a post. */
const LIST_TAKES_POST = new RegExp(`^(?:\\p{Script=Han}{2,3}、)+\\p{Script=Han}{2,3}(?:为|任|担任)${POSTS}$`, 'u');
/** The same, post first: `新任第一副会长为甲`, `副会长有乙和丙`. */
const POST_THEN_NAMES = new RegExp(
  `^(?:(?:大会|会议)?(?:选举出|选出|产生)了?|(?:提出)?增设)?(?:新任|新一届)?((?:创会|永远)?${POSTS}(?:兼(?:创会|永远)?${POSTS})?)(?:为|有|是|[：:])?((?:\\p{Script=Han}{2,3}[、和及与])*\\p{Script=Han}{2,3})$`,
  'u',
);

/**
 * `选举甲任会长，乙、丙任副会长；聘请老领导丁、戊任名誉会长`: in a sentence with a verb that fills posts, each
 * clause from that verb on that is only names, 任/为 and a post gives each name that post (the body before the
 * post and a shared lead before the names are left out). Every name must read as a name on its own.
 */
function appointedClauses(sentence: string, ctx: ReadContext): Found[] {
  const verb = APPOINTING.exec(sentence);
  const rule = ROLE_RULES.find((r) => r.role === '其他' && !r.stated);
  const out: Found[] = [];
  // `甲、乙、丙为副会长，丁连任秘书长`: before the verb, only clauses that are a list of names, 为 and a post.
  const before = verb
    ? splitOutside(sentence.slice(0, verb.index), '，,；;。').filter((c) => LIST_TAKES_POST.test(c.trim()))
    : [];
  const clauses = [...before, ...splitOutside(sentence.slice(verb?.index ?? 0), '，,；;。')]
    .flatMap((c) => c.split(POST_AFTER_COMMA))
    .flatMap((c) => c.split(CLAUSE_AFTER_COMMA));
  for (const clause of clauses) {
    const reversed = verb ? POST_THEN_NAMES.exec(clause.trim()) : null;
    const m = reversed ? ['', '', reversed[2]!, '', reversed[1]!] : APPOINTED_CLAUSE.exec(clause.trim());
    if (!m) continue;
    // `甲、乙为当选为某协会副主席`: a name ending in 为 (康广为) before 当选为, read by the list of the elected instead.
    if (/当选|担任|选举|推选/.test(m[3] ?? '')) continue;
    // Without a verb that fills posts in the sentence, only a clause that is a name, 任 and a post (`甲任执行主席`).
    if (!verb && (m[1] || !new RegExp(`^${m[2]}(?:担任|任)`).test(clause.trim()))) continue;
    // `甲等31人为常务理事`: a seat among many that a later clause may name a post for (`甲任副会长`).
    if (/^(?:常务理事|顾问)$/.test(m[4]!) && /等(?:\d+|[一二三四五六七八九十]+)?[人位名]/.test(clause)) continue;
    // `选举甲任某基金会理事长`: the body named before the post is part of the position as written.
    // (`聘请甲为本届顾问`, `…为第七届理事长`: the term the post is of, as written, too.)
    const post =
      BODY_BEFORE_POST.test(m[3]!) || /^(?:本届|第[一二三四五六七八九十\d]+届)$/.test(m[3]!) ? `${m[3]}${m[4]}` : m[4]!;
    const lead = m[1]!.split('、').filter(Boolean);
    // (和 joins two names, not the last character of one: `伍伯和为监事长`.)
    const names = m[2]!.split(/、|(?<=\p{Script=Han}{2})[和及与](?=\p{Script=Han}{2})/u);
    // `老会长甲、乙任名誉会长`: the first name glued to the end of the shared lead.
    const last = lead[lead.length - 1] ?? '';
    const glued = [3, 2].find((len) => last.length > len && endsWithTitle(last.slice(0, -len)));
    if (glued) {
      names.unshift(last.slice(-glued));
      lead.pop();
    }
    if (lead.some((item) => isListedName(item, ctx))) continue;
    // `甲当选会长、乙当选副会长`: a lead that is itself an appointment is read as its own clause, in order.
    if (lead.some((item) => /当选|担任|为/.test(item))) continue;
    const named = names.filter((n) => isListedName(n, ctx));
    // A post first, then three or more names (`名誉会长有甲、乙、丙…`): every item is a name there, even one whose
    // surname the list does not know, when most of them read as names.
    // (After a verb that fills posts, `聘请甲、乙、丙…为顾问`, a list of names 为 a post is one too.)
    const listed = (!!reversed || !!verb) && mostlyNames(names.length, named.length);
    if (names.some((n) => NOT_NAME.test(n)) || (named.length < names.length && !listed)) continue;
    for (const name of listed ? names.filter((n) => named.includes(n) || LOOSE_NAME(n)) : names) {
      // Someone met before keeps what the first mention said (met only as `某某同志`, with no post yet, takes this one).
      if (ctx.seen.has(name) && !(ctx.comrades?.has(name) && !ctx.positions.has(name))) continue;
      ctx.seen.add(name);
      const mention: Mention = { name, position: post, weak: false, known: ctx.known.includes(name), end: 0, tail: '' };
      out.push({ mention, rule, sentence, caption: ctx.caption });
    }
  }
  return out;
}

/**
 * The role of a list of names alone: its own clause first (`市领导甲、乙出席大会，某某主持会议` → 出席, not the
 * next person's 主持), then the rest of the sentence when its own clause says nothing.
 */
const listRole = (rest: string) => roleOf(splitOutside(rest, '，,；;')[0] ?? '') ?? roleOf(rest);

/**
 * `attendedFrom`: where a label saying its people attended (LEAD_ATTENDING) ends in the sentence, if it has one; a list
 * after it attended (`出席…的领导有：甲、乙`), as in readSentence.
 */
function nameLists(sentence: string, ctx: ReadContext, attendedFrom = Number.POSITIVE_INFINITY): Found[] {
  const out: Found[] = appointedClauses(sentence, ctx);
  for (const { re, elected, titled, role, seat, swap } of NAME_LISTS) {
    for (const m of sentence.matchAll(re)) {
      if (swap) [m[1], m[2]] = [m[2]!, m[1]!];
      // A roster's post as written, without what leads to it (`会上，`, `其中`); prose before the colon is no post.
      if (re === ROSTER) {
        const post = asPost(text0(lastStop(m[2]!)));
        if (!post) continue;
        m[2] = post;
      }
      // `选举甲、乙当选为…`: the second character of the verb before the list (选举, 推选) is no part of the first name.
      const verbBefore = /(?:选|推|公)$/.test(sentence.slice(0, m.index)) ? /^[举选]/ : /^$/;
      const names = m[1]!
        .replace(/^(?:以及|及|和)/, '')
        .replace(verbBefore, '')
        // `甲、乙和丙当选…`: 和 or 及 before the last name of an elected list (a name's own 和, 曹和平, is not before one).
        .split(re === ELECTED ? /、|[和及](?=\p{Script=Han}{2,3}$)/u : '、')
        .map((n) => n.trim());
      // `…为理事会会长、甲某等30名同志为副会长`: the post that closes the clause before is no name of the list.
      while (seat && names.length > 1 && endsWithTitle(names[0]!)) names.shift();
      // An elected list where a name the reader does not know stands among names it reads: the names read are taken.
      const known = names.filter((n) => isListedName(n, ctx));
      const mostly = (elected || re === ROSTER || LEADERS.includes(re)) && mostlyNames(names.length, known.length);
      if (known.length < names.length && !mostly) continue;
      // (Two in three read as names: the others of two or three characters are names whose surname the reader lacks,
      // `副主席：邓岭、束健文、…`.)
      const read = mostly ? names.filter((n) => known.includes(n) || LOOSE_NAME(n)) : known;
      const rule = role
        ? ROLE_RULES.find((r) => r.role === role && r.stated)
        : elected
          ? ROLE_RULES.find((r) => r.role === '其他')
          : (listRole(sentence.slice(m.index + m[0].length)) ??
            (attendedFrom <= m.index + m[0].indexOf(m[1]!) ? ATTENDING : undefined));
      // (`县领导甲、乙`, `四套班子领导…`: a group label is no position.)
      const label = LEADERS.includes(re);
      for (const name of read) {
        if (!elected && !role && ctx.seen.has(name)) continue;
        if (!seat) ctx.seen.add(name);
        const mention: Mention = {
          name,
          position: elected || (titled && !label) ? m[2] : undefined,
          weak: !elected || !!seat,
          seat,
          known: ctx.known.includes(name),
          end: 0,
          tail: '',
        };
        out.push({ mention, rule, sentence, caption: ctx.caption });
      }
    }
  }
  return out;
}

/** Titles after a list (分别作了题为《1》《2》的…; 以《…》为题) go to its people in order. */
function titlesFor(scope: string, count: number): (string | undefined)[] {
  const titles = /(?:题为|以)\s*《/.test(scope) ? [...scope.matchAll(/《([^》]+)》/g)].map((m) => m[1]!) : [];
  return Array.from({ length: count }, (_, i) =>
    titles.length === count ? titles[i] : titles.length === 1 && count === 1 ? titles[0] : undefined,
  );
}

/** More people in the rest of a chunk: `副市长王二和厅长张三`, `王某在副厅长张某和局长杜某的陪同下`, `会长王某为副会长李某…颁发`. */
function splitRest(m: Mention, chunk: Chunk, c: number, chunks: Chunk[], sentence: string, ctx: ReadContext): void {
  const joined = /^(和|与|及|以及)/.exec(m.tail);
  if (joined) {
    const restStart = m.end + joined[0].length;
    const rest = sentence.slice(restStart, chunk.start + chunk.text.length);
    const kind = readChunk(rest, restStart, ctx, true).kind;
    // `…甲以及某市人民政府副市长、党组成员乙`: a piece of the next person's position, before 、.
    if (kind === 'person' || (kind === 'position' && chunk.sep === '、')) {
      m.tail = '';
      chunks.splice(c + 1, 0, { text: rest, start: restStart, sep: chunk.sep });
      // (`某主席甲以及乙、丙等领导`: 以及 parts the list closed by 等 from the person before it, as a comma does.)
      // (And 及: `镇长甲及乙、丙、丁等8名形象代言人`, round 270.)
      if (/^以?及$/.test(joined[1]!) && LIST_CLOSED_BY.test(sentence.slice(restStart))) chunk.sep = '，';
    }
    return;
  }
  const rest = sentence.slice(m.end, chunk.start + chunk.text.length);
  if (!/^(?:在|与|和|及|为|向|给)/.test(rest)) return;
  const blanked = rest.replace(/^(?:在|与|和|及|为|向|给)/, (x) => ' '.repeat(x.length));
  const inner = readChunk(blanked, m.end, ctx, false);
  if (inner.kind === 'person' && inner.mention!.position && !inner.mention!.weak)
    chunks.splice(c + 1, 0, { text: blanked, start: m.end, sep: chunk.sep });
}

/** `徐明徐秘书长`: the name, then the surname again with the title (徐明, 徐秘书长); the surname is not part of the name. */
const DOUBLED_SURNAME = new RegExp(`(\\p{Script=Han})(\\p{Script=Han})\\1(?=(?:副|常务|执行)?(?:${TITLE_ALT}))`, 'gu');
/**
 * `某公会叶理事长文琪表示`, `廖立委婉汝`: the surname before the title and the given name after it, as Taiwanese and
 * overseas papers write a name (read as `理事长叶文琪`, same length). Only after a body's name or a stop, with two
 * characters of given name that end as a name does.
 */
const SPLIT_NAME = new RegExp(
  `(?<=^|[，,、。；;\\s]|[会局厅部委办处室院校所府司团组])(\\p{Script=Han})((?:副|常务副|名誉)?(?:${TITLE_ALT}))(\\p{Script=Han}{2})`,
  'gu',
);
const unsplitName = (m: string, surname: string, title: string, given: string, at: number, whole: string) =>
  surnameOf(surname) &&
  !RARE_SURNAMES.has(surname) &&
  // (`陈理事长表示`: a verb after the title is no given name.)
  !NAME_END.test(given) &&
  !NOT_NAME.test(given) &&
  NAME_END.test(whole.slice(at + m.length))
    ? `${title}${surname}${given}`
    : m;
/** `听取了某某的《…报告》`: the one whose report was heard gave it (read as `某某作《…报告》`, same length). */
const HEARD_REPORT = /(听取(?:了)?[^，。；《》]{2,60}?)的(《[^》]{2,60}(?:报告|说明)》)/g;
/** Posts an election filled (选举产生了会长、副会长和秘书长): no one's position. */
const ELECTION = /选举产生|选举出|选出|推选出|推选产生|改选|增补(?:了)?|产生了/;

/**
 * `出席嘉宾还包括：甲，乙…`, `出席大会的领导和嘉宾有甲、乙`, `参加开幕式的领导嘉宾有甲`, `主礼嘉宾尚有甲`, `出席者包括甲`,
 * opening the sentence or a clause of it (`…，主礼嘉宾包括：甲`), maybe after the event it is of (`某嘉年华之主礼嘉宾包括：甲`)
 * or with the list in a clause of its own (`出席某盛典的四方嘉宾，他们是甲、乙`, both round 232): a list under a label saying
 * they attended; its people attended unless their own words say more. (On the 1,040 blind reports of stops 62 to 64,
 * readers wrote 出席 for 51 of the 53 people such a label leads that the importer had marked 其他.)
 */
const LEAD_ATTENDING =
  /(?:^|[，,；;])(?:[^，,。：:；;]{2,40}?[之的])?[^，,。：:；;]{0,14}?(?:出席|参加|主礼|与会|参会|到会|莅临|到场)(?:者|[^，,。：:；;]{0,24}?的(?:[^，,。：:；;]{0,16}?(?:嘉宾|领导|人员|来宾|贵宾))?|[^，,。：:；;]{0,16}?(?:嘉宾|领导|人员|来宾|贵宾))(?:(?:还|尚|另|主要)?(?:包括有|有(?![关些的])|包括)|[，,]\s*(?:他们|她们)(?:分别)?(?:是|为|有))/u;

/** The role of those a label or a list says were there. */
const ATTENDING = ROLE_RULES.find((r) => r.role === '出席');

/**
 * `另荣获“某某”县长奖者，有县议员甲、镇民代表乙`, `荣获某奖之委员，分别系甲、乙`: a label saying those listed after
 * it won an award or a title; they are its winners (受奖) unless their own words say more.
 */
const LEAD_AWARDED =
  /(?:^|[，,；;])[^，,。：:；;]{0,8}?(?:荣获|获得|获颁)[^，,。：:；;]{2,30}?(?:奖|称号)(?:者|之[^，,。：:；;]{1,6}?)[，,]?\s*(?:还|另)?(?:有|分别系|分别是|分别为|为|是|包括)[：:]?/u;
/** The role of those an award label leads. */
const AWARDED_RULE = ROLE_RULES.find((r) => r.role === '受奖' && r.stated);

/**
 * `在主席台就座的…有：甲、乙`: those seated on the platform attended (`先后在主席台就座的还有甲，乙`: with an adverb before it,
 * without the colon); so did those a photo of the event shows (`左起为甲及乙`, `前排左起分别为甲、乙`).
 */
const SEATED =
  /^(?:[^，。；]{0,6}?(?:在|于)主席台(?:上)?就座的[^。]{0,40}?有[：:]?|(?:前排|后排)?(?:左起|右起|从左至右|从左到右|由左至右)(?:分别)?(?:为|是))/;

/** A sentence that ends saying those it names attended (`…，丙等出席开幕式。`, `…等参加开幕式。`). */
const ENDS_ATTENDED =
  /(?:等|等人|等嘉宾|等领导)?[^，。；]{0,6}?(?:出席|参加|莅临|到场|参与|与会)(?:了)?[^，。；、]{0,12}[。！]?$/;
/** What else a sentence may say people did there, besides attending. */
const OTHER_DEED =
  /致|讲话|发言|主持|颁|授|签|受|获|表彰|陪同|带领|率|演讲|报告|宣读|宣布|介绍|表示|指出|贺|赠|捐|剪彩|揭牌|启动|按下|见证|参观|考察|调研|视察|巡|会见|接见|表演|演唱|演出|为.{0,20}揭/;

/**
 * Posts and parties whose names hold a word of OTHER_DEED (`教授`, `二级巡视员`, `致公党`): what someone is, not what they
 * did there.
 */
const POST_WORDS = /教授|巡视员|督学|致公党/g;

/**
 * Everyone the sentence names attended, unless their own words say more: those seated on the platform or shown in a
 * photo (SEATED), and `甲，乙；丙、丁等省领导；戊等出席开幕式。`, a long sentence that says only that those it names
 * attended, with lists and groups the carry from the predicate back to each person does not cross. (Stop 66: readers
 * wrote 出席 for 28 of the 29 people such a sentence names that the importer had marked 其他, on the waves RC2 to RR2;
 * the other gave a keynote, said elsewhere.)
 */
const allAttended = (sentence: string) =>
  SEATED.test(sentence) || (ENDS_ATTENDED.test(sentence) && !OTHER_DEED.test(sentence.replace(POST_WORDS, '')));

/** 及/和/与 after a name and its form of address (`甲先生及`), not after a transliterated name, which ends by itself. */
const AND_AFTER_ADDRESS = new RegExp(
  `(?<![${NAME_DOTS}]\\p{Script=Han}{1,8})(?<=\\p{Script=Han}{2}(?:先生|女士|博士))(?:以及|及|和|与)(?=\\p{Script=Han}{4})`,
  'gu',
);

/**
 * `…、王五和监事李六`, `…、王五及秘书长李六`: 和 or 及 between the last name of a list and the next person's position ends
 * the list item (same length). (Not 文化 of `副部长、文化和旅游厅厅长`, a department's name; round 247.)
 */
const NAME_AND_POSITION = new RegExp(
  `(?<=、)(?!文化[和及]旅游)(\\p{Script=Han}{2,3})[和及](?=[^，。；、和及]{0,30}?(?:${TITLE_ALT})\\p{Script=Han}{2,3})`,
  'gu',
);

/**
 * `某总会甲会长及某市市长乙`: 及/和/与 after a `<organization><name><title>` item, before the next person's position and
 * name, ends the item as 、 does (same length). Not after a post alone (`永远荣誉会长及创会会长`).
 */
const TITLED_AND_NEXT = new RegExp(
  `(?<=[会局厅委办院司行])(\\p{Script=Han}{2,3})(${TITLE_ALT})[及和与](?=[^，。；、和及与]{0,30}?(?:${TITLE_ALT})\\p{Script=Han}{2,3})`,
  'gu',
);

/** Titles one after another (`参赞兼总领事`), the whole of what follows a name in `<name><title>`. */
const TITLES_ONLY = new RegExp(`^${MODIFIED_TITLE.source.slice(1)}(?:兼${MODIFIED_TITLE.source.slice(1)})*$`);

/** A piece that is exactly `<name><title>` (周某某会长), the name with a known surname and no word of a post in it. */
function nameThenTitle(piece: string, ctx: ReadContext): { name: NameMatch; title: string } | undefined {
  // `某某副会长（兼某委会主任）`: a note in brackets after the title is part of it.
  const nameAt = (s: string) =>
    namesAt(s, ctx.known, MODIFIED_TITLE).find(
      (n) => !n.unsure && !/级|务|誉/.test(n.name) && TITLES_ONLY.test(s.slice(n.name.length).replace(NOTE_END, '')),
    );
  const name = nameAt(piece);
  if (name) return { name, title: piece.slice(name.name.length) };
  // `某拍协甲会长`, `立法会（某界）甲议员`: a body, or a note on it in brackets, before the name; it belongs to the title.
  for (let i = 2; i <= piece.length - 4; i++) {
    const body = piece.slice(0, i);
    // (A university by its short name, `某交大`, `川大`, is a body too.)
    if (!/[）)协]$|[交工师农医科理财北清复南浙川厦武中人]大$/.test(body) && !namesBody(body)) continue;
    if (!surnameOf(piece.slice(i))) continue;
    const after = nameAt(piece.slice(i));
    if (after) return { name: after, title: `${body}${piece.slice(i + after.name.length)}` };
  }
  return undefined;
}
const NOTE_END = /[（(][^）)]{1,16}[）)]$/;
const NO_POST = /^(?:专家|代表|成员|干部|老领导|博士|律师|合伙人|负责人|委员|教授)$/;

/** Forms of address after a name (将军, 少将, 博士, 太平绅士, 女士, 先生, 同志, 老师, and a cleric's: 法师, 长老, 道长…). */
const HONORIFIC = new RegExp(`^(?:将军|[少中上]将|博士|太平绅士|女士|先生|同志|老师|${CLERIC_ADDRESS})+`);

/** Every mention of a person in one sentence, grouped into lists with the role their predicate gives. */
function readSentence(raw: string, ctx: ReadContext, section: SpeechKind | undefined): Found[] {
  const sentence = raw
    // `甲(左)和乙(右)为…揭牌`: where someone stands in a photo, before a conjunction, is no part of the text.
    .replace(/[（(](?:左|右|中|前排|后排)[一二三四五六七八九\d]?[)）](?=[和与及、])/g, '')
    // `某局局长甲先生及某办副部长乙先生亲临`: after a name and its form of address, 及/和/与 starts the next person.
    // (Not after a foreign name with a middle dot, which its reader ends by itself.)
    .replace(AND_AFTER_ADDRESS, '、')
    // `铁云霞（女）、郭某某为副会长`, `某某（女，满族）`, `王刚（驻会）`: a note of sex (and people) or of working for the
    // body full time, after a name in a list, is no part of it.
    .replace(/(?<=\p{Script=Han}{2})[（(](?:[女男](?:[，,、][^）)]{1,6})?|驻会|专职)[)）]/gu, '')
    .replace(DOUBLED_SURNAME, (m, a: string, b: string) => (surnameOf(a) ? `${a}${b}` : m))
    .replace(SPLIT_NAME, unsplitName)
    .replace(HEARD_REPORT, '$1作$2');
  const chunks = chunksOf(
    sentence
      .replace(NAME_AND_POSITION, (m, name: string) => (surnameOf(name) ? `${name}、` : m))
      .replace(TITLED_AND_NEXT, (m, name: string, title: string) => (surnameOf(name) ? `${name}${title}、` : m)),
  );
  // Those listed after a label saying they attended (LEAD_ATTENDING), or all in a sentence that says so (allAttended),
  // attended.
  const label = LEAD_ATTENDING.exec(sentence);
  const labelEnd = allAttended(sentence) ? 0 : label ? label.index + label[0].length : undefined;
  const out: Found[] = nameLists(sentence, ctx, labelEnd);
  let group: Mention[] = [];
  let pending = '';
  let electedPosts = false;
  const open = () => group.length > 0 && !group[group.length - 1]!.tail;
  const nextPerson = (c: number) =>
    chunks.slice(c + 1).find((x) => readChunk(x.text, x.start, ctx, false).kind === 'person')?.start ?? sentence.length;
  // Only a group label or a conjunction between them: 甲，区领导乙、丙应邀出席; never a deed of its own (甲致贺信，乙宣布开幕).
  // `甲代表某地，乙、丙先后讲话`: speaking on behalf of others is no deed of its own either.
  const CARRY =
    /^(?:(?:\p{Script=Han}{0,6}?(?:[省市区县]|市委|区委|县委))?(?:四套班子|党政军)?领导\p{Script=Han}{0,3}|以及|及|和|与|代表[^，,。；]{2,12}|(?:以及|及|和|与)\p{Script=Han}{0,12}?(?:负责同志|负责人))?$/u;
  // What stands between a person and the next may end with the start of the next one's position (…，某局局长、).
  const carries = (scope: string) => {
    const [own, ...more] = scope.split(/[，,]/);
    const next = more.join('，').replace(/[、\s]+$/, '');
    // (`…，区领导甲、乙等出席`: a group label and the first name of a list read as names, the list's own first item.)
    const listed = LABEL_THEN_NAME.exec(next)?.[1];
    const positionOnly =
      !next ||
      (!/[，,]/.test(next) && next.length <= 40 && endsWithTitle(next.split('、').pop()!)) ||
      (!!listed && ctx.seen.has(listed));
    return positionOnly ? CARRY.test(own!.replace(/[、\s]/g, '')) : CARRY.test(scope.replace(/[，,、\s]/g, ''));
  };
  // A list without a predicate of its own before the next person (甲，区领导乙、丙应邀出席) shares the next one's.
  let carried: Mention[] = [];
  const awarded = labelEnd === undefined ? LEAD_AWARDED.exec(sentence) : null;
  const leadAt = labelEnd ?? (awarded ? awarded.index + awarded[0].length : -1);
  const lead = awarded ? AWARDED_RULE : leadAt >= 0 ? ATTENDING : undefined;
  const close = (scopeStart: number, scopeEnd: number) => {
    const scope = sentence.slice(scopeStart, scopeEnd);
    const own = roleOf(scope);
    // The label's role reaches only those named after it.
    const ruleFor = (mention: Mention) => own ?? (mention.end > leadAt ? lead : undefined);
    if (!own && !group.some((m) => ruleFor(m)) && scopeEnd < sentence.length && carries(scope)) {
      carried.push(...group);
      group = [];
      return;
    }
    const titles = titlesFor(scope, group.length);
    carried.forEach((mention) =>
      out.push({ mention, rule: ruleFor(mention), sentence, section, caption: ctx.caption }),
    );
    group.forEach((mention, i) =>
      out.push({ mention, rule: ruleFor(mention), title: titles[i], sentence, section, caption: ctx.caption }),
    );
    group = [];
    carried = [];
  };
  for (let c = 0; c < chunks.length; c++) {
    const chunk = chunks[c]!;
    if (!chunk.text.trim()) continue;
    const parsed = readChunk(chunk.text, chunk.start, ctx, open());
    const afterElection: boolean = electedPosts;
    // The posts an election filled run on while the list goes on with 、 (选举产生了会长、副会长和秘书长，…).
    electedPosts = (afterElection || ELECTION.test(chunk.text)) && chunk.sep === '、';
    if (parsed.kind === 'position' && (afterElection || ELECTION.test(chunk.text))) continue;
    // `会长周某某、某某某主任等`: a list item that is only a name and its title (the reader could not take the name on
    // its own) is someone else, never a piece of the next person's position. The title is that person's (weak) position.
    const titled = parsed.kind === 'position' ? nameThenTitle(parsed.position!, ctx) : undefined;
    // `…的高校代表`, `某联会负责人`, `某某博士`: a word that says what someone is (代表, 负责人, 博士) is no post, a body's
    // short name (…会, …所) or a name and a verb (`甲任副会长`, someone met before) no name; such an item is still no
    // piece of the next position.
    if (
      titled &&
      (NO_POST.test(titled.title) ||
        /[会所馆局处委办任为是兼]$/.test(titled.name.name) ||
        [...ctx.seen].some((n) => titled.name.name.startsWith(n)))
    ) {
      pending = '';
      continue;
    }
    if (titled) {
      pending = '';
      parsed.kind = 'person';
      parsed.mention = {
        name: titled.name.name,
        position: titled.title,
        weak: true,
        known: titled.name.known,
        end: chunk.start + chunk.text.trimEnd().length,
        tail: '',
      };
    }
    if (parsed.kind === 'position') {
      pending += `${parsed.position}${chunk.sep === '，' || chunk.sep === ',' ? '，' : '、'}`;
      continue;
    }
    if (parsed.kind === 'other') {
      // An organization alone that starts the next position (中共中央台办、国务院台办副主任龙明彪).
      const orgOnly = text0(chunk.text);
      const next =
        c + 1 < chunks.length &&
        chunk.sep === '、' &&
        ORG_TAIL.test(orgOnly) &&
        orgOnly.length <= 20 &&
        !NOT_POSITION.test(orgOnly)
          ? readChunk(chunks[c + 1]!.text, chunks[c + 1]!.start, ctx, false)
          : undefined;
      if (next?.kind === 'person' && next.mention!.position && !next.mention!.weak) pending += `${orgOnly}、`;
      // `理事甲、闪立新、邹洪，监事乙等出席`: two or three characters after a name and 、 are another name the reader
      // could not take on its own; the list goes on.
      else if (open() && chunks[c - 1]?.sep === '、' && /^\p{Script=Han}{2,3}$/u.test(chunk.text.trim())) continue;
      // A position and a name the reader could not split does not end the list.
      else if (open() && TITLE_THEN_NAME.test(chunk.text.trim())) pending = '';
      else {
        // The list's predicate may come after other attendees (…副局长杨玉平，各街镇分管领导…参加了活动).
        close(chunk.start, nextPerson(c));
        pending = '';
      }
      continue;
    }
    const m = parsed.mention!;
    // `经文处甲处长、乙副处长出席`: a title alone after a name, next in a list to someone of a named organization.
    const before = open() && chunks[c - 1]?.sep === '、' ? group[group.length - 1] : undefined;
    if (before?.org && !m.org && m.weak && m.position && OTHER_POST.test(m.position)) {
      m.position = `${before.org}${m.position}`;
      m.org = before.org;
    }
    splitRest(m, chunk, c, chunks, sentence, ctx);
    // `甲局某某领事、某某领事，乙会某某会长`: before a person read as <organization><name><title>, pieces that end
    // before a comma are other people's (names the reader could not take), not the start of this one's position.
    if (m.orgFirst && /，$/.test(pending)) pending = '';
    if (m.position !== undefined && (!m.weak || pending)) m.position = `${pending}${m.position}`;
    else if (m.position === undefined && open()) {
      // 副厅长樊胜、李晖: the name alone shares the position before it.
      // (Not after a comma, in a list closed by its own title: `原副局长甲，乙、丙等院士`, where 院士 is theirs.)
      const closed = /[，,]/.test(chunks[c - 1]?.sep ?? '') ? LIST_CLOSED_BY.exec(sentence.slice(chunk.start)) : null;
      const prev = group[group.length - 1]!;
      if (closed) m.position = /^(?:院士|教授)$/.test(closed[1]!) ? closed[1] : undefined;
      else {
        if (prev.position) m.position = prev.position;
        m.weak = prev.weak;
      }
    }
    pending = '';
    ctx.seen.add(m.name);
    if (m.position && !ctx.positions.has(m.name)) ctx.positions.set(m.name, m.position);
    // `某某将军，`, `某某博士于致辞时`: a form of address after the name is not what the person did.
    const honorific = HONORIFIC.exec(m.tail);
    if (honorific) {
      m.end += honorific[0].length;
      m.tail = m.tail.slice(honorific[0].length);
    }
    group.push(m);
    if (m.tail) close(m.end, nextPerson(c));
  }
  close(sentence.length, sentence.length);
  return giverAndReceivers(sentence, out, ctx);
}

/** `甲为新当选的会长乙、名誉会长丙授牌`: the subject gives (颁奖), the people of the 为-clause receive (受奖). */
const GIVING = /(\p{Script=Han}{2,3})(?:为|向|给)([^。；]{2,80}?)(?:颁发|颁奖|授牌|授旗|颁授|颁证)/gu;
/** `会上，为甲颁发了证书，为乙颁发了奖牌`: a 为-clause with no giver before it; its people receive. */
const GIVEN =
  /(?<=^|[，,；;：:])(?:为|向|给)([^。；，,]{2,60}?(?:、[^。；，,]{2,60}?)*)(?:颁发|颁奖|授牌|授旗|颁授|颁证)/gu;

const APPOINTMENT = /^了?[^，。；]{0,4}?(?:聘书|聘任证书|选任证书|任命书|当选证书)/;
const APPOINTED_RULE: RoleRule = { re: APPOINTMENT, role: '其他', stated: true };

function giverAndReceivers(sentence: string, out: Found[], ctx: ReadContext): Found[] {
  const gives = ROLE_RULES.find((r) => r.role === '颁奖')!;
  const receives = ROLE_RULES.find((r) => r.role === '受奖' && r.stated)!;
  // Someone met before, named again in this sentence with nothing else read there, at `end`.
  const metBefore = (name: string, end: number, rule: RoleRule) =>
    out.push({
      mention: { name, weak: true, known: ctx.known.includes(name), end, tail: '' },
      rule,
      sentence,
      caption: ctx.caption,
    });
  for (const m of sentence.matchAll(GIVEN)) {
    const [from, to] = [m.index, m.index + m[0].length];
    const within = (f: Found) => f.mention.end > from && f.mention.end <= to;
    for (const f of out) if (within(f)) f.rule = receives;
    // `为2021年度某某榜样甲颁发了证书`: someone met before, named after what they are honoured as.
    for (const name of ctx.seen) {
      const i = m[0].lastIndexOf(name);
      if (i < 0 || out.some((f) => f.mention.name === name && within(f))) continue;
      if (/^(?:颁|授)/.test(m[0].slice(i + name.length))) metBefore(name, from + i + name.length, receives);
    }
  }
  // `审议通过了甲所作的《工作报告》`: someone met before who gave the report the meeting heard.
  const reports = ROLE_RULES.find((r) => r.role === '发言' && r.stated)!;
  for (const name of ctx.seen) {
    const i = sentence.indexOf(`${name}所作的《`);
    if (i < 0 || !/(?:听取|审议|通过)了?$/.test(sentence.slice(Math.max(0, i - 6), i))) continue;
    const own = out.find((f) => f.mention.name === name);
    if (own) own.rule = reports;
    else metBefore(name, i + name.length, reports);
  }
  for (const m of sentence.matchAll(GIVING)) {
    const from = m.index + m[1]!.length + 1;
    const to = from + m[2]!.length;
    // `会长王五为…`: the giver is the person read right before 为, not the two or three characters there (长王五).
    const giver = out.find((f) => f.mention.end === from - 1)?.mention.name ?? m[1]!;
    const inside = out.filter((f) => f.mention.end > from && f.mention.end <= to && f.mention.name !== giver);
    if (!inside.length) continue;
    // `为甲、乙颁发了选任证书`: a certificate of the post they were given is no award.
    const appointed = APPOINTMENT.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 12));
    for (const f of inside) f.rule = appointed ? APPOINTED_RULE : receives;
    const sure = namesAt(`${giver}为`, ctx.known).some((o) => o.name === giver && !o.unsure);
    if (!sure && !ctx.seen.has(giver)) continue;
    const own = out.find((f) => f.mention.name === giver);
    if (own) own.rule = gives;
    else
      out.push({
        mention: { name: giver, weak: true, known: ctx.known.includes(giver), end: from - 1, tail: '' },
        rule: gives,
        sentence,
        caption: ctx.caption,
      });
  }
  return out;
}

export interface PeopleInput {
  lines: readonly string[];
  captions: readonly string[];
  known: readonly string[];
  /** A headline such as `甲某乙某讲话 丙某致辞` can tell speeches apart where the body says only 分别致辞. */
  headline?: string;
}

/** Names introduced as `某某同志` count as met. */
function introduced(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/(\p{Script=Han}{2,3})同志/gu)) {
    const name = m[1]!.length === 3 && !surnameOf(m[1]!) ? m[1]!.slice(1) : m[1]!;
    const options = namesAt(`${name}同志`).filter((o) => !o.unsure && o.name === name);
    if (options.length) out.add(name);
  }
  return out;
}

/** A sentence opening with what he or she said: the words of the one person the sentence before was about. */
const HE_SAID = /^(?:他|她)(?:还|又|也|并)?(?:说|表示|指出|强调)/;

/**
 * A cleric's name (`普仁法师`, `心澄大和尚`, `某某道长`): two characters, no surname, that the form of address after them
 * marks as a name, right after a post, a mark or the start of a line; read as known names for the report.
 */
const CLERIC = new RegExp(
  String.raw`(?<=^|[，,、。；;：:\s“”（(]|[长席问任持事委]|书记)(\p{Script=Han}{2})(?=${CLERIC_ADDRESS})`,
  'gmu',
);
const clerics = (text: string) => [...new Set([...text.matchAll(CLERIC)].map((m) => m[1]!))];

export function readPeople(input: PeopleInput): PersonFact[] {
  const clerical = clerics([...input.lines, ...input.captions].join('\n'));
  if (clerical.length) input = { ...input, known: [...input.known, ...clerical] };
  const comrades = introduced(input.lines.join('\n'));
  const seen = new Set(comrades);
  const positions = new Map<string, string>();
  const found: Found[] = [];
  let section: SpeechKind | undefined;
  for (const line of input.lines) {
    // `【某时报/总社长 甲、记者乙报导】`: the outlet's byline credits its own people, who are no part of the event.
    if (/^[【［[][^】］\]]{2,60}(?:报导|报道)[】］\]]$/.test(line.trim())) continue;
    // The people of the sentence before, in the same paragraph.
    let previous: Found[] = [];
    const bare = line.replace(/[！!？?\s]+$/, '');
    if (!/[。！？!?，,]/.test(bare) && bare.length <= 30) {
      const s = SECTION_KINDS.find(([re]) => re.test(line));
      if (s) section = s[1];
    }
    for (const whole of toSentences([line])) {
      // 学习了…书记某某在论坛上的讲话精神: someone's speech elsewhere, not this event's people.
      const clauses = splitOutside(whole, '，,；;');
      // Not inside a title (`以《…深刻领会…重要讲话精神》为题，作了报告`): that is the talk given here.
      const kept = clauses.filter(
        (clause) => !/(?:讲话|致辞|指示|批示|报告|贺信|贺词|回信|论述)精神/.test(clause.replace(/《[^》]*》/g, '')),
      );
      const sentence = kept.length === clauses.length ? whole : kept.join('，');
      const cue = SECTION_KINDS.find(
        ([re]) => re.test(sentence) && /环节|阶段|^(?:随后|接着|开幕式后|首先)/.test(sentence),
      );
      if (cue) section = cue[1];
      const got = readSentence(sentence, { known: input.known, seen, comrades, positions, caption: false }, section);
      // `某会长对…给予充分肯定。他说，…`: 他说 right after a sentence about one person only is that person speaking.
      // Someone named only as whose behalf it was (`受某书记的委托，某某…`: an inferred 其他) is not who it is about.
      const about = previous.filter((f) => !(f.rule?.role === '其他' && !f.rule.stated));
      const names = new Set(about.map((f) => f.mention.name));
      if (HE_SAID.test(sentence) && names.size === 1 && !got.length)
        got.push({ ...about[0]!, rule: ROLE_RULES.find((r) => r.role === '讲话' && !r.stated), sentence });
      found.push(...got);
      previous = got;
    }
  }
  for (const caption of input.captions)
    found.push(...readSentence(caption, { known: input.known, seen, comrades, positions, caption: true }, undefined));
  const text = [...input.lines, ...input.captions].join('\n');
  return headlineRoles(runOnNames(merge(found.flatMap(ownPost)), text), input.headline).filter((p) => !absent(p, text));
}

/**
 * What follows the name of someone whose message, not presence, the event had: `某某对…的贺词`, `某某的贺信` (not what the
 * person did, `某某宣读了某会的贺信`: who read it out was there).
 */
const MESSAGE_AFTER =
  /^(?:(?:同志)?对[^，,。；;]{0,30}?)?的(?:贺信|贺词|贺电|批示|指示|重要指示|重要讲话|题词|来信|回信)/;

/**
 * Round 241: someone the report names only by a message read out (`宣读了国务院总理某某对…的贺词`), or the party's general
 * secretary quoted (`某某总书记强调“…”`, a role only inferred): cited at the event, not at it.
 */
function absent(p: PersonFact, text: string): boolean {
  if (p.position === '总书记' && !p.roleStated) return true;
  // (What follows each mention, up to the next.)
  const after = text.split(p.name).slice(1);
  return after.length > 0 && after.every((rest) => MESSAGE_AFTER.test(rest));
}

/** Characters that open the word after a name: `为…致辞`, `以视频致辞`, `谈到`, `今(22)日`, `则提到`, `来到`. */
const RUN_ON = /^[为以今来谈则获在向对将就从和与及也还并用同到率称致作做说亦]$/u;

/**
 * `副院长杨倩为启动仪式致辞`, `巡视员张铭谈到`: a three-character name whose last character opens the next word, when
 * the text also names the person by the first two alone (`杨倩副院长对…`, `张铭负责主持`): the two are the name. One
 * record for the person (the stronger role) when the shorter name was read as well.
 */
function runOnNames(people: PersonFact[], text: string): PersonFact[] {
  const out = new Map<string, PersonFact>();
  for (const p of people) {
    const chars = [...p.name];
    const short = chars.slice(0, 2).join('');
    const alone =
      chars.length === 3 &&
      /^\p{Script=Han}+$/u.test(p.name) &&
      RUN_ON.test(chars[2]!) &&
      !!surnameOf(short) &&
      [...text.matchAll(new RegExp(short, 'g'))].some((m) => text[m.index + 2] !== chars[2]);
    const person = alone ? { ...p, name: short } : p;
    const other = out.get(person.name);
    if (!other || rankOf(person.role, person.roleStated) > rankOf(other.role, other.roleStated))
      out.set(person.name, { ...person, position: person.position ?? other?.position });
  }
  return [...out.values()];
}

/**
 * What stands before a person's own post: a clause cut by a comma, or the part they played (赞助方, 主办方); another's
 * post taken (`甲为名誉会长，`, `甲当选副会长，`), another named with a title (`某会理事长甲院士，`), or the bare post such
 * a clause ended in (`甲当选副会长，` read from 副会长 on); a crowd's posts (`各县（市、区）分会理事长，`) or a list closed
 * by 等 (`某大学等高校负责人，`) before the comma are other people's.
 */
const CLAUSE_BEFORE_POST =
  /^(?:[^，,]*[“”"][^，,]*|[^，,]*代表|[^，,]*(?:当选|担任|(?<=\p{Script=Han}{2})为(?=\p{Script=Han}{0,4}(?:会长|理事|秘书长|主席|顾问|监事|主任|委员)))[^，,]*|[^，,]*\p{Script=Han}{2}(?:院士|教授|女士|先生|博士)|(?:副|常务|执行)?(?:会长|理事长|秘书长|主席|监事长)|[^，,]*(?:有关|相关)[^，,]*负责人|\d[^，,]*|[^，,（(]*[)）][^，,]*|[^，,]*等[^，,]*|各[^，,]*)[，,]\s*|^我[省市县区](?=[省市县区])|^(?:[左右][一二三四五六七八九十\d]{1,2}为?|联同)(?=\p{Script=Han}{3})/u;
// (`先进单位代表某学会副会长`, `兄弟学会代表某学会秘书长`: whom the person spoke for, before the post; `校友代表某研究所
// 主任`, round 258.)
const PART_BEFORE_POST =
  /^(?:[^、]*?(?:赞助方|主办方|承办方|协办方|东道主)[—－-]*|\p{Script=Han}{1,3}方代表|(?:先进(?:单位|个人|集体|工作者)|兄弟(?:学会|协会|单位|商会|社团)|会员(?:单位)?|企业|获奖(?:者|单位|个人)?|友好(?:单位|商会|社团)|校友|嘉宾|家长|学生|教师)代表)(?=\p{Script=Han}{4})/u;

/**
 * A word of the sentence the post was read with: a byline (`【某报讯】（记者某某）`), a connective (`接着`, `随后`, `随着`,
 * `及 `, `与` but not `与会`), `来自` (came from), 获 of what was received from the post's holder (`获某中心副主任某某授牌`)
 * and what was given to the holder (`献给县长某某`), who the person
 * was at the event before the post (`讲者`, `晚宴主讲者`), `承蒙` (thanks to), `推选` and `请到` before the post of the one
 * chosen or invited, the body that honoured the person (`某协会为历任会长`), the 向 of
 * giving something to the post's holder (`会议还向`, `向名誉会长`), `专家有`, who else did it (`和某副会长共同为`), the
 * number of an item in a list (`2)某总会某某副理事长`, `③`), `身兼` (holding both posts) and the `之一` that ends a clause
 * before (`…的主礼嘉宾之一某局局长`); `主宾为` (the guest of honour was) before the post (round 258).
 */
const WORD_BEFORE_POST =
  /^(?:[（(]?\d{1,2}[)）]\s*|[①-⑳]\s*|【[^】]{2,20}】\s*(?:[（(][^）)]{2,30}[)）])?\s*|身兼|之一|(?:主宾|主礼嘉宾|嘉宾)为|接着|随后|然后|随着|来自|[^，,、]{0,10}?(?:献|赠|送|颁|交)给|[^，,、]{0,20}?获(?![得奖评授颁聘])(?=\p{Script=Han}{4})|\p{Script=Han}{0,4}?主?讲者|承蒙|(?:大会)?推选|(?:邀)?请到|[^，,、]{1,8}?会为(?=历任|首任|新任|名誉|荣誉|原|前)|[^，,、]{0,6}?还向|专家有|[^，,、]{2,12}?共同为|及\s+|与(?!会)\s*(?=\p{Script=Han}{4})|向(?=(?:名誉|荣誉)?(?:副|常务)*(?:会长|理事长|主任|主席|委员)))(?=\p{Script=Han}{2})/u;

/**
 * Another person named with a post before this one's post (`某校教练员林甲乙和某段工会主席`, `某部主任高甲参赞，某联首席执行官`,
 * `某市徐甲书记，某市副市长`, `某会议员陈甲女士某处总监`, `吴甲乙与某区区长`): a list's earlier item run into this one's, its
 * name then 和/与/及, its title then a comma, 女士 or 先生, or a name alone before 与.
 */
const OTHER_PERSON_BEFORE = new RegExp(
  `^.*?(?:${TITLE_ALT}|员)(\\p{Script=Han}{2,3}?)(?:和|与|及)(?=\\p{Script=Han}{4})|^.*?(\\p{Script=Han}{2,3}?)(?:${TITLE_ALT}|参赞)[，,](?=\\p{Script=Han}{4})|^.*?(\\p{Script=Han}{2,3}?)(?:女士|先生)(?=\\p{Script=Han}{4})|^(\\p{Script=Han}{2,3}?)(?:与|和|及)(?=\\p{Script=Han}{4})`,
  'u',
);

/** 和 or 与 after a post: what follows is another post, of another person or a crowd (`会长和侨团代表`). */
const AND_AFTER_POST = /(?<=长|主任|书记|理事|董事|代表|委员|教授)(?:和|与)/;
/**
 * A post held by many (`全体理事`, `各位理事`, `会长和侨团代表`, `等3位院士`) or a count where the name should be
 * (`…代表逾千人`) is a crowd, not one person: whatever was read as their name is a word of the sentence.
 */
const GROUP_POST = new RegExp(
  `全体|各(?!界|族|姓|民族|国|地|区|少数)|${AND_AFTER_POST.source}|等[\\d一二三四五六七八九十]+位`,
);
const COUNT_NAME = /^[逾近约数余]?[一二两三四五六七八九十百千万]+[余多]?[人位名]/;
/**
 * The post that is this person's own: a crowd's post listed before it is dropped (`各理监事、总干事某某`), and so is a
 * person named by surname and post before it; a crowd, or a post that is all a crowd's, gives no person.
 */
function ownPost(f: Found): Found[] {
  const { name } = f.mention;
  // `王县长及某党部主委`, `陈司长、某局常任秘书长`: a person named by surname and post before this one's post.
  const position = f.mention.position
    ?.replace(PERSON_BEFORE, (all, surname: string) => (surnameOf(surname) ? '' : all))
    .replace(
      OTHER_PERSON_BEFORE,
      (all, named?: string, titled?: string, addressed?: string, first?: string, _at?: number, whole?: string) => {
        const other = named ?? titled ?? addressed ?? first ?? '';
        // (Only a name opening the post before 与: not a body's, `党委与…`, nor the first word of one, `文化和旅游部`,
        // `住房和城乡建设局`.)
        if (first && /[委部局厅会院办处司组室队]$/.test(first)) return all;
        if (first && /^和\p{Script=Han}{1,8}?(?:部|局|厅|委|办|司)/u.test((whole ?? '').slice(first.length)))
          return all;
        return surnameOf(other) && !TITLES_ONLY.test(other) ? '' : all;
      },
    )
    // `企业代表，某公司董事长`, `“某杯”比赛赞助方某学院副校长`: what the person stood for at the event, before the post
    // (not a post before a comma: `某市委常委，副市长`); the reporter's own 我市 before 市委书记; a caption's `右五为` and
    // `联同` (together with) before the post.
    .replace(CLAUSE_BEFORE_POST, '')
    .replace(WORD_BEFORE_POST, '')
    .replace(PART_BEFORE_POST, '')
    // `某协会（以下简称某协）理事长`: the short name the report introduces; `甲会副会长/乙会理事长`: posts joined by a slash.
    .replace(SHORT_NAME, '')
    .replace(/(?<=\p{Script=Han})\s*[/／]\s*(?=\p{Script=Han})/gu, '、')
    // `中国中国文联副主席`: a body's first word a mirror wrote twice.
    .replace(DOUBLED_START, '$1');
  if (position !== f.mention.position) f = { ...f, mention: { ...f.mention, position } };
  if (COUNT_NAME.test(name)) return [];
  // `时任某会会长某某带领…`: a post held then, in a story the report recalls; the person is not one at the event.
  if (position && /^时任/.test(position)) return [];
  if (!position || !GROUP_POST.test(position)) return [f];
  // `某某会长与某局副局长某某`: after 与/和, the post is this person's; before it, someone else's (or a crowd's).
  const tail = position.split(AND_AFTER_POST).pop()!;
  const own = tail.split('、').filter((p) => !GROUP_POST.test(p));
  return own.length && endsWithTitle(own.at(-1)!)
    ? [{ ...f, mention: { ...f.mention, position: own.join('、') } }]
    : [];
}

const SPEECH_ROLES: readonly Role[] = ['致辞', '讲话', '主旨演讲', '发言'];
const HEADLINE_PART = /^(\p{Script=Han}{2,24}?)(讲话|致辞|发言|作主旨演讲|主旨演讲)$/u;

/**
 * `甲某乙某讲话 丙某致辞`: a headline made only of names met in the body, each group with its speech,
 * decides between speeches (the body may say 分别致辞 of them all). Nothing else is read from it.
 */
function headlineRoles(people: PersonFact[], headline: string | undefined): PersonFact[] {
  const parts = headline?.trim().split(/\s+/) ?? [];
  if (parts.length < 2) return people;
  const names = people.map((p) => p.name).sort((a, b) => b.length - a.length);
  const assigned = new Map<string, Role>();
  for (const part of parts) {
    const m = HEADLINE_PART.exec(part);
    if (!m) return people;
    let rest = m[1]!;
    while (rest) {
      const name = names.find((n) => rest.startsWith(n));
      if (!name) return people;
      assigned.set(name, m[2]!.replace(/^作/, '') as Role);
      rest = rest.slice(name.length);
    }
  }
  return people.map((p) => {
    const role = assigned.get(p.name);
    if (!role || !SPEECH_ROLES.includes(p.role) || role === p.role) return p;
    const kind = ({ 致辞: '致辞', 讲话: '讲话', 主旨演讲: '主旨演讲', 发言: '交流发言' } as const)[role as '致辞'];
    return { ...p, role, kind, roleStated: true, kindStated: true };
  });
}

/** A position that starts with a bare body word referring back to one named before (`协会党支部书记`). */
const BACK_BODY = /^(?:本|该)?(?:协会|商会|学会|基金会|联合会|总会|研究会|促进会)(?=\p{Script=Han})/u;

/**
 * `某某董事长` after `…、某某建筑设计股份有限公司董事长`: a later mention with the body's name cut short (the same title,
 * one post of the full mention starting with what stands before it) is the same post; the full mention's position is kept.
 */
function shortened(later: string, full: string): boolean {
  if (full.length <= later.length) return false;
  const title = [...TITLE_WORDS].filter((t) => later.endsWith(t)).sort((a, b) => b.length - a.length)[0];
  const body = title ? later.slice(0, -title.length) : '';
  // The body cut at its end: not `协会党支部书记` for `党支部书记` (a body added in front), nor the same post again.
  return (
    body.length >= 2 &&
    full.split(/[、，]/).some((post) => post.length > later.length && post.endsWith(title!) && post.startsWith(body))
  );
}

/** One record per person: the strongest role, the position from a full mention. */
function merge(found: Found[]): PersonFact[] {
  const byName = new Map<string, Found[]>();
  for (const f of found) byName.set(f.mention.name, [...(byName.get(f.mention.name) ?? []), f]);
  const out: PersonFact[] = [];
  for (const [name, all] of byName) {
    const score = (f: Found) => (f.rule ? rankOf(f.rule.role, f.rule.stated) : -1);
    const best = [...all].sort((a, b) => score(b) - score(a) || Number(!!b.title) - Number(!!a.title))[0]!;
    const strong = all.filter((f) => f.mention.position && !f.mention.weak);
    const strongPositions = strong.map((f) => f.mention.position!);
    const chosen =
      (best.mention.position && !best.mention.weak ? best.mention.position : undefined) ??
      strong[0]?.mention.position ??
      all.find((f) => f.mention.position && !f.mention.seat)?.mention.position ??
      all.find((f) => f.mention.position)?.mention.position;
    // `协会党支部书记` after `某某协会…、党支部书记某某`: the body referred back to by a bare 协会 is named elsewhere.
    const first =
      chosen && BACK_BODY.test(chosen)
        ? (strongPositions.find((p) => !BACK_BODY.test(p) && chosen.endsWith(p)) ?? chosen)
        : chosen;
    // `街道人大工委主任` after `长淮街道人大工委主任`: the same post with its place left out; the full form is kept.
    // `社会组织党委办公室主任` after `…、社会组织党委办公室主任某某` then `某某厅社会组织党委办公室主任某某宣读`: likewise.
    // The fuller form only adds the body in front (not a modifier: 常务副会长 is another post than 副会长).
    const fuller = (p: string) =>
      !!first &&
      p.length > first.length &&
      p.endsWith(first) &&
      (/^(?:[省市区县镇乡]|街道|社区)/.test(first) ||
        (!BACK_BODY.test(p) && /(?:省|市|区|县|厅|局|部|委|办|会|院|中心)$/.test(p.slice(0, -first.length))));
    const position = first
      ? (strongPositions.find(fuller) ?? strongPositions.find((p) => shortened(first, p)) ?? first)
      : first;
    const rule = best.rule;
    let role: Role = rule?.role ?? '其他';
    let kind: SpeechKind | undefined = rule?.kind;
    let kindStated = !!rule?.stated && !!rule?.kind;
    const section = best.section;
    // Under a heading (交流发言, 主旨演讲…) an unstated speech, or a plain 发言, is of that kind.
    if (section && rule?.kind && (!rule.stated || role === '发言')) {
      kind = section;
      kindStated = true;
      role = section === '交流发言' || section === '专题分享' ? '发言' : '主旨演讲';
    }
    // `…、某局局长乙等领导出席`, `嘉宾有甲、乙等`: one of those a list says were there, with no deed of their own, attended
    // (on stop 62's 400 blind reports, readers wrote 出席 for such a person 78 times of 90, 其他 7 times).
    // (Not everyone named with no deed read: tried in stop 80, it made 804 roles right on the 3,439 blind reports of stops
    // 75 to 80 and 244 wrong, but also the shared corpus's four guests of one report, and people whom older rounds read as
    // 其他 on purpose: one who 他说, was elected, received or took a post; dropped.)
    if (!rule && ATTENDANCE_LIST.test(best.sentence)) role = '出席';
    const title = all.find((f) => f.title)?.title;
    // A talk with a title is not a leader's address.
    if (title && role === '讲话' && !rule?.stated) [role, kind, kindStated] = ['发言', section ?? '其他', !!section];
    out.push({
      name,
      position: withoutDescription(cleanedPosition(position)),
      role,
      roleStated: !!rule?.stated,
      kind: ['致辞', '讲话', '主旨演讲', '发言'].includes(role) ? kind : undefined,
      kindStated,
      title,
      known: all.some((f) => f.mention.known),
      from: best.sentence,
    });
  }
  return out;
}

/** A list of who was there: `…等领导出席`, `…等嘉宾参加`, `嘉宾有甲、乙等`. */
const ATTENDANCE_LIST = /等(?:领导|嘉宾|来宾|人|同志)|(?:有|包括)[^。；]*?等(?!奖|级)/;

/**
 * `我国著名某科专家、中国工程院院士`, `某医院某科专家`: what a person is known as (an expert, a scholar) is no post, and
 * `本次大会主席`, the chair of this very meeting, is `大会主席` (a `首席专家` is a post, and so is a body's `特聘专家`, round
 * 247). Undefined when nothing but such words is left.
 */
function withoutDescription(position: string | undefined): string | undefined {
  if (!position) return position;
  const posts = position
    .split('、')
    .filter((p) => !/(?<!首席|特聘)(?:专家|学者)$|^(?:我国|国内|国际)?(?:著名|知名)/.test(p))
    .join('、')
    .replace(/^(?:本次|此次|本届)(?=大会|会议|论坛)/, '');
  return posts || undefined;
}

/**
 * The position as read, cleaned of what is no part of a post. 首届会长: the first term is not part of the post (a numbered
 * one is: 第十七届会长, as written); `协会新一任会长`: the body whose new head is elected is not either.
 */
function cleanedPosition(position: string | undefined): string | undefined {
  return (
    position
      ?.replace(/[、，]+$/, '')
      // `某网 记者 某某 摄某研究所院士`: a photo's credit run on before the post; `以某厅副厅长某某为代表的`: 以 opens the
      // phrase, not the post (round 247).
      .replace(/^.*?记者\s*\p{Script=Han}{2,4}\s*摄\s*(?=\p{Script=Han}{2})/u, '')
      .replace(/^以(?!色列)(?=\p{Script=Han}{4})/u, '')
      // `（某社记者某某台北2023年3月25日电）某协会理事长`: an agency's dateline in brackets; `网上娱乐城局长`, `某某开奖记录查询站某协会
      // 会长`: a mirror's advertising; `某集团 (1210) 副总裁`: a listed company's stock code; `区委书记书记`: a word a page
      // doubled (round 248).
      // (`报导】（中央社台北7日电）某会秘书长`: what is left of a paper's tag before the dispatch's brackets;
      // `他向某委员会主席`: whom he addressed, with the pronoun and the preposition; round 264.)
      .replace(/^[^（()）]{0,10}】\s*(?=[（(])/u, '')
      .replace(/^[（(][^（）()]{2,40}?\d{1,2}日电[)）]\s*/u, '')
      .replace(/^(?:他|她|其)(?:向|为|给|对)(?=\p{Script=Han}{4})/u, '')
      .replace(/^.*?(?:娱乐城|开奖(?:记录|直播|结果)(?:\p{Script=Han}{0,4}站)?)(?=\p{Script=Han}{2})/u, '')
      // (`必赢官网党委副书记`, `新葡萄3522登录网页版党委委员`: a gambling mirror's brand put where the school's name stood;
      // round 272.)
      .replace(/^[\p{Script=Han}\d]{1,10}?(?:官网|登录网页版|网页版登录|登录入口)(?=\p{Script=Han}{2})/u, '')
      .replace(/\s*[（(]\d{4,6}[)）]\s*/gu, '')
      .replace(/(\p{Script=Han}{2})\1(?=$|[、，,])/gu, '$1')
      // `某某为某会名誉主席，会长`, `某职务某某中将，某职务`: a clause naming someone's post, or another person and
      // rank, before a comma is no part of this one's posts (which may run across commas: `某校校长助理，某会理事长`).
      .replace(/^(?:[^，,]*?(?:\p{Script=Han}为\p{Script=Han}[^，,]*|[上中少]将)[，,])+/u, '')
      // `即监事长`, `(从15位理事中选出)5位常务理事`: a connective or a count in front is no part of the post; nor is
      // 和 or 到 before a post that starts with its place (`和香港某中心主席`, `到市委常委`; not 和平区区长).
      .replace(
        /^(?:即(?!将)|[\d一二三四五六七八九十]+[位名个]|[和与及到](?=[省市区县州]|中国|全国|国家|香港|澳门|台湾))(?=\p{Script=Han}{2})/u,
        '',
      )
      .replace(
        /^[^、，]{0,20}?(?:新一任|新一届|新任)(?=(?:副|常务副|执行|名誉)?(?:会长|理事长|监事长|秘书长|主席)$)/,
        '',
      )
      .replace(/首届(?=(?:副|常务副|执行|名誉)?(?:会长|理事长|监事长|秘书长)$)/, '')
      // `我司党委委员`, `本府文化局长`: the writer's own body (a county government's 本府). (Not the term, `本届顾问`, which
      // round 91's readers kept.)
      .replace(/^(?:我司|本府)(?=\p{Script=Han}{2})/u, '')
      // `该会理事长`, `该基金主席`, `该集团CEO`, `该公会会务顾问`, `该宫主席`: the body referred back to, which the position
      // leaves out as the report's words do; `该创新团队首席专家`: 该 of a team named in full, which keeps its name.
      .replace(
        /^该(?:会|基金会?|协会|商会|学会|公会|校|院|集团|公司|部|局|署|宫|庙)(?=\p{Script=Han}{2}|[A-Z]{3})/u,
        '',
      )
      .replace(/^该(?=\p{Script=Han}{2,8}团队)/u, '')
      // Words of the sentence the post was read with, whatever path read it: `正如` (as someone said), who the person was
      // among those present (`颁奖贵宾有`, `来宾计有`, `市领导及`) or a dateline's end (`北海7日讯)`).
      .replace(
        /^(?:正如|\p{Script=Han}{0,4}?(?:嘉宾|来宾|贵宾)(?:有|包括|计有)|[市省县区]?领导(?:及|和|与)|[^，,（(]{0,8}\d{1,2}日讯\s*[)）])\s*(?=\p{Script=Han}{3})/u,
        '',
      )
      // `图：某市政府提供某市长`: a photo's credit (who provided it) run on before the caption's post (not a provider,
      // `某服务提供商总经理`).
      .replace(/^(?:图\s*[:：]\s*)?\p{Script=Han}{2,14}?提供(?![商者方])\s*(?=\p{Script=Han}{3})/u, '')
  );
}
