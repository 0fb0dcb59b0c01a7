/**
 * The search engine of the browser bundle (src/search/engine.ts), run in Node: wired
 * as src/search/client.ts wires it (the bundle's own lazy Traditional → Simplified
 * converter), over the real index the build writes for the fixture archive, with a
 * stand-in for Pagefind's browser API (tests/support/fake-pagefind.ts) that hands out
 * the index's real fragments. Browser tests (tests/site/search.test.ts) run the same
 * engine under real Pagefind in Chromium; these run wherever Node does, so an engine
 * regression fails `npm run test:unit` even without a browser.
 *
 * Expected pages are written out by hand from the fixture archive's content.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { encodeCharSet } from '../../src/lib/text/code-points.ts';
import { conversionTriggers } from '../../src/lib/text/t2s.ts';
import { INDEX_LANGUAGE } from '../../src/lib/search/fragment.ts';
import type { SearchEngine as Engine, SearchResponse } from '../../src/search/engine.ts';
import {
  buildAndReadIndex,
  fakeDocument,
  fakePagefind,
  type FakeOptions,
  type FakePagefind,
  type ReadIndex,
} from '../support/fake-pagefind.ts';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/archive');

let index: ReadIndex;
let SearchEngine: typeof Engine;
let toSimplified: (text: string) => string;
let prepareSimplified: (text: string) => Promise<void>;

beforeAll(async () => {
  index = await buildAndReadIndex(FIXTURE);
  vi.stubGlobal('document', fakeDocument('zh-CN'));
  ({ SearchEngine } = await import('../../src/search/engine.ts'));
  // As the search bundle makes it, with the trigger set src/integrations/browser-scripts.ts gives it.
  const { lazySimplifier } = await import('../../src/search/simplified.ts');
  ({ toSimplified, prepare: prepareSimplified } = lazySimplifier(encodeCharSet(conversionTriggers())));
}, 60_000);
afterAll(() => vi.unstubAllGlobals());

/** An engine as the search bundle builds it, over the fixture index. */
function engine(options: FakeOptions = {}, base = '/'): { engine: Engine; pagefind: FakePagefind; urls: string[] } {
  const pagefind = fakePagefind(index, options);
  const urls: string[] = [];
  const e = new SearchEngine({
    base,
    toSimplified,
    prepare: prepareSimplified,
    loadPagefind: async (url) => {
      urls.push(url);
      return pagefind;
    },
  });
  return { engine: e, pagefind, urls };
}

const urlsOf = (r: SearchResponse) => r.hits.map((h) => h.url);
const sorted = (xs: string[]) => [...xs].sort();

// Pages of the fixture archive, by hand. 2023-xiling's summary (关注乡村养老和社区基金会) is
// shown on its series' and its region's pages, so both hold 社区基金会 and 乡村养老.
const FOUNDATION = [
  '/conferences/2022-xiling/',
  '/conferences/2022-xiling/03-chen-siyuan/',
  '/conferences/2023-xiling/',
  '/organizations/xiling-shequ-jijinhui/',
  '/people/chen-siyuan/',
  '/people/liu-jia/',
  '/regions/xiling/',
  '/series/xiling-gongyi-luntan/',
];
const TRANSPARENCY = ['/conferences/2022-xiling/', '/conferences/2022-xiling/02-wang-qiang/'];
const LIN_HAIYAN = [
  '/conferences/2022-xiling/01-lin-haiyan/',
  '/conferences/2023-xiling/01-lin-haiyan/',
  '/people/lin-haiyan/',
];
// 乡村 and 互助 are both in these pages only (the listing pages hold 乡村养老 but not 互助).
const RURAL_MUTUAL_AID = [
  '/conferences/2023-xiling/',
  '/conferences/2023-xiling/03-wang-qiang-2/',
  '/organizations/lanshan-yanglao-xiehui/',
  '/people/wang-qiang-2/',
];
const RURAL_CARE = [...RURAL_MUTUAL_AID, '/regions/xiling/', '/series/xiling-gongyi-luntan/'];

describe('the fixture index the engine reads', () => {
  it('is the real one: every page of the archive, with its text and the archive’s fragment fields', () => {
    // Every published page but the region 东海 (its one conference is a draft: src/lib/regions.ts).
    expect(index.fragments).toHaveLength(25);
    const org = index.fragments.find((f) => f.url === '/organizations/xiling-shequ-jijinhui/')!;
    expect(org.meta.title).toBe('西岭社区基金会');
    expect(org.content).toContain('西岭社区基金会');
    expect(org.yilu).toMatchObject({ keywords: expect.stringContaining('jijin') });
    expect(index.words.get('基金')!.length).toBeGreaterThan(3);
  });
});

