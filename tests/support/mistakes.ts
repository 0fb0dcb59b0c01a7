/**
 * The catalogue of bad content: one case for every rule the content check knows
 * (the schemas' field rules and src/lib/content/integrity.ts), each a small edit
 * to a copy of tests/fixtures/archive and the exact error lines `npm run check`
 * and `npm run build` must print for it — file:line field: message（提示：hint）,
 * written by hand. Listed in docs/testing.md.
 *
 * The cases touch different lines, so they can all be applied to one copy at
 * once and still each give exactly their own errors (tests/unit/content-rules
 * checks both ways). `@/` in an expected line stands for the content root.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ProblemCode } from '../../src/lib/content/problems.ts';

export type Edit =
  /** Replace the one occurrence of `from` in `file`. */
  | { file: string; from: string; to: string }
  /** Add `text` at the end of `file`. */
  | { file: string; append: string }
  /** Write a new file. */
  | { file: string; create: string };

export interface Mistake {
  /** What the editor did wrong, as listed in docs/testing.md. */
  kind: string;
  /** The rule's problem code. */
  code: ProblemCode;
  edits: Edit[];
  /** Every error line the check prints for it, and no other. */
  errors: string[];
  /** The code of each of those errors, when not all are `code` (a bad id is also not found). */
  codes?: ProblemCode[];
}

const speech = (person: string, position: string) =>
  `---\nsession: main\norder: 1\nkind: 讲话\nspeakers:\n  - person: ${person}\n    position: ${position}\nsummary: 测试。\n---\n`;

