/**
 * Checks that hold across records: ids are well-formed and unique, every reference
 * resolves, sessions and speech order are unique within a conference, dates are in
 * order, organization parents form no cycle. Astro's `reference()` only logs a
 * missing entry; here each one is an error that stops the build.
 */
import { ID_PATTERN } from '../../schemas/common.ts';
import type { Conference, Organization, Person, Region, Series, Speech } from '../../schemas/index.ts';
import type { CollectionName } from '../../schemas/layout.ts';
import { COLLECTIONS } from '../../schemas/layout.ts';
import type { FieldPath, Problem } from './problems.ts';
import { fieldName } from './problems.ts';
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

/**
 * `present` lists every id read from disk, valid or not: a reference to a record
 * that exists but failed validation is not reported again (its own errors are).
 */
export function checkIntegrity(
  index: ContentIndex,
  present?: Record<CollectionName, Set<string>>,
  /** Raw data of conferences that failed validation, so their speeches' sessions are still checked. */
  invalidConferences: ReadonlyMap<string, unknown> = new Map(),
  /** Entries that failed validation: their references are still checked, so every problem shows at once. */
  invalid: readonly Pick<ValidEntry, 'collection' | 'file' | 'data' | 'lineOf'>[] = [],
): Problem[] {
  const problems: Problem[] = [];
  const exists = (target: CollectionName, id: string) => index[target].has(id) || !!present?.[target].has(id);
  const error = (entry: Pick<ValidEntry, 'file' | 'lineOf'>, path: FieldPath, code: string, message: string, hint?: string) =>
    problems.push({ severity: 'error', code, file: entry.file, line: entry.lineOf(path), field: fieldName(path), message, hint });

  // Every reference, of valid entries and of entries that failed validation alike.
  for (const entry of [...Object.values(index).flatMap((m: Map<string, ValidEntry>) => [...m.values()]), ...invalid]) {
    for (const [pattern, target] of REFERENCES[entry.collection]) {
      for (const [path, id] of walk(entry.data, pattern)) {
        if (typeof id !== 'string' || exists(target, id)) continue;
        const label = COLLECTIONS[target].label;
        error(entry, path, 'reference', `找不到${label}“${id}”`, `应是 content/${COLLECTIONS[target].dir}/ 下已有${label}的 id${suggest(id, index[target])}`);
      }
    }
  }
  problems.push(...parentCycles(index));

  for (const e of index.conferences.values()) {
    const c = e.data;
    for (const role of ['organizers', 'hosts', 'coOrganizers', 'supporters'] as const) {
      duplicates(c[role]).forEach((i) => error(e, [role, i], 'duplicate', `机构“${c[role][i]}”重复列出`));
    }
    if (c.endDate && c.endDate < c.startDate) {
      error(e, ['endDate'], 'date-order', `闭幕日期 ${c.endDate} 早于开幕日期 ${c.startDate}`);
    }
    const sessionIds = new Set<string>();
    const sessionOrders = new Map<number, number>();
    c.sessions.forEach((s, i) => {
      if (sessionIds.has(s.id)) error(e, ['sessions', i, 'id'], 'duplicate', `环节 id“${s.id}”在本会议中重复`);
      sessionIds.add(s.id);
      const prev = sessionOrders.get(s.order);
      if (prev !== undefined) error(e, ['sessions', i, 'order'], 'duplicate-order', `环节顺序 ${s.order} 与 sessions[${prev}] 重复`);
      sessionOrders.set(s.order, i);
      if (s.date && (s.date < c.startDate || s.date > (c.endDate ?? c.startDate))) {
        error(e, ['sessions', i, 'date'], 'date-range', `环节日期 ${s.date} 不在会议日期之内`);
      }
    });
    c.outcomes.forEach((o, i) => {
      if (o.session && !sessionIds.has(o.session)) {
        error(e, ['outcomes', i, 'session'], 'reference', `找不到环节“${o.session}”`, `应是本会议 sessions 中的 id：${[...sessionIds].join('、')}`);
      }
    });
  }

  const orders = new Map<string, Map<number, ValidEntry<Speech>>>();
  for (const e of index.speeches.values()) {
    const s = e.data;
    const confId = speechConferenceId(e.id);
    const conf = index.conferences.get(confId);
    if (!conf && !exists('conferences', confId)) {
      error(e, [], 'orphan-speech', `所在目录 conferences/${confId}/ 没有会议文件 index.mdx`, '发言文件须放在某个会议目录的 speeches/ 下');
    }
    const sessionIds = conf ? conf.data.sessions.map((x) => x.id) : rawSessionIds(invalidConferences.get(confId));
    if (sessionIds && !sessionIds.includes(s.session)) {
      error(e, ['session'], 'reference', `找不到环节“${s.session}”`, `应是 conferences/${confId}/index.mdx 中 sessions 的 id：${sessionIds.join('、')}`);
    }
    const byOrder = orders.get(confId) ?? new Map<number, ValidEntry<Speech>>();
    orders.set(confId, byOrder);
    const clash = byOrder.get(s.order);
    if (clash) {
      error(e, ['order'], 'duplicate-order', `发言顺序 ${s.order} 与 ${clash.file} 重复`, '同一会议中每篇发言的 order 须唯一');
    } else byOrder.set(s.order, e);
    duplicates(s.speakers.map((sp) => sp.person)).forEach((i) =>
      error(e, ['speakers', i, 'person'], 'duplicate', `讲者“${s.speakers[i]!.person}”重复列出`),
    );
  }
  return problems;
}

/** Where each collection refers to others: field paths (`*` = every item) and the collection referred to. */
const REFERENCES: Record<CollectionName, [string[], CollectionName][]> = {
  regions: [[['parent'], 'regions']],
  series: [[['regions', '*'], 'regions']],
  people: [],
  organizations: [
    [['parent'], 'organizations'],
    [['region'], 'regions'],
  ],
  conferences: [
    [['series'], 'series'],
    [['regions', '*'], 'regions'],
    ...(['organizers', 'hosts', 'coOrganizers', 'supporters'] as const).map((role): [string[], CollectionName] => [[role, '*'], 'organizations']),
    [['sessions', '*', 'presiders', '*', 'person'], 'people'],
    [['attendance', 'people', '*', 'person'], 'people'],
    [['attendance', 'people', '*', 'affiliations', '*', 'organization'], 'organizations'],
    [['outcomes', '*', 'parties', '*'], 'organizations'],
  ],
  speeches: [
    [['speakers', '*', 'person'], 'people'],
    [['speakers', '*', 'affiliations', '*', 'organization'], 'organizations'],
  ],
};

/** The values at `pattern` in `data`, each with its concrete path; tolerant of any shape. */
function walk(data: unknown, pattern: readonly string[], at: (string | number)[] = []): [(string | number)[], unknown][] {
  if (!pattern.length) return [[at, data]];
  const [head, ...rest] = pattern;
  if (head === '*') return Array.isArray(data) ? data.flatMap((item, i) => walk(item, rest, [...at, i])) : [];
  if (data && typeof data === 'object' && head! in data) return walk((data as Record<string, unknown>)[head!], rest, [...at, head!]);
  return [];
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
