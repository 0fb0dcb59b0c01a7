/**
 * Interface strings in Chinese, the language every page is built in. en.ts has the
 * same keys (the compiler checks it) and gives each string's English form, written
 * beside it on the page (docs/i18n.md); content (names, titles, summaries) is never here.
 */
import type { SESSION_KINDS } from '../../schemas/conference.ts';
import type { ORGANIZATION_TYPES } from '../../schemas/organization.ts';
import type { SPEECH_KINDS } from '../../schemas/speech.ts';
import type { ENTITY_TYPE } from '../labels.ts';

/**
 * The words of the archive's fixed vocabularies, as the records write them: speech and
 * session kinds, organization types, search result types and filters. en.ts must
 * translate every one (the compiler checks it).
 */
export type KindWord =
  | (typeof SPEECH_KINDS)[number]
  | (typeof SESSION_KINDS)[number]
  | (typeof ORGANIZATION_TYPES)[keyof typeof ORGANIZATION_TYPES]
  | (typeof ENTITY_TYPE)[keyof typeof ENTITY_TYPE]
  | '类型'
  | '年份'
  | '发言类型';

const n = (unit: string) => (x: number) => `${x} ${unit}`;

export const zh = {
  htmlLang: 'zh-CN',
  siteName: '议录',
  /** The page title of the home page. */
  siteTitle: '议录 · 会议记录档案',
  /** Beside the site's name in the header. */
  brandNote: '会议记录档案',
  skip: '跳到正文',
  mainNav: '主导航',
  nav: { conferences: '会议', people: '人物', organizations: '机构', series: '系列', years: '年份', regions: '区域', about: '关于' },
  search: '搜索',
  searchArchive: '搜索议录',
  searchPlaceholder: '人名、机构、题目、主题…（简繁皆可）',
  themeDark: '深色',
  themeLight: '浅色',
  toDark: '切换到深色主题',
  toLight: '切换到浅色主题',
  hantTitle: '以繁體中文閱讀',
  /** The language switch in the header: it offers the other language, in that language. */
  otherLanguage: { label: 'English', lang: 'en', param: 'en' },
  home: '首页',
  breadcrumbs: '位置',
  draft: '草稿：此页内容尚未核对，不会出现在正式发布的网站上。',
  updated: '最后更新：',
  edit: '在 GitHub 上编辑此页',
  footer: '议录（Yilu）收录会议的事实与编者撰写的摘要，并注明每条资料的出处。',
  policy: '编辑方针',
  list: '、',
  comma: '，',
  colon: '：',
  period: '。',
  semicolon: '；',
  dot: ' · ',
  paren: (s: string) => `（${s}）`,
  quote: (s: string) => `“${s}”`,
  book: (s: string) => `《${s}》`,
  count: {
    conferences: n('场会议'),
    speeches: n('篇发言'),
    people: n('位人物'),
    organizations: n('家机构'),
    sessions: n('个环节'),
  },
  year: (y: number) => `${y}年`,
  position: (p: string) => `时任${p}`,
  /** What comes before a position (时任…): nothing in English. */
  positionPrefix: '时任',
  /** The ¶ link after each paragraph of a record (src/lib/markdown/paragraph-anchors.ts). */
  paragraphLink: (n: number) => `第${n}段的链接`,
  home_: {
    heading: '议录：会议记录档案',
    intro: '议录记录区域性会议的事实：谁主办、在哪里举行、议程如何安排、谁以什么职务发言、签署和发布了哪些文件。每场会议、每篇发言都有编者撰写的摘要，并注明所依据的报道。',
    stats: '收录数量',
    latest: '最新收录',
    browse: '浏览方式',
    byYear: '按年份',
    bySeries: '按系列',
    byRegion: '按区域',
    byPerson: '按人物',
    byPersonNote: '发言人与主持人，附当时职务',
    byOrganization: '按机构',
    byOrganizationNote: '主办、承办、签约方与任职单位',
  },
  conferences: {
    title: '会议',
    description: '议录收录的全部会议，按年份排列。',
    intro: (c: number, s: number) => `共收录 ${c} 场会议、${s} 篇发言，按年份由近及远排列。`,
  },
  conference: {
    shortTitle: '简称',
    series: '系列',
    date: '时间',
    place: '地点',
    theme: '主题',
    region: '区域',
    edition: '届次',
    editionValue: (e: number) => `第${e}届`,
    attendance: '与会',
    attendees: '出席',
    attendanceCount: (c: number) => `约${c}人。`,
    overview: '概况',
    program: '议程与发言',
    programNote: (sessions: number, speeches: number) => `共 ${sessions} 个环节、${speeches} 篇发言。发言人职务为发言时所任（时任）。`,
    outcomes: '成果',
    announced: '报道称这一环节将在会议期间举行，未见其内容记录。',
    presiders: '主持：',
  },
  speech: {
    speakers: '发言人',
    position: '时任',
    kind: '类型',
    title: '题目',
    conference: '会议',
    session: '环节',
    order: (at: number, of: number) => `（本环节第 ${at} 篇，共 ${of} 篇）`,
    date: '时间',
    place: '地点',
    summary: '摘要',
    points: '要点',
    pointsNote: '以上为编者根据资料来源概括，不是发言原文。',
    pager: '同一会议中的前后发言',
    prev: '← 上一篇：',
    next: '下一篇：',
    description: (names: string, conference: string, kind: string) => `${names}在${conference}上的${kind}`,
  },
  people: {
    title: '人物',
    description: '在议录收录的会议上发言或主持的人物，按姓名拼音排列。',
    intro: (c: number) => `共 ${c} 位，按姓名拼音排列；括号内为最近一次出现时的职务。`,
    initials: '拼音首字母',
  },
  person: {
    eyebrow: '人物',
    description: (name: string, position?: string) => `${name}在议录中的发言记录${position ? `，最近一次时任${position}` : ''}。`,
    pinyin: '拼音',
    variants: '其他写法',
    englishName: '英文名',
    note: '说明',
    organizations: '任职机构',
    appears: '出现',
    appearsValue: (c: number, s: number, p: number, a = 0) => `${c} 场会议，${s} 篇发言${p ? `，主持 ${p} 个环节` : ''}${a ? `，出席 ${a} 场` : ''}`,
    speeches: '发言',
    speechesNote: '职务为当时所任（时任），由近及远。',
    presided: '主持',
    attended: '出席',
    attendedNote: '报道点名出席、未记载其发言或主持的会议；职务为当时所任，由近及远。',
  },
  organizations: {
    title: '机构',
    description: '议录中出现的机构：主办承办单位、签约方和发言人的任职单位，按类型排列。',
    intro: (c: number) => `共 ${c} 家，按类型分组，组内按名称拼音排列。`,
    types: '机构类型',
    groupCount: (c: number) => `（${c}）`,
  },
  organization: {
    description: (name: string, type: string) => `${name}（${type}）在议录中的记录：主办承办的会议、签署发布的文件和在此任职的发言人。`,
    shortName: '简称',
    aliases: '其他名称',
    englishName: '英文名称',
    type: '类型',
    parent: '上级机构',
    children: '下属机构',
    place: '所在地',
    region: '区域',
    website: '网站',
    note: '说明',
    roles: '参与的会议',
    members: '在此任职的发言人',
    membersNote: '职务为发言时所任（时任）。',
  },
  series: {
    title: '系列会议',
    description: '议录收录的系列会议及其各届。',
    eyebrow: '系列会议',
    shortName: '简称',
    aliases: '其他叫法',
    region: '区域',
    frequency: '举办周期',
    hosting: '主办与承办',
    sourcesHeading: '系列信息的来源',
    editions: '各届会议',
    editionsNote: '由早到晚排列。',
    editionsCount: (c: number) => `收录 ${c} 届`,
  },
  years: {
    title: '按年份浏览',
    description: '按年份浏览议录收录的会议。',
    crumb: '年份',
    yearTitle: (y: number) => `${y}年的会议`,
    yearDescription: (y: number) => `议录收录的${y}年会议。`,
    yearIntro: (c: number) => `${c} 场会议，由近及远。`,
    counts: (c: number, s: number) => `${c} 场会议，${s} 篇发言`,
  },
  regions: {
    title: '按区域浏览',
    description: '按区域浏览议录收录的会议。',
    crumb: '区域',
    eyebrow: '区域',
    shortName: '简称',
    englishName: '英文名称',
    members: '范围',
    conferences: '会议',
    none: '档案中暂无这一区域的会议。',
    noneShort: '暂无会议',
    series: '系列会议',
    organizations: '机构',
  },
  searchPage: {
    description: '在议录中搜索会议、发言、人物和机构；简体、繁体和拼音都可以。',
    placeholder: '人名、机构、题目、主题…',
    noscript: '搜索在浏览器中进行，需要启用 JavaScript。也可以从以下索引浏览：',
    hint: '简体、繁体都可以搜索；人名也可以用拼音，例如 zhou limin。可按类型、年份、区域等筛选；此页网址可以分享。',
  },
  notFound: {
    title: '找不到页面',
    heading: '找不到这个页面',
    text: '网址可能输错了，或者页面尚未发布。议录的网址一经发布不会改变。',
    placeholder: '搜索会议、人物、机构…',
    home: '返回首页',
    all: '全部会议',
  },
  about: { title: '关于议录', description: '议录是什么、编辑方针、如何引用资料来源、如何报告错误。', crumb: '关于' },
  data: {
    title: '开放数据',
    description: '议录的数据下载：全部记录的 JSON 及其 JSON Schema、发言 CSV、各记录的 JSON、引用格式、订阅源和网站地图。',
  },
  dataLink: { label: '机器可读数据：', json: '本页的 JSON 数据', collection: '含本条记录的 JSON 数据', about: '开放数据说明' },
  sources: {
    heading: '资料来源',
    reporters: '记者',
    editors: '编辑',
    photos: '图片',
    noUrl: '原文网址不详',
    archived: '存档副本',
    noDate: '发布时间不详',
  },
  outcome: { agreement: '签署方', award: '获得者', other: '发布方', reported: (s: string) => `报道称“${s}”`, reportedBefore: '报道称“' },
  tags: '标签：',
  cite: {
    summary: '引用本页',
    copy: '复制',
    download: '下载',
    paragraphs: '引用某一段：点段落末尾的 ¶，地址栏即为该段的链接；在支持的浏览器中同时复制该段的 GB/T 7714 引文。',
    script: '引文照记录原文用简体中文，切换为繁体时也不转换；编者拟定的题目在 GB/T 7714 引文中加方括号。',
    data: '机器可读数据：',
    conferenceJson: '本会议的 JSON 数据',
    speechJson: '所属会议的 JSON 数据（含本篇发言）',
    openData: '开放数据说明',
    /** `{format}`, `{n}` and `{file}` are filled in by the browser; none of these strings may hold a `|`. */
    copied: '已复制 {format} 引文。',
    copiedParagraph: '已复制第{n}段的引文（链接指向该段）。',
    copyFailed: '无法自动复制，请手动选择文字复制。',
    downloaded: '已下载 {file}。',
    /** What a copy button says for a moment after it copied. */
    copiedButton: '已复制',
  },
  roles: { organizers: '主办', hosts: '承办', coOrganizers: '协办', supporters: '支持', party: '签署或发布方' },
  outcomeKinds: { agreement: '签署协议', initiative: '发布倡议', report: '发布报告', award: '授牌表彰', appointment: '颁发聘书', exhibition: '展览', other: '其他' },
  /** Speech, session and organization kinds are the records' own words in the Chinese interface. */
  kinds: {} as Partial<Record<KindWord, string>>,
};

export type Dictionary = typeof zh;