describe('opening Pagefind', () => {
  it('loads it under the base, sets its options, and starts it under the index language, then gives <html lang> back', async () => {
    const { engine: e, pagefind, urls } = engine({}, '/yilu');
    vi.stubGlobal('document', fakeDocument('zh-CN'));
    await e.search('基金会');
    expect(urls).toEqual(['/yilu/pagefind/pagefind.js']);
    expect(pagefind.langAtInit).toEqual([INDEX_LANGUAGE]);
    expect(document.documentElement.getAttribute('lang')).toBe('zh-CN');
    expect(pagefind.optionsSet).toEqual([{ baseUrl: '/', excerptLength: 0, ranking: { metaWeights: { title: 6 } } }]);
    // Opened once, however many queries follow.
    await e.search('透明度');
    expect(urls).toHaveLength(1);
  });
  it('removes a lang attribute it had to add', async () => {
    const { engine: e, pagefind } = engine();
    vi.stubGlobal('document', fakeDocument(null));
    await e.search('基金会');
    expect(pagefind.langAtInit).toEqual([INDEX_LANGUAGE]);
    expect(document.documentElement.getAttribute('lang')).toBeNull();
    vi.stubGlobal('document', fakeDocument('zh-CN'));
  });
});

describe('queries are folded before Pagefind sees them', () => {
  it('asks for Simplified bigrams that cover the query without overlapping', async () => {
    const { engine: e, pagefind } = engine();
    await e.search('社区基金会');
    expect(pagefind.terms).toEqual(['社区 基金 金会']);
  });
  it('a Traditional query finds what the Simplified one finds, via the same Simplified tokens', async () => {
    const simplified = engine();
    const traditional = engine();
    const a = await simplified.engine.search('社区基金会');
    const b = await traditional.engine.search('社區基金會');
    expect(sorted(urlsOf(a))).toEqual(FOUNDATION);
    expect(sorted(urlsOf(b))).toEqual(FOUNDATION);
    expect(traditional.pagefind.terms).toEqual(['社区 基金 金会']);
    expect(b.parts.map((p) => p.text)).toEqual(['社区基金会']);
  });
  it('a Traditional name variant finds the person (陳思遠 → 陈思远)', async () => {
    const { engine: e } = engine();
    const r = await e.search('陳思遠');
    expect(urlsOf(r)).toContain('/people/chen-siyuan/');
    expect(r.hits[0]!.title).toBe('陈思远');
  });
  it('full-width letters and digits, tone marks and capitals fold away', async () => {
    for (const q of ['ＬＩＮ　ＨＡＩＹＡＮ', 'Lín Hǎiyàn', 'lin haiyan']) {
      const { engine: e, pagefind } = engine();
      const r = await e.search(q);
      expect(sorted(urlsOf(r)), q).toEqual(LIN_HAIYAN);
      expect(pagefind.terms, q).toEqual(['lin haiyan']);
    }
    const { engine: e, pagefind } = engine();
    const r = await e.search('２０２２西岭论坛');
    expect(pagefind.terms).toEqual(['2022 西岭 论坛']);
    expect(urlsOf(r)).toContain('/conferences/2022-xiling/');
    expect(urlsOf(r)).not.toContain('/conferences/2023-xiling/01-lin-haiyan/');
  });
});

describe('every candidate is checked', () => {
  it('keeps only the pages that hold the query when Pagefind hands back every page', async () => {
    const { engine: e, pagefind } = engine({ candidates: 'everything' });
    const r = await e.search('透明度');
    expect(r.candidates).toBe(25);
    expect(r.checked).toBe(25);
    expect(sorted(urlsOf(r))).toEqual(TRANSPARENCY);
    expect(new Set(pagefind.loaded).size).toBe(25);
  });
  it('drops a candidate whose text lacks the query', async () => {
    const { engine: e } = engine();
    const parts = e.parse('透明度');
    const heping = index.fragments.find((f) => f.url === '/people/he-ping/')!;
    const talk = index.fragments.find((f) => f.url === '/conferences/2022-xiling/02-wang-qiang/')!;
    const data = (f: typeof talk) => ({ ...f, raw_content: f.content, sub_results: [] }) as never;
    expect(e.verify(data(heping), parts)).toBeUndefined();
    expect(e.verify(data(talk), parts)?.level).toBe(2);
  });
  it('needs every part: one absent word empties the answer', async () => {
    for (const mode of ['index', 'everything'] as const) {
      const { engine: e } = engine({ candidates: mode });
      expect(urlsOf(await e.search('陈思远 量子计算')), mode).toEqual([]);
      expect(urlsOf(await e.search('陈思远')), mode).toContain('/people/chen-siyuan/');
    }
  });
  it('checks the first `limit` candidates together and stops there when they all hold the query', async () => {
    const { engine: e, pagefind } = engine({ candidates: 'everything' });
    const r = await e.search('西岭', { limit: 5 });
    expect(r.hits).toHaveLength(5);
    expect(r.checked).toBe(5);
    expect(pagefind.loaded).toEqual([0, 1, 2, 3, 4]);
  });
  it('fetches each fragment once across queries', async () => {
    const { engine: e, pagefind } = engine({ candidates: 'everything' });
    await e.search('透明度');
    await e.search('基金会');
    expect(pagefind.loaded).toHaveLength(25);
  });
});

