/**
 * Search quality on the real archive, in Chromium: 52 queries a reader would type —
 * names, organizations, speech and document titles, themes, substrings, Traditional
 * forms, pinyin, width and spacing variants, Chinese mixed with digits, words that
 * stand apart in the pages (南沙养老), and words the archive does not hold. The same
 * queries run against plain Pagefind (its defaults and its own Chinese segmentation)
 * over the same pages, and both are scored against the same labels.
 *
 * Relevance comes only from labels written by hand (below): for each query, every page
 * of the archive a reader expects, and the pages judged not to answer it. Nothing here
 * asks the engine's own text functions whether a result is relevant. Every page either
 * engine returns in its top 5 must carry a label: an unlabelled one fails the test and is
 * listed, to be judged by hand and added to the case (never by code).
 *
 * recall@5: the share of a query's relevant pages in the top 5, out of at most 5
 * (min(relevant, 5)), averaged over the queries that have answers; precision: relevant
 * results among all top-5 results returned; absent words: results returned at all.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readArchive } from '../../src/integrations/search/index-build.ts';
import { searchDocuments } from '../../src/lib/search/documents.ts';
import { contentRoot } from '../../src/schemas/layout.ts';
import { hasBrowser, launch } from '../support/browser.ts';
import { engineSearch, searchBundle } from '../support/search.ts';
import { serve, type Served } from '../support/server.ts';
import { ROOT, SITES, siteDir } from '../support/sites.ts';

type Kind =
  | 'name'
  | 'organization'
  | 'substring'
  | 'speech title'
  | 'document'
  | 'theme'
  | 'traditional'
  | 'pinyin'
  | 'digits'
  | 'width/space'
  | 'words apart'
  | 'absent';

interface Case {
  kind: Kind;
  q: string;
  /** Every page of the archive a reader typing `q` expects. */
  relevant?: readonly string[];
  /** Pages judged not to answer `q` (each was returned by an engine or holds the words). */
  irrelevant?: readonly string[];
  /** The archive does not hold these words: any result is wrong. */
  none?: true;
}

// ---- Relevance labels, written by hand ---------------------------------------------------------
// Judged against the pages as built from content/ (12 conferences). A page is relevant to a query
// when it is about what the query names, or records it as one of its own facts: a person's
// speeches, posts and conferences; an organization's people, conferences, documents, parent and
// sub-organizations; a conference's speakers, attendees, organizers, signatories, documents and
// theme; a speech's speaker, affiliations, title and conference; a series' hosts. A page is not
// relevant when the words stand only in navigation (previous/next speech), in the source notes
// repeated on every page of a conference, in a region's or a series' list of its records, or by
// accident (惠建林 for 海惠, 刘振国 for 振兴, 周德文 for zhou). A query written another way
// (Traditional, pinyin, spaced, full-width) carries the labels of what the reader means.
const C = '/conferences/2024-chuanyu/';
const D = '/conferences/2023-changsanjiao-suzhou/';
const H = '/conferences/2021-hefei-disanci-fenpei/';
const M = '/conferences/2025-changsanjiao-minzheng/';
const P = (id: string) => `/people/${id}/`;
const O = (id: string) => `/organizations/${id}/`;
const CHENGYU = '/regions/chengyu/';
const CHANGSANJIAO = '/regions/changsanjiao/';

/** Speech pages of 2024-chuanyu other than those named (for queries they hold only in source notes or navigation). */
const chuanyuSpeechesBut = (...except: string[]) =>
  [
    '01-zhou-limin',
    '02-yang-wei',
    '03-yu-yonglong',
    '04-zhu-caichao',
    '05-wang-yicen',
    '06-ji-shengfeng',
    '07-guo-qinghua',
    '08-hou-guofeng',
    '09-hu-xudong',
    '10-chen-taiyong',
    '11-liao-yu',
    '12-you-hongtao',
  ]
    .filter((s) => !except.includes(s))
    .map((s) => `${C}${s}/`);

