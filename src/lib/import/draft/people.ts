/**
 * People of a draft: a name (or variant) the archive has reuses the record — among
 * namesakes, the one whose note names an organization the position names — and
 * says so in a note; any other name gets a new record with its pinyin.
 */
import type { KnownArchive } from '../archive.ts';
import { personId, personPinyin, uniqueId } from '../ids.ts';
import type { DraftFile } from './types.ts';
import { yamlText } from './text.ts';

export class People {
  private known = new Map<string, string[]>();
  private created = new Map<string, string>();
  readonly reused: string[] = [];

  private archive: KnownArchive;

  constructor(archive: KnownArchive) {
    this.archive = archive;
    for (const p of archive.people)
      for (const n of new Set(p.names)) this.known.set(n, [...(this.known.get(n) ?? []), p.id]);
  }

  /** The record for `name` as it held `position`; `note` tells the editor what to check. */
  person(name: string, position: string, organizationNames: readonly string[]): { id: string; note?: string } {
    const ids = this.known.get(name);
    if (ids?.length) {
      const orgs = organizationNames.filter((n) => n.length > 2 && position.includes(n));
      const id =
        ids.find((i) => orgs.some((o) => this.archive.people.find((p) => p.id === i)?.note?.includes(o))) ?? ids[0]!;
      if (!this.reused.includes(id)) this.reused.push(id);
      return {
        id,
        note:
          ids.length > 1
            ? `TODO: 档案中有 ${ids.length} 位“${name}”（${ids.join('、')}），暂选 ${id}，核对是哪一位`
            : `已有人物记录 ${id}，核对是否同一人`,
      };
    }
    const existing = this.created.get(name);
    if (existing) return { id: existing };
    const id = uniqueId(
      personId(name),
      (x) => this.archive.taken.people.has(x) || [...this.created.values()].includes(x),
    );
    this.created.set(name, id);
    return { id };
  }

  files(): DraftFile[] {
    return [...this.created].map(([name, id]) => ({
      path: `people/${id}.yaml`,
      record: true,
      text: `# TODO: 新建的人物（导入自动生成）：核对姓名和拼音；同名者请写 note 区分\n${yamlText({ name, pinyin: personPinyin(name) })}`,
    }));
  }
}
