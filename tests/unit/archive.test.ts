import { describe, expect, it } from 'vitest';
import { ArchiveReferenceError, buildArchive, displayTitle } from '../../src/lib/archive/build.ts';
import { personCacheKey, speechCacheKey } from '../../src/lib/archive/cache-key.ts';
import { REFERENCES } from '../../src/lib/content/references.ts';
import { referenceFields } from '../../src/lib/content/schema-fields.ts';
import { z } from 'astro/zod';
import { ref } from '../../src/schemas/common.ts';
import { archiveFrom, inputFrom } from '../support/archive.ts';
import { miniArchive, writeTree } from '../support/tree.ts';

const second = () => {
  const tree = miniArchive();
  tree['conferences/2023-xinan/index.mdx'] = tree['conferences/2022-xinan/index.mdx']!.replace(
    '2022西南社会组织论坛',
    '2023西南社会组织论坛',
  )
    .replace('2022西南论坛', '2023西南论坛')
    .replace('startDate: 2022-05-20', 'startDate: 2023-06-01');
  tree['conferences/2023-xinan/speeches/01-li-ming.md'] = tree[
    'conferences/2022-xinan/speeches/02-li-ming.md'
  ]!.replace('order: 2', 'order: 1').replace('乙市青年商会会长', '乙市青年商会名誉会长');
  return tree;
};

describe('buildArchive', () => {
  // The graph is built inside each test, not when the file loads: code that runs at load time
  // is outside every test (mutation testing cannot see a test fail because of it).
  const dir = writeTree(second());
  const build = () => archiveFrom(dir);

  it('resolves references and orders conferences newest first', () => {
    const archive = build();
    expect(archive.conferences.map((c) => c.id)).toEqual(['2023-xinan', '2022-xinan']);
    const c = archive.byId.conferences.get('2022-xinan')!;
    expect(c.series.id).toBe('xinan-luntan');
    expect(c.roles.organizers.map((o) => o.id)).toEqual(['jiasheng-minzhengting']);
    expect(c.sessions.map((s) => [s.id, s.speeches.map((x) => x.slug)])).toEqual([
      ['opening', ['01-wang-fang']],
      ['talks', ['02-li-ming']],
    ]);
    expect(c.outcomes[0]!.partyNodes.map((o) => o.id)).toEqual(['jiasheng-minzhengting', 'yishi-shanghui']);
    expect(c.sessions[0]!.outcomes[0]!.title).toBe('测试合作协议');
  });

  it('links speeches in program order with stable paths', () => {
    const archive = build();
    const s = archive.byId.speeches.get('2022-xinan/01-wang-fang')!;
    expect(s.path).toBe('/conferences/2022-xinan/01-wang-fang/');
    expect(s.next?.slug).toBe('02-li-ming');
    expect(s.prev).toBeUndefined();
    expect(s.sources[0]!.outlet).toBe('测试日报');
    expect(s.displayTitle).toBe('王芳致辞');
    expect(archive.byId.speeches.get('2022-xinan/02-li-ming')!.displayTitle).toBe('商会服务 协同发展');
  });

  it('keeps each appearance with the position held then, newest first', () => {
    const archive = build();
    const li = archive.byId.people.get('li-ming')!;
    expect(li.appearances.map((a) => [a.speech.conference.id, a.speaker.position])).toEqual([
      ['2023-xinan', '乙市青年商会名誉会长'],
      ['2022-xinan', '乙市青年商会会长'],
    ]);
    expect(li.conferences.map((c) => c.id)).toEqual(['2023-xinan', '2022-xinan']);
    expect(archive.byId.people.get('zhao-gang')!.presided[0]!.position).toBe('甲省民政厅副厅长');
  });

  it('gives organizations their roles, members and family', () => {
    const archive = build();
    const chamber = archive.byId.organizations.get('yishi-shanghui')!;
    expect(chamber.roles.map((r) => [r.role, r.conference.id])).toEqual([
      ['hosts', '2023-xinan'],
      ['party', '2023-xinan'],
      ['hosts', '2022-xinan'],
      ['party', '2022-xinan'],
    ]);
    expect(chamber.members.map((m) => m.role)).toEqual(['会长', '会长']);
    const dept = archive.byId.organizations.get('jiasheng-minzhengting')!;
    expect(dept.children.map((o) => o.id)).toEqual(['jiasheng-minzhengting-shezuju']);
    expect(dept.region?.id).toBe('xinan');
  });

  it('groups by year, series and region', () => {
    const archive = build();
    expect(archive.years.map((y) => [y.year, y.conferences.length])).toEqual([
      [2023, 1],
      [2022, 1],
    ]);
    expect(archive.byId.series.get('xinan-luntan')!.editions.map((c) => c.year)).toEqual([2022, 2023]);
    expect(archive.byId.regions.get('xinan')!.conferences.length).toBe(2);
    expect(archive.people.map((p) => p.id)).toEqual(['li-ming', 'wang-fang', 'zhao-gang']);
  });
});