const ZHOU_LIMIN = [P('zhou-limin'), `${C}01-zhou-limin/`, C, O('chongqing-minzhengju')];
/** 刘振国 spoke for 民政部社会组织管理局; 民政部's page rolls up its unit and lists him. */
const LIU_ZHENGUO = [
  P('liu-zhenguo'),
  `${D}01-liu-zhenguo/`,
  D,
  O('minzhengbu-shehui-zuzhi-guanliju'),
  O('minzhengbu'),
];
const XU_JIALIANG = [
  P('xu-jialiang'),
  `${D}04-xu-jialiang/`,
  `${H}04-xu-jialiang/`,
  D,
  H,
  O('shanghai-jiaotong-daxue-zhongguo-gongyi-fazhan-yanjiuyuan'),
];
const ZHA_YINGDONG = [P('zha-yingdong'), `${D}03-zha-yingdong/`, D, O('suzhou-renmin-zhengfu')];
const CHONGQING_MINZHENGJU = [
  O('chongqing-minzhengju'),
  C,
  '/conferences/2021-chuanyu-chengdu/',
  P('zhou-limin'),
  `${C}01-zhou-limin/`,
  '/series/chuanyu-shehui-zuzhi-dahui/',
  '/series/chuanyu-shehui-zuzhi-shuangchengji-huodong/',
];
/** District bureaus of 重庆市: other organizations than 重庆市民政局, but each a 民政局 of 重庆市. */
const CHONGQING_DISTRICT_BUREAUS = [
  O('chongqing-tongnan-minzhengju'),
  O('chongqing-yubei-minzhengju'),
  O('chongqing-wanzhou-minzhengju'),
];
const JIXIE_GONGCHENG = [O('chongqing-jixie-gongcheng-xuehui'), P('zhu-caichao'), `${C}04-zhu-caichao/`, C];
const JIXIE_GONGCHENG_NOT = [O('chongqing-daxue'), O('chongqing-daxue-kechuang-zhanlueyuan')];
const YANGLAO_XIEHUI = [O('sichuan-yanglao-fuwu-fazhan-xiehui'), P('hou-guofeng'), `${C}08-hou-guofeng/`, C];
const FIVE_A = [D, '/conferences/2021-changsanjiao-suzhou/'];
/** Series pages: 5A appears in one's list of editions; the others hold 社会组织 only. */
const FIVE_A_NOT = [
  CHANGSANJIAO,
  '/series/changsanjiao-shehui-zuzhi-dahui/',
  '/series/dawanqu-nansha-shehui-zuzhi-hezuo-luntan/',
  '/series/chuanyu-shehui-zuzhi-dahui/',
  '/series/chuanyu-shehui-zuzhi-shuangchengji-huodong/',
  '/series/guangdong-shehui-zuzhi-jiaoliu-dahui/',
];
/** 2024川渝: the conference, its series, its speeches, and the people and organizations that took part. */
const CHUANYU_2024 = [
  C,
  '/series/chuanyu-shehui-zuzhi-dahui/',
  ...chuanyuSpeechesBut(),
  ...[
    'chen-taiyong',
    'guo-qinghua',
    'hou-guofeng',
    'hu-xudong',
    'ji-shengfeng',
    'liao-yu',
    'wang-yicen',
    'yang-wei',
    'you-hongtao',
    'yu-yonglong',
    'zhou-limin',
    'zhu-caichao',
  ].map(P),
  ...[
    'chongqing-daxue',
    'chongqing-daxue-kechuang-zhanlueyuan',
    'chongqing-huoguo-chanye-xiehui',
    'chongqing-jixie-gongcheng-xuehui',
    'chongqing-minzhengju',
    'chongqing-qiye-lianhehui',
    'chongqing-qiche-chanye-shanghui',
    'chongqing-rencai-yanjiu-renli-ziyuan-fuwu-xiehui',
    'chongqing-sichuan-shanghui',
    'chongqing-tongnan-minzhengju',
    'chongqing-wanzhou-minzhengju',
    'chongqing-xiandai-nongye-pinpai-fuwu-cujin-zhongxin',
    'chongqing-yubei-minzhengju',
    'chuanshang-zazhishe',
    'minzhengbu-shehui-zuzhi-guanliju',
    'shandong-minzhengting-shehui-zuzhi-guanliju',
    'sichuan-haihui-zhupin-fuwu-zhongxin',
    'sichuan-chongqing-shanghui',
    'sichuan-chuanshang-zonghui',
    'sichuan-dazhou-minzhengju',
    'sichuan-guangan-minzhengju',
    'sichuan-huoguo-xiehui',
    'sichuan-keji-zhuangbeiye-shanghui',
    'sichuan-minzhengting',
    'sichuan-minzhengting-shehui-zuzhi-guanliju',
    'sichuan-renli-ziyuan-fuwu-hangye-xiehui',
    'sichuan-suining-minzhengju',
    'sichuan-yanglao-fuwu-fazhan-xiehui',
    'sichuan-yanglao-fuwu-zhongxin',
  ].map(O),
];
/** 2023长三角: likewise for the 2023 Suzhou conference. */
const CHANGSANJIAO_2023 = [
  D,
  '/series/changsanjiao-shehui-zuzhi-dahui/',
  ...[
    '01-liu-zhenguo',
    '02-xie-xiaojun',
    '03-zha-yingdong',
    '04-xu-jialiang',
    '05-xu-ning',
    '06-sun-lining',
    '07-shen-xiaoping',
    '08-hu-xiaojun',
  ].map((s) => `${D}${s}/`),
  ...[
    'hu-xiaojun',
    'liu-zhenguo',
    'shen-xiaoping',
    'sun-lining',
    'xie-xiaojun',
    'xu-jialiang',
    'xu-ning',
    'zha-yingdong',
  ].map(P),
  ...[
    'anhui-minzhengting',
    'guangzhou-shehui-zuzhi-yanjiuyuan',
    'jiangsu-minzhengting',
    'jiangsu-shehui-zuzhi-cujinhui',
    'jiangsu-changjiang-chanye-jingji-yanjiuyuan',
    'minzhengbu-shehui-zuzhi-guanliju',
    'shanghai-jiaotong-daxue-zhongguo-gongyi-fazhan-yanjiuyuan',
    'shanghai-minzhengju',
    'suzhou-jiqiren-chanye-xiehui',
    'suzhou-minzhengju',
    'suzhou-renmin-zhengfu',
    'suzhou-shehui-zuzhi-zonghui',
    'suzhou-wujiang-renmin-zhengfu',
    'tongding-jituan',
    'zhejiang-minzhengting',
  ].map(O),
];
/** 长三角民政座谈会: the 2025 meeting, its series and speeches, the people who spoke or attended, the organizations that hosted or sent them. */
const MINZHENG_ZUOTANHUI = [
  M,
  '/series/changsanjiao-minzheng-zuotanhui/',
  `${M}01-hu-haifeng/`,
  `${M}02-fang-wei/`,
  `${M}03-wu-qingwen/`,
  ...[
    'chen-bin',
    'fan-chuanwei',
    'fang-wei',
    'hu-haifeng',
    'wu-qingwen',
    'xie-xiaojun',
    'xu-liqun',
    'yu-xiangdong',
  ].map(P),
  ...[
    'anhui-minzhengting',
    'jiangsu-minzhengting',
    'jiangsu-renmin-zhengfu',
    'minzhengbu',
    'shanghai-minzhengju',
    'suzhou-renmin-zhengfu',
    'zhejiang-minzhengting',
  ].map(O),
];
const HEZUO_KUANGJIA = [
  C,
  ...[
    'chongqing-wanzhou-minzhengju',
    'sichuan-dazhou-minzhengju',
    'chongqing-yubei-minzhengju',
    'sichuan-guangan-minzhengju',
    'chongqing-tongnan-minzhengju',
    'sichuan-suining-minzhengju',
  ].map(O),
];
const ZHANLUE_HEZUO = [
  C,
  ...[
    'chongqing-huoguo-chanye-xiehui',
    'sichuan-huoguo-xiehui',
    'chongqing-rencai-yanjiu-renli-ziyuan-fuwu-xiehui',
    'sichuan-renli-ziyuan-fuwu-hangye-xiehui',
    'chongqing-sichuan-shanghui',
    'sichuan-chongqing-shanghui',
  ].map(O),
];
/** 乡村振兴: the two talks about it, their speakers and organizations, the conference, and 2021 Suzhou (one of its three case categories). */
const XIANGCUN_ZHENXING = [
  `${C}10-chen-taiyong/`,
  `${C}11-liao-yu/`,
  C,
  P('chen-taiyong'),
  P('liao-yu'),
  O('sichuan-haihui-zhupin-fuwu-zhongxin'),
  O('chongqing-xiandai-nongye-pinpai-fuwu-cujin-zhongxin'),
  '/conferences/2021-changsanjiao-suzhou/',
];
const XIANGCUN_ZHENXING_NOT = [
  // 乡村振兴 named in passing, among many fields
  M,
  '/conferences/2023-guangdong-nansha/',
  // only in the source note every 2024-chuanyu page repeats
  ...chuanyuSpeechesBut('10-chen-taiyong', '11-liao-yu'),
  // 振 by accident
  P('liu-zhenguo'),
  P('wang-zhenyao'),
  P('qiu-zhenyu'),
  `${D}01-liu-zhenguo/`,
  '/conferences/2024-dawanqu-nansha/01-wang-zhenyao/',
];

