/**
 * Checks that hold across records: ids are well-formed and unique, every reference
 * resolves, sessions and speech order are unique within a conference, dates are in
 * order, organization parents form no cycle. Astro's `reference()` only logs a
 * missing entry; here each one is an error that stops the build. Which fields are
 * references is read from the schemas (references.ts), never restated here.
 */
import { ID_PATTERN } from '../../schemas/common.ts';
import {
  ORGANIZER_ROLES,
  type Conference,
  type Organization,
  type Person,
  type Region,
  type Series,
  type Speech,
} from '../../schemas/index.ts';
import type { CollectionName } from '../../schemas/layout.ts';
import { COLLECTIONS } from '../../schemas/layout.ts';
import type { FieldPath, Problem, ProblemCode } from './problems.ts';
import { problemAt } from './problems.ts';
import { referencesIn } from './references.ts';
import { tagAddresses } from '../tags.ts';
import type { ValidEntry } from './validate.ts';

export interface ContentIndex {
  regions: Map<string, ValidEntry<Region>>;
  series: Map<string, ValidEntry<Series>>;
  people: Map<string, ValidEntry<Person>>;
  organizations: Map<string, ValidEntry<Organization>>;
  conferences: Map<string, ValidEntry<Conference>>;
  speeches: Map<string, ValidEntry<Speech>>;
}

/** The conference a speech belongs to, from its id `<conference>/<file stem>`. */
export const speechConferenceId = (speechId: string) => speechId.split('/')[0]!;
/** The file stem of a speech, `01-zhou-limin`, which is also its URL segment. */
export const speechSlug = (speechId: string) => speechId.split('/').slice(1).join('/');

export function indexEntries(entries: readonly ValidEntry[]): { index: ContentIndex; problems: Problem[] } {
  const index = Object.fromEntries(Object.keys(COLLECTIONS).map((k) => [k, new Map()])) as unknown as ContentIndex;
  const problems: Problem[] = [];
  for (const entry of entries) {
    const map = index[entry.collection] as Map<string, ValidEntry>;
    const idParts = entry.collection === 'speeches' ? entry.id.split('/') : [entry.id];
    if (!idParts.every((p) => ID_PATTERN.test(p))) {
      problems.push({
        severity: 'error',
        code: 'bad-id',
        file: entry.file,
        field: '',
        message: `文件名或目录名“${entry.id}”不能作为 id：只能用小写字母、数字和单个连字符`,
        hint: 'id 会成为网址的一部分，发布后不再改变，例如 zhou-limin、2024-chuanyu',
      });
    }
    const existing = map.get(entry.id);
    if (existing) {
      problems.push({
        severity: 'error',
        code: 'duplicate-id',
        file: entry.file,
        field: '',
        message: `${COLLECTIONS[entry.collection].label} id“${entry.id}”重复，已用于 ${existing.file}`,
        hint: '每条记录只能有一个文件；同名人物请用 zhang-wei-2 这样的 id 并写明 note',
      });
      continue;
    }
    map.set(entry.id, entry);
  }
  return { index, problems };
}

/** What every rule below is given: the valid records, what else was read, and where to report. */
interface RuleContext {
  index: ContentIndex;
  /** True when a record with this id was read, valid or not: a reference to an invalid record is not reported again (its own errors are). */
  exists(collection: CollectionName, id: string): boolean;
  error(
    entry: Pick<ValidEntry, 'file' | 'lineOf'>,
    path: FieldPath,
    code: ProblemCode,
    message: string,
    hint?: string,
  ): void;
}

type AnyEntry = Pick<ValidEntry, 'collection' | 'file' | 'data' | 'lineOf'>;

/**
 * Every rule that holds across records, each reported with file, line and field.
 * `present` lists every id read from disk, valid or not.
 */