describe('the order of every list, as the pages show it', () => {
  const tree = second();
  const X22 = 'conferences/2022-xinan/index.mdx';
  const swap = (file: string, from: string, to: string) => {
    const next = tree[file]!.replace(from, to);
    if (next === tree[file]) throw new Error(`edit did not apply to ${file}`);
    tree[file] = next;
  };
  // 2022: sessions listed against their order, speeches filed against theirs, an outcome of no session.
  swap(X22, '    order: 1\n    presiders:', '    order: 2\n    presiders:');
  swap(X22, '    kind: 交流发言\n    order: 2', '    kind: 交流发言\n    order: 1');
  swap(X22, 'sources:\n', '  - kind: report\n    title: 测试报告\n    parties: [jiasheng-minzhengting-zx]\nsources:\n');
  swap('conferences/2022-xinan/speeches/01-wang-fang.md', 'order: 1', 'order: 3');
  // A second unit of the department, whose name files before the first by pinyin (ài before shè), though its id does not.
  tree['organizations/jiasheng-minzhengting-zx.yaml'] =
    'name: 甲省民政厅爱心中心\ntype: government\nparent: jiasheng-minzhengting\n';
  // 王芳 attends 2023 without speaking.
  swap(
    'conferences/2023-xinan/index.mdx',
    'sources:\n',
    'attendance:\n  people:\n    - { person: wang-fang, position: 甲省民政厅社会组织管理局局长 }\nsources:\n',
  );
  const dir = writeTree(tree);

  it('a conference: sessions and speeches in program order, outcomes under their session, people presiding then speaking', () => {
    const c = archiveFrom(dir).byId.conferences.get('2022-xinan')!;
    expect(c.sessions.map((s) => [s.id, s.speeches.map((x) => x.slug), s.outcomes.map((o) => o.title)])).toEqual([
      ['talks', ['02-li-ming'], []],
      ['opening', ['01-wang-fang'], ['测试合作协议']],
    ]);
    expect(c.outcomes.map((o) => o.sessionNode?.id)).toEqual(['opening', undefined]);
    expect(c.speeches.map((x) => x.slug)).toEqual(['02-li-ming', '01-wang-fang']);
    expect(c.speeches[0]!.next?.slug).toBe('01-wang-fang');
    expect(c.speeches[1]!.prev?.slug).toBe('02-li-ming');
    expect(c.people.map((p) => p.id)).toEqual(['zhao-gang', 'li-ming', 'wang-fang']);
  });
  it('people and organizations: newest conference first; units by pinyin; every list of the site by pinyin', () => {
    const archive = archiveFrom(dir);
    const person = (id: string) => archive.byId.people.get(id)!;
    expect(person('zhao-gang').presided.map((x) => x.session.conference.id)).toEqual(['2023-xinan', '2022-xinan']);
    expect(person('wang-fang').attended.map((x) => x.conference.id)).toEqual(['2023-xinan']);
    expect(person('wang-fang').conferences.map((c) => c.id)).toEqual(['2023-xinan', '2022-xinan']);
    const org = (id: string) => archive.byId.organizations.get(id)!;
    expect(org('yishi-shanghui').members.map((m) => m.position)).toEqual(['乙市青年商会名誉会长', '乙市青年商会会长']);
    expect(org('jiasheng-minzhengting').children.map((o) => o.id)).toEqual([
      'jiasheng-minzhengting-zx',
      'jiasheng-minzhengting-shezuju',
    ]);
    expect(org('jiasheng-minzhengting-zx').roles.map((r) => [r.role, r.conference.id, r.outcome?.title])).toEqual([
      ['party', '2022-xinan', '测试报告'],
    ]);
    expect(org('jiasheng-minzhengting').roles.map((r) => [r.role, r.conference.id])).toEqual([
      ['organizers', '2023-xinan'],
      ['party', '2023-xinan'],
      ['organizers', '2022-xinan'],
      ['party', '2022-xinan'],
    ]);
    expect(archive.organizations.map((o) => o.id)).toEqual([
      'jiasheng-minzhengting',
      'jiasheng-minzhengting-zx',
      'jiasheng-minzhengting-shezuju',
      'yishi-shanghui',
    ]);
    expect(archive.byId.regions.get('xinan')!.conferences.map((c) => c.id)).toEqual(['2023-xinan', '2022-xinan']);
    expect(archive.byId.regions.get('xinan')!.series.map((s) => s.id)).toEqual(['xinan-luntan']);
    expect(archive.years.map((y) => [y.year, y.path, y.conferences.map((c) => c.id)])).toEqual([
      [2023, '/years/2023/', ['2023-xinan']],
      [2022, '/years/2022/', ['2022-xinan']],
    ]);
  });
  it('the site lists: regions by their order, people by pinyin (查 is Zhā), series only with a published edition', () => {
    const more = { ...tree };
    more['regions/xinan.yaml'] += 'order: 2\n';
    more['regions/zhongbu.yaml'] =
      'name: 中部地区\nshortName: 中部\nmembers: [丙省]\nparent: xinan\norder: 1\ndescription: 测试用区域。\n';
    more['series/zhongbu-luntan.yaml'] = 'name: 中部论坛\nregions: [zhongbu]\ndescription: 还没有一届。\n';
    more['people/cha-yingdong.yaml'] = 'name: 查颖冬\npinyin: Zhā Yǐngdōng\n';
    more['conferences/2023-xinan/index.mdx'] = more['conferences/2023-xinan/index.mdx']!.replace(
      '    - { person: wang-fang,',
      '    - { person: cha-yingdong, position: 丙省某协会会长 }\n    - { person: wang-fang,',
    );
    const moreDir = writeTree(more);
    const archive = archiveFrom(moreDir);
    expect(archive.regions.map((r) => [r.id, r.kind, r.parent?.id])).toEqual([
      ['zhongbu', 'region', 'xinan'],
      ['xinan', 'region', undefined],
    ]);
    expect(archive.people.map((p) => [p.id, p.kind])).toEqual([
      ['li-ming', 'person'],
      ['wang-fang', 'person'],
      ['cha-yingdong', 'person'],
      ['zhao-gang', 'person'],
    ]);
    expect(archive.series.map((x) => [x.id, x.kind])).toEqual([['xinan-luntan', 'series']]);
    expect(archive.byId.regions.get('zhongbu')!.series).toEqual([]);
    // In the editors' preview the series is listed, with its region.
    const dev = archiveFrom(moreDir, { includeDrafts: true });
    expect(dev.series.map((x) => x.id).sort()).toEqual(['xinan-luntan', 'zhongbu-luntan']);
    expect(dev.byId.regions.get('zhongbu')!.series.map((x) => x.id)).toEqual(['zhongbu-luntan']);
  });
  it("a speech cites its own sources when it has them, else its conference's", () => {
    const input = inputFrom(dir);
    const own = [{ outlet: '乙市晚报', headline: '商会发言', published: '2022-05-21', reporters: [] }];
    input.speeches.find((s) => s.id === '2022-xinan/02-li-ming')!.data.sources = own as never;
    const archive = buildArchive(input);
    expect(archive.byId.speeches.get('2022-xinan/02-li-ming')!.sources.map((x) => x.outlet)).toEqual(['乙市晚报']);
    expect(archive.byId.speeches.get('2022-xinan/01-wang-fang')!.sources.map((x) => x.outlet)).toEqual(['测试日报']);
  });
});

