/**
 * The draft the importer builds, in this process (mutation testing sees it here; import-cli.test.ts
 * runs the CLI in a child process): every file of one draft written out in full, the records
 * reused from the fixture archive, and the placeholder dates. Fixture reports are invented
 * (tests/fixtures/import/).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyArchive, readArchive } from '../../src/lib/import/archive.ts';
import { buildDraft, draftDates, guessOrganizationType } from '../../src/lib/import/draft/index.ts';
import { seriesAndRegions, seriesBase } from '../../src/lib/import/draft/series.ts';
import { mdx, yamlText } from '../../src/lib/import/draft/text.ts';
import type { Facts, PersonFact } from '../../src/lib/import/facts/types.ts';
import { noFacts } from '../../src/lib/import/extract.ts';
import { importReport } from '../../src/lib/import/index.ts';
import { repoRoot } from '../support/cli.ts';

/** A speaker the report names with a position, as extractFacts gives one. */
const speaker = (name: string, position: string): PersonFact => ({
  name,
  position,
  role: '发言',
  roleStated: true,
  kind: '交流发言',
  kindStated: true,
  known: true,
  from: '',
});

const FIXTURE_ARCHIVE = path.join(repoRoot, 'tests/fixtures/archive');
const draftOf = (name: string, slug?: string) =>
  importReport(
    fs.readFileSync(path.join(repoRoot, 'tests/fixtures/import', name)),
    readArchive(FIXTURE_ARCHIVE),
    slug ? { slug } : {},
  ).draft;