export function checkIntegrity(
  index: ContentIndex,
  present?: Record<CollectionName, Set<string>>,
  /** Raw data of conferences that failed validation, so their speeches' sessions are still checked. */
  invalidConferences: ReadonlyMap<string, unknown> = new Map(),
  /** Entries that failed validation: their references are still checked, so every problem shows at once. */
  invalid: readonly AnyEntry[] = [],
): Problem[] {
  const problems: Problem[] = [];
  const rules: RuleContext = {
    index,
    exists: (collection, id) => index[collection].has(id) || !!present?.[collection].has(id),
    error: (entry, path, code, message, hint) => problems.push(problemAt('error', code, entry, path, message, hint)),
  };
  const valid = Object.values(index).flatMap((m: Map<string, ValidEntry>) => [...m.values()]);
  danglingReferences(rules, [...valid, ...invalid]);
  problems.push(...parentCycles(index));
  for (const e of index.conferences.values()) {
    duplicateOrganizers(rules, e);
    conferenceDates(rules, e);
    sessionRules(rules, e);
  }
  speechRules(rules, invalidConferences);
  tagRules(rules);
  return problems;
}

/** Every tag gets an address of its own (/tags/<pinyin>/): none without letters, no two with the same pinyin and tones. */
function tagRules(rules: RuleContext): void {
  const entries = [...rules.index.conferences.values(), ...rules.index.speeches.values()] as ValidEntry<{
    tags: string[];
  }>[];
  const { problems } = tagAddresses(entries.flatMap((e) => e.data.tags));
  if (!problems.size) return;
  for (const e of entries) {
    e.data.tags.forEach((t, i) => {
      const message = problems.get(t);
      if (message) rules.error(e, ['tags', i], 'tag-address', message, '标签的网址由拼音生成，见 docs/editing.md');
    });
  }
}

/** Every id a record's `ref()` fields hold names a record of the declared collection. */
function danglingReferences(rules: RuleContext, entries: readonly AnyEntry[]): void {
  for (const entry of entries) {
    for (const ref of referencesIn(entry.collection, entry.data)) {
      if (rules.exists(ref.collection, ref.id)) continue;
      const { label, dir } = COLLECTIONS[ref.collection];
      rules.error(
        entry,
        ref.path,
        'reference',
        `找不到${label}“${ref.id}”`,
        `应是 content/${dir}/ 下已有${label}的 id${suggest(ref.id, rules.index[ref.collection])}`,
      );
    }
  }
}

/** An organization is listed at most once in each role. */
function duplicateOrganizers(rules: RuleContext, e: ValidEntry<Conference>): void {
  for (const role of ORGANIZER_ROLES) {
    duplicates(e.data[role]).forEach((i) => rules.error(e, [role, i], 'duplicate', `机构“${e.data[role][i]}”重复列出`));
  }
}

/** A conference ends on or after the day it opens. */
function conferenceDates(rules: RuleContext, e: ValidEntry<Conference>): void {
  const c = e.data;
  if (c.endDate && c.endDate < c.startDate)
    rules.error(e, ['endDate'], 'date-order', `闭幕日期 ${c.endDate} 早于开幕日期 ${c.startDate}`);
}

/** Sessions have unique ids and orders and fall within the conference's days; outcomes name one of them. */
function sessionRules(rules: RuleContext, e: ValidEntry<Conference>): void {
  const c = e.data;
  const sessionIds = new Set<string>();
  const sessionOrders = new Map<number, number>();
  c.sessions.forEach((s, i) => {
    if (sessionIds.has(s.id))
      rules.error(e, ['sessions', i, 'id'], 'duplicate-session', `环节 id“${s.id}”在本会议中重复`);
    sessionIds.add(s.id);
    const prev = sessionOrders.get(s.order);
    if (prev !== undefined)
      rules.error(e, ['sessions', i, 'order'], 'duplicate-order', `环节顺序 ${s.order} 与 sessions[${prev}] 重复`);
    sessionOrders.set(s.order, i);
    if (s.date && (s.date < c.startDate || s.date > (c.endDate ?? c.startDate))) {
      rules.error(e, ['sessions', i, 'date'], 'date-range', `环节日期 ${s.date} 不在会议日期之内`);
    }
  });
  c.outcomes.forEach((o, i) => {
    if (o.session && !sessionIds.has(o.session)) {
      rules.error(
        e,
        ['outcomes', i, 'session'],
        'unknown-session',
        `找不到环节“${o.session}”`,
        `应是本会议 sessions 中的 id：${[...sessionIds].join('、')}`,
      );
    }
  });
}