describe('drafts', () => {
  const tree = second();
  tree['conferences/2023-xinan/index.mdx'] = tree['conferences/2023-xinan/index.mdx']!.replace(
    'summary:',
    'draft: true\nsummary:',
  );
  tree['people/sun-li.yaml'] = 'name: 孙丽\npinyin: Sūn Lì\n';
  tree['conferences/2023-xinan/speeches/02-sun-li.md'] =
    '---\nsession: talks\norder: 2\nkind: 讲话\nspeakers:\n  - person: sun-li\n    position: 某职务\n    affiliations: [{ organization: jiasheng-qingnian-hui, role: 某职务 }]\nsummary: 测试。\n---\n';
  tree['organizations/jiasheng-qingnian-hui.yaml'] =
    'name: 甲省青年会\ntype: association\nregion: xinan\nparent: jiasheng-minzhengting\n';
  tree['conferences/2022-xinan/speeches/01-wang-fang.md'] = tree[
    'conferences/2022-xinan/speeches/01-wang-fang.md'
  ]!.replace('summary:', 'draft: true\nsummary:');
  const dir = writeTree(tree);

  it('leaves draft conferences, their speeches, draft speeches and draft-only people out of production', () => {
    const prod = archiveFrom(dir);
    expect(prod.conferences.map((c) => c.id)).toEqual(['2022-xinan']);
    expect(prod.speeches.map((s) => s.id)).toEqual(['2022-xinan/02-li-ming']);
    expect(prod.byId.people.has('sun-li')).toBe(false);
    expect(prod.people.map((p) => p.id)).not.toContain('sun-li');
    // An organization only a draft refers to is not published, nor listed by its region or parent.
    expect(prod.byId.organizations.has('jiasheng-qingnian-hui')).toBe(false);
    expect(prod.byId.regions.get('xinan')!.organizations.map((o) => o.id)).not.toContain('jiasheng-qingnian-hui');
    expect(prod.byId.organizations.get('jiasheng-minzhengting')!.children.map((o) => o.id)).not.toContain(
      'jiasheng-qingnian-hui',
    );
  });
  it('keeps them in dev', () => {
    const dev = archiveFrom(dir, { includeDrafts: true });
    expect(dev.conferences.length).toBe(2);
    expect(dev.byId.people.has('sun-li')).toBe(true);
    expect(dev.byId.regions.get('xinan')!.organizations.map((o) => o.id)).toContain('jiasheng-qingnian-hui');
    expect(dev.speeches.length).toBe(4);
  });
});