describe('ranking', () => {
  it('puts the page whose title holds the whole query first, whatever order Pagefind gives', async () => {
    for (const reverse of [false, true]) {
      const { engine: e } = engine({ candidates: 'everything', reverse });
      const r = await e.search('西岭社区基金会');
      expect(r.hits[0]!.url, `reverse ${reverse}`).toBe('/organizations/xiling-shequ-jijinhui/');
      expect(r.hits[0]!.level).toBe(3);
      expect(r.hits.slice(1).every((h) => h.level < 3)).toBe(true);
    }
    const { engine: e } = engine({ candidates: 'everything', reverse: true });
    const r = await e.search('社区基金会的三年探索');
    expect(r.hits[0]!.url).toBe('/conferences/2022-xiling/03-chen-siyuan/');
    expect(r.hits[0]!.title).toBe('《社区基金会的三年探索》');
  });
  it('orders whole matches in the text before pages that hold the pieces apart', async () => {
    const { engine: e } = engine({ candidates: 'everything', reverse: true });
    const r = await e.search('2022西岭论坛');
    const levels = r.hits.map((h) => h.level);
    expect(levels).toEqual([...levels].sort((a, b) => b - a));
    // 2022西岭论坛 is the short title every page of that conference shows; 2023's pages hold 2022 and 西岭论坛 apart at most.
    expect(r.hits.find((h) => h.url === '/conferences/2022-xiling/02-wang-qiang/')!.level).toBe(2);
    const apart = r.hits.filter((h) => h.level === 1).map((h) => h.url);
    expect(apart.every((u) => !u.startsWith('/conferences/2022-xiling/'))).toBe(true);
  });
  it('puts the page that is what the query names (speaker and kind) before pages that mention both', async () => {
    // 王强 gave the keynote (主旨演讲) at 2022-xiling: the conference's program and his own page hold
    // both words too, but only the speech is by him and of that kind (its meta and kind filter).
    for (const reverse of [false, true]) {
      const { engine: e } = engine({ candidates: 'everything', reverse });
      const r = await e.search('王强 主旨演讲');
      expect(urlsOf(r), `reverse ${reverse}`).toEqual(
        expect.arrayContaining(['/conferences/2022-xiling/', '/people/wang-qiang/']),
      );
      expect(r.hits[0]!.url, `reverse ${reverse}`).toBe('/conferences/2022-xiling/02-wang-qiang/');
    }
  });
  it('by date: newest first, from the date rank in the page names (whatever order Pagefind gives)', async () => {
    for (const reverse of [false, true]) {
      const { engine: e } = engine({ reverse });
      const r = await e.search('林海燕', { sort: 'date' });
      // The same pages as by relevance, newest first in either candidate order.
      expect(sorted(urlsOf(r)), `reverse ${reverse}`).toEqual(sorted(urlsOf(await e.search('林海燕'))));
      expect(r.hits.length).toBeGreaterThan(LIN_HAIYAN.length);
      const dates = r.hits.map((h) => h.sortDate);
      expect(dates, `reverse ${reverse}`).toEqual([...dates].sort().reverse());
    }
    const { engine: e, pagefind } = engine();
    const r = await e.search('林海燕', { sort: 'date' });
    expect(urlsOf(r)[0]).not.toBe('/conferences/2022-xiling/01-lin-haiyan/');
    const dates = r.hits.map((h) => h.sortDate);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(dates.at(-1)).toBe('2022-09-15');
    expect(pagefind.terms).toEqual(['林海 海燕']);
  });
  it('passes filters to Pagefind', async () => {
    const { engine: e } = engine();
    const r = await e.search('林海燕', { filters: { type: ['人物'] } });
    expect(urlsOf(r)).toEqual(['/people/lin-haiyan/']);
  });
});