/** Speeches sit in a conference's folder, name one of its sessions, have a unique order in it and list each speaker once. */
function speechRules(rules: RuleContext, invalidConferences: ReadonlyMap<string, unknown>): void {
  const orders = new Map<string, Map<number, ValidEntry<Speech>>>();
  for (const e of rules.index.speeches.values()) {
    const s = e.data;
    const confId = speechConferenceId(e.id);
    const conf = rules.index.conferences.get(confId);
    if (!conf && !rules.exists('conferences', confId)) {
      rules.error(
        e,
        [],
        'orphan-speech',
        `所在目录 conferences/${confId}/ 没有会议文件 index.mdx`,
        '发言文件须放在某个会议目录的 speeches/ 下',
      );
    }
    const sessionIds = conf ? conf.data.sessions.map((x) => x.id) : rawSessionIds(invalidConferences.get(confId));
    if (sessionIds && !sessionIds.includes(s.session)) {
      rules.error(
        e,
        ['session'],
        'unknown-session',
        `找不到环节“${s.session}”`,
        `应是 conferences/${confId}/index.mdx 中 sessions 的 id：${sessionIds.join('、')}`,
      );
    }
    const byOrder = orders.get(confId) ?? new Map<number, ValidEntry<Speech>>();
    orders.set(confId, byOrder);
    const clash = byOrder.get(s.order);
    if (clash) {
      rules.error(
        e,
        ['order'],
        'duplicate-order',
        `发言顺序 ${s.order} 与 ${clash.file} 重复`,
        '同一会议中每篇发言的 order 须唯一',
      );
    } else byOrder.set(s.order, e);
    duplicates(s.speakers.map((sp) => sp.person)).forEach((i) =>
      rules.error(e, ['speakers', i, 'person'], 'duplicate', `讲者“${s.speakers[i]!.person}”重复列出`),
    );
  }
}

/** Session ids of a conference that failed validation, when its sessions are still readable. */
function rawSessionIds(data: unknown): string[] | undefined {
  const sessions = (data as { sessions?: unknown } | undefined)?.sessions;
  if (!Array.isArray(sessions)) return undefined;
  const ids = sessions.map((x) => (x as { id?: unknown })?.id).filter((id): id is string => typeof id === 'string');
  return ids.length === sessions.length ? ids : undefined;
}

/** Indexes of values that already appeared earlier in the list. */
function duplicates(values: readonly string[]): number[] {
  const seen = new Set<string>();
  const out: number[] = [];
  values.forEach((v, i) => (seen.has(v) ? out.push(i) : seen.add(v)));
  return out;
}

function parentCycles(index: ContentIndex): Problem[] {
  const problems: Problem[] = [];
  for (const e of index.organizations.values()) {
    const seen = new Set([e.id]);
    let cur = e.data.parent;
    while (cur) {
      if (seen.has(cur)) {
        if (cur === e.id) {
          problems.push({
            severity: 'error',
            code: 'cycle',
            file: e.file,
            line: e.lineOf(['parent']),
            field: 'parent',
            message: `上级机构形成循环：${[...seen].join(' → ')} → ${cur}`,
          });
        }
        break;
      }
      seen.add(cur);
      cur = index.organizations.get(cur)?.data.parent;
    }
  }
  return problems;
}

/** `，是不是 zhou-limin？` when a known id is one small edit away. */
function suggest(id: string, known: Map<string, unknown>): string {
  let best: string | undefined;
  let bestDistance = 3;
  for (const k of known.keys()) {
    const d = editDistance(id, k);
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return best ? `；是不是 ${best}？` : '';
}

export function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return 99;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}