const CASES: Case[] = [
  { kind: 'name', q: '周利民', relevant: ZHOU_LIMIN, irrelevant: [`${C}02-yang-wei/`] },
  // An organization's page lists who spoke for it or its units (issue 16): the bureau's and the department's pages are about them too.
  {
    kind: 'name',
    q: '杨伟',
    relevant: [
      P('yang-wei'),
      `${C}02-yang-wei/`,
      C,
      O('sichuan-minzhengting-shehui-zuzhi-guanliju'),
      O('sichuan-minzhengting'),
    ],
    irrelevant: [`${C}01-zhou-limin/`, `${C}03-yu-yonglong/`],
  },
  {
    kind: 'name',
    q: '余永龙',
    relevant: [P('yu-yonglong'), `${C}03-yu-yonglong/`, C, O('minzhengbu-shehui-zuzhi-guanliju'), O('minzhengbu')],
    irrelevant: [`${C}02-yang-wei/`, `${C}04-zhu-caichao/`],
  },
  {
    kind: 'name',
    q: '姬升峰',
    relevant: [
      P('ji-shengfeng'),
      `${C}06-ji-shengfeng/`,
      C,
      O('shandong-minzhengting-shehui-zuzhi-guanliju'),
      O('shandong-minzhengting'),
    ],
    irrelevant: [`${C}05-wang-yicen/`, `${C}07-guo-qinghua/`],
  },
  { kind: 'name', q: '查颖冬', relevant: ZHA_YINGDONG, irrelevant: [`${D}02-xie-xiaojun/`, `${D}04-xu-jialiang/`] },
  {
    kind: 'name',
    q: '徐家良',
    relevant: XU_JIALIANG,
    irrelevant: [
      '/series/disanci-fenpei-changsanjiao-gongyi-luntan/',
      CHANGSANJIAO,
      `${D}03-zha-yingdong/`,
      `${D}05-xu-ning/`,
      `${H}03-zhao-hongjun/`,
      `${H}05-sun-zhongfeng/`,
    ],
  },
  {
    kind: 'organization',
    q: '重庆市民政局',
    relevant: CHONGQING_MINZHENGJU,
    irrelevant: [...CHONGQING_DISTRICT_BUREAUS, CHENGYU],
  },
  {
    kind: 'organization',
    q: '四川省民政厅',
    relevant: [
      O('sichuan-minzhengting'),
      O('sichuan-minzhengting-shehui-zuzhi-guanliju'),
      P('yang-wei'),
      `${C}02-yang-wei/`,
      C,
      '/conferences/2021-chuanyu-chengdu/',
      '/series/chuanyu-shehui-zuzhi-dahui/',
      '/series/chuanyu-shehui-zuzhi-shuangchengji-huodong/',
    ],
    irrelevant: [CHENGYU],
  },
  {
    kind: 'organization',
    q: '民政部社会组织管理局',
    relevant: [
      O('minzhengbu-shehui-zuzhi-guanliju'),
      O('minzhengbu'),
      P('liu-zhenguo'),
      P('yu-yonglong'),
      P('chen-xiaoyong'),
      P('xu-liqun'),
      `${D}01-liu-zhenguo/`,
      `${C}03-yu-yonglong/`,
      D,
      C,
      M,
      '/conferences/2021-chuanyu-chengdu/',
    ],
  },
  // 重庆大学 and its institute list 朱才朝, whose position names the society: pages of other organizations.
  {
    kind: 'organization',
    q: '重庆市机械工程学会',
    relevant: JIXIE_GONGCHENG,
    irrelevant: [CHENGYU, ...JIXIE_GONGCHENG_NOT],
  },
  {
    kind: 'organization',
    q: '通鼎集团',
    relevant: [O('tongding-jituan'), P('shen-xiaoping'), `${D}07-shen-xiaoping/`, D],
    irrelevant: [CHANGSANJIAO],
  },
  {
    kind: 'substring',
    q: '蜀山区民政',
    relevant: [O('hefei-shushan-minzhengju'), P('zhao-hongjun'), `${H}03-zhao-hongjun/`, H],
    irrelevant: [CHANGSANJIAO],
  },
  { kind: 'substring', q: '机械工程', relevant: JIXIE_GONGCHENG, irrelevant: [CHENGYU, ...JIXIE_GONGCHENG_NOT] },
  {
    kind: 'substring',
    q: '养老服务',
    relevant: [
      O('sichuan-yanglao-fuwu-fazhan-xiehui'),
      O('sichuan-yanglao-fuwu-zhongxin'),
      `${C}08-hou-guofeng/`,
      P('hou-guofeng'),
      C,
      '/conferences/2024-dawanqu-nansha/',
    ],
    irrelevant: [CHENGYU],
  },
  {
    kind: 'substring',
    q: '海惠',
    relevant: [`${C}10-chen-taiyong/`, O('sichuan-haihui-zhupin-fuwu-zhongxin'), P('chen-taiyong'), C],
    irrelevant: [
      '/conferences/2021-changsanjiao-suzhou/01-hui-jianlin/',
      '/conferences/2021-changsanjiao-suzhou/',
      `${C}09-hu-xudong/`,
      `${C}11-liao-yu/`,
      CHENGYU,
      // plain Pagefind at times: the page holds neither 海 nor 惠 together
      '/conferences/2021-changsanjiao-suzhou/04-gao-zhengxiao/',
    ],
  },
  { kind: 'substring', q: '潼南', relevant: [O('chongqing-tongnan-minzhengju'), C], irrelevant: [CHENGYU] },
  {
    kind: 'speech title',
    q: '发挥学会优势 赋能科技创新',
    relevant: [
      `${C}04-zhu-caichao/`,
      P('zhu-caichao'),
      C,
      O('chongqing-jixie-gongcheng-xuehui'),
      O('chongqing-daxue'),
      O('chongqing-daxue-kechuang-zhanlueyuan'),
    ],
    irrelevant: [`${C}03-yu-yonglong/`, `${C}05-wang-yicen/`],
  },
  {
    kind: 'speech title',
    q: '银发经济',
    relevant: [
      `${C}08-hou-guofeng/`,
      P('hou-guofeng'),
      C,
      O('sichuan-yanglao-fuwu-fazhan-xiehui'),
      O('sichuan-yanglao-fuwu-zhongxin'),
    ],
    irrelevant: [`${C}07-guo-qinghua/`, `${C}09-hu-xudong/`],
  },
  {
    kind: 'speech title',
    q: '乡村共渔',
    relevant: [`${C}10-chen-taiyong/`, P('chen-taiyong'), C, O('sichuan-haihui-zhupin-fuwu-zhongxin')],
    irrelevant: [`${C}09-hu-xudong/`, `${C}11-liao-yu/`],
  },
  {
    kind: 'speech title',
    q: '平台赋能，打造高端装备产业创新生态',
    relevant: [`${D}06-sun-lining/`, P('sun-lining'), D, O('suzhou-jiqiren-chanye-xiehui')],
    irrelevant: [`${D}05-xu-ning/`, `${D}07-shen-xiaoping/`],
  },
  {
    kind: 'speech title',
    q: '行业协会商会高质量发展的路径',
    relevant: [`${D}08-hu-xiaojun/`, P('hu-xiaojun'), D, O('guangzhou-shehui-zuzhi-yanjiuyuan')],
    irrelevant: [`${D}07-shen-xiaoping/`],
  },
  {
    kind: 'speech title',
    q: '在“氢”风劲拂时',
    relevant: [`${C}09-hu-xudong/`, P('hu-xudong'), C, O('chongqing-qiche-chanye-shanghui')],
    irrelevant: [`${C}08-hou-guofeng/`, `${C}10-chen-taiyong/`],
  },
  { kind: 'document', q: '民政部门社会组织领域合作框架协议', relevant: HEZUO_KUANGJIA },
  {
    kind: 'document',
    q: '倡议书',
    // The 成渝 summit series takes its rotation from the initiative (a fact of the series); the
    // 长三角 series names it only in its list of editions.
    relevant: [D, '/conferences/2020-chengyu-shanghui-beibei/', '/series/chengyu-shanghui-hezuo-fenghui/'],
    irrelevant: ['/series/changsanjiao-shehui-zuzhi-dahui/', CHANGSANJIAO, CHENGYU],
  },
  // 苏州市人民政府's page shows the report its bureau released (units rolled up).
  {
    kind: 'document',
    q: '调研报告',
    relevant: [D, O('suzhou-minzhengju'), O('suzhou-renmin-zhengfu')],
    irrelevant: ['/series/changsanjiao-shehui-zuzhi-dahui/', CHANGSANJIAO],
  },
  // The speeches hold the theme only in the headline of the source report they cite.
  // A series' timeline shows each edition's theme (issue 16).
  {
    kind: 'theme',
    q: '促双圈，谋发展，共双赢',
    relevant: [C, '/series/chuanyu-shehui-zuzhi-dahui/'],
    irrelevant: chuanyuSpeechesBut(),
  },
  { kind: 'theme', q: '聚焦产业创新', relevant: [D, '/series/changsanjiao-shehui-zuzhi-dahui/'] },
  {
    kind: 'theme',
    q: '引力湾区',
    relevant: ['/conferences/2023-guangdong-nansha/', '/series/guangdong-shehui-zuzhi-jiaoliu-dahui/'],
  },
  // Pages no longer show Traditional spellings as other names (issue 15): plain Pagefind then matches stray characters.
  {
    kind: 'traditional',
    q: '社會組織戰略合作協議',
    relevant: ZHANLUE_HEZUO,
    irrelevant: [
      CHENGYU,
      '/conferences/2022-dawanqu-nansha/',
      '/conferences/2021-changsanjiao-suzhou/',
      '/series/changsanjiao-shehui-zuzhi-dahui/',
    ],
  },
  { kind: 'traditional', q: '鄉村振興', relevant: XIANGCUN_ZHENXING, irrelevant: XIANGCUN_ZHENXING_NOT },
  {
    kind: 'traditional',
    q: '劉振國',
    relevant: LIU_ZHENGUO,
    irrelevant: [
      `${D}02-xie-xiaojun/`,
      P('wang-zhenyao'),
      P('qiu-zhenyu'),
      '/conferences/2024-dawanqu-nansha/01-wang-zhenyao/',
    ],
  },
  {
    kind: 'traditional',
    q: '蘇州市民政局',
    // the series' timeline names the bureau as a host of the 2023 edition
    relevant: [O('suzhou-minzhengju'), D, O('suzhou-renmin-zhengfu'), '/series/changsanjiao-shehui-zuzhi-dahui/'],
    // other cities' bureaus, and a speaker of the Shanghai bureau
    irrelevant: [
      CHANGSANJIAO,
      O('chongqing-tongnan-minzhengju'),
      O('chongqing-yubei-minzhengju'),
      O('hefei-shushan-minzhengju'),
      O('shanghai-minzhengju'),
      P('xue-hai'),
    ],
  },
  {
    kind: 'traditional',
    q: '長三角民政座談會',
    relevant: MINZHENG_ZUOTANHUI,
    irrelevant: [CHANGSANJIAO, '/conferences/2023-changsanjiao-suzhou/', '/series/changsanjiao-shehui-zuzhi-dahui/'],
  },
  {
    kind: 'traditional',
    q: '重慶大學',
    relevant: [
      O('chongqing-daxue'),
      O('chongqing-daxue-kechuang-zhanlueyuan'),
      P('zhu-caichao'),
      `${C}04-zhu-caichao/`,
      C,
    ],
    irrelevant: [CHENGYU, '/conferences/2023-chengyu-minying-rongchang/'],
  },
  { kind: 'pinyin', q: 'zhoulimin', relevant: ZHOU_LIMIN, irrelevant: [P('zhou-dewen')] },
  { kind: 'pinyin', q: 'zhou limin', relevant: ZHOU_LIMIN, irrelevant: [P('zhou-dewen')] },
  { kind: 'pinyin', q: 'Liú Zhènguó', relevant: LIU_ZHENGUO },
  {
    kind: 'pinyin',
    q: 'xujialiang',
    relevant: XU_JIALIANG,
    irrelevant: [
      '/conferences/2021-chengyu-shanghui-ziyang/04-xu-wanzhong/',
      `${D}05-xu-ning/`,
      '/conferences/2021-chengyu-shanghui-ziyang/06-xu-zhiwen/',
    ],
  },
  { kind: 'pinyin', q: 'zha yingdong', relevant: ZHA_YINGDONG },
  { kind: 'digits', q: '2024川渝', relevant: CHUANYU_2024, irrelevant: [CHENGYU] },
  { kind: 'digits', q: '5A社会组织', relevant: FIVE_A, irrelevant: FIVE_A_NOT },
  {
    kind: 'digits',
    q: '16家',
    // 16 only in a date or a time of day, or 上百家 rather than 16家.
    relevant: [D],
    irrelevant: [
      '/conferences/2023-guangdong-nansha/',
      '/series/guangdong-shehui-zuzhi-jiaoliu-dahui/',
      '/regions/yuegangao/',
      `${D}03-zha-yingdong/`,
      `${D}04-xu-jialiang/`,
      `${D}05-xu-ning/`,
    ],
  },
  { kind: 'digits', q: '2023长三角', relevant: CHANGSANJIAO_2023, irrelevant: [CHANGSANJIAO, H] },
  // With a space, 重庆市 and 民政局 are two words: every 民政局 of 重庆市 answers.
  {
    kind: 'width/space',
    q: '重庆市 民政局',
    relevant: [...CHONGQING_MINZHENGJU, ...CHONGQING_DISTRICT_BUREAUS],
    irrelevant: [CHENGYU],
  },
  { kind: 'width/space', q: '５Ａ社会组织', relevant: FIVE_A, irrelevant: FIVE_A_NOT },
  {
    kind: 'words apart',
    q: '南沙养老',
    relevant: ['/conferences/2024-dawanqu-nansha/', O('guangzhou-nansha-minzhengju')],
  },
  // 四川省养老服务中心 is an elderly-care centre, not an association; it holds 协会 only in its officer's speech title.
  {
    kind: 'words apart',
    q: '养老协会',
    relevant: YANGLAO_XIEHUI,
    irrelevant: [O('sichuan-yanglao-fuwu-zhongxin'), CHENGYU],
  },
  { kind: 'absent', q: '冰雪运动', none: true },
  { kind: 'absent', q: '元宇宙', none: true },
  { kind: 'absent', q: '足球比赛', none: true },
  { kind: 'absent', q: '周利民 量子计算', none: true },
  { kind: 'absent', q: '人工智能', none: true },
];

