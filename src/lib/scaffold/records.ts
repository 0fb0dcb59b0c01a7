/**
 * `npm run new`: what each kind of record needs, and how flags become a valid
 * file. Field prompts are the schemas' own descriptions (describeAt), so the
 * command says exactly what `npm run check` will hold the file to.
 */
import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import type { z } from 'astro/zod';
import { describeAt, referenceAt } from '../content/schema-fields.ts';
import { conference, organization, person, speech } from '../../schemas/index.ts';
import type { KnownArchive } from '../import/archive.ts';
import { personId, personPinyin, slugify } from '../import/ids.ts';
import { guessOrganizationType } from '../import/draft.ts';

export type Kind = 'conference' | 'speech' | 'person' | 'organization';
export const KINDS: Kind[] = ['conference', 'speech', 'person', 'organization'];

export interface Field {
  flag: string;
  /** Path of the field in the schema, for its description. */
  path: (string | number)[];
  required?: boolean;
  list?: boolean;
  /** Which collection an id given here must exist in, when the schema does not say (a speech's conference is its folder). */
  ref?: keyof KnownArchive['taken'];
}

export const SCHEMAS: Record<Kind, z.ZodType> = { conference, speech, person, organization };

export const FIELDS: Record<Kind, Field[]> = {
  person: [
    { flag: 'name', path: ['name'], required: true },
    { flag: 'pinyin', path: ['pinyin'] },
    { flag: 'variants', path: ['variants'], list: true },
    { flag: 'note', path: ['note'] },
    { flag: 'id', path: [] },
  ],
  organization: [
    { flag: 'name', path: ['name'], required: true },
    { flag: 'type', path: ['type'] },
    { flag: 'short-name', path: ['shortName'] },
    { flag: 'aliases', path: ['aliases'], list: true },
    { flag: 'parent', path: ['parent'] },
    { flag: 'region', path: ['region'] },
    { flag: 'place', path: ['place'] },
    { flag: 'id', path: [] },
  ],
  conference: [
    { flag: 'title', path: ['title'], required: true },
    { flag: 'start-date', path: ['startDate'], required: true },
    { flag: 'city', path: ['city'], required: true },
    { flag: 'series', path: ['series'], required: true },
    { flag: 'regions', path: ['regions'], list: true },
    { flag: 'short-title', path: ['shortTitle'] },
    { flag: 'end-date', path: ['endDate'] },
    { flag: 'theme', path: ['theme'] },
    { flag: 'organizers', path: ['organizers'], list: true },
    { flag: 'hosts', path: ['hosts'], list: true },
    { flag: 'slug', path: [] },
  ],
  speech: [
    { flag: 'conference', path: [], required: true, ref: 'conferences' },
    { flag: 'person', path: ['speakers', 0, 'person'], required: true },
    { flag: 'position', path: ['speakers', 0, 'position'], required: true },
    { flag: 'kind', path: ['kind'], required: true },
    { flag: 'title', path: ['title'] },
    { flag: 'session', path: ['session'] },
    { flag: 'order', path: ['order'] },
  ],
};

/** The prompt or help text for a flag: the schema's description of its field. */
export function describeField(kind: Kind, field: Field): string {
  if (field.flag === 'id') return '记录 id（小写拼音，用连字符连接；不填则由名称生成）';
  if (field.flag === 'slug') return '会议 id，也是网址的一部分，例如 2025-qiangui（不填则由年份和名称生成）';
  if (field.flag === 'conference') return '所属会议的 id，即 content/conferences/ 下的目录名';
  return describeAt(SCHEMAS[kind], field.path) ?? field.flag;
}

export type Values = Record<string, string | undefined>;

export interface Scaffolded {
  path: string;
  text: string;
  data: Record<string, unknown>;
}

const list = (v: string | undefined) =>
  v
    ? v
        .split(/[,，、\s]+/)
        .map((x) => x.trim())
        .filter(Boolean)
    : undefined;
const yaml = (data: unknown) => stringify(data, { lineWidth: 0, flowCollectionPadding: false });
const drop = (o: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && !(Array.isArray(v) && !v.length)));

/** The collection a flag's ids must exist in: the schema's `ref()` declaration for its field, or the field's own `ref`. */
export function referenceTarget(kind: Kind, field: Field): keyof KnownArchive['taken'] | undefined {
  const declared = referenceAt(SCHEMAS[kind], field.path);
  return field.ref ?? (declared === 'speeches' ? undefined : declared);
}

