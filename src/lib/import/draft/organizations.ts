/**
 * Organizations of a draft: a name the archive knows (name, short name or alias)
 * reuses its record; any other gets a new record with an id from its name and a
 * type guessed from how the name ends.
 */
import { ORGANIZATION_TYPES, type OrganizationType } from '../../../schemas/index.ts';
import type { KnownArchive } from '../archive.ts';
import { slugify, uniqueId } from '../ids.ts';
import type { DraftFile } from './types.ts';
import { yamlText } from './text.ts';

const TYPE_BY_NAME: [RegExp, OrganizationType][] = [
  [/(人民政府|局|厅|部|委员会|办公室|政府|处|科|(?<!公)司|关工委)$/, 'government'],
  [/(基金会)$/, 'foundation'],
  [/(商会|总商会)$/, 'chamber'],
  [/(学会|研究会)$/, 'society'],
  [/(联合会|总会)$/, 'federation'],
  [/(协会|促进会)(（[^）]*）)?$/, 'association'],
  [/(大学|学院)$/, 'university'],
  [/(研究院|研究所|研究中心|智库)$/, 'research-institute'],
  [/(集团|公司|银行)$/, 'enterprise'],
  [/(报社|杂志社|电视台|网)$/, 'media'],
  [/(服务中心|社会工作服务|社工)/, 'social-service'],
];
export function guessOrganizationType(name: string): OrganizationType {
  const bare = name.replace(/（[^）]*）$/, '');
  return TYPE_BY_NAME.find(([re]) => re.test(bare))?.[1] ?? 'other';
}

export class Organizations {
  private byName = new Map<string, string>();
  private created = new Map<string, { id: string; name: string; fromPosition: boolean }>();
  readonly reused: string[] = [];

  private archive: KnownArchive;

  constructor(archive: KnownArchive) {
    this.archive = archive;
    for (const o of archive.organizations) for (const n of o.names) this.byName.set(n, o.id);
  }

  /** The id for `name`: an existing record's, or a new one. */
  id(name: string, fromPosition = false): string {
    const existing = this.byName.get(name) ?? this.created.get(name)?.id;
    if (existing) {
      if (this.archive.organizations.some((o) => o.id === existing) && !this.reused.includes(existing))
        this.reused.push(existing);
      return existing;
    }
    const id = uniqueId(
      slugify(name),
      (x) => this.archive.taken.organizations.has(x) || [...this.created.values()].some((o) => o.id === x),
    );
    this.created.set(name, { id, name, fromPosition });
    return id;
  }

  /** Every name known so far (archive and new), for reading affiliations out of positions. */
  names(): string[] {
    return [...this.byName.keys(), ...this.created.keys()];
  }

  /** The archive's organization whose names include `name`, if any. */
  known(name: string): boolean {
    return this.byName.has(name);
  }

  files(): DraftFile[] {
    return [...this.created.values()].map((o) => {
      const type = guessOrganizationType(o.name);
      return {
        path: `organizations/${o.id}.yaml`,
        record: true,
        text: `# TODO: 新建的机构（导入自动生成）：核对全称${o.fromPosition ? '（从讲者职务中读出）' : ''}、类型（暂定 ${type}：${ORGANIZATION_TYPES[type]}）、上级机构和所在地\n${yamlText({ name: o.name, type })}`,
      };
    });
  }
}
