/**
 * Splitting "<position><name>" as news reports write it (重庆市民政局二级巡视员周利民):
 * a name already in the archive wins; otherwise the position must end in a title
 * word (局长, 秘书长, 巡视员…) followed by a two- or three-character name.
 */
export const TITLE_WORDS = [
  '主任委员', '秘书长', '理事长', '董事长', '总经理', '总干事', '巡视员', '调研员', '研究员', '负责人', '创始人', '书记',
  '局长', '厅长', '部长', '会长', '主任', '院长', '市长', '区长', '县长', '省长', '处长', '科长', '司长', '所长', '社长',
  '校长', '馆长', '站长', '主席', '总裁', '经理', '教授', '委员', '助理', '总监', '主编', '监事', '理事', '专家', '代表',
  '干事', '博士', '组长', '队长', '行长', '台长', '园长', '主管', '合伙人', '团长',
];
const TITLE_RE = TITLE_WORDS.join('|');
export const COMPOUND_SURNAMES = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯', '令狐', '端木', '西门', '南宫', '独孤', '澹台', '呼延'];
/** Characters that do not occur in personal names but do in running text. */
const NOT_NAME = /[的了与及在是等为对将从把被着也都就而其之这那们个各并说有]/;

export const endsWithTitle = (s: string) => new RegExp(`(?:${TITLE_RE})$`).test(s);

export interface PositionName {
  position: string;
  name: string;
  /** The name was found in the archive's people records. */
  known: boolean;
}

/** `江苏省民政厅厅长谢晓军` → { position: 江苏省民政厅厅长, name: 谢晓军 }, or undefined. */
export function splitPositionName(text: string, knownNames: readonly string[] = []): PositionName | undefined {
  const s = text.trim();
  const known = [...knownNames].sort((a, b) => b.length - a.length).find((n) => s.endsWith(n));
  if (known) return { position: s.slice(0, -known.length).trim(), name: known, known: true };
  const m = new RegExp(`^(.*(?:${TITLE_RE}))((?:${COMPOUND_SURNAMES.join('|')})\\p{Script=Han}{1,2}|\\p{Script=Han}{2,3})$`, 'u').exec(s);
  if (!m || NOT_NAME.test(m[2]!)) return undefined;
  return { position: m[1]!.trim(), name: m[2]!, known: false };
}

/**
 * The speaker phrase at the end of the text before a verb: the last comma-separated
 * chunk holding a name, with the chunks before it that read as positions
 * (重庆大学校长助理、党委委员、科创战略院院长，重庆市机械工程学会理事长朱才朝).
 */
export function speakerAtEnd(before: string, knownNames: readonly string[] = []): PositionName | undefined {
  const tail = before.split(/[。！？!?；;：:”"」』]/).pop()!.replace(/^\s*(?:在|由|据|请|邀请)/, '');
  const chunks = tail.split(/[,，]/).map((c) => c.trim());
  const last = chunks.pop() ?? '';
  const found = splitPositionName(last.replace(/^(?:在|由)/, ''), knownNames);
  if (!found) return undefined;
  let position = found.position;
  while (chunks.length && endsWithTitle(chunks[chunks.length - 1]!) && chunks[chunks.length - 1]!.length <= 40 && !NOT_POSITION.test(chunks[chunks.length - 1]!)) {
    position = `${chunks.pop()!.replace(/^(?:在|由)/, '')}，${position}`;
  }
  return { ...found, position: position.replace(/^[、，,]+|[、，,]+$/g, '') };
}
/** Text that is running prose, not a position. */
const NOT_POSITION = /[的了是]|当天|会上|现场|随后|期间|此外|同时/;

/**
 * `A、B、C` where each item is "<position><name>" and positions may themselves
 * hold 、 (局长、二级巡视员杨伟): items that end in a title word join the next.
 */
export function speakerList(before: string, knownNames: readonly string[] = []): PositionName[] {
  const tail = before.split(/[。！？!?；;：:”"」』]/).pop()!;
  const chunks = tail.split(/[,，]/);
  let listText = chunks.pop() ?? '';
  while (chunks.length && endsWithTitle(chunks[chunks.length - 1]!.trim()) && !NOT_POSITION.test(chunks[chunks.length - 1]!)) {
    listText = `${chunks.pop()!.trim()}，${listText}`;
  }
  listText = listText.replace(/^(?:由|在|请|邀请|会上|随后)/, '').replace(/(?:等|等嘉宾|等专家|等领导|等代表)$/, '');
  const items: string[] = [];
  let pending = '';
  for (const part of listText.split('、')) {
    const p = part.trim();
    if (!p) continue;
    if (endsWithTitle(p)) pending += `${p}、`;
    else {
      items.push(pending + p);
      pending = '';
    }
  }
  const out: PositionName[] = [];
  for (const item of items) {
    const found = splitPositionName(item, knownNames);
    if (found) out.push(found);
  }
  return out;
}
