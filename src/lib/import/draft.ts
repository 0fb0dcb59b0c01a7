/**
 * Extracted facts → the files of a draft conference: `conferences/<slug>/index.mdx`
 * (draft: true), one draft speech per speaker, and records for people,
 * organizations, a series and a region the archive does not have yet. Existing
 * records are reused when a name, variant or alias matches. Whatever the report
 * did not settle is a TODO line the content check lists; the body lists the facts
 * read, never the report's sentences.
 */
import { stringify } from 'yaml';
import type { OutcomeKind, SpeechKind } from '../../schemas/index.ts';
import { ORGANIZATION_TYPES, type OrganizationType } from '../../schemas/index.ts';
import { findAffiliations } from './affiliations.ts';
import type { KnownArchive } from './archive.ts';
import type { Facts } from './extract.ts';
import { personId, personPinyin, slugify, uniqueId } from './ids.ts';

export interface DraftSource {
  editors: string[];
  photoCredits: string[];
  /** Notes on the text as read: converter pinyin, Traditional script, encoding. */
  notes: string[];
}

export interface DraftFile {
  /** Path relative to the content root, '/'-separated. */
  path: string;
  text: string;
  /** A new record (person, organization, series, region), not part of the conference folder. */
  record: boolean;
}

export interface Draft {
  slug: string;
  files: DraftFile[];
  todos: string[];
  reused: { people: string[]; organizations: string[]; series?: string; regions: string[] };
}

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

