/**
 * Likely mistakes that do not stop a build but that an editor should look at:
 * drafts and TODOs, speeches without a summary, namesakes without a note, records
 * nothing refers to, a person whose position changes within one conference, an
 * attendee who also spoke or presided there, an affiliation whose organization the
 * position text never names, a note to editors written where readers see it, file
 * names out of step with the record. Each kind is
 * one function below.
 */
import { COLLECTION_NAMES } from '../../schemas/layout.ts';
import type { Problem, ProblemCode } from './problems.ts';
import { problemAt } from './problems.ts';
import type { ContentIndex } from './integrity.ts';
import { speechConferenceId, speechSlug } from './integrity.ts';
import { referencesIn } from './references.ts';
import type { ValidEntry } from './validate.ts';

type Warn = (entry: ValidEntry, path: (string | number)[], code: ProblemCode, message: string, hint?: string) => void;

export function findWarnings(index: ContentIndex): Problem[] {
  const out: Problem[] = [];
  const warn: Warn = (entry, path, code, message, hint) =>
    out.push(problemAt('warning', code, entry, path, message, hint));
  drafts(index, warn);
  speechFiles(index, warn);
  namesakes(index, warn);
  unreferenced(index, warn);
  positionChanges(index, warn);
  activeAttendees(index, warn);
  affiliationMismatches(index, warn);
  editorNotes(index, warn);
  return out;
}

/** Every `TODO` left in a file (the importer and `npm run new` leave them), one warning per line. */
export function todoWarnings(file: string, text: string): Problem[] {
  const out: Problem[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const m = /TODO[:：]?\s*(.*)/.exec(line);
    if (m)
      out.push({
        severity: 'warning',
        code: 'todo',
        file,
        line: i + 1,
        field: '',
        message: `待办：${m[1]?.trim() || line.trim()}`,
      });
  });
  return out;
}

/** Conferences and speeches still marked `draft: true`. */
function drafts(index: ContentIndex, warn: Warn): void {
  for (const e of [...index.conferences.values(), ...index.speeches.values()]) {
    if (e.data.draft) warn(e, ['draft'], 'draft', '草稿：不会出现在正式发布的网站上', '核对完成后删除 draft: true');
  }
}

/** Speeches without a summary; file names whose number or person differ from the record. */
function speechFiles(index: ContentIndex, warn: Warn): void {
  for (const e of index.speeches.values()) {
    if (!e.data.summary) warn(e, ['summary'], 'no-summary', '发言没有摘要', '用自己的话写一两句话概括发言');
    const m = /^(\d+)-(.+)$/.exec(speechSlug(e.id));
    if (m && Number(m[1]) !== e.data.order) {
      warn(
        e,
        ['order'],
        'file-order',
        `文件名序号 ${m[1]} 与 order ${e.data.order} 不一致`,
        '按 order 重命名文件，便于编辑按顺序浏览（网址随文件名而定，发布后不要改名）',
      );
    }
    if (m && !e.data.speakers.some((s) => s.person === m[2])) {
      warn(e, ['speakers', 0, 'person'], 'file-speaker', `文件名中的人物“${m[2]}”不是本发言的讲者`);
    }
  }
}

/** People sharing a name (or a variant) without a note that tells them apart. */
function namesakes(index: ContentIndex, warn: Warn): void {
  const byName = new Map<string, ValidEntry[]>();
  for (const e of index.people.values()) {
    for (const n of new Set([e.data.name, ...e.data.variants])) byName.set(n, [...(byName.get(n) ?? []), e]);
  }
  for (const [name, group] of byName) {
    const ids = [...new Set(group.map((g) => g.id))];
    if (ids.length < 2) continue;
    for (const e of group) {
      if (!(e.data as { note?: string }).note) {
        warn(
          e,
          ['name'],
          'namesake',
          `与 ${ids.filter((i) => i !== e.id).join('、')} 同名“${name}”，但没有区分说明`,
          '在 note 中写明此人的单位或职务，帮助读者区分',
        );
      }
    }
  }
}

