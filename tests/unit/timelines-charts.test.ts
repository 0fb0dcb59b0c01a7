/**
 * Timelines and the pictures' data (issue 16), on the fixture archive — every
 * expectation below written by hand from tests/fixtures/archive — and on the real
 * archive where the issue names a case (民政部 rolls up its 社会组织管理局).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { activityByYear, appearancesAt, barChart } from '../../src/lib/charts/activity.ts';
import { barPercent, partnersOf } from '../../src/lib/charts/partners.ts';
import { placeGrid, provinceOf, TILE, TILE_GAP } from '../../src/lib/charts/places.ts';
import { PROVINCE_TILES } from '../../src/lib/charts/provinces.ts';
import {
  organizationTimeline,
  personTimeline,
  positionSpans,
  seriesTimeline,
  speakersOf,
  unitsOf,
} from '../../src/lib/timelines.ts';
import { allDivisions } from '../../src/lib/import/divisions.ts';
import { archiveFrom } from '../support/archive.ts';
import { ROOT } from '../support/sites.ts';

const fixture = archiveFrom(path.join(ROOT, 'tests/fixtures/archive'));
const person = (id: string) => fixture.byId.people.get(id)!;
const org = (id: string) => fixture.byId.organizations.get(id)!;

describe('a person’s timeline', () => {
  it('runs oldest first, one stop per conference, with the position held at each act', () => {
    const t = personTimeline(person('lin-haiyan'));
    expect(t.map((s) => [s.conference.id, s.acts.map((a) => `${a.kind}:${a.position}`)])).toEqual([
      ['2022-xiling', ['speech:青川省民政厅副厅长']],
      ['2023-xiling', ['speech:青川省民政厅厅长']],
    ]);
    expect(positionSpans(t).map((p) => [p.position, p.first.id, p.last.id, p.conferences])).toEqual([
      ['青川省民政厅副厅长', '2022-xiling', '2022-xiling', 1],
      ['青川省民政厅厅长', '2023-xiling', '2023-xiling', 1],
    ]);
  });
  it('puts presiding, speeches and attendance on one line of time', () => {
    expect(
      personTimeline(person('he-ping')).flatMap((s) =>
        s.acts.map((a) => `${s.conference.id} ${a.kind} ${a.session?.name} ${a.position}`),
      ),
    ).toEqual(['2022-xiling presided 开幕式 白江市公益联合会秘书长']);
    const chen = personTimeline(person('chen-siyuan'));
    expect(chen.map((s) => [s.conference.id, s.acts.map((a) => a.kind)])).toEqual([
      ['2022-xiling', ['speech']],
      ['2023-xiling', ['attended']],
    ]);
    expect(chen[0]!.acts[0]!.speech!.slug).toBe('03-chen-siyuan');
    // One position held at two conferences is one span.
    expect(positionSpans(chen).map((p) => [p.position, p.conferences])).toEqual([['西岭社区基金会理事长', 2]]);
  });
  it('orders acts within a conference by the program: presiding before the session’s speeches', () => {
    const real = archiveFrom(path.join(ROOT, 'content'));
    for (const p of real.people) {
      for (const stop of personTimeline(p)) {
        const ranks = stop.acts.map((a) =>
          a.kind === 'attended' ? Infinity : (a.session ?? a.speech!.session).order * 2 + (a.kind === 'speech' ? 1 : 0),
        );
        expect(ranks, p.id).toEqual([...ranks].sort((x, y) => x - y));
      }
      const dates = personTimeline(p).map((s) => s.conference.data.startDate);
      expect(dates, p.id).toEqual([...dates].sort());
      // Nothing lost: every speech, presiding and attendance is on the timeline once.
      expect(personTimeline(p).flatMap((s) => s.acts).length, p.id).toBe(
        p.appearances.length + p.presided.length + p.attended.length,
      );
    }
  });
});

describe('an organization’s timeline, units rolled up', () => {
  it('shows roles, documents and speakers of the organization and its units, naming the unit', () => {
    const t = organizationTimeline(org('qingchuan-minzhengting'));
    expect(
      t.map((s) => [
        s.conference.id,
        s.acts.map((a) => `${a.kind}:${a.unit.id}${a.speaker ? `:${a.speaker.person.id}:${a.speaker.role}` : ''}`),
      ]),
    ).toEqual([
      [
        '2022-xiling',
        [
          'organizers:qingchuan-minzhengting',
          'party:qingchuan-minzhengting',
          'speaker:qingchuan-minzhengting:lin-haiyan:副厅长',
        ],
      ],
      [
        '2023-xiling',
        [
          'organizers:qingchuan-minzhengting',
          'speaker:qingchuan-minzhengting:lin-haiyan:厅长',
          'speaker:qingchuan-minzhengting-shezuju:zhao-min:局长',
        ],
      ],
    ]);
    expect(t[0]!.acts[1]!.outcome!.title).toBe('西岭社区公益合作协议');
    expect(speakersOf(t).map((p) => p.id)).toEqual(['lin-haiyan', 'zhao-min']);
  });
  it('a university with a school below it', () => {
    expect(unitsOf(org('baijiang-daxue')).map((o) => o.id)).toEqual([
      'baijiang-daxue',
      'baijiang-daxue-gonggong-guanli-xueyuan',
    ]);
    const t = organizationTimeline(org('baijiang-daxue'));
    expect(t.map((s) => [s.conference.id, s.acts.map((a) => `${a.kind}:${a.unit.id}`)])).toEqual([
      [
        '2022-xiling',
        [
          'coOrganizers:baijiang-daxue',
          'party:baijiang-daxue-gonggong-guanli-xueyuan',
          'speaker:baijiang-daxue-gonggong-guanli-xueyuan',
        ],
      ],
      ['2023-xiling', ['speaker:baijiang-daxue-gonggong-guanli-xueyuan']],
    ]);
  });
  it('a unit alone shows only its own', () => {
    expect(
      organizationTimeline(org('qingchuan-minzhengting-shezuju')).flatMap((s) =>
        s.acts.map((a) => a.speaker?.person.id),
      ),
    ).toEqual(['zhao-min']);
  });
  it('民政部 shows 刘振国 and 余永龙, who spoke for its 社会组织管理局 (issue 15, item 7)', () => {
    const real = archiveFrom(path.join(ROOT, 'content'));
    const speakers = speakersOf(organizationTimeline(real.byId.organizations.get('minzhengbu')!)).map(
      (p) => p.data.name,
    );
    expect(speakers).toEqual(expect.arrayContaining(['刘振国', '余永龙']));
  });
});

describe('a series’ editions', () => {
  it('oldest first with hosts and the years between', () => {
    const t = seriesTimeline(fixture.byId.series.get('xiling-gongyi-luntan')!.editions);
    expect(
      t.map((e) => [e.conference.id, e.conference.data.city, e.conference.data.theme, e.hosts.map((h) => h.id), e.gap]),
    ).toEqual([
      ['2022-xiling', '白江市', '数字时代的社区公益', ['baijiang-gongyi-lianhehui'], undefined],
      ['2023-xiling', '白江市', '乡村振兴中的社会组织', ['baijiang-gongyi-lianhehui'], 1],
    ]);
  });
});

describe('conferences by place', () => {
  it('has the 34 province-level divisions of the gazetteer, each on its own tile', () => {
    const provinces = allDivisions()
      .filter((d) => !d.parent)
      .map((d) => d.name);
    expect([...PROVINCE_TILES.map((t) => t.name)].sort()).toEqual([...provinces].sort());
    const cells = new Set(PROVINCE_TILES.map((t) => `${t.col},${t.row}`));
    expect(cells.size).toBe(34);
  });
  it('reads cities and districts to their province, and does not guess', () => {
    expect(provinceOf('苏州市')).toBe('江苏省');
    expect(provinceOf('重庆市')).toBe('重庆市');
    expect(provinceOf('资阳市')).toBe('四川省');
    expect(provinceOf('广州市')).toBe('广东省');
    expect(provinceOf('香港特别行政区')).toBe('香港特别行政区');
    expect(provinceOf('白江市')).toBeUndefined();
    expect(provinceOf('苏州')).toBeUndefined();
  });
  it('counts the fixture’s invented cities as unplaced, and places tiles on the grid', () => {
    const grid = placeGrid(fixture.conferences);
    expect(grid.unplaced.map((c) => c.id)).toEqual(['2023-xiling', '2022-xiling']);
    expect(grid.placed).toEqual([]);
    const sichuan = grid.tiles.find((t) => t.code === 'SC')!;
    expect([sichuan.x, sichuan.y]).toEqual([1 * (TILE + TILE_GAP), 4 * (TILE + TILE_GAP)]);
    expect(grid.width).toBe(7 * TILE + 6 * TILE_GAP);
    expect(grid.height).toBe(8 * TILE + 7 * TILE_GAP);
  });
  it('counts the real archive by province, most first; a region’s members are outlined', () => {
    const real = archiveFrom(path.join(ROOT, 'content'));
    const grid = placeGrid(real.conferences, { highlight: ['香港特别行政区', '广州市', '深圳市'] });
    const total = grid.placed.reduce((n, t) => n + t.conferences.length, 0) + grid.unplaced.length;
    expect(total).toBe(real.conferences.length);
    const counts = grid.placed.map((t) => t.conferences.length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(grid.tiles.filter((t) => t.highlighted).map((t) => t.short)).toEqual(['广东', '香港']);
  });
});

describe('activity over time', () => {
  it('counts conferences and appearances (speakers and presiders) per year, with empty years', () => {
    const groups = fixture.regions.map((r) => ({ id: r.id, label: r.data.name }));
    const a = activityByYear(fixture.conferences, groups, (c) => c.regions.map((r) => r.id));
    // 2022: 林海燕, 王强, 陈思远 + 刘佳 (one speech), and 何平 presiding; 2023: four speakers.
    expect(a.years.map((y) => [y.year, y.conferences, y.appearances, y.byGroup])).toEqual([
      [2022, 1, 5, [1]],
      [2023, 1, 4, [1]],
    ]);
    expect(a.groups.map((g) => g.id)).toEqual(['xiling']);
    const gappy = activityByYear(
      [fixture.byId.conferences.get('2022-xiling')!, { ...fixture.byId.conferences.get('2023-xiling')!, year: 2025 }],
      groups,
      () => ['xiling'],
    );
    expect(gappy.years.map((y) => [y.year, y.conferences])).toEqual([
      [2022, 1],
      [2023, 0],
      [2024, 0],
      [2025, 1],
    ]);
    expect(activityByYear([], groups, () => [])).toEqual({ years: [], groups: [] });
    expect(appearancesAt(fixture.byId.conferences.get('2022-xiling')!)).toBe(5);
  });
  it('scales bars to the largest value, values above, baseline shared', () => {
    const chart = barChart(
      [
        { label: '2022', value: 2 },
        { label: '2023', value: 4 },
        { label: '2024', value: 0 },
      ],
      { column: 30, gap: 10, plot: 80 },
    );
    expect(chart.bars.map((b) => [b.x, b.height, b.y + b.height])).toEqual([
      [5, 40, chart.baseline],
      [45, 80, chart.baseline],
      [85, 0, chart.baseline],
    ]);
    expect(chart.bars[1]!.labelY).toBeLessThan(chart.bars[1]!.y);
    expect(chart.width).toBe(120);
  });
});

describe('who works with whom', () => {
  it('counts shared conferences as organizer, host, co-organizer, supporter or party, never the organization’s own units', () => {
    const p = partnersOf(org('qingchuan-minzhengting'));
    expect(p.map((x) => [x.organization.id, x.conferences.map((c) => c.id)])).toEqual([
      ['baijiang-gongyi-lianhehui', ['2022-xiling', '2023-xiling']],
      ['baijiang-daxue', ['2022-xiling']],
      ['baijiang-daxue-gonggong-guanli-xueyuan', ['2022-xiling']],
      ['xiling-shequ-jijinhui', ['2022-xiling']],
    ]);
    expect(partnersOf(org('baijiang-daxue')).map((x) => x.organization.id)).not.toContain(
      'baijiang-daxue-gonggong-guanli-xueyuan',
    );
    expect(partnersOf(org('lanshan-yanglao-xiehui'))).toEqual([]);
  });
  it('bars: proportional, a sliver at least', () => {
    expect([barPercent(2, 2), barPercent(1, 2), barPercent(1, 100), barPercent(0, 0)]).toEqual([100, 50, 4, 0]);
  });
});
