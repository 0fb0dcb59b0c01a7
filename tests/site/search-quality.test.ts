/**
 * Search quality on the real archive, in Chromium: 52 queries a reader would type —
 * names, organizations, speech and document titles, themes, substrings, Traditional
 * forms, pinyin, width and spacing variants, Chinese mixed with digits, words that
 * stand apart in the pages (南沙养老), and words the archive does not hold — each
 * with the pages that must come back in the top 5. The same queries run against
 * plain Pagefind (default settings, its own Chinese segmentation) over the same
 * built pages, and both sets of figures are printed.
 *
 * A result counts as relevant when it is one of the expected pages or its text
 * (Simplified, width-folded, with its pinyin keywords) contains every piece of the
 * query (for words apart: each of the case's hand-listed words); recall@5 is the
 * share of expected pages found in the top 5.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readArchive } from '../../src/integrations/search/index-build.ts';
import { documentText, searchDocuments } from '../../src/lib/search/documents.ts';
import { contentRoot } from '../../src/schemas/layout.ts';
import { toSimplified } from '../../src/lib/text/t2s.ts';
import { matchLevel, normalize, parseQuery } from '../../src/lib/text/zh.ts';
import { hasBrowser, launch } from '../support/browser.ts';
import { engineSearch, searchBundle } from '../support/search.ts';
import { serve, type Served } from '../support/server.ts';
import { ROOT, SITES, siteDir } from '../support/sites.ts';

interface Case {
  q: string;
  /** Pages that must be among the first five results. */
  top5?: string[];
  /** The archive does not hold these words: no result at all. */
  none?: true;
  /** No page holds the query as written; a result is relevant when it holds each of these words. */
  words?: string[];
  kind: string;
}