describe('dangling references', () => {
  it('throw naming the record and field', () => {
    const build = () =>
      buildArchive({
        regions: [],
        series: [{ id: 's', data: { name: 'x', regions: ['xiling', 'nowhere'], description: 'x', aliases: [] } }],
        people: [],
        organizations: [],
        conferences: [],
        speeches: [],
      });
    expect(build).toThrow(ArchiveReferenceError);
    expect(build).toThrow('series/s regions[0]: 找不到区域“xiling”');
  });
  it('throw for a speech whose affiliation names no organization, naming the speech and the field', () => {
    const dir = writeTree(miniArchive());
    const input = inputFrom(dir);
    input.speeches[1]!.data.speakers[0]!.affiliations[0]!.organization = 'gone';
    expect(() => buildArchive(input)).toThrow(
      'conferences/2022-xinan/02-li-ming speakers[0].affiliations[0].organization: 找不到机构“gone”',
    );
  });
  it('derive a title for untitled speeches from speakers and kind', () => {
    const person = { data: { name: '甲' } } as never;
    expect(
      displayTitle({ kind: '交流发言' } as never, [{ person }, { person: { data: { name: '乙' } } }] as never),
    ).toBe('甲、乙交流发言');
  });
});

describe('references, declared once in the schemas', () => {
  it('are exactly these fields', () => {
    const table = Object.fromEntries(
      Object.entries(REFERENCES).map(([c, fields]) => [c, fields.map((f) => `${f.path.join('.')} → ${f.collection}`)]),
    );
    expect(table).toEqual({
      regions: ['parent → regions'],
      series: ['regions.* → regions'],
      people: [],
      organizations: ['parent → organizations', 'region → regions'],
      conferences: [
        'series → series',
        'regions.* → regions',
        'organizers.* → organizations',
        'hosts.* → organizations',
        'coOrganizers.* → organizations',
        'supporters.* → organizations',
        'sessions.*.presiders.*.person → people',
        'outcomes.*.parties.* → organizations',
        'attendance.people.*.person → people',
        'attendance.people.*.affiliations.*.organization → organizations',
      ],
      speeches: ['speakers.*.person → people', 'speakers.*.affiliations.*.organization → organizations'],
    });
  });
  it('are found however the field is wrapped', () => {
    const schema = z.object({
      a: ref('people').optional(),
      b: z.array(ref('series', '说明')).default([]),
      c: z.string(),
    });
    expect(referenceFields(schema)).toEqual([
      { path: ['a'], collection: 'people' },
      { path: ['b', '*'], collection: 'series' },
    ]);
  });
  it("are resolved into each node's references", () => {
    const archive = archiveFrom(writeTree(miniArchive()));
    expect(archive.byId.speeches.get('2022-xinan/02-li-ming')!.references.map((n) => `${n.kind}:${n.id}`)).toEqual([
      'person:li-ming',
      'organization:yishi-shanghui',
    ]);
    expect(archive.byId.conferences.get('2022-xinan')!.references.map((n) => n.id)).toEqual([
      'xinan-luntan',
      'xinan',
      'jiasheng-minzhengting',
      'yishi-shanghui',
      'zhao-gang',
      'jiasheng-minzhengting',
      'yishi-shanghui',
    ]);
  });
});