const dir = siteDir(SITES.real);

interface Score {
  /** Mean recall@5 over the queries with answers. */
  recall: number;
  relevant: number;
  returned: number;
  absentHits: number;
  /** Returned pages no label judges: they count as not relevant until someone labels them. */
  unjudged: string[];
  /** Per query: relevant pages missing from the top 5 (when fewer than five were found), irrelevant results. */
  notes: string[];
}

function score(results: Map<string, string[]>, cases: readonly Case[] = CASES): Score {
  let recallSum = 0;
  let recallN = 0;
  let relevant = 0;
  let returned = 0;
  let absentHits = 0;
  const unjudged: string[] = [];
  const notes: string[] = [];
  for (const c of cases) {
    const top = (results.get(c.q) ?? []).slice(0, 5);
    if (c.none) {
      absentHits += top.length;
      if (top.length) notes.push(`${c.q}: ${top.length} results for absent words`);
      continue;
    }
    const good = new Set(c.relevant ?? []);
    const bad = new Set(c.irrelevant ?? []);
    const hits = top.filter((u) => good.has(u));
    const wanted = Math.min(good.size, 5);
    recallSum += hits.length / wanted;
    recallN += 1;
    relevant += hits.length;
    returned += top.length;
    for (const u of top) if (!good.has(u) && !bad.has(u)) unjudged.push(`${c.q}: ${u}`);
    const wrong = top.filter((u) => bad.has(u));
    const missing = hits.length < wanted ? [...good].filter((u) => !top.includes(u)) : [];
    if (missing.length || wrong.length) {
      notes.push(
        `${c.q}: ${hits.length}/${wanted} relevant in the top 5` +
          (wrong.length ? `; not relevant: ${wrong.join(' ')}` : '') +
          (missing.length && hits.length < wanted
            ? `; missing ${missing.length === good.size ? 'all of ' : 'e.g. '}${missing.slice(0, 3).join(' ')}`
            : ''),
      );
    }
  }
  return { recall: recallN ? recallSum / recallN : 1, relevant, returned, absentHits, unjudged, notes };
}