const C = '/conferences/2024-chuanyu/';
const D = '/conferences/2023-changsanjiao-suzhou/';
export const CASES: Case[] = [
  { kind: 'name', q: '周利民', top5: ['/people/zhou-limin/', `${C}01-zhou-limin/`] },
  { kind: 'name', q: '杨伟', top5: ['/people/yang-wei/', `${C}02-yang-wei/`] },
  { kind: 'name', q: '余永龙', top5: ['/people/yu-yonglong/'] },
  { kind: 'name', q: '姬升峰', top5: ['/people/ji-shengfeng/'] },
  { kind: 'name', q: '查颖冬', top5: ['/people/zha-yingdong/'] },
  { kind: 'name', q: '徐家良', top5: ['/people/xu-jialiang/', `${D}04-xu-jialiang/`] },
  { kind: 'organization', q: '重庆市民政局', top5: ['/organizations/chongqing-minzhengju/'] },
  { kind: 'organization', q: '四川省民政厅', top5: ['/organizations/sichuan-minzhengting/'] },
  { kind: 'organization', q: '民政部社会组织管理局', top5: ['/organizations/minzhengbu-shehui-zuzhi-guanliju/'] },
  { kind: 'organization', q: '重庆市机械工程学会', top5: ['/organizations/chongqing-jixie-gongcheng-xuehui/'] },
  { kind: 'organization', q: '通鼎集团', top5: ['/organizations/tongding-jituan/', `${D}07-shen-xiaoping/`] },
  { kind: 'substring', q: '蜀山区民政', top5: ['/organizations/hefei-shushan-minzhengju/'] },
  { kind: 'substring', q: '机械工程', top5: ['/organizations/chongqing-jixie-gongcheng-xuehui/'] },
  { kind: 'substring', q: '养老服务', top5: [`${C}08-hou-guofeng/`, '/organizations/sichuan-yanglao-fuwu-fazhan-xiehui/'] },
  { kind: 'substring', q: '海惠', top5: [`${C}10-chen-taiyong/`, '/organizations/sichuan-haihui-zhupin-fuwu-zhongxin/'] },
  { kind: 'substring', q: '潼南', top5: ['/organizations/chongqing-tongnan-minzhengju/'] },
  { kind: 'speech title', q: '发挥学会优势 赋能科技创新', top5: [`${C}04-zhu-caichao/`] },
  { kind: 'speech title', q: '银发经济', top5: [`${C}08-hou-guofeng/`] },
  { kind: 'speech title', q: '乡村共渔', top5: [`${C}10-chen-taiyong/`] },
  { kind: 'speech title', q: '平台赋能，打造高端装备产业创新生态', top5: [`${D}06-sun-lining/`] },
  { kind: 'speech title', q: '行业协会商会高质量发展的路径', top5: [`${D}08-hu-xiaojun/`] },
  { kind: 'speech title', q: '在“氢”风劲拂时', top5: [`${C}09-hu-xudong/`] },
  { kind: 'document', q: '民政部门社会组织领域合作框架协议', top5: [C] },
  { kind: 'document', q: '倡议书', top5: [D] },
  { kind: 'document', q: '调研报告', top5: [D] },
  { kind: 'theme', q: '促双圈，谋发展，共双赢', top5: [C] },
  { kind: 'theme', q: '聚焦产业创新', top5: [D] },
  { kind: 'theme', q: '引力湾区', top5: ['/conferences/2023-guangdong-nansha/'] },
  { kind: 'traditional', q: '社會組織戰略合作協議', top5: [C] },
  { kind: 'traditional', q: '鄉村振興', top5: [`${C}10-chen-taiyong/`, `${C}11-liao-yu/`] },
  { kind: 'traditional', q: '劉振國', top5: ['/people/liu-zhenguo/'] },
  { kind: 'traditional', q: '蘇州市民政局', top5: ['/organizations/suzhou-minzhengju/'] },
  { kind: 'traditional', q: '長三角民政座談會', top5: ['/conferences/2025-changsanjiao-minzheng/'] },
  { kind: 'traditional', q: '重慶大學', top5: ['/organizations/chongqing-daxue/'] },
  { kind: 'pinyin', q: 'zhoulimin', top5: ['/people/zhou-limin/'] },
  { kind: 'pinyin', q: 'zhou limin', top5: ['/people/zhou-limin/'] },
  { kind: 'pinyin', q: 'Liú Zhènguó', top5: ['/people/liu-zhenguo/'] },
  { kind: 'pinyin', q: 'xujialiang', top5: ['/people/xu-jialiang/'] },
  { kind: 'pinyin', q: 'zha yingdong', top5: ['/people/zha-yingdong/'] },
  { kind: 'digits', q: '2024川渝', top5: [C] },
  { kind: 'digits', q: '5A社会组织', top5: [D] },
  { kind: 'digits', q: '16家', top5: [D] },
  { kind: 'digits', q: '2023长三角', top5: [D] },
  { kind: 'width/space', q: '重庆市 民政局', top5: ['/organizations/chongqing-minzhengju/'] },
  { kind: 'width/space', q: '５Ａ社会组织', top5: [D] },
  { kind: 'words apart', q: '南沙养老', words: ['南沙', '养老'], top5: ['/conferences/2024-dawanqu-nansha/'] },
  { kind: 'words apart', q: '养老协会', words: ['养老', '协会'], top5: ['/organizations/sichuan-yanglao-fuwu-fazhan-xiehui/', `${C}08-hou-guofeng/`] },
  { kind: 'absent', q: '冰雪运动', none: true },
  { kind: 'absent', q: '元宇宙', none: true },
  { kind: 'absent', q: '足球比赛', none: true },
  { kind: 'absent', q: '周利民 量子计算', none: true },
  { kind: 'absent', q: '人工智能', none: true },
];

const dir = siteDir(SITES.real);
const PLAIN = 'pagefind-plain';

/** The text a reader could see for each page (its search document), normalised, to judge relevance. */
function pageTexts(): Map<string, string> {
  const texts = new Map<string, string>();
  for (const doc of searchDocuments(readArchive(contentRoot()))) {
    texts.set(doc.path, normalize(`${documentText(doc).text} ${Object.values(doc.meta).join(' ')} ${doc.keywords.join(' ')}`, toSimplified));
  }
  return texts;
}

interface Score {
  recall: number;
  relevant: number;
  returned: number;
  absentHits: number;
  misses: string[];
}

function score(results: Map<string, string[]>, texts: Map<string, string>, cases: Case[] = CASES): Score {
  let recallSum = 0;
  let recallN = 0;
  let relevant = 0;
  let returned = 0;
  let absentHits = 0;
  const misses: string[] = [];
  for (const c of cases) {
    const top = (results.get(c.q) ?? []).slice(0, 5);
    if (c.none) {
      absentHits += top.length;
      if (top.length) misses.push(`${c.q}: ${top.length} results for absent words`);
      continue;
    }
    const parts = parseQuery(normalize(c.q, toSimplified));
    const wanted = c.top5 ?? [];
    const found = wanted.filter((u) => top.includes(u));
    recallSum += found.length / Math.min(wanted.length, 5);
    recallN += 1;
    if (found.length < wanted.length) misses.push(`${c.q}: missing ${wanted.filter((u) => !top.includes(u)).join(' ')}`);
    for (const u of top) {
      returned += 1;
      const text = texts.get(u) ?? '';
      if (wanted.includes(u) || matchLevel(text, parts) > 0 || (c.words && c.words.every((w) => text.includes(w)))) relevant += 1;
    }
  }
  return { recall: recallN ? recallSum / recallN : 1, relevant, returned, absentHits, misses };
}

