/**
 * The series, region and slug of a draft, and its speeches and sessions, on facts written by
 * hand (draft/series.ts, draft/speeches.ts): each rule on its own, with the archive as small as
 * the rule needs. Names are invented.
 */
import { describe, expect, it } from 'vitest';
import { emptyArchive, type KnownArchive } from '../../src/lib/import/archive.ts';
import { buildDraft } from '../../src/lib/import/draft/index.ts';
import { Organizations } from '../../src/lib/import/draft/organizations.ts';
import { People } from '../../src/lib/import/draft/people.ts';
import { seriesAndRegions, seriesBase, slugOf } from '../../src/lib/import/draft/series.ts';
import { speechesAndSessions } from '../../src/lib/import/draft/speeches.ts';
import { noFacts } from '../../src/lib/import/extract.ts';
import type { Facts, PersonFact, PlaceFact } from '../../src/lib/import/facts/types.ts';

const facts = (more: Partial<Facts> = {}): Facts => ({ ...noFacts(), ...more });
const place = (city: string, written = city, district?: string): PlaceFact => ({
  city,
  written,
  code: '0',
  ...(district ? { district } : {}),
});
/** An archive with one series of region 西岭 and the regions 西岭 and 东海. */
const archive = (): KnownArchive => {
  const a = emptyArchive();
  a.regions.push(
    { id: 'donghai', name: '东海市', members: ['东海市'] },
    { id: 'xiling', name: '西岭地区', shortName: '西岭', members: ['白江市', '蓝山县'] },
  );
  a.series.push({
    id: 'xiling-gongyi',
    name: '西岭公益周',
    names: ['西岭公益周', '西岭公益活动周'],
    regions: ['xiling'],
  });
  return a;
};

describe('the series a draft belongs to', () => {
  it('takes an edition written in digits off the series name', () => {
    expect(seriesBase('第12届西岭论坛')).toBe('西岭论坛');
  });
  it('reuses a series whose name is the base, is inside it, or contains it', () => {
    const reused = (title: string) => seriesAndRegions(facts(), title, archive()).reusedSeries;
    expect(reused('2025西岭公益周')).toBe('xiling-gongyi');
    // The base is longer than the series name: 白江西岭公益周 contains 西岭公益周.
    expect(reused('2025白江西岭公益周')).toBe('xiling-gongyi');
    // The base is shorter than an alias: 西岭公益活动周 contains 公益活动周.
    expect(reused('2025公益活动周')).toBe('xiling-gongyi');
    expect(reused('2025东海公益论坛')).toBeUndefined();
  });
  it('keeps a reused series’ regions even when the city points to another region', () => {
    // The title does not name 西岭; the city is in 东海.
    const r = seriesAndRegions(facts({ place: place('东海市') }), '2025公益活动周', archive());
    expect(r).toMatchObject({ seriesId: 'xiling-gongyi', regions: ['xiling'], reusedRegions: ['xiling'], files: [] });
    expect(r.region?.id).toBe('xiling');
    expect(r.todos).toEqual([]);
  });
  it('counts a region when any one of the city and the organizers lies in it', () => {
    const r = seriesAndRegions(facts({ place: place('白江市'), organizers: ['北辰大学'] }), '2025公益论坛', archive());
    expect(r.regions).toEqual(['xiling']);
    expect(r.files.map((f) => f.path)).toEqual(['series/gongyi-luntan.yaml']);
  });
  it('gives a new region and a new series the next free id when theirs is taken', () => {
    const a = archive();
    a.taken.regions.add('nanhu');
    a.taken.series.add('nanhu-gongyi-luntan');
    const r = seriesAndRegions(facts({ place: place('南湖市') }), '2025南湖公益论坛', a);
    expect(r.regions).toEqual(['nanhu-2']);
    expect(r.seriesId).toBe('nanhu-gongyi-luntan-2');
    expect(r.files.map((f) => f.path)).toEqual(['regions/nanhu-2.yaml', 'series/nanhu-gongyi-luntan-2.yaml']);
    expect(r.reusedRegions).toEqual([]);
    expect(r.region).toBeUndefined();
  });
});