describe('a report of a conference the archive does not have (gb18030.txt)', () => {
  it('drafts these files, word for word: the conference, its speeches, and new region, series, people and organizations', () => {
    const draft = draftOf('gb18030.txt');
    expect(draft.slug).toBe('2025-qiangui-guiyang');
    expect(draft.reused).toEqual({ people: [], organizations: [], series: undefined, regions: [] });
    expect(draft.files.map((f) => [f.path, f.record, f.text])).toEqual([
      [
        'conferences/2025-qiangui-guiyang/index.mdx',
        false,
        `---
title: 2025年黔桂社会组织合作发展大会
shortTitle: 2025黔桂社会组织合作发展大会
series: qiangui-shehui-zuzhi-hezuo-fazhan
startDate: 2025-06-12
city: 贵阳市
regions:
  - guiyang
theme: 协作共赢 服务基层
summary: TODO：用自己的话写一两句话概括会议
organizers:
  - guizhou-minzhengting
  - guangxi-zhuangzu-minzhengting
hosts:
  - guiyang-shehui-zuzhi-lianhehui
sessions:
  - id: remarks
    name: 讲话
    kind: 其他
    order: 1
  - id: exchange
    name: 交流发言
    kind: 交流发言
    order: 2
outcomes:
  - kind: agreement
    title: 黔桂社会组织合作框架协议
sources:
  - outlet: 黔南晚报
    headline: 黔桂携手谱新篇 社会组织合作发展大会召开
    published: 2025-06-12 18:20
    reporters:
      - 白露
      - 田川
    editors:
      - 苗青
    photoCredits: []
draft: true
---

{/* 由 npm run import 从新闻报道生成的草稿。事实清单供编辑核对；发布前用自己的话写概述，删除清单、待办和 draft: true。 */}

## 待办

- TODO：city：报道写作“筑”，已写成“贵阳市”，请核对
- TODO：series：档案中没有匹配的系列，已新建 series/qiangui-shehui-zuzhi-hezuo-fazhan.yaml，请核对或改用已有系列
- TODO：speeches：发言顺序按报道叙述顺序，核对实际议程顺序
- TODO：sessions：环节由导入按发言类型归并而成，核对名称、顺序，并与报道或议程对照
- TODO：outcomes：核对每份文件的签署方或发布方（parties、partiesNote）和所属环节
- TODO：shortTitle：写一个用于列表和导航的简称
- TODO：正文：核对下面的事实清单后，用自己的话写会议概述，再删除清单和所有 TODO，最后删除 draft: true

## 从报道中读到的事实

- 报道：《黔桂携手谱新篇 社会组织合作发展大会召开》，黔南晚报，2025-06-12 18:20，记者 白露、田川
- 会议名称：2025年黔桂社会组织合作发展大会
- 日期：2025-06-12；城市：贵阳市，报道写作“筑”
- 主题：协作共赢 服务基层
- 主办：贵州省民政厅、广西壮族自治区民政厅
- 承办：贵阳市社会组织联合会
- 发言（按报道叙述顺序，共 3 篇）：
  1. 贵州省民政厅副厅长 吴文华（wu-wenhua），讲话（类型为推测）
  2. 广西壮族自治区民政厅社会组织管理局局长、一级调研员 黄丽萍（huang-liping），讲话（类型为推测）
  3. 黔桂企业家协会会长兼秘书长 杨帆（yang-fan），题为《携手共建西南协作新格局》，交流发言
- 文件：《黔桂社会组织合作框架协议》（签署）
`,
      ],
      [
        'conferences/2025-qiangui-guiyang/speeches/01-wu-wenhua.md',
        false,
        `---
# TODO: 核对姓名“吴文华”与时任职务“贵州省民政厅副厅长”的分界（按职务词自动拆分）
# TODO: 核对发言类型（报道未明说，暂定“讲话”）与所属环节
session: remarks
order: 1
kind: 讲话
speakers:
  - person: wu-wenhua
    position: 贵州省民政厅副厅长
    affiliations:
      - organization: guizhou-minzhengting
        role: 副厅长
draft: true
---

TODO：核对报道后，用自己的话写一两句摘要（summary）和几条发言要点，不要照抄报道原文。
`,
      ],
      [
        'conferences/2025-qiangui-guiyang/speeches/02-huang-liping.md',
        false,
        `---
# TODO: 核对姓名“黄丽萍”与时任职务“广西壮族自治区民政厅社会组织管理局局长、一级调研员”的分界（按职务词自动拆分）
# TODO: 核对发言类型（报道未明说，暂定“讲话”）与所属环节
session: remarks
order: 2
kind: 讲话
speakers:
  - person: huang-liping
    position: 广西壮族自治区民政厅社会组织管理局局长、一级调研员
    affiliations:
      - organization: guangxi-zhuangzu-minzhengting-shehui-zuzhi-guanliju
        role: 局长、一级调研员
draft: true
---

TODO：核对报道后，用自己的话写一两句摘要（summary）和几条发言要点，不要照抄报道原文。
`,
      ],
      [
        'conferences/2025-qiangui-guiyang/speeches/03-yang-fan.md',
        false,
        `---
# TODO: 核对姓名“杨帆”与时任职务“黔桂企业家协会会长兼秘书长”的分界（按职务词自动拆分）
session: exchange
order: 3
kind: 交流发言
title: 携手共建西南协作新格局
speakers:
  - person: yang-fan
    position: 黔桂企业家协会会长兼秘书长
    affiliations:
      - organization: qiangui-qiyejia-xiehui
        role: 会长兼秘书长
draft: true
---

TODO：核对报道后，用自己的话写一两句摘要（summary）和几条发言要点，不要照抄报道原文。
`,
      ],
      [
        'regions/guiyang.yaml',
        true,
        `# TODO: 档案中没有与“贵阳市”对应的区域，导入时新建；核对区域名称和组成部分，或改用已有区域
name: 贵阳市
members:
  - 贵阳市
description: TODO：用自己的话写区域简介
`,
      ],
      [
        'series/qiangui-shehui-zuzhi-hezuo-fazhan.yaml',
        true,
        `# TODO: 新建的系列（导入自动生成）：核对名称，用自己的话写简介，补充简称和别称
name: 黔桂社会组织合作发展大会
regions:
  - guiyang
description: TODO：用自己的话写系列简介：由谁发起、多久举办一次、各届在哪里举办
`,
      ],
      [
        'people/wu-wenhua.yaml',
        true,
        `# TODO: 新建的人物（导入自动生成）：核对姓名和拼音；同名者请写 note 区分
name: 吴文华
pinyin: Wú Wénhuá
`,
      ],
      [
        'people/huang-liping.yaml',
        true,
        `# TODO: 新建的人物（导入自动生成）：核对姓名和拼音；同名者请写 note 区分
name: 黄丽萍
pinyin: Huáng Lìpíng
`,
      ],
      [
        'people/yang-fan.yaml',
        true,
        `# TODO: 新建的人物（导入自动生成）：核对姓名和拼音；同名者请写 note 区分
name: 杨帆
pinyin: Yáng Fān
`,
      ],
      [
        'organizations/guizhou-minzhengting.yaml',
        true,
        `# TODO: 新建的机构（导入自动生成）：核对全称、类型（暂定 government：党政机关）、上级机构和所在地
name: 贵州省民政厅
type: government
`,
      ],
      [
        'organizations/guangxi-zhuangzu-minzhengting.yaml',
        true,
        `# TODO: 新建的机构（导入自动生成）：核对全称、类型（暂定 government：党政机关）、上级机构和所在地
name: 广西壮族自治区民政厅
type: government
`,
      ],
      [
        'organizations/guiyang-shehui-zuzhi-lianhehui.yaml',
        true,
        `# TODO: 新建的机构（导入自动生成）：核对全称、类型（暂定 federation：联合会）、上级机构和所在地
name: 贵阳市社会组织联合会
type: federation
`,
      ],
      [
        'organizations/guangxi-zhuangzu-minzhengting-shehui-zuzhi-guanliju.yaml',
        true,
        `# TODO: 新建的机构（导入自动生成）：核对全称（从讲者职务中读出）、类型（暂定 government：党政机关）、上级机构和所在地
name: 广西壮族自治区民政厅社会组织管理局
type: government
`,
      ],
      [
        'organizations/qiangui-qiyejia-xiehui.yaml',
        true,
        `# TODO: 新建的机构（导入自动生成）：核对全称（从讲者职务中读出）、类型（暂定 association：协会）、上级机构和所在地
name: 黔桂企业家协会
type: association
`,
      ],
    ]);
  });
});