/** People and organizations no record refers to (through any field the schemas declare as a reference). */
function unreferenced(index: ContentIndex, warn: Warn): void {
  const used = new Set<string>();
  for (const collection of COLLECTION_NAMES) {
    for (const e of index[collection].values() as Iterable<ValidEntry>) {
      for (const ref of referencesIn(collection, e.data)) used.add(`${ref.collection}/${ref.id}`);
    }
  }
  for (const p of index.people.values()) {
    if (!used.has(`people/${p.id}`))
      warn(p, [], 'orphan', '没有任何发言或会议引用此人物', '可能是拼错了引用它的 id，或是多余的记录');
  }
  for (const o of index.organizations.values()) {
    if (!used.has(`organizations/${o.id}`))
      warn(o, [], 'orphan', '没有任何会议、发言或下级机构引用此机构', '可能是拼错了引用它的 id，或是多余的记录');
  }
}

/** A person has one position (时任) within one conference, whether presiding or speaking. */
function positionChanges(index: ContentIndex, warn: Warn): void {
  const positions = new Map<string, { position: string; entry: ValidEntry }>();
  const note = (conf: string, person: string, position: string, entry: ValidEntry, path: (string | number)[]) => {
    const key = `${conf}\u0000${person}`;
    const first = positions.get(key);
    if (!first) positions.set(key, { position, entry });
    else if (first.position !== position) {
      warn(
        entry,
        path,
        'position-differs',
        `${person} 在同一会议中的职务不一致：“${position}” 与 ${first.entry.file} 中的 “${first.position}”`,
        '同一会议中一个人只有一个时任职务，核对报道',
      );
    }
  };
  for (const c of index.conferences.values()) {
    c.data.sessions.forEach((s, i) =>
      s.presiders.forEach((p, j) => note(c.id, p.person, p.position, c, ['sessions', i, 'presiders', j, 'position'])),
    );
    c.data.attendance?.people.forEach((p, i) =>
      note(c.id, p.person, p.position, c, ['attendance', 'people', i, 'position']),
    );
  }
  for (const s of index.speeches.values()) {
    s.data.speakers.forEach((sp, i) =>
      note(speechConferenceId(s.id), sp.person, sp.position, s, ['speakers', i, 'position']),
    );
  }
}

/** Attendees are those with no other record in the conference: one who spoke or presided is recorded there. */
function activeAttendees(index: ContentIndex, warn: Warn): void {
  const active = new Set<string>();
  for (const c of index.conferences.values())
    c.data.sessions.forEach((s) => s.presiders.forEach((p) => active.add(`${c.id}\u0000${p.person}`)));
  for (const s of index.speeches.values())
    s.data.speakers.forEach((sp) => active.add(`${speechConferenceId(s.id)}\u0000${sp.person}`));
  for (const c of index.conferences.values()) {
    c.data.attendance?.people.forEach((p, i) => {
      if (active.has(`${c.id}\u0000${p.person}`)) {
        warn(
          c,
          ['attendance', 'people', i, 'person'],
          'attendee-active',
          `${p.person} 已在本会议中发言或主持，不必再列为出席者`,
          '删去 attendance.people 中的这一项',
        );
      }
    });
  }
}

/** An affiliation should name an organization (or a role) the position text mentions. */
function affiliationMismatches(index: ContentIndex, warn: Warn): void {
  for (const s of index.speeches.values()) {
    s.data.speakers.forEach((sp, i) =>
      sp.affiliations.forEach((a, j) => {
        const org = index.organizations.get(a.organization);
        if (!org) return;
        const names = [org.data.name, org.data.shortName, ...org.data.aliases].filter(Boolean) as string[];
        if (!names.some((n) => sp.position.includes(n)) && !sp.position.includes(a.role)) {
          warn(
            s,
            ['speakers', i, 'affiliations', j],
            'affiliation-mismatch',
            `职务“${sp.position}”中既没有机构“${org.data.name}”也没有职务“${a.role}”`,
            '核对 affiliations 与 position 是否对应',
          );
        }
      }),
    );
  }
}

/** What is still to be checked, in a reader's words on the page: `note` is shown to readers, `# TODO:` comments are not. */
const EDITOR_WORDS = /待核实|待核对|待查|待确认|待补|TODO|请以职务区分|同名者众/;

/** A person's or organization's `note` that speaks to editors (…待核实) would be shown to readers. */
function editorNotes(index: ContentIndex, warn: Warn): void {
  for (const e of [...index.people.values(), ...index.organizations.values()]) {
    const note = e.data.note;
    if (note && EDITOR_WORDS.test(note)) {
      warn(
        e,
        ['note'],
        'editor-note',
        `note 会显示给读者，其中“${EDITOR_WORDS.exec(note)![0]}”是写给编者的`,
        '把待办写成 YAML 注释 # TODO: …（npm run check 会列出），note 只写读者需要知道的事',
      );
    }
  }
}
