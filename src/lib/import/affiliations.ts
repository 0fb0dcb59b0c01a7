/**
 * The organizations a position names, and the role held at each:
 * `重庆大学校长助理、党委委员、科创战略院院长` → 重庆大学 (校长助理、党委委员),
 * 重庆大学科创战略院 (院长). Known names (archive records, organizers, hosts) are
 * matched first; otherwise an organization is the shortest prefix ending in an
 * organization word (局, 协会, 中心…) whose remainder is a plain title.
 */
import { TITLE_WORDS } from './names.ts';
import { SHORT_ASSOCIATION } from './text.ts';

export interface FoundAffiliation {
  /** Organization name as the position writes it (sub-units get their parent's name in front). */
  name: string;
  role: string;
}

const ORG_END = new RegExp(
  `(?:部|局|厅|委|办|处|司|公署|政府|政协|人大|人大常委会|人大工委|工商联|(?<=[${SHORT_ASSOCIATION}生残体])协|妇联|侨联|残联|文联|社科联|委员会|协会|商会|学会|联合会|总会|促进会|基金会|研究会|红十字会|公会|大学|学院|研究院|研究所|中心|集团|公司|社|院|所|馆|站|园|联盟|俱乐部|银行|分行|支行|联会|贸促会|工会|办公室|同乡会|联谊会|校友会|宗亲会|立法会|议会|使团|署|军分区|指导组|工作组|筹备组|领导小组|镇|乡|街道)(?:（[^）]*）)?$`,
);
const MODIFIERS =
  '(?:原|代理|党委|党组|党总支|常务|执行|专职|名誉|首席|荣誉|副|正|一级|二级|三级|四级|总|高级|资深|团体)*';
const TITLES = `(?:${MODIFIERS}(?:${TITLE_WORDS.join('|')}))+`;
/** The posts after an organization, maybe for a numbered term (`第21届理事长`). */
const ROLE = new RegExp(`^(?:第[一二三四五六七八九十百\\d]+届)?${TITLES}(?:兼${TITLES})*$`);
/** 苏州市副市长 → 苏州市人民政府, 副市长. */
const GOVERNMENT_HEAD =
  /^(\p{Script=Han}{2,6}?(?:省|市|县|区|自治区))((?:原|前)?(?:常务)?副?(?:省长|市长|县长|区长|主席))$/u;
/** A name that starts with a place, a national body or a level (市工商联, 区委) stands on its own; others are sub-units. */
const STANDALONE =
  /^(?:中国|中华|全国|国家|国务院|香港|澳门|台湾|[省市区县](?=\p{Script=Han}{2})|\p{Script=Han}{1,4}?(?:省|市|自治区|县|区|州))/u;

export const isRole = (s: string) => ROLE.test(s);

/** A name that stands on its own (a place, a national body or a level first), not a unit of the body before it. */
export const standsAlone = (name: string) => STANDALONE.test(name);

export function findAffiliations(position: string, knownNames: readonly string[]): FoundAffiliation[] {
  const out: FoundAffiliation[] = [];
  const sorted = [...new Set(knownNames)].sort((a, b) => b.length - a.length);
  for (const raw of position.split(/[、，,]/)) {
    const segment = raw.trim().replace(/\(/g, '（').replace(/\)/g, '）');
    if (!segment) continue;
    let found: FoundAffiliation | undefined;
    const known = sorted.find((n) => segment.startsWith(n) && isRole(segment.slice(n.length)));
    const head = GOVERNMENT_HEAD.exec(segment);
    if (known) found = { name: known, role: segment.slice(known.length) };
    else if (head) found = { name: `${head[1]}人民政府`, role: head[2]! };
    else {
      for (let i = 2; i < segment.length; i++) {
        const prefix = segment.slice(0, i);
        // Two characters only for a level's party committee (区委常委 → 区委).
        if (i === 2 && !/^[省市区县]委$/.test(prefix)) continue;
        // A unit word alone (办公室主任, 党支部书记) names no organization: whose unit, the position does not say.
        if (/^(?:办公室|秘书处|党支部|党总支|党委)$/.test(prefix)) continue;
        if (ORG_END.test(prefix) && isRole(segment.slice(i))) {
          const parent = out[out.length - 1];
          const name =
            !STANDALONE.test(prefix) && parent && !sorted.includes(prefix) ? `${parent.name}${prefix}` : prefix;
          found = { name, role: segment.slice(i) };
          break;
        }
      }
    }
    const last = out[out.length - 1];
    if (found) {
      const same = out.find((a) => a.name === found!.name);
      if (same) same.role += `、${found.role}`;
      else out.push(found);
    } else if (last && isRole(segment)) last.role += `、${segment}`;
  }
  return out;
}