const TYPE_BY_NAME: [RegExp, OrganizationType][] = [
  [/(人民政府|局|厅|部|委员会|办公室|政府|处|科)$/, 'government'],
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

/** Text safe in an MDX body: no JSX braces or tags. */
const mdx = (s: string) => s.replace(/[{}<>]/g, (c) => ({ '{': '｛', '}': '｝', '<': '＜', '>': '＞' })[c]!);
const yamlText = (data: unknown) => stringify(data, { lineWidth: 0, flowCollectionPadding: false });

export interface DraftOptions {
  slug?: string;
  /** Used when the report gives no time at all. */
  today?: string;
}

export function buildDraft(facts: Facts, source: DraftSource, archive: KnownArchive, options: DraftOptions = {}): Draft {
  const todos: string[] = [];
  const files: DraftFile[] = [];
  const reused: Draft['reused'] = { people: [], organizations: [], regions: [] };
  const todo = (t: string) => todos.push(t);

  // Dates and the source.
  let published = facts.published;
  const startDate = facts.startDate ?? published?.slice(0, 10) ?? options.today ?? new Date().toISOString().slice(0, 10);
  if (!facts.startDate) todo(`startDate：报道中没有读到会议日期，暂填 ${startDate}，请核对`);
  if (!published) {
    published = `${startDate} 00:00`;
    todo(`sources[0].published：报道中没有读到发布时间，暂填 ${published}，请核对`);
  }
  const year = startDate.slice(0, 4);

  // Organizations: reuse by name or alias, else new records.
  const orgByName = new Map<string, string>();
  for (const o of archive.organizations) for (const n of o.names) orgByName.set(n, o.id);
  const newOrgs = new Map<string, { id: string; name: string; fromPosition: boolean }>();
  const takenOrg = (id: string) => archive.taken.organizations.has(id) || [...newOrgs.values()].some((o) => o.id === id);
  const orgId = (name: string, fromPosition = false): string => {
    const existing = orgByName.get(name) ?? newOrgs.get(name)?.id;
    if (existing) {
      if (archive.organizations.some((o) => o.id === existing) && !reused.organizations.includes(existing)) reused.organizations.push(existing);
      return existing;
    }
    const id = uniqueId(slugify(name), takenOrg);
    newOrgs.set(name, { id, name, fromPosition });
    return id;
  };
  const organizers = facts.organizers.map((n) => orgId(n));
  const hosts = facts.hosts.map((n) => orgId(n));
  const coOrganizers = facts.coOrganizers.map((n) => orgId(n));
  if (!organizers.length) todo('organizers：报道中没有读到主办单位，请补充');

  // Regions and series.
  const title = facts.title ?? facts.headline ?? '未命名会议';
  if (!facts.title) todo('title：报道中没有读到会议全称，暂用报道标题，请改为会议的正式名称');
  const base = title
    .replace(/^(?:19|20)\d{2}年?/, '')
    .replace(/^第[一二三四五六七八九十百\d]+届/, '')
    .replace(/（[^）]*）|\([^)]*\)/g, '')
    .replace(/暨.*$/, '');
  const series = archive.series.find((s) => s.names.some((n) => base === n || base.includes(n) || n.includes(base)));
  const placeNames = [facts.city, ...facts.organizers, ...facts.hosts].filter((n): n is string => !!n);
  const regionScore = (r: KnownArchive['regions'][number]) =>
    (r.shortName && title.includes(r.shortName) ? 3 : 0) +
    (title.includes(r.name) ? 3 : 0) +
    r.members.filter((m) => placeNames.some((p) => p === m || p.startsWith(m))).length;
  let regions: string[] = series?.regions ?? [];
  let newRegion: { id: string; name: string } | undefined;
  if (!regions.length) {
    const best = [...archive.regions].sort((a, b) => regionScore(b) - regionScore(a))[0];
    if (best && regionScore(best) > 0) regions = [best.id];
    else {
      const name = facts.city ?? '未知地区';
      newRegion = { id: uniqueId(slugify(name), (id) => archive.taken.regions.has(id)), name };
      regions = [newRegion.id];
    }
  }
  regions.forEach((r) => archive.regions.some((x) => x.id === r) && reused.regions.push(r));
  let seriesId = series?.id;
  if (series) reused.series = series.id;
  else {
    seriesId = uniqueId(slugify(base).split('-').slice(0, 5).join('-'), (id) => archive.taken.series.has(id));
    files.push({
      path: `series/${seriesId}.yaml`,
      record: true,
      text: `# TODO: 新建的系列（导入自动生成）：核对名称，用自己的话写简介，补充简称和别称\n${yamlText({ name: base, regions, description: 'TODO：用自己的话写系列简介：由谁发起、多久举办一次、各届在哪里举办' })}`,
    });
  }
  if (newRegion) {
    files.push({
      path: `regions/${newRegion.id}.yaml`,
      record: true,
      text: `# TODO: 档案中没有与“${newRegion.name}”对应的区域，导入时新建；核对区域名称和组成部分，或改用已有区域\n${yamlText({ name: newRegion.name, members: [newRegion.name], description: 'TODO：用自己的话写区域简介' })}`,
    });
  }

  // The slug.
  const region = archive.regions.find((r) => regions.includes(r.id));
  const key = region?.shortName && title.includes(region.shortName) ? slugify(region.shortName) : slugify([...base].slice(0, 2).join(''));
  const citySlug = facts.city ? slugify(facts.city) : '';
  const slug = options.slug ?? [year, key, citySlug && citySlug !== key ? citySlug : ''].filter(Boolean).join('-');

  // People: reuse by name or variant, else new records.
  const knownPeople = new Map<string, string[]>();
  for (const p of archive.people) for (const n of new Set(p.names)) knownPeople.set(n, [...(knownPeople.get(n) ?? []), p.id]);
  const newPeople = new Map<string, string>();
  const personFor = (name: string, position: string): { id: string; note?: string } => {
    const ids = knownPeople.get(name);
    if (ids?.length) {
      // Among namesakes, prefer the one whose note names an organization the position names.
      const orgs = [...orgByName.keys()].filter((n) => n.length > 2 && position.includes(n));
      const id = ids.find((i) => orgs.some((o) => archive.people.find((p) => p.id === i)?.note?.includes(o))) ?? ids[0]!;
      if (!reused.people.includes(id)) reused.people.push(id);
      return { id, note: ids.length > 1 ? `TODO: 档案中有 ${ids.length} 位“${name}”（${ids.join('、')}），暂选 ${id}，核对是哪一位` : `已有人物记录 ${id}，核对是否同一人` };
    }
    const existing = newPeople.get(name);
    if (existing) return { id: existing };
    const id = uniqueId(personId(name), (x) => archive.taken.people.has(x) || [...newPeople.values()].includes(x));
    newPeople.set(name, id);
    return { id };
  };

  // Speeches and sessions.
  const sessions: { id: string; name: string; kind: string; order: number; status?: 'announced' }[] = [];
  const sessionFor = (kind: SpeechKind) => {
    const s = SESSION_FOR[kind];
    if (!sessions.some((x) => x.id === s.id)) sessions.push({ ...s, order: sessions.length + 1 });
    return s.id;
  };
  const orgNames = () => [...orgByName.keys(), ...newOrgs.keys()];
  const speechLines: string[] = [];
  facts.speakers.forEach((sp, i) => {
    const person = personFor(sp.name, sp.position);
    const session = sessionFor(sp.kind);
    const affiliations = findAffiliations(sp.position, orgNames()).map((a) => ({ organization: orgId(a.name, true), role: a.role }));
    const order = i + 1;
    const file = `conferences/${slug}/speeches/${String(order).padStart(2, '0')}-${person.id}.md`;
    const notes: string[] = [];
    if (!sp.known) notes.push(`TODO: 核对姓名“${sp.name}”与时任职务“${sp.position}”的分界（按职务词自动拆分）`);
    if (!sp.kindStated) notes.push(`TODO: 核对发言类型（报道未明说，暂定“${sp.kind}”）与所属环节`);
    if (!affiliations.length) notes.push('TODO: 报道的职务中没有读出任职机构，请补充 affiliations');
    if (person.note) notes.push(person.note);
    const data: Record<string, unknown> = { session, order, kind: sp.kind };
    if (sp.title) data.title = sp.title;
    data.speakers = [{ person: person.id, position: sp.position, ...(affiliations.length ? { affiliations } : {}) }];
    data.draft = true;
    files.push({
      path: file,
      record: false,
      text: `---\n${notes.map((n) => `# ${n}\n`).join('')}${yamlText(data)}---\n\nTODO：核对报道后，用自己的话写一两句摘要（summary）和几条发言要点，不要照抄报道原文。\n`,
    });
    speechLines.push(`${order}. ${mdx(sp.position)} ${sp.name}（${person.id}）${sp.title ? `，题为《${mdx(sp.title)}》` : ''}，${sp.kind}${sp.kindStated ? '' : '（类型为推测）'}`);
  });
  for (const p of facts.parallelSessions) {
    sessions.push({ id: uniqueId(`forum-${sessions.length + 1}`, (x) => sessions.some((s) => s.id === x)), name: p.name, kind: p.kind, order: sessions.length + 1, ...(p.status === 'announced' ? { status: 'announced' as const } : {}) });
  }
  if (!sessions.length) {
    sessions.push({ id: 'main', name: '大会', kind: '其他', order: 1 });
    todo('sessions：报道中没有读到议程环节和发言，请按议程补充');
  } else todo('sessions：环节由导入按发言类型归并而成，核对名称、顺序，并与报道或议程对照');
  if (facts.speakers.length) todo('speeches：发言顺序按报道叙述顺序，核对实际议程顺序');

  // Outcomes.
  const outcomes = facts.documents.map((d) => ({ kind: d.kind as OutcomeKind, title: d.title }));
  if (outcomes.length) todo('outcomes：核对每份文件的签署方或发布方（parties、partiesNote）和所属环节');

  // New people and organizations.
  for (const [name, id] of newPeople) {
    files.push({ path: `people/${id}.yaml`, record: true, text: `# TODO: 新建的人物（导入自动生成）：核对姓名和拼音；同名者请写 note 区分\n${yamlText({ name, pinyin: personPinyin(name) })}` });
  }
  for (const o of newOrgs.values()) {
    const type = guessOrganizationType(o.name);
    files.push({
      path: `organizations/${o.id}.yaml`,
      record: true,
      text: `# TODO: 新建的机构（导入自动生成）：核对全称${o.fromPosition ? '（从讲者职务中读出）' : ''}、类型（暂定 ${type}：${ORGANIZATION_TYPES[type]}）、上级机构和所在地\n${yamlText({ name: o.name, type })}`,
    });
  }

  // The conference.
  if (facts.cityAsWritten) todo(`city：报道写作“${facts.cityAsWritten}”，已写成“${facts.city}”，请核对`);
  if (!facts.outlet) todo('sources[0].outlet：没有读到发布媒体，请补充');
  if (series === undefined) todo(`series：档案中没有匹配的系列，已新建 series/${seriesId}.yaml，请核对或改用已有系列`);
  todo('shortTitle：写一个用于列表和导航的简称');
  todo('正文：核对下面的事实清单后，用自己的话写会议概述，再删除清单和所有 TODO，最后删除 draft: true');
  const conf: Record<string, unknown> = {
    title,
    shortTitle: title.replace(/^((?:19|20)\d{2})年/, '$1'),
    series: seriesId,
    ...(facts.edition ? { edition: facts.edition } : {}),
    startDate,
    ...(facts.endDate ? { endDate: facts.endDate } : {}),
    city: facts.city ?? 'TODO：举办城市',
    regions,
    ...(facts.theme ? { theme: facts.theme } : {}),
    summary: 'TODO：用自己的话写一两句话概括会议',
    organizers,
    hosts,
    ...(coOrganizers.length ? { coOrganizers } : {}),
    sessions,
    outcomes,
    sources: [
      {
        outlet: facts.outlet ?? 'TODO：发布媒体',
        headline: facts.headline ?? title,
        ...(facts.url ? { url: facts.url } : {}),
        published,
        reporters: facts.reporters,
        editors: source.editors,
        photoCredits: source.photoCredits,
        ...(source.notes.length ? { note: source.notes.join('；') } : {}),
      },
    ],
    draft: true,
  };
  const facts_ = [
    `- 报道：《${mdx(facts.headline ?? '')}》，${mdx(facts.outlet ?? '媒体未知')}，${published}${facts.reporters.length ? `，记者 ${facts.reporters.join('、')}` : ''}`,
    `- 会议名称：${mdx(title)}${facts.edition ? `（第 ${facts.edition} 届）` : ''}`,
    `- 日期：${facts.startDate ?? '未读到'}${facts.endDate ? ` 至 ${facts.endDate}` : ''}；城市：${facts.city ?? '未读到'}${facts.cityAsWritten ? `（报道写作“${facts.cityAsWritten}”）` : ''}`,
    `- 主题：${facts.theme ? mdx(facts.theme) : '未读到'}`,
    `- 主办：${facts.organizers.map(mdx).join('、') || '未读到'}`,
    `- 承办：${facts.hosts.map(mdx).join('、') || '未读到'}`,
    ...(facts.coOrganizers.length ? [`- 协办：${facts.coOrganizers.map(mdx).join('、')}`] : []),
    `- 发言（按报道叙述顺序，共 ${facts.speakers.length} 篇）：${facts.speakers.length ? '' : '未读到'}`,
    ...speechLines.map((l) => `  ${l}`),
    `- 文件：${facts.documents.map((d) => `《${mdx(d.title)}》${d.verb ? `（${d.verb}）` : ''}`).join('、') || '未读到'}`,
    ...(facts.parallelSessions.length ? [`- 其他环节：${facts.parallelSessions.map((p) => `${mdx(p.name)}${p.status === 'announced' ? '（报道说将举行）' : ''}`).join('、')}`] : []),
  ];
  const body = [
    '{/* 由 npm run import 从新闻报道生成的草稿。事实清单供编辑核对；发布前用自己的话写概述，删除清单、待办和 draft: true。 */}',
    '',
    '## 待办',
    '',
    ...todos.map((t) => `- TODO：${mdx(t)}`),
    '',
    '## 从报道中读到的事实',
    '',
    ...facts_,
    '',
  ].join('\n');
  files.unshift({ path: `conferences/${slug}/index.mdx`, record: false, text: `---\n${yamlText(conf)}---\n\n${body}` });
  return { slug, files, todos, reused };
}
