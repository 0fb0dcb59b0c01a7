import { describe, expect, it } from 'vitest';
import { ArchiveReferenceError, buildArchive, displayTitle } from '../../src/lib/archive/build.ts';
import { archiveFrom } from '../support/archive.ts';
import { miniArchive, writeTree } from '../support/tree.ts';

const second = () => {
  const tree = miniArchive();
  tree['conferences/2023-xinan/index.mdx'] = tree['conferences/2022-xinan/index.mdx']!
    .replace('2022西南社会组织论坛', '2023西南社会组织论坛')
    .replace('2022西南论坛', '2023西南论坛')
    .replace('startDate: 2022-05-20', 'startDate: 2023-06-01');
  tree['conferences/2023-xinan/speeches/01-li-ming.md'] = tree['conferences/2022-xinan/speeches/02-li-ming.md']!
    .replace('order: 2', 'order: 1')
    .replace('乙市青年商会会长', '乙市青年商会名誉会长');
  return tree;
};

describe('buildArchive', () => {
  const archive = archiveFrom(writeTree(second()));

  it('resolves references and orders conferences newest first', () => {
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
    const s = archive.byId.speeches.get('2022-xinan/01-wang-fang')!;
    expect(s.path).toBe('/conferences/2022-xinan/01-wang-fang/');
    expect(s.next?.slug).toBe('02-li-ming');
    expect(s.prev).toBeUndefined();
    expect(s.sources[0]!.outlet).toBe('测试日报');
    expect(s.displayTitle).toBe('王芳致辞');
    expect(archive.byId.speeches.get('2022-xinan/02-li-ming')!.displayTitle).toBe('商会服务 协同发展');
  });

  it('keeps each appearance with the position held then, newest first', () => {
    const li = archive.byId.people.get('li-ming')!;
    expect(li.appearances.map((a) => [a.speech.conference.id, a.speaker.position])).toEqual([
      ['2023-xinan', '乙市青年商会名誉会长'],
      ['2022-xinan', '乙市青年商会会长'],
    ]);
    expect(li.conferences.map((c) => c.id)).toEqual(['2023-xinan', '2022-xinan']);
    expect(archive.byId.people.get('zhao-gang')!.presided[0]!.position).toBe('甲省民政厅副厅长');
  });

  it('gives organizations their roles, members and family', () => {
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
    expect(archive.years.map((y) => [y.year, y.conferences.length])).toEqual([
      [2023, 1],
      [2022, 1],
    ]);
    expect(archive.byId.series.get('xinan-luntan')!.editions.map((c) => c.year)).toEqual([2022, 2023]);
    expect(archive.byId.regions.get('xinan')!.conferences.length).toBe(2);
    expect(archive.people.map((p) => p.id)).toEqual(['li-ming', 'wang-fang', 'zhao-gang']);
  });
});

describe('drafts', () => {
  const tree = second();
  tree['conferences/2023-xinan/index.mdx'] = tree['conferences/2023-xinan/index.mdx']!.replace('summary:', 'draft: true\nsummary:');
  tree['people/sun-li.yaml'] = 'name: 孙丽\npinyin: Sūn Lì\n';
  tree['conferences/2023-xinan/speeches/02-sun-li.md'] =
    '---\nsession: talks\norder: 2\nkind: 讲话\nspeakers:\n  - person: sun-li\n    position: 某职务\n    affiliations: [{ organization: jiasheng-qingnian-hui, role: 某职务 }]\nsummary: 测试。\n---\n';
  tree['organizations/jiasheng-qingnian-hui.yaml'] = 'name: 甲省青年会\ntype: association\nregion: xinan\nparent: jiasheng-minzhengting\n';
  tree['conferences/2022-xinan/speeches/01-wang-fang.md'] = tree['conferences/2022-xinan/speeches/01-wang-fang.md']!.replace('summary:', 'draft: true\nsummary:');
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
    expect(prod.byId.organizations.get('jiasheng-minzhengting')!.children.map((o) => o.id)).not.toContain('jiasheng-qingnian-hui');
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
    expect(() =>
      buildArchive({
        regions: [],
        series: [{ id: 's', data: { name: 'x', regions: ['nowhere'], description: 'x', aliases: [] } }],
        people: [],
        organizations: [],
        conferences: [],
        speeches: [],
      }),
    ).toThrow(ArchiveReferenceError);
  });
  it('derive a title for untitled speeches from speakers and kind', () => {
    const person = { data: { name: '甲' } } as never;
    expect(displayTitle({ kind: '交流发言' } as never, [{ person }, { person: { data: { name: '乙' } } }] as never)).toBe('甲、乙交流发言');
  });
});