describe('the slug of a draft', () => {
  const xiling = archive().regions[1];
  it('keys on the region’s short name when the title uses it, even inside brackets', () => {
    expect(slugOf(facts({ startDate: '2024-05-01' }), '2024公益论坛（西岭）', xiling)).toBe('2024-xiling');
    // Without it, the first word of the series name.
    expect(slugOf(facts({ startDate: '2024-05-01' }), '2024公益论坛（西岭）', undefined)).toBe('2024-gongyi');
  });
  it('names the city when the report wrote it with its district, and a district the report named alone', () => {
    const withCity = facts({ startDate: '2024-05-01', place: place('白江市', '白江南沙', '南沙区') });
    expect(slugOf(withCity, '2024公益论坛（西岭）', xiling)).toBe('2024-xiling-baijiang');
    const districtAlone = facts({ startDate: '2022-03-02', place: place('东海市', '南沙区', '南沙区') });
    expect(slugOf(districtAlone, '2022慈善论坛', undefined)).toBe('2022-cishan-nansha');
  });
  it('leaves out the year it does not know, a place equal to the key, and a place it cannot spell', () => {
    expect(slugOf(facts(), '公益论坛', undefined)).toBe('gongyi');
    expect(slugOf(facts({ startDate: '2024-01-09', place: place('白江市') }), '2024白江公益论坛', undefined)).toBe(
      '2024-baijiang',
    );
    expect(slugOf(facts({ startDate: '2024-01-09', place: place('Perth') }), '2024公益论坛', undefined)).toBe(
      '2024-gongyi-perth',
    );
    expect(slugOf(facts({ startDate: '2024-01-09', place: place('Δελφοί') }), '2024公益论坛', undefined)).toBe(
      '2024-gongyi',
    );
  });
});

const person = (name: string, more: Partial<PersonFact>): PersonFact => ({
  name,
  role: '出席',
  roleStated: true,
  kindStated: true,
  known: true,
  from: '',
  ...more,
});
const speeches = (f: Facts) => {
  const a = emptyArchive();
  return speechesAndSessions(f, '2024-xiling', new People(a), new Organizations(a));
};

describe('speeches and sessions of a draft', () => {
  it('asks for the affiliation only when a position names no organization', () => {
    const r = speeches(
      facts({
        people: [
          person('林远', { role: '致辞', kind: '致辞', position: '副市长' }),
          person('程岚', { role: '致辞', kind: '致辞', position: '白江市民政局局长' }),
          person('冯一', { role: '致辞', kind: '致辞' }),
        ],
      }),
    );
    const asks = r.files.map((f) => f.text.includes('# TODO: 报道的职务中没有读出任职机构，请补充 affiliations\n'));
    expect(asks).toEqual([true, false, false]);
  });
  it('writes the body of a bare post (会长 at the body’s own meeting) as its affiliation, asking nothing', () => {
    const r = speeches(
      facts({ people: [person('林远', { role: '致辞', kind: '致辞', position: '会长', organization: '白江商会' })] }),
    );
    expect(r.files[0]?.text).toContain(
      '    position: 会长\n    affiliations:\n      - organization: baijiang-shanghui\n        role: 会长\n',
    );
    expect(r.files[0]?.text).not.toContain('请补充 affiliations');
  });
  it('writes no title for an untitled speech', () => {
    const r = speeches(facts({ people: [person('林远', { role: '致辞', kind: '致辞', position: '副市长' })] }));
    expect(r.files[0]?.text).not.toContain('title');
  });
  it('marks only announced parallel sessions as announced', () => {
    const r = speeches(
      facts({
        parallelSessions: [
          { name: '乡村公益分论坛', kind: '平行论坛', status: 'held' },
          { name: '青年公益分论坛', kind: '平行论坛', status: 'announced' },
        ],
      }),
    );
    expect(r.sessions).toEqual([
      { id: 'forum-1', name: '乡村公益分论坛', kind: '平行论坛', order: 1 },
      { id: 'forum-2', name: '青年公益分论坛', kind: '平行论坛', order: 2, status: 'announced' },
    ]);
  });
  it('lists an attendee without a position by name and role', () => {
    const r = speeches(facts({ people: [person('冯一', {}), person('程岚', { position: '白江市民政局局长' })] }));
    expect(r.attendeeLines).toEqual(['冯一（出席）', '白江市民政局局长 程岚（出席）']);
  });
});

describe('organizations of a draft', () => {
  it('lists an organization once per list when the report names it in two forms the archive knows', () => {
    const a = archive();
    a.organizations.push({
      id: 'baijiang-gongshanglian',
      name: '白江市工商联',
      names: ['白江市工商联', '白江市总商会'],
    });
    const draft = buildDraft(
      facts({
        title: '2025白江商会论坛',
        organizers: ['白江市工商联', '白江市总商会', '白江市民政局'],
        hosts: ['白江市总商会'],
      }),
      { editors: [], photoCredits: [], notes: [] },
      a,
    );
    const index = draft.files.find((f) => f.path.endsWith('index.mdx'))!.text;
    expect(index).toContain('organizers:\n  - baijiang-gongshanglian\n  - baijiang-minzhengju\n');
    expect(index).toContain('hosts:\n  - baijiang-gongshanglian\n');
  });
});