/** Ids referenced by flags that the archive does not have. */
export function missingReferences(kind: Kind, values: Values, archive: KnownArchive): string[] {
  const out: string[] = [];
  for (const f of FIELDS[kind]) {
    const target = referenceTarget(kind, f);
    if (!target || !values[f.flag]) continue;
    const ids = f.list ? list(values[f.flag])! : [values[f.flag]!];
    for (const id of ids) if (!archive.taken[target].has(id)) out.push(`--${f.flag} ${id}：档案中没有这个 id`);
  }
  return out;
}

/** Builds the record's file (path relative to the content root). `root` is read for a speech's conference. */
export function scaffold(kind: Kind, values: Values, archive: KnownArchive, root: string): Scaffolded {
  if (kind === 'person') {
    const name = values.name!;
    const data = drop({
      name,
      variants: list(values.variants),
      pinyin: values.pinyin ?? personPinyin(name),
      note: values.note,
    });
    const id = values.id ?? personId(name);
    return { path: `people/${id}.yaml`, data, text: yaml(data) };
  }
  if (kind === 'organization') {
    const name = values.name!;
    const type = values.type ?? guessOrganizationType(name);
    const data = drop({
      name,
      shortName: values['short-name'],
      aliases: list(values.aliases),
      type,
      parent: values.parent,
      region: values.region,
      place: values.place,
    });
    const id = values.id ?? slugify(name);
    const note = values.type ? '' : `# TODO: 机构类型由名称推测为 ${type}，请核对\n`;
    return { path: `organizations/${id}.yaml`, data, text: note + yaml(data) };
  }
  if (kind === 'conference') {
    const startDate = values['start-date']!;
    const regions = list(values.regions) ?? archive.series.find((s) => s.id === values.series)?.regions ?? [];
    const data = drop({
      title: values.title,
      shortTitle: values['short-title'] ?? values.title,
      series: values.series,
      startDate,
      endDate: values['end-date'],
      city: values.city,
      regions,
      theme: values.theme,
      summary: 'TODO：用自己的话写一两句话概括会议',
      organizers: list(values.organizers),
      hosts: list(values.hosts),
      sessions: [{ id: 'main', name: '大会', kind: '其他', order: 1 }],
      sources: [{ outlet: 'TODO：发布媒体', headline: 'TODO：报道标题，照原文', published: `${startDate} 00:00` }],
      draft: true,
    });
    const slug =
      values.slug ??
      `${startDate.slice(0, 4)}-${slugify(values.title!.replace(/^(?:19|20)\d{2}年?/, ''))
        .split('-')
        .slice(0, 3)
        .join('-')}`;
    const body =
      '\nTODO：用自己的话写会议概述；按议程填写 sessions，在 sources 中写明报道的媒体、标题和发布时间，核对后删除 draft: true。\n';
    return {
      path: `conferences/${slug}/index.mdx`,
      data,
      text: `---\n# TODO: 按报道填写 sources（发布时间暂填开幕日期 00:00）和 sessions\n${yaml(data)}---\n${body}`,
    };
  }
  // speech
  const conf = values.conference!;
  const confDir = path.join(root, 'conferences', conf);
  const indexFile = ['index.mdx', 'index.md'].map((f) => path.join(confDir, f)).find((f) => fs.existsSync(f));
  const sessions = indexFile
    ? [...fs.readFileSync(indexFile, 'utf8').matchAll(/^\s*-\s*id:\s*([a-z0-9-]+)\s*$/gm)].map((m) => m[1]!)
    : [];
  const speechDir = path.join(confDir, 'speeches');
  const existingOrders = fs.existsSync(speechDir)
    ? fs.readdirSync(speechDir).map((f) => Number(/^(\d+)-/.exec(f)?.[1] ?? 0))
    : [];
  const order = values.order ? Number(values.order) : Math.max(0, ...existingOrders) + 1;
  const data = drop({
    session: values.session ?? sessions[0],
    order,
    kind: values.kind,
    title: values.title,
    speakers: [{ person: values.person, position: values.position }],
    draft: true,
  });
  const file = `conferences/${conf}/speeches/${String(order).padStart(2, '0')}-${values.person}.md`;
  return {
    path: file,
    data,
    text: `---\n${yaml(data)}---\n\nTODO：用自己的话写一两句摘要（summary）和几条发言要点。\n`,
  };
}

/** Schema problems of the scaffolded data, as `field: message` lines. */
export function validate(kind: Kind, data: unknown): string[] {
  const result = SCHEMAS[kind].safeParse(data);
  if (result.success) return [];
  return result.error.issues.map(
    (i) =>
      `${i.path.join('.') || '(记录)'}: ${i.message}（${
        describeAt(
          SCHEMAS[kind],
          i.path.filter((p): p is string | number => typeof p !== 'symbol'),
        ) ?? ''
      }）`,
  );
}