/**
 * Plain Pagefind over exactly the pages Yilu indexes (conference, speech, person,
 * organization, series and region pages), each read from the built site with its defaults:
 * the content of <main>, its own Chinese segmentation.
 */
async function buildPlainIndex(out: string): Promise<void> {
  const { index } = await pagefind.createIndex({ rootSelector: 'main' });
  for (const doc of searchDocuments(readArchive(contentRoot()))) {
    const { errors } = await index!.addHTMLFile({
      url: doc.path,
      content: fs.readFileSync(path.join(dir, doc.path, 'index.html'), 'utf8'),
    });
    if (errors.length) throw new Error(`plain Pagefind refused ${doc.path}: ${errors.join('; ')}`);
  }
  const { files } = await index!.getFiles();
  for (const f of files) {
    fs.mkdirSync(path.dirname(path.join(out, f.path)), { recursive: true });
    fs.writeFileSync(path.join(out, f.path), f.content);
  }
  await pagefind.close();
}

describe('relevance labels', () => {
  it('cover at least 40 queries of every kind, each page judged one way only', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CASES.map((c) => c.kind)).size).toBe(12);
    for (const c of CASES) {
      if (c.none) {
        expect(c.relevant, c.q).toBeUndefined();
        continue;
      }
      expect(c.relevant?.length, c.q).toBeGreaterThan(0);
      const both = (c.relevant ?? []).filter((u) => c.irrelevant?.includes(u));
      expect(both, c.q).toEqual([]);
      expect(new Set(c.relevant).size, `${c.q}: a page listed twice`).toBe(c.relevant!.length);
    }
  });
  it('name pages that exist in the real archive', () => {
    const paths = new Set(searchDocuments(readArchive(contentRoot())).map((d) => d.path));
    const unknown = CASES.flatMap((c) =>
      [...(c.relevant ?? []), ...(c.irrelevant ?? [])].filter((u) => !paths.has(u)).map((u) => `${c.q}: ${u}`),
    );
    expect(unknown).toEqual([]);
  });
});

