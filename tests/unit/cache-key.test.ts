/**
 * Keys for Astro's incremental build (src/lib/archive/cache-key.ts): a page is reused
 * while its key stays the same, so the key must change with every record the page
 * shows, and only with those. Checked on the fixture graph by changing one record at
 * a time.
 */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { archiveFrom } from '../support/archive.ts';
import { ROOT } from '../support/sites.ts';
import { cacheKey, personCacheKey, speechCacheKey } from '../../src/lib/archive/cache-key.ts';

const fixture = () => archiveFrom(path.join(ROOT, 'tests/fixtures/archive'));
const EXTRA = ['2024-01-01', '2026-01-02'];

/** The key of a page before and after one change to the graph (each on a fresh graph). */
function keys(
  key: (a: ReturnType<typeof fixture>) => string,
  change: (a: ReturnType<typeof fixture>) => void,
): [string, string] {
  const a = fixture();
  const before = key(a);
  change(a);
  return [before, key(a)];
}

const speechKey = (a: ReturnType<typeof fixture>) =>
  speechCacheKey(a.byId.conferences.get('2022-xiling')!.speeches.find((s) => s.slug === '02-wang-qiang')!, EXTRA);
const personKey = (a: ReturnType<typeof fixture>) => personCacheKey(a.byId.people.get('lin-haiyan')!, EXTRA);
const rename = (n: { data: unknown }, to: string) => Object.assign(n.data as object, { name: to });

describe('cache keys', () => {
  afterEach(() => {
    delete process.env.YILU_REPOSITORY;
    delete process.env.YILU_BRANCH;
  });
  it('are short, stable for the same records, and differ between pages', () => {
    const [a, b] = keys(speechKey, () => {});
    expect(a).toBe(b);
    expect(a).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(personKey(fixture())).not.toBe(a);
  });
  it('a speech page changes with itself, its conference, series, region, speakers and their posts', () => {
    const changes: [string, (a: ReturnType<typeof fixture>) => void][] = [
      [
        'the speech',
        (a) => Object.assign(a.byId.conferences.get('2022-xiling')!.speeches[1]!.data, { summary: '改过' }),
      ],
      ['its conference', (a) => Object.assign(a.byId.conferences.get('2022-xiling')!.data, { theme: '改过' })],
      ['its series', (a) => rename(a.byId.series.get('xiling-gongyi-luntan')!, '改过')],
      ['its region', (a) => rename(a.byId.regions.get('xiling')!, '改过')],
      ['its speaker', (a) => rename(a.byId.people.get('wang-qiang')!, '改过')],
      [
        'its speaker’s organization',
        (a) => rename(a.byId.organizations.get('baijiang-daxue-gonggong-guanli-xueyuan')!, '改过'),
      ],
      [
        'the previous speech',
        (a) => Object.assign(a.byId.conferences.get('2022-xiling')!.speeches[0]!.data, { summary: '改过' }),
      ],
      ['the previous speaker', (a) => rename(a.byId.people.get('lin-haiyan')!, '改过')],
      [
        'the next speech',
        (a) => Object.assign(a.byId.conferences.get('2022-xiling')!.speeches[2]!.data, { summary: '改过' }),
      ],
      ['the next speakers’ organization', (a) => rename(a.byId.organizations.get('xiling-shequ-jijinhui')!, '改过')],
    ];
    for (const [what, change] of changes) {
      const [before, after] = keys(speechKey, change);
      expect(after, what).not.toBe(before);
    }
  });
  it('a speech page does not change with records it does not show', () => {
    for (const change of [
      (a: ReturnType<typeof fixture>) => rename(a.byId.people.get('zhao-min')!, '改过'),
      (a: ReturnType<typeof fixture>) => Object.assign(a.byId.conferences.get('2023-xiling')!.data, { theme: '改过' }),
    ]) {
      const [before, after] = keys(speechKey, change);
      expect(after).toBe(before);
    }
  });
  it('a person page changes with each speech, its conference and speakers, and with sessions presided and conferences attended', () => {
    for (const [what, key, change] of [
      [
        'a speech',
        personKey,
        (a) => Object.assign(a.byId.conferences.get('2023-xiling')!.speeches[0]!.data, { summary: '改过' }),
      ],
      [
        'its conference',
        personKey,
        (a) => Object.assign(a.byId.conferences.get('2022-xiling')!.data, { city: '改过' }),
      ],
      [
        'a fellow speaker’s post',
        personKey,
        (a) => rename(a.byId.organizations.get('qingchuan-minzhengting')!, '改过'),
      ],
      [
        'a conference presided',
        (a) => personCacheKey(a.byId.people.get('he-ping')!, EXTRA),
        (a) => Object.assign(a.byId.conferences.get('2022-xiling')!.data, { city: '改过' }),
      ],
      [
        'a conference attended',
        (a) => personCacheKey(a.byId.people.get('chen-siyuan')!, EXTRA),
        (a) => Object.assign(a.byId.conferences.get('2023-xiling')!.data, { city: '改过' }),
      ],
      [
        'the organization of an attendance',
        (a) => personCacheKey(a.byId.people.get('chen-siyuan')!, EXTRA),
        (a) => rename(a.byId.organizations.get('xiling-shequ-jijinhui')!, '改过'),
      ],
    ] as [string, typeof personKey, (a: ReturnType<typeof fixture>) => void][]) {
      const [before, after] = keys(key, change);
      expect(after, what).not.toBe(before);
    }
    const [before, after] = keys(personKey, (a) => rename(a.byId.people.get('zhao-min')!, '改过'));
    expect(after).toBe(before);
  });
  it('changes with what else the page shows, with the repository settings, and prefers Astro’s digest to the data', () => {
    const record = { id: 'x', data: { a: 1 } };
    const base = cacheKey([record], ['2026-01-02']);
    expect(cacheKey([record], ['2026-01-03'])).not.toBe(base);
    expect(cacheKey([record], [undefined])).not.toBe(base);
    expect(cacheKey([record, undefined], ['2026-01-02'])).not.toBe(base);
    expect(cacheKey([{ id: 'y', data: { a: 1 } }], ['2026-01-02'])).not.toBe(base);
    process.env.YILU_REPOSITORY = 'https://example.org/yilu';
    expect(cacheKey([record], ['2026-01-02'])).not.toBe(base);
    delete process.env.YILU_REPOSITORY;
    process.env.YILU_BRANCH = 'main';
    expect(cacheKey([record], ['2026-01-02'])).not.toBe(base);
    delete process.env.YILU_BRANCH;
    expect(cacheKey([record], ['2026-01-02'])).toBe(base);
    // With Astro's digest, the key follows the digest (which covers the body too), not the data.
    const digested = { id: 'x', data: { a: 1 }, entry: { digest: 'd1' } };
    expect(cacheKey([digested])).toBe(cacheKey([{ ...digested, data: { a: 2 } }]));
    expect(cacheKey([digested])).not.toBe(cacheKey([{ ...digested, entry: { digest: 'd2' } }]));
    expect(cacheKey([{ id: 'x', data: { a: 1 }, entry: { digest: 7 } }])).toBe(cacheKey([{ id: 'x', data: { a: 1 } }]));
  });
});
