/**
 * Writes a synthetic archive as a real content tree (regions, series, people,
 * organizations, conferences/<slug>/index.mdx, speeches/*.md) that passes the
 * content check, so `astro build` publishes it like the real one.
 *
 * Proportions (decided for the benchmark, see docs/benchmarks.md):
 * - 100 speeches per conference, 10 conferences per series;
 * - people: 30% of the number of speeches; speakers recur across conferences
 *   with Zipf-like frequency (officials and association heads speak often);
 * - organizations: 20% of the number of speeches, each person posted at one;
 * - speech bodies about 2,200 characters of Markdown text.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pinyin } from 'pinyin-pro';
import { stringify } from 'yaml';
import { GIVEN, ORG_KINDS, PROVINCES, SPEECH_TITLES_HEAD, SURNAMES, FIELDS, type OrgKind } from './names.ts';
import { rng, type Rng } from './random.ts';
import { line, paragraph, speechBody, type TextContext } from './text.ts';
import { NOUNS } from './words.ts';

export interface GenerateOptions {
  speeches: number;
  seed?: number;
  perConference?: number;
  bodyChars?: number;
}

export interface GeneratedStats {
  speeches: number;
  conferences: number;
  people: number;
  organizations: number;
  series: number;
  files: number;
  /** Characters of speech body text. */
  bodyChars: number;
  /** Names to search for: the most frequent speaker, and a speaker's organization. */
  samples: { person: string; organization: string };
}

export const RATIOS = { peoplePerSpeech: 0.3, organizationsPerSpeech: 0.2, conferencesPerSeries: 10 } as const;

interface Org {
  id: string;
  name: string;
  kind: OrgKind;
  province: (typeof PROVINCES)[number];
  place: string;
}
interface Person {
  id: string;
  name: string;
  pinyin: string;
  org: Org;
  role: string;
}

const slug = (syllables: string[]) =>
  syllables
    .join('-')
    .replace(/ü/g, 'v')
    .replace(/[^a-z0-9-]/g, '');

function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

const fm = (data: unknown, body: string) => `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body}\n`;

const REGIONS = {
  chengyu: { name: '成渝地区双城经济圈', shortName: '成渝', members: ['重庆市', '四川省'], order: 1 },
  changsanjiao: {
    name: '长江三角洲地区',
    shortName: '长三角',
    members: ['上海市', '江苏省', '浙江省', '安徽省'],
    order: 2,
  },
  yuegangao: {
    name: '粤港澳大湾区',
    shortName: '大湾区',
    members: ['广东省', '香港特别行政区', '澳门特别行政区'],
    order: 3,
  },
  jingjinji: { name: '京津冀地区', shortName: '京津冀', members: ['北京市', '天津市', '河北省'], order: 4 },
} as const;

const SESSIONS = [
  { id: 'opening', name: '开幕式', kind: '开幕式', speech: '致辞', share: 0.05 },
  { id: 'keynotes', name: '主旨演讲', kind: '主旨演讲', speech: '主旨演讲', share: 0.15 },
  { id: 'experts', name: '专家分享', kind: '专家分享', speech: '专题分享', share: 0.2 },
  { id: 'exchange', name: '交流发言', kind: '交流发言', speech: '交流发言', share: 0.55 },
  { id: 'closing', name: '闭幕式', kind: '闭幕式', speech: '总结', share: 0.05 },
] as const;

