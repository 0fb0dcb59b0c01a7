/**
 * Speeches, sessions and presiders of a draft. Everyone who spoke (致辞, 讲话,
 * 主旨演讲, 发言) gets a draft speech in the order the report tells, grouped into
 * sessions by kind; whoever presided (主持) is a presider of the first session;
 * attendees (出席, 颁奖, 签约, 受奖, 其他) are only listed for the editor: the
 * schema has no field for them, and a person record nothing refers to would be
 * an orphan.
 */
import type { SpeechKind } from '../../../schemas/index.ts';
import { findAffiliations } from '../affiliations.ts';
import type { Facts, PersonFact } from '../facts/types.ts';
import type { Organizations } from './organizations.ts';
import type { People } from './people.ts';
import type { DraftFile } from './types.ts';
import { mdx, yamlText } from './text.ts';

const SESSION_FOR: Record<SpeechKind, { id: string; name: string; kind: string }> = {
  致辞: { id: 'opening', name: '开幕式', kind: '开幕式' },
  讲话: { id: 'remarks', name: '讲话', kind: '其他' },
  主旨演讲: { id: 'keynotes', name: '主旨演讲', kind: '主旨演讲' },
  主旨报告: { id: 'keynotes', name: '主旨报告', kind: '主旨演讲' },
  专题分享: { id: 'sharing', name: '专家分享', kind: '专家分享' },
  交流发言: { id: 'exchange', name: '交流发言', kind: '交流发言' },
  主持: { id: 'remarks', name: '讲话', kind: '其他' },
  点评: { id: 'remarks', name: '讲话', kind: '其他' },
  总结: { id: 'closing', name: '闭幕式', kind: '闭幕式' },
  其他: { id: 'talks', name: '发言', kind: '其他' },
};

export interface Session {
  id: string;
  name: string;
  kind: string;
  order: number;
  status?: 'announced';
  presiders?: { person: string; position: string }[];
}

export interface SpeechesResult {
  files: DraftFile[];
  sessions: Session[];
  /** Lines for the body's fact list. */
  speechLines: string[];
  attendeeLines: string[];
  presiderLines: string[];
  todos: string[];
}

const isSpeaker = (p: PersonFact) => !!p.kind;
const NO_POSITION = 'TODO：报道没有写时任职务';

export function speechesAndSessions(
  facts: Facts,
  slug: string,
  people: People,
  organizations: Organizations,
): SpeechesResult {
  const files: DraftFile[] = [];
  const sessions: Session[] = [];
  const todos: string[] = [];
  const sessionFor = (kind: SpeechKind) => {
    const s = SESSION_FOR[kind];
    if (!sessions.some((x) => x.id === s.id)) sessions.push({ ...s, order: sessions.length + 1 });
    return s.id;
  };
  const speechLines: string[] = [];
  const speakers = facts.people.filter(isSpeaker);
  speakers.forEach((sp, i) => {
    const position = sp.position ?? NO_POSITION;
    const person = people.person(sp.name, position, organizations.names());
    const session = sessionFor(sp.kind!);
    const found = sp.organization
      ? [{ name: sp.organization, role: sp.position! }]
      : findAffiliations(sp.position ?? '', organizations.names());
    const affiliations = found.map((a) => ({ organization: organizations.id(a.name, true), role: a.role }));
    const order = i + 1;
    const notes: string[] = [];
    if (!sp.known) notes.push(`TODO: 核对姓名“${sp.name}”与时任职务“${position}”的分界（按职务词自动拆分）`);
    if (!sp.kindStated) notes.push(`TODO: 核对发言类型（报道未明说，暂定“${sp.kind}”）与所属环节`);
    if (!affiliations.length && sp.position) notes.push('TODO: 报道的职务中没有读出任职机构，请补充 affiliations');
    if (person.note) notes.push(person.note);
    const data: Record<string, unknown> = { session, order, kind: sp.kind };
    if (sp.title) data.title = sp.title;
    data.speakers = [{ person: person.id, position, ...(affiliations.length ? { affiliations } : {}) }];
    data.draft = true;
    files.push({
      path: `conferences/${slug}/speeches/${String(order).padStart(2, '0')}-${person.id}.md`,
      record: false,
      text: `---\n${notes.map((n) => `# ${n}\n`).join('')}${yamlText(data)}---\n\nTODO：核对报道后，用自己的话写一两句摘要（summary）和几条发言要点，不要照抄报道原文。\n`,
    });
    speechLines.push(
      `${order}. ${mdx(position)} ${sp.name}（${person.id}），${sp.title ? `题为《${mdx(sp.title)}》，` : ''}${sp.kind}${sp.kindStated ? '' : '（类型为推测）'}`,
    );
  });
  if (speakers.length) todos.push('speeches：发言顺序按报道叙述顺序，核对实际议程顺序');
  for (const p of facts.parallelSessions) {
    sessions.push({
      id: `forum-${sessions.length + 1}`,
      name: p.name,
      kind: p.kind,
      order: sessions.length + 1,
      ...(p.status === 'announced' ? { status: 'announced' as const } : {}),
    });
  }
  if (!sessions.length) {
    sessions.push({ id: 'main', name: '大会', kind: '其他', order: 1 });
    todos.push('sessions：报道中没有读到议程环节和发言，请按议程补充');
  } else todos.push('sessions：环节由导入按发言类型归并而成，核对名称、顺序，并与报道或议程对照');
  // Presiders: on the first session.
  const presiderLines: string[] = [];
  for (const p of facts.people.filter((x) => x.role === '主持' && x.position)) {
    const person = people.person(p.name, p.position!, organizations.names());
    (sessions[0]!.presiders ??= []).push({ person: person.id, position: p.position! });
    presiderLines.push(`${mdx(p.position!)} ${p.name}（${person.id}）`);
  }
  if (presiderLines.length)
    todos.push(`sessions[0].presiders：主持人暂记在第一个环节“${sessions[0]!.name}”，核对主持的是哪个环节`);
  const attendeeLines = facts.people
    .filter((p) => !isSpeaker(p) && !(p.role === '主持' && p.position))
    .map((p) => `${p.position ? `${mdx(p.position)} ` : ''}${p.name}（${p.role}）`);
  if (attendeeLines.length) todos.push('出席者：档案的会议记录暂无出席者字段，正文清单中列出的出席者供核对，不会发布');
  return { files, sessions, speechLines, attendeeLines, presiderLines, todos };
}