describe.skipIf(!hasBrowser)('search quality on the real archive', () => {
  let browser: Browser;
  let site: Served;
  const plainDir = path.join(dir, `pagefind-plain-${process.pid}`);
  const yilu = new Map<string, string[]>();
  const plain = new Map<string, string[]>();

  beforeAll(async () => {
    fs.rmSync(plainDir, { recursive: true, force: true });
    await buildPlainIndex(plainDir);
    site = await serve(dir, '/');
    browser = await launch();
    const bundle = searchBundle(dir);
    const page: Page = await browser.newPage();
    await page.goto(site.url('/'));
    for (const c of CASES) {
      const hits = await engineSearch(page, bundle, c.q);
      yilu.set(
        c.q,
        hits.map((h) => new URL(h.url, site.origin).pathname),
      );
    }
    const plainPage: Page = await browser.newPage();
    await plainPage.goto(site.url('/'));
    for (const c of CASES) {
      const urls = (await plainPage.evaluate(`(async () => {
        const pf = await import('/${path.basename(plainDir)}/pagefind.js');
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
    fs.rmSync(plainDir, { recursive: true, force: true });
  });

  it('every page either engine returns in its top 5 carries a hand label', () => {
    const y = score(yilu);
    const p = score(plain);
    expect(
      { yilu: y.unjudged, plain: p.unjudged },
      'label these pages by hand in CASES (relevant or irrelevant)',
    ).toEqual({ yilu: [], plain: [] });
  });

  it('scores both engines against the labels; Yilu finds at least as much, more precisely, and nothing for absent words', () => {
    const y = score(yilu);
    const p = score(plain);
    const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
    const precision = (s: Score) => `${pct(s.relevant / Math.max(s.returned, 1))} (${s.relevant}/${s.returned})`;
    const table = [
      '| engine | recall@5 | precision of top-5 results | results for absent words |',
      '| --- | --- | --- | --- |',
      `| Yilu (bigrams, T→S, verified) | ${y.recall.toFixed(3)} | ${precision(y)} | ${y.absentHits} |`,
      `| plain Pagefind 1.6.0 defaults | ${p.recall.toFixed(3)} | ${precision(p)} | ${p.absentHits} |`,
    ].join('\n');
    const kinds = [...new Set(CASES.map((c) => c.kind))];
    const byKind = kinds.map((kind) => {
      const keep = CASES.filter((c) => c.kind === kind);
      const a = score(yilu, keep);
      const b = score(plain, keep);
      const cell = (r: Score) =>
        kind === 'absent'
          ? `${r.absentHits} results`
          : `${r.recall.toFixed(2)} · ${pct(r.relevant / Math.max(r.returned, 1))}`;
      return `| ${kind} | ${keep.length} | ${cell(a)} | ${cell(b)} |`;
    });
    const list = (xs: string[]) => (xs.length ? xs.map((m) => `- ${m}`).join('\n') : '- none');
    const report = [
      table,
      '',
      'By kind of query (recall@5 · precision, or results returned for absent words):',
      '',
      '| kind | queries | Yilu | plain Pagefind |',
      '| --- | --- | --- | --- |',
      ...byKind,
      '',
      'Where Yilu falls short of the labels:',
      list(y.notes),
      '',
      'Where plain Pagefind falls short:',
      list(p.notes),
      '',
    ].join('\n');
    console.log(`\nSearch quality (${CASES.length} queries, real archive, hand-labelled):\n${report}`);
    if (process.env.YILU_WRITE_DOCS) {
      const doc = path.join(ROOT, 'docs/search.md');
      const text = fs.readFileSync(doc, 'utf8');
      fs.writeFileSync(
        doc,
        text.replace(
          /<!-- quality:start -->[\s\S]*<!-- quality:end -->/,
          `<!-- quality:start -->\nMeasured by tests/site/search-quality.test.ts (${CASES.length} queries, relevance labelled by hand; \`YILU_WRITE_DOCS=1 npm test\` rewrites this section):\n\n${report}<!-- quality:end -->`,
        ),
      );
    }
    expect(y.absentHits).toBe(0);
    expect(y.recall).toBeGreaterThanOrEqual(p.recall);
    expect(y.relevant / y.returned).toBeGreaterThanOrEqual(p.relevant / p.returned);
    // Every query with answers gets a relevant first result.
    const firstWrong = CASES.filter((c) => !c.none && !(c.relevant ?? []).includes(yilu.get(c.q)?.[0] ?? '')).map(
      (c) => `${c.q}: ${yilu.get(c.q)?.[0]}`,
    );
    expect(firstWrong).toEqual([]);
  });
});
