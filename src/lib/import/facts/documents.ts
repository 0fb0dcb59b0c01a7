/**
 * Documents signed, released or adopted at the event: `签署《…协议》`,
 * `审议通过了《…章程》《…办法》和新修订的《…》`, `表决通过了《…》草案、《…》草案`, `审议通过了…说明报告`, `出台《…意见》`, `宣读倡议书`,
 * `共同签订了…合作备忘录`, a programme launched (`共同启动“…计划”`) and what a
 * 发布会 released (`第八届“慈善排行榜”发布会`). Background sentences (`据了解`,
 * `近年来`, `自…以来`, a date other than the event's) and speech titles are not
 * documents of the event.
 */
import type { OutcomeKind } from '../../../schemas/index.ts';
import type { DocumentFact } from './types.ts';

const KINDS: [RegExp, OutcomeKind][] = [
  [/(?:协议|协议书|备忘录|合作框架|框架协议)$/, 'agreement'],
  [/(?:倡议书|倡议|宣言|公约|共识|誓言)$/, 'initiative'],
  [/(?:报告|白皮书|蓝皮书|指数|研究成果)$/, 'report'],
  [/(?:名单|榜单|排行榜)$/, 'award'],
];
export const documentKind = (title: string): OutcomeKind => KINDS.find(([re]) => re.test(title))?.[1] ?? 'other';

const VERB =
  '签署|签订|共同签署|共同签订|发布|共同发布|发出|发起|共同发起|宣读|审议通过|审议表决|表决通过|通过|出台|印发|颁布|启动|共同启动';
const BACKGROUND =
  /^(?:据了解|据悉|近年来|近年|此前|今年以来|去年|自.{0,12}以来|为(?:深入|进一步|继续|全面)?(?:贯彻|落实|学习))|(?:以来|此前|曾经)[，,]/;
const LIST = /^(?:《[^》]{2,80}》(?:草案|（草案）)?(?:和新修订的|及新修订的|以及|[、，,和及与]|等)*)+/;

/** What a meeting adopts: its charter, rules, measures, resolutions. */
const RULES =
  '章程(?:修正案|草案|\\(草案\\)|（草案）)?|选举办法|管理办法|办法|规则|细则|决议|制度|规范|(?:章程|办法|规则|细则|制度|标准)(?:修订|修改)草案';
const RULES_END = new RegExp(`(?:${RULES})$`);
/** The clause after 审议通过了: a chain of short items, up to the end of the clause. */
const ADOPTED = /^[^，。；《》]{2,240}?(?=[，。；]|$)/;

/**
 * `某会章程、会徽以及某办法、某某建设和发展规范、某制度和某选举办法` → the rules in it: split at 、/以及, and at 和/及 only
 * when both sides are rules (`建设和发展规范`, `会费标准及管理办法修订草案` are one title). Items that are not rules (会徽) are passed over.
 */
export function adoptedRules(chain: string): string[] {
  const items = chain.split(/以及|、/).flatMap((item) => {
    const parts = item.split(/和|及/);
    return parts.length > 1 && parts.every((p) => RULES_END.test(p)) ? parts : [item];
  });
  if (items.length > 10 || items.some((t) => t.length > 40)) return [];
  return items.filter((t) => t.length >= 4 && RULES_END.test(t) && !/^(?:上述|以上|有关|相关|各项)/.test(t));
}

/**
 * `签署协议`, `签署了合作备忘录`, `签订战略合作框架协议`: the kind of paper only, with no name of its own (TODO: the editor
 * names it from the event when it matters; a bare kind word as a title is a guess that matches no other report).
 */
const UNNAMED_KIND =
  /^(?:了)?(?:相关|有关|双方|三方|多方|一份|两份|该)?(?:的)?(?:项目|投资|友好(?:商会|城市)?)?(?:战略)?(?:合作)?(?:框架)?(?:协议书?|备忘录)$/;
/**
 * Also with a generic subject in front (`项目合作协议`, `友好商会协议`), and two such kinds joined (`战略合作协议和友好
 * 商会协议`): still no name of their own.
 */
const unnamedAgreement = (s: string) => s.split(/[和及与、]/).every((part) => UNNAMED_KIND.test(part));

/** What an authority issued and someone read out at the meeting (`宣读了《关于同意成立…的批复》`): not adopted there. */
const ISSUED = /(?:批复|批文|批准书|通知|函)$/;

export interface DocumentInput {
  sentences: readonly string[];
  /** Speech titles (以《…》为题): not documents. */
  speechTitles: ReadonlySet<string>;
  /** The event's date as `M月D日`, to tell the event's sentences from background ones. */
  eventDay?: { month: number; day: number };
  title?: string;
}

