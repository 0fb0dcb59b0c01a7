/**
 * Likely mistakes that do not stop a build but that an editor should look at:
 * drafts and TODOs, speeches without a summary, namesakes without a note, records
 * nothing refers to, a person whose position changes within one conference, an
 * attendee who also spoke or presided there, an
 * affiliation whose organization the position text never names, file names out of
 * step with the record.
 */
import type { Problem } from './problems.ts';
import { fieldName } from './problems.ts';
import type { ContentIndex } from './integrity.ts';
import { speechConferenceId, speechSlug } from './integrity.ts';
import type { ValidEntry } from './validate.ts';

export function findWarnings(index: ContentIndex, texts: ReadonlyMap<string, string> = new Map()): Problem[] {
  const out: Problem[] = [];
  const warn = (entry: ValidEntry, path: (string | number)[], code: string, message: string, hint?: string) =>
    out.push({ severity: 'warning', code, file: entry.file, line: entry.lineOf(path), field: fieldName(path), message, hint });

  // Drafts and their TODOs.
  for (const e of [...index.conferences.values(), ...index.speeches.values()]) {
    if (e.data.draft) warn(e, ['draft'], 'draft', '草稿：不会出现在正式发布的网站上', '核对完成后删除 draft: true');
  }
  for (const [file, text] of texts) {
    text.split(/\r?\n/).forEach((line, i) => {
      const m = /TODO[:：]?\s*(.*)/.exec(line);
      if (m) out.push({ severity: 'warning', code: 'todo', file, line: i + 1, field: '', message: `待办：${m[1]?.trim() || line.trim()}` });
    });
  }

  // Speeches without a summary; file names out of step.
  for (const e of index.speeches.values()) {
    if (!e.data.summary) warn(e, ['summary'], 'no-summary', '发言没有摘要', '用自己的话写一两句话概括发言');
    const m = /^(\d+)-(.+)$/.exec(speechSlug(e.id));
    if (m && Number(m[1]) !== e.data.order) {
      warn(e, ['order'], 'file-order', `文件名序号 ${m[1]} 与 order ${e.data.order} 不一致`, '按 order 重命名文件，便于编辑按顺序浏览（网址随文件名而定，发布后不要改名）');
    }
    if (m && !e.data.speakers.some((s) => s.person === m[2])) {
      warn(e, ['speakers', 0, 'person'], 'file-speaker', `文件名中的人物“${m[2]}”不是本发言的讲者`);
    }
  }

  // Namesakes without a disambiguation note.
  const byName = new Map<string, ValidEntry[]>();
  for (const e of index.people.values()) {
    for (const n of new Set([e.data.name, ...e.data.variants])) byName.set(n, [...(byName.get(n) ?? []), e]);
  }
  for (const [name, group] of byName) {
    const ids = [...new Set(group.map((g) => g.id))];
    if (ids.length < 2) continue;
    for (const e of group) {
      if (!(e.data as { note?: string }).note) {
        warn(e, ['name'], 'namesake', `与 ${ids.filter((i) => i !== e.id).join('、')} 同名“${name}”，但没有区分说明`, '在 note 中写明此人的单位或职务，帮助读者区分');
      }
    }
  }

  // Records nothing refers to.
  const usedPeople = new Set<string>();
  const usedOrgs = new Set<string>();
  for (const c of index.conferences.values()) {
    for (const role of ['organizers', 'hosts', 'coOrganizers', 'supporters'] as const) c.data[role].forEach((o) => usedOrgs.add(o));
    c.data.outcomes.forEach((o) => o.parties.forEach((p) => usedOrgs.add(p)));
    c.data.sessions.forEach((s) => s.presiders.forEach((p) => usedPeople.add(p.person)));
    c.data.attendance?.people.forEach((p) => {
      usedPeople.add(p.person);
      p.affiliations.forEach((a) => usedOrgs.add(a.organization));
    });
  }
  for (const s of index.speeches.values()) {
    for (const sp of s.data.speakers) {
      usedPeople.add(sp.person);
      sp.affiliations.forEach((a) => usedOrgs.add(a.organization));
    }
  }
  for (const o of index.organizations.values()) if (o.data.parent) usedOrgs.add(o.data.parent);
  for (const p of index.people.values()) {
    if (!usedPeople.has(p.id)) warn(p, [], 'orphan', '没有任何发言或会议引用此人物', '可能是拼错了引用它的 id，或是多余的记录');
  }
  for (const o of index.organizations.values()) {
    if (!usedOrgs.has(o.id)) warn(o, [], 'orphan', '没有任何会议、发言或下级机构引用此机构', '可能是拼错了引用它的 id，或是多余的记录');
  }

  // A person's position should not change within one conference.
  const positions = new Map<string, { position: string; entry: ValidEntry; path: (string | number)[] }>();
  const notePosition = (conf: string, person: string, position: string, entry: ValidEntry, path: (string | number)[]) => {
    const key = `${conf}\u0000${person}`;
    const first = positions.get(key);
    if (!first) positions.set(key, { position, entry, path });
    else if (first.position !== position) {
      warn(entry, path, 'position-differs', `${person} 在同一会议中的职务不一致：“${position}” 与 ${first.entry.file} 中的 “${first.position}”`, '同一会议中一个人只有一个时任职务，核对报道');
    }
  };
  for (const c of index.conferences.values()) {
    c.data.sessions.forEach((s, i) => s.presiders.forEach((p, j) => notePosition(c.id, p.person, p.position, c, ['sessions', i, 'presiders', j, 'position'])));
    c.data.attendance?.people.forEach((p, i) => notePosition(c.id, p.person, p.position, c, ['attendance', 'people', i, 'position']));
  }
  for (const s of index.speeches.values()) {
    s.data.speakers.forEach((sp, i) => notePosition(speechConferenceId(s.id), sp.person, sp.position, s, ['speakers', i, 'position']));
  }

  // Attendees are those with no other record in the conference.
  const active = new Set<string>();
  for (const c of index.conferences.values()) c.data.sessions.forEach((s) => s.presiders.forEach((p) => active.add(`${c.id}\u0000${p.person}`)));
  for (const s of index.speeches.values()) s.data.speakers.forEach((sp) => active.add(`${speechConferenceId(s.id)}\u0000${sp.person}`));
  for (const c of index.conferences.values()) {
    c.data.attendance?.people.forEach((p, i) => {
      if (active.has(`${c.id}\u0000${p.person}`)) {
        warn(c, ['attendance', 'people', i, 'person'], 'attendee-active', `${p.person} 已在本会议中发言或主持，不必再列为出席者`, '删去 attendance.people 中的这一项');
      }
    });
  }

  // Affiliations should name organizations the position text mentions.
  for (const s of index.speeches.values()) {
    s.data.speakers.forEach((sp, i) =>
      sp.affiliations.forEach((a, j) => {
        const org = index.organizations.get(a.organization);
        if (!org) return;
        const names = [org.data.name, org.data.shortName, ...org.data.aliases].filter(Boolean) as string[];
        if (!names.some((n) => sp.position.includes(n)) && !sp.position.includes(a.role)) {
          warn(s, ['speakers', i, 'affiliations', j], 'affiliation-mismatch', `职务“${sp.position}”中既没有机构“${org.data.name}”也没有职务“${a.role}”`, '核对 affiliations 与 position 是否对应');
        }
      }),
    );
  }
  return out;
}