export function generateArchive(dir: string, options: GenerateOptions): GeneratedStats {
  const r: Rng = rng(options.seed ?? 20241204);
  const perConference = options.perConference ?? 100;
  const conferences = Math.max(1, Math.ceil(options.speeches / perConference));
  const peopleCount = Math.max(8, Math.round(options.speeches * RATIOS.peoplePerSpeech));
  const orgCount = Math.max(6, Math.round(options.speeches * RATIOS.organizationsPerSpeech));
  const seriesCount = Math.max(1, Math.ceil(conferences / RATIOS.conferencesPerSeries));
  fs.rmSync(dir, { recursive: true, force: true });
  let files = 0;
  const write = (rel: string, text: string) => {
    const file = path.join(dir, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    files += 1;
  };

  for (const [id, region] of Object.entries(REGIONS)) {
    write(
      `regions/${id}.yaml`,
      stringify({
        ...region,
        description: `${region.name}的社会组织在区域协同中开展合作，这是基准测试生成的区域说明。`,
      }),
    );
  }

  // Organizations: a few government departments per province, the rest associations, chambers…
  const orgIds = new Set<string>();
  const orgs: Org[] = [];
  const orgNames = new Set<string>();
  for (let attempt = 0; orgs.length < orgCount; attempt++) {
    const province = r.pick(PROVINCES);
    const city = r.chance(0.5) ? undefined : r.pick(province.cities);
    const place = city ?? province.name;
    const kind = r.zipf(ORG_KINDS, 0.8);
    let name = kind.name(place, r.zipf(FIELDS, 0.7));
    if (orgNames.has(name)) {
      if (attempt < orgCount * 20) continue;
      name = `${province.short}${name}`; // the vocabulary is exhausted only at absurd sizes
    }
    orgNames.add(name);
    const id = uniqueId(slug(pinyin(name.replace(/有限公司$/, ''), { toneType: 'none', type: 'array' })), orgIds);
    const org: Org = { id, name, kind, province, place };
    orgs.push(org);
    write(
      `organizations/${id}.yaml`,
      stringify({
        name,
        type: kind.type,
        region: province.region,
        place: city ? `${province.name}${city}` : province.name,
      }),
    );
  }
  const governments = orgs.filter((o) => o.kind.type === 'government');
  if (!governments.length) governments.push(orgs[0]!);

  // People: one record each, posted at one organization.
  const personIds = new Set<string>();
  const people: Person[] = [];
  for (let i = 0; i < peopleCount; i++) {
    const name = r.zipf(SURNAMES, 0.9) + r.zipf(GIVEN, 0.6) + (r.chance(0.7) ? r.zipf(GIVEN, 0.6) : '');
    const plain = pinyin(name, { toneType: 'none', type: 'array', surname: 'head' });
    const toned = pinyin(name, { type: 'array', surname: 'head' });
    const surnameLength = SURNAMES.find((s) => name.startsWith(s) && s.length === 2) ? 2 : 1;
    const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
    const py = `${cap(toned.slice(0, surnameLength).join(''))} ${cap(toned.slice(surnameLength).join(''))}`;
    const id = uniqueId(slug([plain.slice(0, surnameLength).join(''), plain.slice(surnameLength).join('')]), personIds);
    const org = r.zipf(orgs, 0.5);
    people.push({ id, name, pinyin: py, org, role: r.zipf(org.kind.roles, 0.8) });
    write(`people/${id}.yaml`, stringify({ name, pinyin: py }));
  }

  const series = Array.from({ length: seriesCount }, (_, i) => {
    const province = PROVINCES[i % PROVINCES.length]!;
    const theme = `${r.zipf(NOUNS)}${r.pick(['发展大会', '协同发展论坛', '交流大会', '年会', '峰会'])}`;
    const name = `${province.short}社会组织${theme}`;
    const id = `series-${i + 1}`;
    write(
      `series/${id}.yaml`,
      stringify({
        name,
        regions: [province.region],
        description: `${province.name}社会组织每年举办的${theme}，这是基准测试生成的系列说明。`,
      }),
    );
    return { id, name, province };
  });

  let bodyChars = 0;
  let written = 0;
  for (let c = 0; c < conferences; c++) {
    const s = series[c % seriesCount]!;
    const year = 2015 + (c % 12);
    const month = 1 + r.int(12);
    const day = 1 + r.int(28);
    const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const id = `${year}-${s.id}-${c + 1}`;
    const ctx: TextContext = {
      places: [s.province.name, ...s.province.cities],
      orgs: orgs.slice(0, 400).map((o) => o.name),
    };
    const organizers = [...new Set([r.pick(governments).id, r.pick(governments).id])];
    const host = r.pick(orgs).id;
    const speechesHere = Math.min(perConference, options.speeches - written);
    write(
      `conferences/${id}/index.mdx`,
      fm(
        {
          title: `${year}年${s.name}`,
          shortTitle: `${year}${s.name.slice(0, 12)}`,
          series: s.id,
          startDate: date,
          city: s.province.name,
          regions: [s.province.region],
          theme: `${r.zipf(NOUNS)}，${r.zipf(NOUNS)}，共${r.pick(['赢', '进', '享', '建'])}`,
          summary: line(r, ctx),
          organizers,
          hosts: organizers.includes(host) ? [] : [host],
          sessions: SESSIONS.map((x, i) => ({
            id: x.id,
            name: x.name,
            kind: x.kind,
            order: i + 1,
            description: line(r, ctx),
          })),
          outcomes: [
            {
              kind: 'agreement',
              title: `${s.province.short}社会组织${r.zipf(NOUNS)}合作协议`,
              session: 'opening',
              parties: organizers,
            },
          ],
          tags: [r.zipf(NOUNS), r.zipf(NOUNS)].filter((t, i, a) => a.indexOf(t) === i),
          sources: [
            {
              outlet: `${s.province.short}日报`,
              headline: `${s.name}在${s.province.name}举行`,
              published: `${date} 18:30:00`,
              reporters: [r.pick(people).name],
            },
          ],
        },
        paragraph(r, ctx, 300),
      ),
    );
    let order = 0;
    for (const [si, session] of SESSIONS.entries()) {
      const count = si === SESSIONS.length - 1 ? speechesHere - order : Math.round(speechesHere * session.share);
      for (let k = 0; k < count && order < speechesHere; k++) {
        order += 1;
        const speakerCount = r.chance(0.05) ? 2 : 1;
        const speakers: Person[] = [];
        while (speakers.length < speakerCount) {
          const p = r.zipf(people, 0.7);
          if (!speakers.includes(p)) speakers.push(p);
        }
        const body = speechBody(
          r,
          { ...ctx, orgs: [...speakers.map((p) => p.org.name), ...ctx.orgs.slice(0, 40)] },
          options.bodyChars ?? 2200,
        );
        bodyChars += body.length;
        const data = {
          session: session.id,
          order,
          kind: session.speech,
          ...(r.chance(0.4) ? { title: `${r.pick(SPEECH_TITLES_HEAD)} ${r.zipf(NOUNS)}${r.zipf(NOUNS)}` } : {}),
          speakers: speakers.map((p) => ({
            person: p.id,
            position: `${p.org.name}${p.role}`,
            affiliations: [{ organization: p.org.id, role: p.role }],
          })),
          summary: line(r, ctx),
          tags: [r.zipf(NOUNS, 1.1)],
        };
        write(`conferences/${id}/speeches/${String(order).padStart(3, '0')}-${speakers[0]!.id}.md`, fm(data, body));
      }
    }
    written += speechesHere;
  }
  return {
    speeches: written,
    conferences,
    people: peopleCount,
    organizations: orgCount,
    series: seriesCount,
    files,
    bodyChars,
    samples: { person: people[0]!.name, organization: people[1]!.org.name },
  };
}
