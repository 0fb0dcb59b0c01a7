/**
 * Every published shape of a record, on the fixture archive's graph, with the values
 * written out by hand from the fixture's content files (tests/fixtures/archive): JSON-LD
 * of each kind of page, the JSON beside pages, archive.json, the CSV, the feed item and
 * the citation_* tags. tests/site/formats.test.ts reads the same formats back from the
 * built sites with independent parsers.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { archiveFrom } from '../support/archive.ts';
import { ROOT } from '../support/sites.ts';
import { speechCsl, conferenceCsl } from '../../src/lib/formats/csl.ts';
import { highwireTags } from '../../src/lib/formats/highwire.ts';
import { conferenceFeedItem } from '../../src/lib/formats/feed.ts';
import { speechesCsv } from '../../src/lib/formats/csv.ts';
import { absoluteUrl, dataPaths } from '../../src/lib/formats/context.ts';
import { archiveExport, conferenceJson, organizationJson, personJson, seriesJson } from '../../src/lib/formats/data.ts';
import { archiveJsonSchema } from '../../src/lib/formats/records.ts';
import { Ajv2020 } from 'ajv/dist/2020.js';
import {
  conferenceJsonLd,
  organizationJsonLd,
  personJsonLd,
  seriesJsonLd,
  speechJsonLd,
  webPageJsonLd,
} from '../../src/lib/formats/jsonld.ts';

const archive = archiveFrom(path.join(ROOT, 'tests/fixtures/archive'));
const ctx = { site: 'https://example.org', base: '/yilu/', accessed: '2026-01-02' };
const U = 'https://example.org/yilu/';
const conf = (id: string) => archive.byId.conferences.get(id)!;
const speech = (c: string, slug: string) => conf(c).speeches.find((s) => s.slug === slug)!;
const person = (id: string) => archive.byId.people.get(id)!;
const org = (id: string) => archive.byId.organizations.get(id)!;

const orgRef = (id: string, name: string) => ({
  '@type': 'Organization',
  '@id': `${U}organizations/${id}/#org`,
  name,
  url: `${U}organizations/${id}/`,
});
const personRef = (id: string, name: string) => ({
  '@type': 'Person',
  '@id': `${U}people/${id}/#person`,
  name,
  url: `${U}people/${id}/`,
});
const PLACE_2022 = {
  '@type': 'Place',
  name: '白江会议中心',
  address: { '@type': 'PostalAddress', addressLocality: '白江市', addressCountry: 'CN' },
};
const PLACE_2023 = {
  '@type': 'Place',
  name: '白江市',
  address: { '@type': 'PostalAddress', addressLocality: '白江市', addressCountry: 'CN' },
};
const XILING_2022 = {
  '@type': 'Event',
  '@id': `${U}conferences/2022-xiling/#event`,
  name: '2022西岭公益论坛暨社区治理交流会',
  url: `${U}conferences/2022-xiling/`,
  startDate: '2022-09-15',
  endDate: '2022-09-16',
  location: PLACE_2022,
};
const XILING_2023 = {
  '@type': 'Event',
  '@id': `${U}conferences/2023-xiling/#event`,
  name: '2023西岭公益论坛',
  url: `${U}conferences/2023-xiling/`,
  startDate: '2023-10-20',
  location: PLACE_2023,
};
const SCHEDULED = {
  eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
  eventStatus: 'https://schema.org/EventScheduled',
};

describe('URLs of a deployment', () => {
  it('are absolute under the base; data files sit beside pages', () => {
    expect(absoluteUrl('/people/he-ping/', ctx)).toBe(`${U}people/he-ping/`);
    expect(absoluteUrl('/', { site: 'https://example.org', base: '/' })).toBe('https://example.org/');
    expect(dataPaths.entity('/conferences/2022-xiling/')).toBe('/conferences/2022-xiling.json');
    expect([dataPaths.archive(), dataPaths.schema(), dataPaths.speechesCsv(), dataPaths.feed()]).toEqual([
      '/api/archive.json',
      '/api/schema.json',
      '/api/speeches.csv',
      '/feed.xml',
    ]);
  });
});

describe('JSON-LD', () => {
  it('a speech: an Event whose performers are the positions held then, wrapping each person and the posts held', () => {
    expect(speechJsonLd(speech('2022-xiling', '03-chen-siyuan'), ctx)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Event',
      '@id': `${U}conferences/2022-xiling/03-chen-siyuan/#event`,
      name: '社区基金会的三年探索',
      url: `${U}conferences/2022-xiling/03-chen-siyuan/`,
      startDate: '2022-09-16',
      performer: [
        {
          '@type': 'PerformanceRole',
          roleName: '西岭社区基金会理事长',
          performer: {
            ...personRef('chen-siyuan', '陈思远'),
            affiliation: [
              {
                '@type': 'OrganizationRole',
                roleName: '理事长',
                affiliation: orgRef('xiling-shequ-jijinhui', '西岭社区基金会'),
              },
            ],
          },
        },
        {
          '@type': 'PerformanceRole',
          roleName: '西岭社区基金会项目主管',
          performer: {
            ...personRef('liu-jia', '刘佳'),
            affiliation: [
              {
                '@type': 'OrganizationRole',
                roleName: '项目主管',
                affiliation: orgRef('xiling-shequ-jijinhui', '西岭社区基金会'),
              },
            ],
          },
        },
      ],
      description: '两位讲者共同介绍社区基金会成立三年来的项目。',
      additionalType: '交流发言',
      inLanguage: 'zh-CN',
      ...SCHEDULED,
      location: PLACE_2022,
      superEvent: XILING_2022,
    });
  });
  it('an untitled speech without posts or summary: its heading as name, no affiliation, keywords from its tags', () => {
    const ld = speechJsonLd(speech('2023-xiling', '04-zhao-min'), ctx);
    expect(ld.name).toBe('赵敏讲话');
    expect(ld.description).toBeUndefined();
    expect(ld.keywords).toBeUndefined();
    expect((ld.performer as { performer: object }[])[0]!.performer).toEqual({
      ...personRef('zhao-min', '赵敏'),
      affiliation: [
        {
          '@type': 'OrganizationRole',
          roleName: '局长',
          affiliation: orgRef('qingchuan-minzhengting-shezuju', '青川省民政厅社会组织管理局'),
        },
      ],
    });
    expect(speechJsonLd(speech('2023-xiling', '03-wang-qiang-2'), ctx).keywords).toBe('养老服务');
    // schema.org keywords: a comma-separated list.
    const tagged = { ...speech('2023-xiling', '03-wang-qiang-2') };
    tagged.data = { ...tagged.data, tags: ['养老服务', '乡村振兴'] };
    expect(speechJsonLd(tagged, ctx).keywords).toBe('养老服务,乡村振兴');
  });
  it('a conference: place, theme, keywords, every role, attendance, its series and speeches', () => {
    const ld = conferenceJsonLd(conf('2022-xiling'), ctx);
    const { subEvent, ...rest } = ld;
    expect(rest).toEqual({
      '@context': 'https://schema.org',
      ...XILING_2022,
      alternateName: '2022西岭论坛',
      description: '首届西岭公益论坛，两天议程包括致辞、主旨演讲和交流发言，签署一份合作协议并发布倡议。',
      inLanguage: 'zh-CN',
      ...SCHEDULED,
      about: '数字时代的社区公益',
      keywords: '社区公益,数字化',
      organizer: [
        orgRef('qingchuan-minzhengting', '青川省民政厅'),
        orgRef('baijiang-gongyi-lianhehui', '白江市公益联合会'),
      ],
      contributor: [orgRef('baijiang-daxue', '白江大学')],
      sponsor: [orgRef('xiling-shequ-jijinhui', '西岭社区基金会')],
      maximumAttendeeCapacity: 300,
      superEvent: {
        '@type': 'EventSeries',
        '@id': `${U}series/xiling-gongyi-luntan/#series`,
        name: '西岭公益论坛',
        url: `${U}series/xiling-gongyi-luntan/`,
      },
      publisher: { '@type': 'Organization', name: '议录' },
    });
    expect(
      (subEvent as { '@id': string; name: string; startDate: string }[]).map((e) => [e['@id'], e.name, e.startDate]),
    ).toEqual([
      [`${U}conferences/2022-xiling/01-lin-haiyan/#event`, '林海燕致辞', '2022-09-15'],
      [`${U}conferences/2022-xiling/02-wang-qiang/#event`, '数字赋能 公益创新', '2022-09-15'],
      [`${U}conferences/2022-xiling/03-chen-siyuan/#event`, '社区基金会的三年探索', '2022-09-16'],
    ]);
  });
  it('a conference without co-organizers, supporters or a count leaves those out', () => {
    const ld = conferenceJsonLd(conf('2023-xiling'), ctx);
    expect(ld.organizer).toEqual([
      orgRef('qingchuan-minzhengting', '青川省民政厅'),
      orgRef('baijiang-gongyi-lianhehui', '白江市公益联合会'),
    ]);
    for (const k of ['contributor', 'sponsor', 'maximumAttendeeCapacity', 'endDate']) expect(ld[k], k).toBeUndefined();
    expect(ld.location).toEqual(PLACE_2023);
    expect(ld.keywords).toBe('乡村振兴,养老服务');
    // No attendance on record at all: no capacity either.
    const noAttendance = { ...conf('2022-xiling') };
    noAttendance.data = { ...noAttendance.data, attendance: undefined };
    expect(conferenceJsonLd(noAttendance, ctx).maximumAttendeeCapacity).toBeUndefined();
  });
  it("a person: the note, and each speech with the position then; no alternateName for a converter's Traditional spelling (王強)", () => {
    const ld = JSON.parse(JSON.stringify(personJsonLd(person('wang-qiang'), ctx)));
    expect(ld).toEqual({
      '@context': 'https://schema.org',
      ...personRef('wang-qiang', '王强'),
      description: '白江大学公共管理学院的王强',
      performerIn: [
        {
          '@type': 'Event',
          '@id': `${U}conferences/2023-xiling/02-wang-qiang/#event`,
          name: '社区治理的数字化转型',
          url: `${U}conferences/2023-xiling/02-wang-qiang/`,
          startDate: '2023-10-20',
          superEvent: XILING_2023,
          description: '时任白江大学公共管理学院院长',
        },
        {
          '@type': 'Event',
          '@id': `${U}conferences/2022-xiling/02-wang-qiang/#event`,
          name: '数字赋能 公益创新',
          url: `${U}conferences/2022-xiling/02-wang-qiang/`,
          startDate: '2022-09-15',
          superEvent: XILING_2022,
          description: '时任白江大学公共管理学院院长',
        },
      ],
    });
    const plain = personJsonLd(person('he-ping'), ctx);
    expect(plain.alternateName).toBeUndefined();
    expect(plain.description).toBeUndefined();
    expect(plain.performerIn).toEqual([]);
  });
  it('an organization: other names, website, place, parent, children and the people who spoke holding a post there', () => {
    expect(organizationJsonLd(org('baijiang-daxue'), ctx)).toEqual({
      '@context': 'https://schema.org',
      ...orgRef('baijiang-daxue', '白江大学'),
      address: { '@type': 'PostalAddress', addressLocality: '白江市', addressCountry: 'CN' },
      subOrganization: [orgRef('baijiang-daxue-gonggong-guanli-xueyuan', '白江大学公共管理学院')],
    });
    const school = organizationJsonLd(org('baijiang-daxue-gonggong-guanli-xueyuan'), ctx);
    expect(school.parentOrganization).toEqual(orgRef('baijiang-daxue', '白江大学'));
    expect(school.member).toEqual([
      {
        '@type': 'OrganizationRole',
        roleName: '院长',
        description: '时任白江大学公共管理学院院长（2023西岭论坛发言时）',
        member: personRef('wang-qiang', '王强'),
      },
      {
        '@type': 'OrganizationRole',
        roleName: '院长',
        description: '时任白江大学公共管理学院院长（2022西岭论坛发言时）',
        member: personRef('wang-qiang', '王强'),
      },
    ]);
    const federation = organizationJsonLd(org('baijiang-gongyi-lianhehui'), ctx);
    // 白江市公益聯合會 is what any converter writes: kept for search and the 繁 switch, not listed as a name.
    expect(federation.alternateName).toBeUndefined();
    expect(federation.sameAs).toBe('https://example.org/baijiang');
    expect(organizationJsonLd(org('qingchuan-minzhengting-shezuju'), ctx).alternateName).toEqual(['社管局']);
    expect(organizationJsonLd(org('xiling-shequ-jijinhui'), ctx).address).toBeUndefined();
  });
  it('a series: its description, other names and editions', () => {
    expect(seriesJsonLd(archive.byId.series.get('xiling-gongyi-luntan')!, ctx)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'EventSeries',
      '@id': `${U}series/xiling-gongyi-luntan/#series`,
      name: '西岭公益论坛',
      url: `${U}series/xiling-gongyi-luntan/`,
      description: '测试用的虚构系列会议，每年在白江市举行。',
      alternateName: ['西岭公益年会'],
      subEvent: [XILING_2022, XILING_2023],
    });
  });
  it('any other page: a WebPage in the WebSite', () => {
    expect(webPageJsonLd({ path: '/data/', title: '开放数据', description: '下载', siteName: '议录' }, ctx)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'WebPage',
      '@id': `${U}data/`,
      url: `${U}data/`,
      name: '开放数据',
      description: '下载',
      inLanguage: 'zh-CN',
      isPartOf: { '@type': 'WebSite', '@id': `${U}#website`, name: '议录', url: U },
    });
  });
});

describe('JSON beside pages', () => {
  it('a conference: its record, its speeches in full with speaker names, its people and the names behind organization ids', () => {
    const j = conferenceJson(conf('2022-xiling'), ctx);
    expect([j.id, j.url, j.title, j.startDate, j.endDate]).toEqual([
      '2022-xiling',
      `${U}conferences/2022-xiling/`,
      '2022西岭公益论坛暨社区治理交流会',
      '2022-09-15',
      '2022-09-16',
    ]);
    expect('draft' in j).toBe(false);
    expect(j.speeches.map((s) => [s.id, s.slug, s.date, s.speakerNames])).toEqual([
      ['2022-xiling/01-lin-haiyan', '01-lin-haiyan', '2022-09-15', ['林海燕']],
      ['2022-xiling/02-wang-qiang', '02-wang-qiang', '2022-09-15', ['王强']],
      ['2022-xiling/03-chen-siyuan', '03-chen-siyuan', '2022-09-16', ['陈思远', '刘佳']],
    ]);
    expect(j.speeches[0]).toMatchObject({
      conference: '2022-xiling',
      url: `${U}conferences/2022-xiling/01-lin-haiyan/`,
      kind: '致辞',
      summary: '欢迎与会者，介绍论坛的缘起。',
    });
    expect(j.people.map((p) => [p.id, p.name, p.url])).toEqual([
      ['he-ping', '何平', `${U}people/he-ping/`],
      ['lin-haiyan', '林海燕', `${U}people/lin-haiyan/`],
      ['wang-qiang', '王强', `${U}people/wang-qiang/`],
      ['chen-siyuan', '陈思远', `${U}people/chen-siyuan/`],
      ['liu-jia', '刘佳', `${U}people/liu-jia/`],
    ]);
    expect(j.organizationNames).toEqual({
      'qingchuan-minzhengting': '青川省民政厅',
      'baijiang-gongyi-lianhehui': '白江市公益联合会',
      'baijiang-daxue': '白江大学',
      'xiling-shequ-jijinhui': '西岭社区基金会',
    });
  });
  it('a person: each appearance with the position and posts then, and what they presided', () => {
    expect(personJson(person('lin-haiyan'), ctx).appearances).toEqual([
      {
        speech: {
          id: '2023-xiling/01-lin-haiyan',
          name: '林海燕致辞',
          url: `${U}conferences/2023-xiling/01-lin-haiyan/`,
        },
        conference: { id: '2023-xiling', name: '2023西岭公益论坛', url: `${U}conferences/2023-xiling/` },
        date: '2023-10-20',
        kind: '致辞',
        position: '青川省民政厅厅长',
        affiliations: [{ organization: 'qingchuan-minzhengting', role: '厅长' }],
      },
      {
        speech: {
          id: '2022-xiling/01-lin-haiyan',
          name: '林海燕致辞',
          url: `${U}conferences/2022-xiling/01-lin-haiyan/`,
        },
        conference: {
          id: '2022-xiling',
          name: '2022西岭公益论坛暨社区治理交流会',
          url: `${U}conferences/2022-xiling/`,
        },
        date: '2022-09-15',
        kind: '致辞',
        position: '青川省民政厅副厅长',
        affiliations: [{ organization: 'qingchuan-minzhengting', role: '副厅长' }],
      },
    ]);
    const heping = personJson(person('he-ping'), ctx);
    expect(heping).toMatchObject({ id: 'he-ping', url: `${U}people/he-ping/`, name: '何平', pinyin: 'Hé Píng' });
    expect(heping.appearances).toEqual([]);
    expect(heping.presided).toEqual([
      {
        conference: {
          id: '2022-xiling',
          name: '2022西岭公益论坛暨社区治理交流会',
          url: `${U}conferences/2022-xiling/`,
        },
        session: '开幕式',
        position: '白江市公益联合会秘书长',
      },
    ]);
  });
  it('an organization: its roles at conferences (with the document it signed) and the people who spoke holding a post there', () => {
    const j = organizationJson(org('baijiang-gongyi-lianhehui'), ctx);
    expect(j.roles.map((r) => [r.role, r.conference.id, 'outcome' in r ? r.outcome : undefined])).toEqual(
      expect.arrayContaining([
        ['hosts', '2022-xiling', undefined],
        ['hosts', '2023-xiling', undefined],
        ['party', '2022-xiling', '西岭社区公益合作协议'],
      ]),
    );
    expect(j.roles).toHaveLength(3);
    // An untitled speech is linked by the heading its page shows.
    expect(
      organizationJson(org('qingchuan-minzhengting-shezuju'), ctx).members.map((m) => [m.person.id, m.speech.name]),
    ).toEqual([['zhao-min', '赵敏讲话']]);
    expect(organizationJson(org('xiling-shequ-jijinhui'), ctx).members).toEqual([
      {
        person: { id: 'chen-siyuan', name: '陈思远', url: `${U}people/chen-siyuan/` },
        role: '理事长',
        position: '西岭社区基金会理事长',
        speech: {
          id: '2022-xiling/03-chen-siyuan',
          name: '社区基金会的三年探索',
          url: `${U}conferences/2022-xiling/03-chen-siyuan/`,
        },
      },
      {
        person: { id: 'liu-jia', name: '刘佳', url: `${U}people/liu-jia/` },
        role: '项目主管',
        position: '西岭社区基金会项目主管',
        speech: {
          id: '2022-xiling/03-chen-siyuan',
          name: '社区基金会的三年探索',
          url: `${U}conferences/2022-xiling/03-chen-siyuan/`,
        },
      },
    ]);
  });
  it('a series: its editions with day, city and their JSON', () => {
    const j = seriesJson(archive.byId.series.get('xiling-gongyi-luntan')!, ctx);
    expect(j).toMatchObject({
      id: 'xiling-gongyi-luntan',
      url: `${U}series/xiling-gongyi-luntan/`,
      name: '西岭公益论坛',
      frequency: '每年一届',
    });
    expect(j.editions).toEqual([
      {
        id: '2022-xiling',
        name: '2022西岭公益论坛暨社区治理交流会',
        url: `${U}conferences/2022-xiling/`,
        startDate: '2022-09-15',
        city: '白江市',
        json: `${U}conferences/2022-xiling.json`,
      },
      {
        id: '2023-xiling',
        name: '2023西岭公益论坛',
        url: `${U}conferences/2023-xiling/`,
        startDate: '2023-10-20',
        city: '白江市',
        json: `${U}conferences/2023-xiling.json`,
      },
    ]);
  });
});

describe('archive.json', () => {
  const data = archiveExport(archive, ctx, '署名');
  it('counts and lists what is published: no draft, no one only a draft names', () => {
    expect(data.counts).toEqual({ conferences: 2, speeches: 7, people: 7, organizations: 7, series: 1, regions: 2 });
    expect([data.$schema, data.version, data.generated, data.site, data.license]).toEqual([
      `${U}api/schema.json`,
      2,
      '2026-01-02',
      U,
      '署名',
    ]);
    expect(data.conferences.map((c) => c.id)).toEqual(['2023-xiling', '2022-xiling']);
    expect(data.speeches.map((s) => s.id)).toEqual([
      '2023-xiling/01-lin-haiyan',
      '2023-xiling/02-wang-qiang',
      '2023-xiling/03-wang-qiang-2',
      '2023-xiling/04-zhao-min',
      '2022-xiling/01-lin-haiyan',
      '2022-xiling/02-wang-qiang',
      '2022-xiling/03-chen-siyuan',
    ]);
    const ids = (xs: { id: string }[]) => xs.map((x) => x.id);
    expect(ids(data.people)).not.toContain('sun-yue');
    expect(ids(data.organizations)).not.toContain('donghai-shanghui');
    expect(ids(data.series)).toEqual(['xiling-gongyi-luntan']);
    expect(data.series[0]!.editions).toEqual(['2022-xiling', '2023-xiling']);
    expect(ids(data.regions)).toEqual(['xiling', 'donghai']);
  });
  it('a speech record: its conference, file name and day, and its data as written', () => {
    expect(data.speeches.find((s) => s.id === '2022-xiling/03-chen-siyuan')).toEqual({
      id: '2022-xiling/03-chen-siyuan',
      url: `${U}conferences/2022-xiling/03-chen-siyuan/`,
      conference: '2022-xiling',
      slug: '03-chen-siyuan',
      date: '2022-09-16',
      session: 'exchange',
      order: 3,
      kind: '交流发言',
      title: '社区基金会的三年探索',
      speakers: [
        {
          person: 'chen-siyuan',
          position: '西岭社区基金会理事长',
          affiliations: [{ organization: 'xiling-shequ-jijinhui', role: '理事长' }],
        },
        {
          person: 'liu-jia',
          position: '西岭社区基金会项目主管',
          affiliations: [{ organization: 'xiling-shequ-jijinhui', role: '项目主管' }],
        },
      ],
      summary: '两位讲者共同介绍社区基金会成立三年来的项目。',
      tags: [],
    });
  });
  it('its JSON Schema names itself and requires what every record has', () => {
    const schema = archiveJsonSchema(`${U}api/schema.json`) as {
      $id: string;
      title: string;
      type: string;
      required: string[];
      additionalProperties: boolean;
    };
    expect([schema.$id, schema.title, schema.type]).toEqual([
      `${U}api/schema.json`,
      '议录开放数据 archive.json',
      'object',
    ]);
    expect(schema.required).toEqual(
      expect.arrayContaining([
        '$schema',
        'version',
        'counts',
        'conferences',
        'speeches',
        'people',
        'organizations',
        'series',
        'regions',
      ]),
    );
    expect(schema.additionalProperties).toBe(false);
  });
});

describe('the text the pages show', () => {
  it('archive.json carries the overview, the conference JSON the key points as written (their one copy); the schema says where', () => {
    const c = { ...conf('2022-xiling'), body: '\n大会分两天。\n\n第二天交流。\n' };
    const s = { ...speech('2022-xiling', '01-lin-haiyan'), body: '- 甲\r\n- 乙\r\n' };
    const withText = {
      ...archive,
      conferences: archive.conferences.map((x) => (x.id === c.id ? c : x)),
      speeches: archive.speeches.map((x) => (x.id === s.id ? s : x)),
    };
    const data = archiveExport(withText, ctx, '条件');
    expect(data.conferences.find((x) => x.id === c.id)!.overview).toBe('大会分两天。\n\n第二天交流。');
    // The key points are not repeated in archive.json: its conference names the file that has them.
    expect(data.speeches.find((x) => x.id === s.id)).not.toHaveProperty('keyPoints');
    expect(data.conferences.find((x) => x.id === c.id)!.json).toBe(`${U}conferences/2022-xiling.json`);
    const json = conferenceJson({ ...c, speeches: [s, speech('2022-xiling', '03-chen-siyuan')] }, ctx);
    expect(json.speeches[0]!.keyPoints).toBe('- 甲\n- 乙');
    // No body, no field (not an empty string).
    expect(json.speeches[1]).not.toHaveProperty('keyPoints');
    const schema = archiveJsonSchema('https://example.org/schema.json') as {
      $defs?: unknown;
      properties: Record<string, { items: { properties: Record<string, { type: string; description: string }> } }>;
    };
    expect(schema.properties.speeches!.items.properties).not.toHaveProperty('keyPoints');
    expect(schema.properties.conferences!.items.properties.json!.description).toContain('keyPoints');
    expect(schema.properties.conferences!.items.properties.overview).toMatchObject({
      type: 'string',
      description: expect.stringContaining('Markdown'),
    });
    // A speech entry that brings its key points back is refused by the published schema.
    const broken = structuredClone(data) as { speeches: Record<string, unknown>[] };
    broken.speeches[0]!.keyPoints = '- 甲';
    const validate = new Ajv2020({ strict: false, validateFormats: false }).compile(
      archiveJsonSchema(`${U}api/schema.json`),
    );
    expect(validate(data), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(validate(broken)).toBe(false);
  });
});

describe('CSV, feed and citation tags', () => {
  it('speeches.csv: a header, then one RFC 4180 row per speech, with a byte-order mark and CRLF', () => {
    const csv = speechesCsv([speech('2022-xiling', '01-lin-haiyan'), speech('2022-xiling', '03-chen-siyuan')], ctx);
    expect(csv).toBe(
      '\uFEFF' +
        [
          'id,conference_id,conference,date,city,session,order,kind,title,speakers,positions,summary,url',
          `2022-xiling/01-lin-haiyan,2022-xiling,2022西岭公益论坛暨社区治理交流会,2022-09-15,白江市,开幕式,1,致辞,,林海燕,青川省民政厅副厅长,欢迎与会者，介绍论坛的缘起。,${U}conferences/2022-xiling/01-lin-haiyan/`,
          `2022-xiling/03-chen-siyuan,2022-xiling,2022西岭公益论坛暨社区治理交流会,2022-09-16,白江市,交流发言,3,交流发言,社区基金会的三年探索,陈思远；刘佳,西岭社区基金会理事长；西岭社区基金会项目主管,两位讲者共同介绍社区基金会成立三年来的项目。,${U}conferences/2022-xiling/03-chen-siyuan/`,
          '',
        ].join('\r\n'),
    );
    const quoted = {
      ...speech('2022-xiling', '02-wang-qiang'),
      data: { ...speech('2022-xiling', '02-wang-qiang').data, summary: 'a "b", c' },
    };
    expect(speechesCsv([quoted], ctx).split('\r\n')[1]).toContain(',"a ""b"", c",');
    // A line break inside a cell is quoted with the cell.
    const twoLines = {
      ...speech('2022-xiling', '02-wang-qiang'),
      data: { ...speech('2022-xiling', '02-wang-qiang').data, summary: '甲，乙\n丙' },
    };
    expect(speechesCsv([twoLines], ctx)).toContain(',"甲，乙\n丙",https://');
    // The key points are not in the CSV (their one copy is the conference JSON): a row is the same with or without them.
    const withPoints = { ...speech('2022-xiling', '01-lin-haiyan'), body: '\r\n- 甲，乙\r\n- 丙\r\n\r\n' };
    expect(speechesCsv([withPoints], ctx)).toBe(speechesCsv([speech('2022-xiling', '01-lin-haiyan')], ctx));
  });
  it('the feed item of a conference: opening day at 09:00 in China, summary with city, days and speeches', () => {
    expect(conferenceFeedItem(conf('2022-xiling'), ctx)).toEqual({
      title: '2022西岭公益论坛暨社区治理交流会',
      link: `${U}conferences/2022-xiling/`,
      pubDate: new Date('2022-09-15T01:00:00Z'),
      description:
        '首届西岭公益论坛，两天议程包括致辞、主旨演讲和交流发言，签署一份合作协议并发布倡议。（白江市，2022-09-15至2022-09-16）共3篇发言。',
      categories: ['西岭公益论坛', '西岭地区', '社区公益', '数字化'],
    });
    expect(conferenceFeedItem(conf('2023-xiling'), ctx).description).toBe(
      '第二届西岭公益论坛，关注乡村养老和社区基金会。（白江市，2023-10-20）共4篇发言。',
    );
  });
  it('citation_* tags of a speech: title, each speaker, day, conference, place, publisher, language, URL, abstract', () => {
    expect(
      highwireTags(speechCsl(speech('2022-xiling', '03-chen-siyuan'), ctx)).map((t) => [t.name, t.content]),
    ).toEqual([
      ['citation_title', '社区基金会的三年探索'],
      ['citation_author', '陈思远'],
      ['citation_author', '刘佳'],
      ['citation_date', '2022/09/16'],
      ['citation_publication_date', '2022/09/16'],
      ['citation_conference_title', '2022西岭公益论坛暨社区治理交流会'],
      ['citation_conference_place', '白江市'],
      ['citation_publisher', '议录'],
      ['citation_language', 'zh'],
      ['citation_abstract_html_url', `${U}conferences/2022-xiling/03-chen-siyuan/`],
      ['citation_abstract', '两位讲者共同介绍社区基金会成立三年来的项目。'],
    ]);
    const tags = highwireTags(conferenceCsl(conf('2023-xiling'), ctx));
    expect(tags.filter((t) => t.name === 'citation_author').map((t) => t.content)).toEqual(['青川省民政厅']);
    expect(tags.find((t) => t.name === 'citation_date')!.content).toBe('2023/10/20');
  });
});