/** A sentence about something else than the event: background, or dated another day. */
function background(sentence: string, eventDay: DocumentInput['eventDay']): boolean {
  if (BACKGROUND.test(sentence)) return true;
  for (const m of sentence.matchAll(/(?:(?:19|20)\d{2}年)?(\d{1,2})月(?:(\d{1,2})日)?/g)) {
    if (!eventDay) return !!m[0].includes('年');
    if (Number(m[1]) !== eventDay.month || (m[2] && Number(m[2]) !== eventDay.day)) return true;
  }
  return false;
}

export function readDocuments(input: DocumentInput): DocumentFact[] {
  const out: DocumentFact[] = [];
  const eventName = (input.title ?? '').replace(/[“”—\s]/g, '');
  const add = (title: string, verb?: string) => {
    const t = title.trim();
    if (t.length < 2 || input.speechTitles.has(t) || out.some((d) => d.title === t)) return;
    // (`《某学会会员管理�l例》`: a title with a character a mirror lost is left to the editor.)
    if (t.includes('\uFFFD')) return;
    // The campaign the event launches is the event, not one of its documents; with no event name
    // read, it may be the event itself, so it is left out too.
    if (verb === '启动' || verb === '共同启动') {
      if (!eventName) return;
      const bare = t.replace(/[“”—\s]/g, '');
      if (eventName.includes(bare) || bare.includes(eventName.replace(/(?:启动仪式|仪式|活动).*$/, ''))) return;
    }
    out.push({ title: t, kind: documentKind(t), verb });
  };
  for (const sentence of input.sentences) {
    if (background(sentence, input.eventDay)) continue;
    // 《…》 right after a verb, in a chain.
    for (const m of sentence.matchAll(new RegExp(`(${VERB})(?:了)?\\s*`, 'g'))) {
      // 拟出台, 将发布: not (yet) a document of the event.
      if (/(?:拟|将|计划|准备|即将|拟于)$/.test(sentence.slice(Math.max(0, m.index - 2), m.index))) continue;
      // 审议通过了上述报告以及《…》: what was named before is not a title.
      const after = sentence
        .slice(m.index + m[0].length)
        .replace(/^(?:上述|以上|有关|相关)[^《，。；]{0,12}?(?:以及|及|和|与|、)(?=《)/, '')
        .replace(/^(?:新修改|新修订|修订后|修改后)的/, '')
        // 审议通过了某某所作的《…报告》
        .replace(/^\p{Script=Han}{2,4}所作的(?=《)/u, '')
        // 审议通过了某会会长某某代表理事会做的《工作报告》: who gave the report, up to 作的/做的 right before 《.
        .replace(/^[^《》，。；：、“”]{2,40}?(?<![制创合工])(?:所)?[作做]的(?=《)/u, '');
      const list = LIST.exec(after);
      if (list) {
        for (const t of list[0].matchAll(/《([^》]{2,80})》/g))
          if (!(m[1] === '宣读' && ISSUED.test(t[1]!))) add(t[1]!, m[1]);
        continue;
      }
      // Unbracketed: 宣读倡议书, 签订了…合作备忘录, 共同启动“…计划”
      const plain =
        /^([^，。；《》、]{0,40}?(?:倡议书|协议书|协议|备忘录|宣言|公约)|[^，。；《》、]{4,40}?倡议)(?=[，。；、]|$)/.exec(
          after,
        );
      if (plain && /签|宣读|发布|发出|发起/.test(m[1]!) && !unnamedAgreement(plain[1]!)) add(plain[1]!, m[1]);
      // 审议通过了某会章程及选举办法: adopted rules without book-title marks, in a chain.
      if (/审议|表决/.test(m[1]!) || (m[1] === '通过' && m[0].includes('了'))) {
        const adopted = ADOPTED.exec(after);
        if (adopted) for (const t of adoptedRules(adopted[0])) add(t, m[1]);
      }
      const report = /^([^，。；《》、]{4,40}?(?:报告|白皮书|蓝皮书))(?=[，。；、]|$)/.exec(after);
      // 发布了…报告; 审议通过了…说明报告 (a report the meeting adopted, named without book-title marks).
      if (
        report &&
        (/发布/.test(m[1]!) || (/审议|表决/.test(m[1]!) && !/^(?:上述|以上|有关|相关|各项)/.test(report[1]!)))
      )
        add(report[1]!, m[1]);
      const launched = /^(“[^”]{2,30}”[^，。；]{0,20}?(?:计划|项目|行动|工程))(?=[，。；、]|$)/.exec(after);
      if (launched && /启动/.test(m[1]!)) add(launched[1]!, m[1]);
    }
    // “…项目”在会上正式启动
    for (const m of sentence.matchAll(/“([^”]{4,40}(?:计划|项目|工程))”[^，。]{0,8}(?:正式)?启动/g)) add(m[1]!, '启动');
  }
  // A 发布会 releases what it is named after: 第八届“慈善排行榜”发布会.
  const released = /((?:第[一二三四五六七八九十百\d]+届)?“[^”]{2,20}”)发布(?:大)?会/.exec(input.title ?? '');
  if (released) add(released[1]!, '发布');
  return out;
}