describe('incremental-build keys', () => {
  const keys = (edit: (tree: ReturnType<typeof miniArchive>) => void = () => {}) => {
    const tree = miniArchive();
    edit(tree);
    const archive = archiveFrom(writeTree(tree));
    return {
      speech: speechCacheKey(archive.byId.speeches.get('2022-xinan/02-li-ming')!, ['day']),
      person: personCacheKey(archive.byId.people.get('wang-fang')!, ['day']),
    };
  };
  const before = keys();
  it('change when a record the page shows changes', () => {
    // The speaker's organization (a reference of the speech), the previous speech's speaker (its title 王芳致辞), the series.
    expect(keys((t) => (t['organizations/yishi-shanghui.yaml'] += 'shortName: 青商会\n')).speech).not.toBe(
      before.speech,
    );
    expect(
      keys((t) => (t['people/wang-fang.yaml'] = t['people/wang-fang.yaml']!.replace('name: 王芳', 'name: 王方')))
        .speech,
    ).not.toBe(before.speech);
    expect(keys((t) => (t['series/xinan-luntan.yaml'] += 'shortName: 西南论坛\n')).speech).not.toBe(before.speech);
    // A person page: the organization of a post they spoke in.
    expect(
      keys((t) => (t['organizations/jiasheng-minzhengting-shezuju.yaml'] += 'shortName: 社管局\n')).person,
    ).not.toBe(before.person);
  });
  it('stay when nothing the page shows changed', () => {
    const after = keys((t) => (t['people/zhou-li.yaml'] = 'name: 周立\npinyin: Zhōu Lì\n'));
    expect(after).toEqual(before);
  });
});