describe('reports of a series the archive has', () => {
  it('reuses the series, its region, people and organizations, and creates only the others (traditional-pinyin.txt)', () => {
    const draft = draftOf('traditional-pinyin.txt', '2025-xiling');
    expect(draft.reused).toEqual({
      people: ['lin-haiyan', 'chen-siyuan'],
      organizations: [
        'qingchuan-minzhengting',
        'baijiang-gongyi-lianhehui',
        'baijiang-daxue-gonggong-guanli-xueyuan',
        'xiling-shequ-jijinhui',
      ],
      series: 'xiling-gongyi-luntan',
      regions: ['xiling'],
    });
    expect(draft.files.map((f) => f.path)).toEqual([
      'conferences/2025-xiling/index.mdx',
      'conferences/2025-xiling/speeches/01-lin-haiyan.md',
      'conferences/2025-xiling/speeches/02-zhou-mingde.md',
      'conferences/2025-xiling/speeches/03-chen-siyuan.md',
      'conferences/2025-xiling/speeches/04-gu-wentao.md',
      'people/zhou-mingde.yaml',
      'people/gu-wentao.yaml',
      'organizations/baijiang-renmin-zhengfu.yaml',
    ]);
    const conference = draft.files[0]!.text;
    expect(conference).toContain('city: TODO：举办城市\nregions:\n  - xiling\n');
    expect(conference).toContain(
      '  - id: forum-3\n    name: 社区养老分论坛\n    kind: 平行论坛\n    order: 3\n    status: announced\n',
    );
    expect(conference).toContain('- 其他环节：社区养老分论坛（报道说将举行）、青少年服务分论坛（报道说将举行）\n');
    expect(conference).toContain('- 文件：《西岭社区公益合作倡议书》（共同发布）\n');
    expect(draft.todos[0]).toBe('city：报道没有写举办地，请补充');
    expect(draft.files[1]!.text).toMatch(/^---\n# 已有人物记录 lin-haiyan，核对是否同一人\nsession: opening\n/);
  });
  it('names the namesakes it chose between, and the district of the city (page.html)', () => {
    const draft = draftOf('page.html');
    expect(draft.slug).toBe('2024-donghai-lanshan');
    expect(draft.reused).toEqual({
      people: ['sun-yue', 'wang-qiang-2'],
      organizations: ['lanshan-yanglao-xiehui', 'donghai-shanghui'],
      series: 'donghai-nianhui',
      regions: ['donghai'],
    });
    expect(draft.files.find((f) => f.path.endsWith('/02-wang-qiang-2.md'))?.text).toContain(
      '# TODO: 档案中有 2 位“王强”（wang-qiang-2、wang-qiang），暂选 wang-qiang-2，核对是哪一位\n',
    );
    expect(draft.todos[0]).toBe('city：报道写作“蓝山”，已写成“永州市”（蓝山县），请核对');
    expect(draft.files[0]!.text).toContain('- 日期：2024-09-02；城市：永州市（蓝山县），报道写作“蓝山”\n');
  });
});

describe('presiders, attendees, and a report with no speech', () => {
  it('puts the presider on the first session and lists attendees without records (portal-traditional.txt)', () => {
    const draft = draftOf('portal-traditional.txt');
    const conference = draft.files[0]!.text;
    expect(conference).toContain('edition: 2\n');
    expect(conference).toContain(
      '  - id: opening\n    name: 开幕式\n    kind: 开幕式\n    order: 1\n    presiders:\n      - person: fang-zhiming\n        position: 白江市民政局局长\n  - id: keynotes\n',
    );
    expect(conference).toContain('- 主持：白江市民政局局长 方志明（fang-zhiming）\n');
    expect(conference).toContain(
      '- 出席及其他与会者（不会发布）：白江市慈善总会副会长 周晓光（出席）、白江市民政局副局长 吴晓东（出席）\n',
    );
    expect(draft.todos).toContain('sessions[0].presiders：主持人暂记在第一个环节“开幕式”，核对主持的是哪个环节');
    expect(draft.todos).toContain('出席者：档案的会议记录暂无出席者字段，正文清单中列出的出席者供核对，不会发布');
    expect(draft.files.map((f) => f.path).filter((p) => p.startsWith('people/'))).toEqual([
      'people/huang-yiming.yaml',
      'people/liu-haibo.yaml',
      'people/he-jing.yaml',
      'people/liang-wenbo.yaml',
      'people/fang-zhiming.yaml',
    ]);
  });
  it('gives a report with one attendee and no speech a single session, and says what it did not read', () => {
    const { draft } = importReport(
      new TextEncoder().encode('2024年5月6日，第一届西岭志愿服务交流会在白江市举行，白江市志愿者协会会长罗晓出席。'),
      readArchive(FIXTURE_ARCHIVE),
    );
    expect(draft.files.map((f) => f.path)).toEqual([
      'conferences/2024-xiling/index.mdx',
      'series/xiling-zhiyuan-fuwu-jiaoliuhui.yaml',
    ]);
    expect(draft.todos).toEqual([
      'sources[0].published：页面上没有发布时间，网址中也没有日期；暂填 2024-05-06 00:00，请核对',
      'organizers：报道中没有读到主办单位，请补充',
      'city：报道没有写举办地，请补充',
      'sources[0].outlet：页面没有写来源，也没有网址，请补充',
      'sources[0].headline：没有读到报道标题，请补充',
      'series：档案中没有匹配的系列，已新建 series/xiling-zhiyuan-fuwu-jiaoliuhui.yaml，请核对或改用已有系列',
      'sessions：报道中没有读到议程环节和发言，请按议程补充',
      '出席者：档案的会议记录暂无出席者字段，正文清单中列出的出席者供核对，不会发布',
      'shortTitle：写一个用于列表和导航的简称',
      '正文：核对下面的事实清单后，用自己的话写会议概述，再删除清单和所有 TODO，最后删除 draft: true',
    ]);
    const conference = draft.files[0]!.text;
    expect(conference).toContain(
      'sessions:\n  - id: main\n    name: 大会\n    kind: 其他\n    order: 1\noutcomes: []\n',
    );
    expect(conference).toContain('    published: 2024-05-06 00:00 # TODO：占位时间，没有读到发布时间\n');
    expect(conference).toContain(
      [
        '- 报道：《标题未读到》，媒体未知，发布时间未知',
        '- 会议名称：第一届西岭志愿服务交流会（第 1 届）',
        '- 日期：2024-05-06；城市：未读到',
        '- 主题：未读到',
        '- 主办：未读到',
        '- 承办：未读到',
        '- 发言（按报道叙述顺序，共 0 篇）：未读到',
        '- 出席及其他与会者（不会发布）：白江市志愿者协会会长 罗晓（出席）',
        '- 文件：未读到',
      ].join('\n'),
    );
  });
});

describe('the draft of facts written by hand, against a small archive', () => {
  // Two namesakes told apart by their notes; ids already taken by other records.
  const archive = () => {
    const a = emptyArchive();
    a.people.push(
      // Names an organization too, but not one the position names; and 白江, too short to count.
      { id: 'zhang-wei', names: ['张伟'], note: '东海商会会员，老家白江' },
      { id: 'zhang-wei-2', names: ['张伟'], note: '白江大学的张伟' },
    );
    a.taken.people.add('zhang-wei').add('zhang-wei-2');
    a.organizations.push(
      { id: 'baijiang-daxue', name: '白江大学', names: ['白江大学', '白江'] },
      { id: 'donghai-shanghui', name: '东海商会', names: ['东海商会'] },
      { id: 'baijiang-shanghui', name: '白江市工商业联合会', names: ['白江市工商业联合会'] },
    );
    a.taken.organizations.add('baijiang-daxue').add('baijiang-shanghui').add('donghai-shanghui');
    return a;
  };
  const facts: Facts = {
    headline: '白江公益论坛举行',
    outlet: '白江日报',
    published: '2024-05-07 09:00',
    url: 'https://example.org/a.html',
    reporters: [],
    title: '2024白江公益论坛',
    edition: 3,
    theme: '公益同行',
    startDate: '2024-05-06',
    endDate: '2024-05-07',
    organizers: ['白江大学'],
    hosts: ['白江商会'],
    coOrganizers: ['白江市商会'],
    supporters: ['白江大学'],
    people: [
      speaker('张伟', '白江大学教授'),
      speaker('李娜', '白江商会秘书长'),
      speaker('李纳', '白江市商会会长'),
      speaker('李娜', '白江商会秘书长'),
    ],
    documents: [],
    parallelSessions: [],
    evidence: [],
    todos: [],
  };
  const draft = () =>
    buildDraft(facts, { editors: [], photoCredits: [], notes: ['原文为繁体', '已去掉拼音'] }, archive());

  it('picks the namesake whose note names an organization of the position, and reuses each record once', () => {
    const d = draft();
    expect(d.reused).toEqual({
      people: ['zhang-wei-2'],
      organizations: ['baijiang-daxue'],
      series: undefined,
      regions: [],
    });
    expect(d.files[1]!.text).toContain(
      '# TODO: 档案中有 2 位“张伟”（zhang-wei、zhang-wei-2），暂选 zhang-wei-2，核对是哪一位\n',
    );
  });
  it('gives new records ids no other record has, and one record to a name however often it speaks', () => {
    expect(draft().files.map((f) => f.path)).toEqual([
      'conferences/2024-baijiang/index.mdx',
      'conferences/2024-baijiang/speeches/01-zhang-wei-2.md',
      'conferences/2024-baijiang/speeches/02-li-na.md',
      'conferences/2024-baijiang/speeches/03-li-na-2.md',
      'conferences/2024-baijiang/speeches/04-li-na.md',
      'regions/weizhi-diqu.yaml',
      'series/baijiang-gongyi-luntan.yaml',
      'people/li-na.yaml',
      'people/li-na-2.yaml',
      'organizations/baijiang-shanghui-2.yaml',
      'organizations/baijiang-shanghui-3.yaml',
    ]);
  });
  it('writes every field the facts give, and lists them for the editor', () => {
    const conference = draft().files[0]!.text;
    expect(conference).toContain('edition: 3\nstartDate: 2024-05-06\nendDate: 2024-05-07\n');
    expect(conference).toContain(
      'organizers:\n  - baijiang-daxue\nhosts:\n  - baijiang-shanghui-2\ncoOrganizers:\n  - baijiang-shanghui-3\nsupporters:\n  - baijiang-daxue\n',
    );
    expect(conference).toContain('    url: https://example.org/a.html\n    published: 2024-05-07 09:00\n');
    expect(conference).toContain('    note: 原文为繁体；已去掉拼音\n');
    expect(conference).toContain(
      [
        '- 报道：《白江公益论坛举行》，白江日报，2024-05-07 09:00',
        '- 会议名称：2024白江公益论坛（第 3 届）',
        '- 日期：2024-05-06 至 2024-05-07；城市：未读到',
        '- 主题：公益同行',
        '- 主办：白江大学',
        '- 承办：白江商会',
        '- 协办：白江市商会',
        '- 指导：白江大学',
        '- 发言（按报道叙述顺序，共 4 篇）：',
        '  1. 白江大学教授 张伟（zhang-wei-2），交流发言',
      ].join('\n'),
    );
  });
});

describe('organizations in positions', () => {
  it('reads a known organization out of a position even when its name does not end like one', () => {
    const a = emptyArchive();
    a.organizations.push({ id: 'xiling-gongyi-huoban', name: '西岭公益伙伴', names: ['西岭公益伙伴'] });
    a.taken.organizations.add('xiling-gongyi-huoban');
    const facts = {
      title: '2024西岭公益论坛',
      startDate: '2024-05-06',
      reporters: [],
      organizers: [],
      hosts: [],
      coOrganizers: [],
      supporters: [],
      people: [speaker('王芳', '西岭公益伙伴理事长')],
      documents: [],
      parallelSessions: [],
      evidence: [],
      todos: [],
    } satisfies Facts;
    const draft = buildDraft(facts, { editors: [], photoCredits: [], notes: [] }, a);
    expect(draft.files[1]!.text).toContain(
      'affiliations:\n      - organization: xiling-gongyi-huoban\n        role: 理事长\n',
    );
    expect(draft.reused.organizations).toEqual(['xiling-gongyi-huoban']);
  });
  it('guesses a type from the name, a bracket at its end set aside but not one inside it', () => {
    expect(guessOrganizationType('白江市志愿者协会（筹）')).toBe('association');
    expect(guessOrganizationType('蓝山（社工）服务站')).toBe('social-service');
  });
});

describe('series and regions', () => {
  it('takes the series name from the title without a leading year, edition, brackets, quotes and what follows 暨', () => {
    expect(seriesBase('2023长三角社会组织协同发展（苏州）大会暨第二届论坛')).toBe('长三角社会组织协同发展大会');
    expect(seriesBase('2024白江公益论坛')).toBe('白江公益论坛');
    expect(seriesBase('2024年度白江公益论坛')).toBe('白江公益论坛');
    expect(seriesBase('第十二届“西岭”公益论坛(白江市)')).toBe('西岭公益论坛');
    expect(seriesBase('首届西岭论坛')).toBe('西岭论坛');
    // Only at the start: a year or an edition inside the name stays.
    expect(seriesBase('西岭第二届公益论坛')).toBe('西岭第二届公益论坛');
    expect(seriesBase('白江2024公益论坛')).toBe('白江2024公益论坛');
  });
  it('puts a new series in the region the title, the city or the organizers point to', () => {
    const a = emptyArchive();
    a.regions.push(
      { id: 'donghai', name: '东海市', members: ['东海市'] },
      { id: 'xiling', name: '西岭地区', shortName: '西岭', members: ['白江市', '蓝山县'] },
    );
    const regions = (title: string, more: Partial<Facts>) =>
      seriesAndRegions({ organizers: [], hosts: [], ...more } as Facts, title, a).regions;
    const place = (city: string) => ({ place: { city, code: '0', written: city } });
    expect(regions('2024西岭公益论坛', {})).toEqual(['xiling']);
    expect(regions('2024公益论坛', place('东海市'))).toEqual(['donghai']);
    expect(regions('2024公益论坛', { organizers: ['白江市民政局'] })).toEqual(['xiling']);
    // The title's region name outweighs the city.
    expect(regions('2024东海市公益论坛', place('白江市'))).toEqual(['donghai']);
    expect(regions('2024西岭地区公益论坛', place('东海市'))).toEqual(['xiling']);
  });
});

describe('text in the body of a draft', () => {
  it('writes braces and angle brackets as full-width characters, which MDX reads as text', () => {
    expect(mdx('《{白江}<公益>报告》')).toBe('《｛白江｝＜公益＞报告》');
  });
});

describe('dates a report does not give', () => {
  const facts = (more: Partial<Facts>) => ({ todos: [], ...more }) as unknown as Facts;
  it('takes the publication day for a missing start date, and says so', () => {
    expect(draftDates(facts({ published: '2024-05-06 08:00' }))).toEqual({
      startDate: '2024-05-06',
      published: '2024-05-06 08:00',
      todos: ['startDate：报道中没有会议日期；暂填 2024-05-06（发布日期，会议应在此前后），请核对'],
    });
  });
  it('never the day of the import: a placeholder date, with the reason the reading gave', () => {
    expect(
      draftDates(
        facts({
          todos: [
            { field: 'startDate', why: '只写了“近日”' },
            { field: 'sources[0].published', why: '页面没有时间' },
          ],
        } as Partial<Facts>),
      ),
    ).toEqual({
      startDate: '1900-01-01',
      published: '1900-01-01 00:00',
      todos: [
        'startDate：只写了“近日”；暂填 1900-01-01（占位日期），请核对',
        'sources[0].published：页面没有时间；暂填 1900-01-01 00:00，请核对',
      ],
    });
    expect(draftDates(facts({ startDate: '2023-03-04' })).todos).toEqual([
      'sources[0].published：没有读到发布时间；暂填 2023-03-04 00:00，请核对',
    ]);
  });
  it('adds the time 00:00 to a publication day without one', () => {
    expect(draftDates(facts({ startDate: '2023-03-04', published: '2023-03-05' }))).toEqual({
      startDate: '2023-03-04',
      published: '2023-03-05 00:00',
      todos: ['sources[0].published：只读到发布日期，时刻暂填 00:00，请核对'],
    });
  });
});

describe('what a draft asks the editor to check', () => {
  const none: Facts = {
    ...noFacts(),
    startDate: '2024-05-06',
    published: '2024-05-06 10:00',
  };
  const source = { editors: [], photoCredits: [], notes: [] };
  const facts = (text: string) => text.split('## 从报道中读到的事实\n\n')[1];
  it('no title, organizer, city or outlet, with no reason given; documents and other parts of the programme', () => {
    const d = buildDraft(
      {
        ...none,
        headline: '白江公益论坛举行',
        documents: [
          { title: '白江公益倡议书', kind: 'initiative', verb: '发布' },
          { title: '白江合作协议', kind: 'agreement' },
        ],
        parallelSessions: [
          { name: '青年分论坛', kind: '平行论坛', status: 'announced' },
          { name: '养老分论坛', kind: '平行论坛', status: 'held' },
        ],
      },
      source,
      emptyArchive(),
    );
    expect(d.todos).toEqual([
      'title：报道中没有读到会议全称，暂用报道标题，请改为会议的正式名称',
      'organizers：报道中没有读到主办单位，请补充',
      'city：没有读到举办地，请补充',
      'sources[0].outlet：没有读到发布媒体，请补充',
      'series：档案中没有匹配的系列，已新建 series/baijiang-gongyi-luntan-juxing.yaml，请核对或改用已有系列',
      'sessions：环节由导入按发言类型归并而成，核对名称、顺序，并与报道或议程对照',
      'outcomes：核对每份文件的签署方或发布方（parties、partiesNote）和所属环节',
      'shortTitle：写一个用于列表和导航的简称',
      '正文：核对下面的事实清单后，用自己的话写会议概述，再删除清单和所有 TODO，最后删除 draft: true',
    ]);
    expect(facts(d.files[0]!.text)).toBe(
      [
        '- 报道：《白江公益论坛举行》，媒体未知，2024-05-06 10:00',
        '- 会议名称：白江公益论坛举行',
        '- 日期：2024-05-06；城市：未读到',
        '- 主题：未读到',
        '- 主办：未读到',
        '- 承办：未读到',
        '- 发言（按报道叙述顺序，共 0 篇）：未读到',
        '- 文件：《白江公益倡议书》（发布）、《白江合作协议》',
        '- 其他环节：青年分论坛（报道说将举行）、养老分论坛',
        '',
      ].join('\n'),
    );
  });
  it('a city written otherwise in the report, with or without its district, and one written as it is', () => {
    const at = (place: Facts['place']) =>
      buildDraft(
        {
          ...none,
          title: '2024白江公益论坛',
          headline: '白江公益论坛举行',
          outlet: '白江日报',
          organizers: ['白江市慈善总会'],
          place,
        },
        source,
        emptyArchive(),
      );
    const district = at({ city: '白江市', district: '青川区', code: '000000', written: '白江青川' });
    expect(district.todos[0]).toBe('city：报道写作“白江青川”，已写成“白江市”（青川区），请核对');
    expect(facts(district.files[0]!.text)).toContain(
      '- 日期：2024-05-06；城市：白江市（青川区），报道写作“白江青川”\n',
    );
    const short = at({ city: '白江市', code: '000000', written: '白江' });
    expect(short.todos[0]).toBe('city：报道写作“白江”，已写成“白江市”，请核对');
    expect(facts(short.files[0]!.text)).toContain('- 日期：2024-05-06；城市：白江市，报道写作“白江”\n');
    const same = at({ city: '白江市', code: '000000', written: '白江市' });
    expect(same.todos.filter((t) => t.startsWith('city'))).toEqual([]);
    expect(facts(same.files[0]!.text)).toContain('- 日期：2024-05-06；城市：白江市\n');
  });
  it('no date, no title and no headline, a publication day without its time, two presiders, a year inside the title', () => {
    const presider = (name: string, position: string): PersonFact => ({
      ...speaker(name, position),
      role: '主持',
    });
    const { startDate: _s, published: _p, ...undated } = none;
    const d = buildDraft(
      {
        ...undated,
        published: '2024-05-06',
        people: [presider('赵云', '白江市民政局局长'), presider('钱立', '白江市慈善总会会长')],
      },
      source,
      emptyArchive(),
    );
    const conference = d.files[0]!.text;
    expect(conference).toContain('title: 未命名会议\n');
    // The TODO says what stands in for the title: no headline, so 未命名会议.
    expect(d.todos).toContain('title：报道中没有读到会议全称，暂用“未命名会议”，请改为会议的正式名称');
    expect(conference).toContain('startDate: 2024-05-06 # TODO：占位日期，报道没有给出会议日期\n');
    expect(conference).toContain('    published: 2024-05-06 00:00 # TODO：发布时刻未知\n');
    expect(facts(conference)).toContain('- 日期：未读到；城市：未读到\n');
    expect(facts(conference)).toContain(
      '- 主持：白江市民政局局长 赵云（zhao-yun）、白江市慈善总会会长 钱立（qian-li）\n',
    );
    // Only a leading year loses its 年 in the short title.
    const titled = buildDraft({ ...none, title: '白江公益论坛2024年年会' }, source, emptyArchive());
    expect(titled.files[0]!.text).toContain('title: 白江公益论坛2024年年会\nshortTitle: 白江公益论坛2024年年会\n');
  });
  it('reuses a known person once however often they speak, and takes the first namesake whose note names any organization of the position', () => {
    const archive = emptyArchive();
    archive.people.push(
      { id: 'zhou-ping', names: ['周平'], note: '白江大学教授' },
      { id: 'zhou-ping-2', names: ['周平'], note: '东海商会会长，白江大学校友' },
    );
    archive.taken.people.add('zhou-ping').add('zhou-ping-2');
    archive.organizations.push(
      { id: 'baijiang-daxue', name: '白江大学', names: ['白江大学'] },
      { id: 'donghai-shanghui', name: '东海商会', names: ['东海商会'] },
    );
    archive.taken.organizations.add('baijiang-daxue').add('donghai-shanghui');
    const d = buildDraft(
      {
        ...none,
        title: '2024白江公益论坛',
        people: [speaker('周平', '白江大学教授、东海商会会长'), speaker('周平', '白江大学教授、东海商会会长')],
      },
      source,
      archive,
    );
    // Either note names an organization of the position; the first namesake that does is taken.
    expect(d.reused.people).toEqual(['zhou-ping']);
  });
});

describe('YAML of a draft', () => {
  it('writes a long value on one line, however long', () => {
    const summary = 'word '.repeat(40).trim();
    expect(yamlText({ summary })).toBe(`summary: ${summary}\n`);
  });
});