describe('loosened queries', () => {
  it('splits a long run no page holds whole into its words and says so', async () => {
    const { engine: e, pagefind } = engine();
    const r = await e.search('乡村互助');
    expect(r.loosened?.map((p) => p.pieces)).toEqual([['乡村', '互助']]);
    expect(sorted(urlsOf(r))).toEqual(RURAL_MUTUAL_AID);
    expect(r.hits.every((h) => h.level === 1)).toBe(true);
    expect(pagefind.terms).toEqual(['乡村 互助', '乡村 互助']);
  });
  it('does not loosen a query that pages hold as written, nor a word the archive lacks', async () => {
    const { engine: e } = engine();
    const whole = await e.search('乡村养老');
    expect(whole.loosened).toBeUndefined();
    expect(sorted(urlsOf(whole))).toEqual(RURAL_CARE);
    for (const q of ['乡村区块链', '区块链']) {
      const r = await e.search(q);
      expect(r.hits, q).toEqual([]);
      expect(r.loosened, q).toBeUndefined();
    }
  });
});

describe('absent words', () => {
  it('give nothing, even when Pagefind returns noise', async () => {
    for (const mode of ['index', 'everything'] as const) {
      const { engine: e } = engine({ candidates: mode });
      for (const q of ['区块链', '元宇宙', '冰雪运动', 'quantum'])
        expect(urlsOf(await e.search(q)), `${q} (${mode})`).toEqual([]);
    }
  });
  it('an empty or punctuation-only query asks Pagefind nothing', async () => {
    const { engine: e, pagefind } = engine();
    for (const q of ['', '   ', '，。！']) expect((await e.search(q)).hits).toEqual([]);
    expect(pagefind.terms).toEqual([]);
  });
});

describe('what a hit shows', () => {
  it('an excerpt with the query marked, and the sections that hold it', async () => {
    const { engine: e } = engine();
    const r = await e.search('在线账本');
    const talk = r.hits.find((h) => h.url === '/conferences/2022-xiling/02-wang-qiang/')!;
    expect(talk.excerpt.filter((s) => s.mark).map((s) => s.text)).toEqual(['在线账本']);
    expect(talk.sections.map((s) => s.title)).toEqual(['数字工具']);
    expect(talk.sections[0]!.url).toMatch(/^\/conferences\/2022-xiling\/02-wang-qiang\/#.+/);
    expect(talk.sections[0]!.excerpt.some((s) => s.mark && s.text === '在线账本')).toBe(true);
  });
  it('pinyin keywords find a person but are never shown', async () => {
    const { engine: e } = engine();
    for (const q of ['zhaomin', 'zhao min']) {
      const r = await e.search(q);
      expect(sorted(urlsOf(r))).toEqual(['/conferences/2023-xiling/04-zhao-min/', '/people/zhao-min/']);
      for (const h of r.hits) {
        const shown = [
          h.title,
          h.meta.context ?? '',
          ...h.excerpt.map((s) => s.text),
          ...h.sections.flatMap((x) => [x.title, ...x.excerpt.map((s) => s.text)]),
        ].join(' ');
        expect(shown).not.toMatch(/zhao ?min/i);
      }
    }
  });
  it("an excerpt from the page's prose, not its table of facts run together", async () => {
    const { engine: e } = engine();
    // 王强 and 主旨演讲 are in the speech's facts (发言人 王强 … 类型 主旨演讲): the excerpt is its summary.
    const r = await e.search('王强');
    const talk = r.hits.find((h) => h.url === '/conferences/2022-xiling/02-wang-qiang/')!;
    const text = talk.excerpt.map((s) => s.text).join('');
    expect(text).not.toMatch(/发言人|时任|类型 |环节 /);
    // Nor the sections' headings (摘要, 要点): the summary's own words come first.
    expect(text).not.toMatch(/摘要|要点/);
    expect(text.length).toBeGreaterThan(10);
    for (const q of ['西岭', '社区基金会', '民政厅']) {
      for (const h of (await e.search(q)).hits) {
        expect(h.excerpt.map((s) => s.text).join(''), `${q} ${h.url}`).not.toMatch(/^(…)?(发言人|简称|拼音) /);
        // A section's excerpt is its text: the heading is the link, shown once.
        for (const x of h.sections)
          expect(
            x.excerpt
              .map((s) => s.text)
              .join('')
              .startsWith(x.title),
            `${q} ${h.url} ${x.title}`,
          ).toBe(false);
      }
    }
  });
  it('a Traditional query marks the Simplified text it matched', async () => {
    const { engine: e } = engine();
    const q = await e.search('社區基金會');
    const org = q.hits.find((h) => h.url === '/organizations/xiling-shequ-jijinhui/')!;
    expect(org.excerpt.some((s) => s.mark && s.text === '社区基金会')).toBe(true);
  });
});