export const MISTAKES: Mistake[] = [
  // Reading files.
  {
    kind: 'broken YAML',
    code: 'yaml',
    edits: [{ file: 'people/sun-yue.yaml', from: 'variants: [孫悅]', to: 'variants: [孫悅' }],
    errors: [
      '@/people/sun-yue.yaml:3: YAML 格式错误：Flow sequence in block collection must be sufficiently indented and end with a ]（提示：检查缩进、冒号后的空格和引号是否成对）',
    ],
  },
  {
    kind: 'Markdown without frontmatter',
    code: 'frontmatter',
    edits: [
      { file: 'conferences/2023-donghai/speeches/01-sun-yue.md', from: '---\nsession: main', to: '--\nsession: main' },
    ],
    errors: [
      '@/conferences/2023-donghai/speeches/01-sun-yue.md:1: 缺少以 --- 开头和结尾的 frontmatter（提示：文件开头应是 ---，然后是字段，再以 --- 结束）',
    ],
  },
  {
    kind: 'file name that is not an id',
    code: 'bad-id',
    edits: [{ file: 'people/Zhao Min.yaml', create: 'name: 赵敏\npinyin: Zhào Mǐn\nnote: 同名测试\n' }],
    errors: [
      '@/people/Zhao Min.yaml: 文件名或目录名“Zhao Min”不能作为 id：只能用小写字母、数字和单个连字符（提示：id 会成为网址的一部分，发布后不再改变，例如 zhou-limin、2024-chuanyu）',
    ],
  },
  {
    kind: 'two files for one record (duplicate id)',
    code: 'duplicate-id',
    edits: [
      {
        file: 'conferences/2022-xiling/speeches/02-wang-qiang.mdx',
        create: speech('wang-qiang', '白江大学公共管理学院院长')
          .replace('session: main', 'session: keynotes')
          .replace('order: 1', 'order: 2'),
      },
    ],
    errors: [
      '@/conferences/2022-xiling/speeches/02-wang-qiang.mdx: 发言 id“2022-xiling/02-wang-qiang”重复，已用于 @/conferences/2022-xiling/speeches/02-wang-qiang.md（提示：每条记录只能有一个文件；同名人物请用 zhang-wei-2 这样的 id 并写明 note）',
    ],
  },
  {
    kind: 'speech outside any conference folder',
    code: 'orphan-speech',
    edits: [
      { file: 'conferences/2021-lost/speeches/01-lin-haiyan.md', create: speech('lin-haiyan', '青川省民政厅厅长') },
    ],
    errors: [
      '@/conferences/2021-lost/speeches/01-lin-haiyan.md:2: 所在目录 conferences/2021-lost/ 没有会议文件 index.mdx（提示：发言文件须放在某个会议目录的 speeches/ 下）',
    ],
  },

  // Field rules of the schemas.
  {
    kind: 'missing required field',
    code: 'schema',
    edits: [{ file: 'people/he-ping.yaml', from: 'pinyin: Hé Píng\n', to: '' }],
    errors: ['@/people/he-ping.yaml:1 pinyin: 缺少必填字段（提示：姓名拼音，姓与名分开，可带声调，例如 Zhōu Lìmín）'],
  },
  {
    kind: 'unknown (misspelt) field',
    code: 'schema',
    edits: [{ file: 'people/zhao-min.yaml', append: 'nmae: 赵敏\n' }],
    errors: ['@/people/zhao-min.yaml:4 nmae: 未知字段 nmae（可能拼错了字段名）'],
  },
  {
    kind: 'field left empty after the colon',
    code: 'schema',
    edits: [{ file: 'people/chen-siyuan.yaml', from: 'variants: [陳思遠]', to: 'variants:' }],
    errors: [
      '@/people/chen-siyuan.yaml:2 variants: 冒号后没有填写内容（提示：姓名的其他写法，例如繁体 周利民 → 週利民（若不同）、曾用名）',
    ],
  },
  {
    kind: 'blank text',
    code: 'schema',
    edits: [{ file: 'organizations/baijiang-daxue.yaml', from: 'place: 白江市', to: 'place: "  "' }],
    errors: ['@/organizations/baijiang-daxue.yaml:4 place: 不能为空（提示：所在地，例如 重庆市、江苏省苏州市）'],
  },
  {
    kind: 'impossible date (2023-02-30)',
    code: 'schema',
    edits: [{ file: 'conferences/2023-donghai/index.mdx', from: 'startDate: 2023-12-01', to: 'startDate: 2023-02-30' }],
    errors: ['@/conferences/2023-donghai/index.mdx:5 startDate: 不是真实存在的日期（提示：开幕日期 YYYY-MM-DD）'],
  },
  {
    kind: 'date not written YYYY-MM-DD',
    code: 'schema',
    edits: [
      { file: 'conferences/2023-donghai/index.mdx', from: 'organizers: [donghai-shanghui]', to: 'endDate: 2023/12/02' },
    ],
    errors: [
      '@/conferences/2023-donghai/index.mdx:9 endDate: 日期应写作 YYYY-MM-DD，例如 2024-12-04（提示：闭幕日期 YYYY-MM-DD（多日会议填写））',
    ],
  },
  {
    kind: 'impossible time in a source (24:30)',
    code: 'schema',
    edits: [
      {
        file: 'conferences/2023-donghai/index.mdx',
        from: 'published: 2023-12-01 21:00',
        to: 'published: 2023-12-01 24:30',
      },
    ],
    errors: [
      '@/conferences/2023-donghai/index.mdx:19 sources[0].published: 不是真实存在的日期或时间（提示：发布时间（北京时间），例如 2024-12-04 20:37:06；只知日期时写 2021-10-29；报道未注明时不填）',
    ],
  },
  {
    kind: 'value not in the list (speech kind)',
    code: 'schema',
    edits: [{ file: 'conferences/2023-xiling/speeches/01-lin-haiyan.md', from: 'kind: 致辞', to: 'kind: 祝辞' }],
    errors: [
      '@/conferences/2023-xiling/speeches/01-lin-haiyan.md:4 kind: 无效选项：期望以下之一 "致辞"|"讲话"|"主旨演讲"|"主旨报告"|"专题分享"|"交流发言"|"主持"|"点评"|"总结"|"其他"（提示：发言类型：致辞、讲话、主旨演讲、主旨报告、专题分享、交流发言、主持、点评、总结、其他）',
    ],
  },
  {
    kind: 'value not in the list (organization type)',
    code: 'schema',
    edits: [{ file: 'organizations/xiling-shequ-jijinhui.yaml', from: 'type: foundation', to: 'type: ngo' }],
    errors: [
      '@/organizations/xiling-shequ-jijinhui.yaml:2 type: 类型应为 government、public-institution、society、association、chamber、federation、foundation、social-service、research-institute、university、enterprise、media、other 之一（提示：机构类型：government（党政机关）、public-institution（事业单位）、society（学会）、association（协会）、chamber（商会）、federation（联合会）、foundation（基金会）、social-service（社会服务机构）、research-institute（研究机构）、university（高等院校）、enterprise（企业）、media（媒体）、other（其他））',
    ],
  },
  {
    kind: 'order that is not a positive whole number',
    code: 'schema',
    edits: [{ file: 'conferences/2023-xiling/speeches/04-zhao-min.md', from: 'order: 4', to: 'order: 0' }],
    errors: [
      '@/conferences/2023-xiling/speeches/04-zhao-min.md:3 order: 数值过小：期望 number >0（提示：在整个会议中的发言顺序，从 1 开始，会议内唯一）',
    ],
  },
  {
    kind: 'id not written as an id (and so not found)',
    code: 'schema',
    codes: ['schema', 'reference'],
    edits: [{ file: 'organizations/lanshan-yanglao-xiehui.yaml', from: 'region: donghai', to: 'region: Donghai' }],
    errors: [
      '@/organizations/lanshan-yanglao-xiehui.yaml:3 region: 区域 id 只能由小写字母、数字和单个连字符组成，例如 zhou-limin（提示：所在区域的 id（可选））',
      '@/organizations/lanshan-yanglao-xiehui.yaml:3 region: 找不到区域“Donghai”（提示：应是 content/regions/ 下已有区域的 id；是不是 donghai？）',
    ],
  },
  {
    kind: 'pinyin with Chinese characters',
    code: 'schema',
    edits: [{ file: 'people/wang-qiang-2.yaml', from: 'pinyin: Wáng Qiáng', to: 'pinyin: 王强' }],
    errors: [
      '@/people/wang-qiang-2.yaml:3 pinyin: 拼音只能含拉丁字母（可带声调）、空格、连字符和隔音符，例如 Zhōu Lìmín（提示：姓名拼音，姓与名分开，可带声调，例如 Zhōu Lìmín）',
    ],
  },
  {
    kind: 'web address that is not http(s)',
    code: 'schema',
    edits: [{ file: 'organizations/baijiang-gongyi-lianhehui.yaml', from: 'website: https://', to: 'website: ftp://' }],
    errors: [
      '@/organizations/baijiang-gongyi-lianhehui.yaml:6 website: 应为以 http:// 或 https:// 开头的网址（提示：官方网站）',
    ],
  },
  {
    kind: 'empty list that needs an item (series regions)',
    code: 'schema',
    edits: [{ file: 'series/xiling-gongyi-luntan.yaml', from: 'regions: [xiling]', to: 'regions: []' }],
    errors: ['@/series/xiling-gongyi-luntan.yaml:3 regions: 至少属于一个区域（提示：所属区域的 id 列表）'],
  },

  // References, each a field the schemas declare with ref().
  {
    kind: "reference: a conference's series",
    code: 'reference',
    edits: [
      { file: 'conferences/2023-xiling/index.mdx', from: 'series: xiling-gongyi-luntan', to: 'series: xiling-luntan' },
    ],
    errors: [
      '@/conferences/2023-xiling/index.mdx:4 series: 找不到系列“xiling-luntan”（提示：应是 content/series/ 下已有系列的 id）',
    ],
  },
  {
    kind: "reference: a conference's regions",
    code: 'reference',
    edits: [{ file: 'conferences/2023-xiling/index.mdx', from: 'regions: [xiling]', to: 'regions: [xilin]' }],
    errors: [
      '@/conferences/2023-xiling/index.mdx:8 regions[0]: 找不到区域“xilin”（提示：应是 content/regions/ 下已有区域的 id；是不是 xiling？）',
    ],
  },
  {
    kind: 'reference: organizers',
    code: 'reference',
    edits: [
      {
        file: 'conferences/2022-xiling/index.mdx',
        from: 'organizers: [qingchuan-minzhengting]',
        to: 'organizers: [qingchuan-mzt]',
      },
    ],
    errors: [
      '@/conferences/2022-xiling/index.mdx:13 organizers[0]: 找不到机构“qingchuan-mzt”（提示：应是 content/organizations/ 下已有机构的 id）',
    ],
  },
  {
    kind: 'reference: hosts',
    code: 'reference',
    edits: [
      {
        file: 'conferences/2022-xiling/index.mdx',
        from: 'hosts: [baijiang-gongyi-lianhehui]',
        to: 'hosts: [baijiang-gongyi]',
      },
    ],
    errors: [
      '@/conferences/2022-xiling/index.mdx:14 hosts[0]: 找不到机构“baijiang-gongyi”（提示：应是 content/organizations/ 下已有机构的 id）',
    ],
  },
  {
    kind: 'reference: co-organizers',
    code: 'reference',
    edits: [
      {
        file: 'conferences/2022-xiling/index.mdx',
        from: 'coOrganizers: [baijiang-daxue]',
        to: 'coOrganizers: [baijiang-dx]',
      },
    ],
    errors: [
      '@/conferences/2022-xiling/index.mdx:15 coOrganizers[0]: 找不到机构“baijiang-dx”（提示：应是 content/organizations/ 下已有机构的 id）',
    ],
  },
  {
    kind: 'reference: supporters',
    code: 'reference',
    edits: [
      {
        file: 'conferences/2022-xiling/index.mdx',
        from: 'supporters: [xiling-shequ-jijinhui]',
        to: 'supporters: [xiling-jijinhui]',
      },
    ],
    errors: [
      '@/conferences/2022-xiling/index.mdx:16 supporters[0]: 找不到机构“xiling-jijinhui”（提示：应是 content/organizations/ 下已有机构的 id）',
    ],
  },
  {
    kind: "reference: a session's presiders",
    code: 'reference',
    edits: [
      { file: 'conferences/2022-xiling/index.mdx', from: '      - person: he-ping', to: '      - person: ouyang-ping' },
    ],
    errors: [
      '@/conferences/2022-xiling/index.mdx:25 sessions[0].presiders[0].person: 找不到人物“ouyang-ping”（提示：应是 content/people/ 下已有人物的 id）',
    ],
  },
  {
    kind: "reference: an outcome's parties",
    code: 'reference',
    edits: [
      {
        file: 'conferences/2022-xiling/index.mdx',
        from: 'parties: [qingchuan-minzhengting, baijiang-gongyi-lianhehui]',
        to: 'parties: [qingchuan-minzhengting, baijiang-lianhehui]',
      },
    ],
    errors: [
      '@/conferences/2022-xiling/index.mdx:46 outcomes[0].parties[1]: 找不到机构“baijiang-lianhehui”（提示：应是 content/organizations/ 下已有机构的 id）',
    ],
  },
  {
    kind: "reference: a speech's speaker",
    code: 'reference',
    edits: [
      {
        file: 'conferences/2022-xiling/speeches/02-wang-qiang.md',
        from: '  - person: wang-qiang',
        to: '  - person: wang-qaing',
      },
    ],
    errors: [
      '@/conferences/2022-xiling/speeches/02-wang-qiang.md:7 speakers[0].person: 找不到人物“wang-qaing”（提示：应是 content/people/ 下已有人物的 id；是不是 wang-qiang？）',
    ],
  },
  {
    kind: "reference: a speaker's affiliation",
    code: 'reference',
    edits: [
      {
        file: 'conferences/2023-xiling/speeches/01-lin-haiyan.md',
        from: '{ organization: qingchuan-minzhengting,',
        to: '{ organization: qingchuan-minzheng,',
      },
    ],
    errors: [
      '@/conferences/2023-xiling/speeches/01-lin-haiyan.md:9 speakers[0].affiliations[0].organization: 找不到机构“qingchuan-minzheng”（提示：应是 content/organizations/ 下已有机构的 id）',
    ],
  },
  {
    kind: "reference: an organization's parent",
    code: 'reference',
    edits: [
      {
        file: 'organizations/baijiang-daxue-gonggong-guanli-xueyuan.yaml',
        from: 'parent: baijiang-daxue',
        to: 'parent: baijiang-uni',
      },
    ],
    errors: [
      '@/organizations/baijiang-daxue-gonggong-guanli-xueyuan.yaml:3 parent: 找不到机构“baijiang-uni”（提示：应是 content/organizations/ 下已有机构的 id）',
    ],
  },
  {
    kind: "reference: an organization's region",
    code: 'reference',
    edits: [{ file: 'organizations/donghai-shanghui.yaml', from: 'region: donghai', to: 'region: donghia' }],
    errors: [
      '@/organizations/donghai-shanghui.yaml:3 region: 找不到区域“donghia”（提示：应是 content/regions/ 下已有区域的 id；是不是 donghai？）',
    ],
  },
  {
    kind: "reference: a region's parent",
    code: 'reference',
    edits: [{ file: 'regions/xiling.yaml', append: 'parent: huaxi\n' }],
    errors: ['@/regions/xiling.yaml:7 parent: 找不到区域“huaxi”（提示：应是 content/regions/ 下已有区域的 id）'],
  },
  {
    kind: "reference: a series' regions",
    code: 'reference',
    edits: [{ file: 'series/donghai-nianhui.yaml', from: 'regions: [donghai]', to: 'regions: [donghia]' }],
    errors: [
      '@/series/donghai-nianhui.yaml:2 regions[0]: 找不到区域“donghia”（提示：应是 content/regions/ 下已有区域的 id；是不是 donghai？）',
    ],
  },

  // Rules across records.
  {
    kind: 'organizations that are each other’s parent',
    code: 'cycle',
    edits: [{ file: 'organizations/qingchuan-minzhengting.yaml', append: 'parent: qingchuan-minzhengting-shezuju\n' }],
    errors: [
      '@/organizations/qingchuan-minzhengting-shezuju.yaml:4 parent: 上级机构形成循环：qingchuan-minzhengting-shezuju → qingchuan-minzhengting → qingchuan-minzhengting-shezuju',
      '@/organizations/qingchuan-minzhengting.yaml:6 parent: 上级机构形成循环：qingchuan-minzhengting → qingchuan-minzhengting-shezuju → qingchuan-minzhengting',
    ],
  },
  {
    kind: 'an organization listed twice in one role',
    code: 'duplicate',
    edits: [
      {
        file: 'conferences/2023-xiling/index.mdx',
        from: 'organizers: [qingchuan-minzhengting]',
        to: 'organizers: [qingchuan-minzhengting, qingchuan-minzhengting]',
      },
    ],
    errors: ['@/conferences/2023-xiling/index.mdx:11 organizers[1]: 机构“qingchuan-minzhengting”重复列出'],
  },
  {
    kind: 'a speaker listed twice in one speech',
    code: 'duplicate',
    edits: [
      {
        file: 'conferences/2022-xiling/speeches/03-chen-siyuan.md',
        from: '  - person: liu-jia',
        to: '  - person: chen-siyuan',
      },
    ],
    errors: ['@/conferences/2022-xiling/speeches/03-chen-siyuan.md:11 speakers[1].person: 讲者“chen-siyuan”重复列出'],
  },
  {
    kind: 'conference that ends before it opens',
    code: 'date-order',
    edits: [
      { file: 'conferences/2023-xiling/index.mdx', from: 'theme: 乡村振兴中的社会组织', to: 'endDate: 2023-10-19' },
    ],
    errors: ['@/conferences/2023-xiling/index.mdx:9 endDate: 闭幕日期 2023-10-19 早于开幕日期 2023-10-20'],
  },
  {
    kind: 'two sessions with one id',
    code: 'duplicate-session',
    edits: [
      { file: 'conferences/2023-xiling/index.mdx', from: '  - id: visit', to: '  - id: talks' },
      { file: 'conferences/2023-xiling/index.mdx', from: '    session: visit', to: '    session: talks' },
    ],
    errors: ['@/conferences/2023-xiling/index.mdx:22 sessions[2].id: 环节 id“talks”在本会议中重复'],
  },
  {
    kind: 'two sessions with one order',
    code: 'duplicate-order',
    edits: [
      {
        file: 'conferences/2023-xiling/index.mdx',
        from: '    kind: 参观\n    order: 3',
        to: '    kind: 参观\n    order: 2',
      },
    ],
    errors: ['@/conferences/2023-xiling/index.mdx:25 sessions[2].order: 环节顺序 2 与 sessions[1] 重复'],
  },
  {
    kind: 'two speeches with one order',
    code: 'duplicate-order',
    edits: [{ file: 'conferences/2023-xiling/speeches/03-wang-qiang-2.md', from: 'order: 3', to: 'order: 2' }],
    errors: [
      '@/conferences/2023-xiling/speeches/03-wang-qiang-2.md:3 order: 发言顺序 2 与 @/conferences/2023-xiling/speeches/02-wang-qiang.md 重复（提示：同一会议中每篇发言的 order 须唯一）',
    ],
  },
  {
    kind: "session dated outside the conference's days",
    code: 'date-range',
    edits: [
      {
        file: 'conferences/2022-xiling/index.mdx',
        from: '    order: 2\n    date: 2022-09-15',
        to: '    order: 2\n    date: 2022-09-18',
      },
    ],
    errors: ['@/conferences/2022-xiling/index.mdx:31 sessions[1].date: 环节日期 2022-09-18 不在会议日期之内'],
  },
  {
    kind: "outcome's session that does not exist",
    code: 'unknown-session',
    edits: [{ file: 'conferences/2022-xiling/index.mdx', from: '    session: opening', to: '    session: openin' }],
    errors: [
      '@/conferences/2022-xiling/index.mdx:45 outcomes[0].session: 找不到环节“openin”（提示：应是本会议 sessions 中的 id：opening、keynotes、exchange、youth-forum）',
    ],
  },
  {
    kind: "speech's session that does not exist",
    code: 'unknown-session',
    edits: [
      { file: 'conferences/2022-xiling/speeches/01-lin-haiyan.md', from: 'session: opening', to: 'session: opennig' },
    ],
    errors: [
      '@/conferences/2022-xiling/speeches/01-lin-haiyan.md:2 session: 找不到环节“opennig”（提示：应是 conferences/2022-xiling/index.mdx 中 sessions 的 id：opening、keynotes、exchange、youth-forum）',
    ],
  },
  {
    kind: 'two tags with the same pinyin and tones',
    code: 'tag-address',
    edits: [
      { file: 'conferences/2022-xiling/index.mdx', from: 'tags: [社区公益, 数字化]', to: 'tags: [社区公益, 数字画]' },
    ],
    errors: [
      '@/conferences/2022-xiling/index.mdx:61 tags[1]: 标签“数字画”和“数字化”的拼音和声调相同（shu4-zi4-hua4），网址会冲突：请改用其中一个的另一种说法（提示：标签的网址由拼音生成，见 docs/editing.md）',
      '@/conferences/2022-xiling/speeches/02-wang-qiang.md:12 tags[0]: 标签“数字画”和“数字化”的拼音和声调相同（shu4-zi4-hua4），网址会冲突：请改用其中一个的另一种说法（提示：标签的网址由拼音生成，见 docs/editing.md）',
    ],
  },
];

/** Applies edits to a content tree on disk; an edit that does not apply is an error in the catalogue, not a pass. */
export function applyEdits(root: string, edits: readonly Edit[]): void {
  for (const edit of edits) {
    const file = path.join(root, edit.file);
    if ('create' in edit) {
      if (fs.existsSync(file)) throw new Error(`mistake: ${edit.file} already exists`);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, edit.create);
      continue;
    }
    const text = fs.readFileSync(file, 'utf8');
    if ('append' in edit) {
      fs.writeFileSync(file, text + edit.append);
      continue;
    }
    const at = text.indexOf(edit.from);
    if (at < 0 || text.indexOf(edit.from, at + 1) >= 0)
      throw new Error(`mistake: “${edit.from}” is not exactly once in ${edit.file}`);
    fs.writeFileSync(file, text.slice(0, at) + edit.to + text.slice(at + edit.from.length));
  }
}

/** An expected line with the content root filled in. */
export const expectedLine = (root: string, line: string) => line.replaceAll('@/', `${root}/`);