/** Plain Pagefind over the built pages' main content, with its own Chinese segmentation and defaults. */
async function buildPlainIndex(): Promise<void> {
  if (fs.existsSync(path.join(dir, PLAIN, 'pagefind.js'))) return;
  const { index } = await pagefind.createIndex({ rootSelector: 'main' });
  await index!.addDirectory({ path: dir, glob: '{conferences,people,organizations,series,regions}/**/*.html' });
  const { files } = await index!.getFiles();
  for (const f of files) {
    fs.mkdirSync(path.dirname(path.join(dir, PLAIN, f.path)), { recursive: true });
    fs.writeFileSync(path.join(dir, PLAIN, f.path), f.content);
  }
  await pagefind.close();
}

describe.skipIf(!hasBrowser)('search quality on the real archive', () => {
  let browser: Browser;
  let site: Served;
  let texts: Map<string, string>;
  const yilu = new Map<string, string[]>();
  const plain = new Map<string, string[]>();

  beforeAll(async () => {
    await buildPlainIndex();
    texts = pageTexts();
    site = await serve(dir, '/');
    browser = await launch();
    const bundle = searchBundle(dir);
    const page: Page = await browser.newPage();
    await page.goto(site.url('/'));
    for (const c of CASES) {
      const hits = await engineSearch(page, bundle, c.q);
      yilu.set(c.q, hits.map((h) => new URL(h.url, site.origin).pathname));
    }
    const plainPage: Page = await browser.newPage();
    await plainPage.goto(site.url('/'));
    for (const c of CASES) {
      const urls = (await plainPage.evaluate(`(async () => {
        const pf = await import('/${PLAIN}/pagefind.js');
        const r = await pf.search(${JSON.stringify(c.q)});
        const top = await Promise.all(r.results.slice(0, 5).map((x) => x.data()));
        return top.map((d) => d.url);
      })()`)) as string[];
      plain.set(c.q, urls);
    }
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('has at least 40 queries covering every kind', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CASES.map((c) => c.kind)).size).toBe(12);
  });

  it('finds every expected page in the top 5, and nothing for absent words', () => {
    const y = score(yilu, texts);
    const p = score(plain, texts);
    const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
    const table = [
      '| engine | recall@5 | precision of top-5 results | results for absent words |',
      '| --- | --- | --- | --- |',
      `| Yilu (bigrams, T→S, verified) | ${y.recall.toFixed(3)} | ${pct(y.relevant / y.returned)} (${y.relevant}/${y.returned}) | ${y.absentHits} |`,
      `| plain Pagefind 1.6.0 defaults | ${p.recall.toFixed(3)} | ${pct(p.relevant / Math.max(p.returned, 1))} (${p.relevant}/${p.returned}) | ${p.absentHits} |`,
    ].join('\n');
    const byKind = [...new Set(CASES.map((c) => c.kind))].map((kind) => {
      const keep = CASES.filter((c) => c.kind === kind);
      const a = score(yilu, texts, keep);
      const b = score(plain, texts, keep);
      const cell = (r: Score) => (kind === 'absent' ? `${r.absentHits} results` : r.recall.toFixed(2));
      return `| ${kind} | ${keep.length} | ${cell(a)} | ${cell(b)} |`;
    });
    const report = `${table}\n\nBy kind of query (recall@5, or results returned for absent words):\n\n| kind | queries | Yilu | plain Pagefind |\n| --- | --- | --- | --- |\n${byKind.join('\n')}\n\nPlain Pagefind misses:\n${p.misses.map((m) => `- ${m}`).join('\n')}\n`;
    console.log(`\nSearch quality (${CASES.length} queries, real archive):\n${report}`);
    if (process.env.YILU_WRITE_DOCS) {
      const doc = path.join(ROOT, 'docs/search.md');
      const text = fs.readFileSync(doc, 'utf8');
      fs.writeFileSync(
        doc,
        text.replace(/<!-- quality:start -->[\s\S]*<!-- quality:end -->/, `<!-- quality:start -->\nMeasured by tests/site/search-quality.test.ts (${CASES.length} queries; \`YILU_WRITE_DOCS=1 npm test\` rewrites this section):\n\n${report}<!-- quality:end -->`),
      );
    }
    expect(y.misses).toEqual([]);
    expect(y.recall).toBe(1);
    expect(y.absentHits).toBe(0);
    expect(y.relevant).toBe(y.returned);
  });
});
