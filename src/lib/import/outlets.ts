/**
 * The outlet a page's address names, for reports whose text does not say it:
 * a small table of news sites (with their regional channels), and
 * government departments' sites by their address pattern (`mzj.ankang.gov.cn` → 安康市民政局,
 * `mzt.jiangsu.gov.cn` → 江苏省民政厅), the place read from the pinyin in the
 * host name against the administrative divisions. An address nothing here knows
 * names no outlet: a mirror's domain is not a publisher.
 */
import { pinyin } from 'pinyin-pro';
import { allDivisions, divisionsNamed, isMunicipality, type Division } from './divisions.ts';

/** Host (or the end of one) → outlet; the longest matching entry wins. */
const SITES: Record<string, string> = {
  'people.com.cn': '人民网',
  'people.cn': '人民网',
  'fj.people.cn': '人民网福建频道',
  'xinhuanet.com': '新华网',
  'news.cn': '新华网',
  'chinanews.com.cn': '中国新闻网',
  'chinanews.com': '中国新闻网',
  'js.chinanews.com.cn': '中新网江苏',
  'ifeng.com': '凤凰网',
  'cctv.com': '央视网',
  'cntv.cn': '央视网',
  'www.gov.cn': '中国政府网',
  'gmw.cn': '光明网',
  'chinadaily.com.cn': '中国日报网',
  'youth.cn': '中国青年网',
  'thepaper.cn': '澎湃新闻',
  'cqnews.net': '华龙网',
  'mca.gov.cn': '中华人民共和国民政部',
  'gongyishibao.com': '公益时报',
  'rmzxb.com.cn': '人民政协网',
  'dzb.rmzxb.com.cn': '人民政协报',
  'cnr.cn': '央广网',
  'ce.cn': '中国经济网',
  'cyol.com': '中青在线',
  'bjnews.com.cn': '新京报',
  // Regional portals of the provinces and big cities.
  'southcn.com': '南方网',
  'ycwb.com': '金羊网',
  'sznews.com': '深圳新闻网',
  'dutenews.com': '读特',
  'dzwww.com': '大众网',
  'iqilu.com': '齐鲁网',
  'qingdaonews.com': '青岛新闻网',
  'eastday.com': '东方网',
  'xinmin.cn': '新民网',
  'ynet.com': '北青网',
  'enorth.com.cn': '北方网',
  'rednet.cn': '红网',
  'voc.com.cn': '华声在线',
  'cnhubei.com': '荆楚网',
  'dahe.cn': '大河网',
  'zjol.com.cn': '浙江在线',
  'jschina.com.cn': '中国江苏网',
  'anhuinews.com': '中安在线',
  'jxnews.com.cn': '中国江西网',
  'fjsen.com': '东南网',
  'hinews.cn': '南海网',
  'gxnews.com.cn': '广西新闻网',
  'scol.com.cn': '四川在线',
  'cqcb.com': '上游新闻',
  'yunnan.cn': '云南网',
  'gog.cn': '多彩贵州网',
  'hebnews.cn': '长城网',
  'nen.com.cn': '东北新闻网',
  'dbw.cn': '东北网',
  'cnwest.com': '西部网',
  'hsw.cn': '华商网',
  'nxnews.net': '宁夏新闻网',
  'ts.cn': '天山网',
  'qhnews.com': '青海新闻网',
  'nmgnews.com.cn': '内蒙古新闻网',
  // National sites not above.
  'china.com.cn': '中国网',
  'china.com': '中华网',
  'cri.cn': '国际在线',
  'wenming.cn': '中国文明网',
  'workercn.cn': '中工网',
  'k618.cn': '未来网',
  'chinaqw.com': '中国侨网',
  'taiwan.cn': '中国台湾网',
  'huaxia.com': '华夏经纬网',
  // Hong Kong, Macau, Taiwan and overseas Chinese-language media.
  'wenweipo.com': '香港文汇报',
  'takungpao.com': '大公报',
  'takungpao.com.hk': '大公报',
  'hkcd.com': '香港商报',
  'singtao.com': '星岛日报',
  'stheadline.com': '星岛头条',
  // (The paper's own edition on the site, std.stheadline.com: its readers name it 星岛日报, 6 times of 6.)
  'std.stheadline.com': '星岛日报',
  'on.cc': '东网',
  'macaodaily.com': '澳门日报',
  'cna.com.tw': '中央社',
  'udn.com': '联合新闻网',
  'chinatimes.com': '中时新闻网',
  'ltn.com.tw': '自由时报',
  'ettoday.net': 'ETtoday新闻云',
  'setn.com': '三立新闻网',
  'peopo.org': 'PeoPo公民新闻',
  'worldjournal.com': '世界日报',
  'epochtimes.com': '大纪元',
  'dajiyuan.com': '大纪元',
  'zaobao.com': '联合早报',
  'zaobao.com.sg': '联合早报',
  'sinchew.com.my': '星洲日报',
  'chinapress.com.my': '中国报',
  'orientaldaily.com.my': '东方日报',
  // More of the same, by region: papers and portals whose sites carry reports without naming themselves.
  'cssn.cn': '中国社会科学网',
  'caixin.com': '财新网',
  'yicai.com': '第一财经',
  'jiemian.com': '界面新闻',
  'infzm.com': '南方周末',
  'nandu.com': '南方都市报',
  'oeeee.com': '奥一网',
  'dayoo.com': '大洋网',
  'hebei.com.cn': '河北新闻网',
  'lnd.com.cn': '北国网',
  'chinajilin.com.cn': '中国吉林网',
  'sxrb.com': '山西新闻网',
  'hnr.cn': '映象网',
  'hangzhou.com.cn': '杭州网',
  'cnnb.com.cn': '中国宁波网',
  '66wz.com': '温州网',
  'xmnn.cn': '厦门网',
  'taihainet.com': '台海网',
  'fznews.com.cn': '福州新闻网',
  'qzwb.com': '泉州网',
  'newssc.org': '四川新闻网',
  'kunming.cn': '昆明信息港',
  'charity.gov.cn': '慈善中国',
  'chinanpo.mca.gov.cn': '中国社会组织政务服务平台',
  'chinanpo.gov.cn': '中国社会组织政务服务平台',
  'hkcna.hk': '香港中国通讯社',
  'crntt.com': '中评社',
  'hk01.com': '香港01',
  'mingpao.com': '明报',
  'hket.com': '香港经济日报',
  'hkej.com': '信报',
  'orientaldaily.on.cc': '东方日报',
  'bastillepost.com': '巴士的报',
  'am730.com.hk': 'am730',
  'rthk.hk': '香港电台',
  'dotdotnews.com': '点新闻',
  'tkww.hk': '大公文汇网',
  'modaily.cn': '澳门日报',
  'shimindaily.net': '市民日报',
  'chengpou.com.mo': '正报',
  'tdm.com.mo': '澳门广播电视',
  'aamacau.com': '论尽媒体',
  'kmdn.gov.tw': '金门日报',
  'cdns.com.tw': '中华日报',
  'nownews.com': 'NOWnews今日新闻',
  'storm.mg': '风传媒',
  'upmedia.mg': '上报',
  'tssdnews.com.tw': '台湾新生报',
  'merit-times.com': '人间福报',
  'tvbs.com.tw': 'TVBS新闻网',
  'ftvnews.com.tw': '民视新闻网',
  'news.pts.org.tw': '公视新闻网',
  'cts.com.tw': '华视新闻网',
  'rti.org.tw': '中央广播电台',
  'ocac.gov.tw': '侨委会全球资讯网',
  'ocacnews.net': '侨务电子报',
  'ctee.com.tw': '工商时报',
  'money.udn.com': '经济日报',
  'news.ebc.net.tw': '东森新闻',
  'guangming.com.my': '光明日报',
  'kwongwah.com.my': '光华日报',
  'enanyang.my': '南洋商报',
  'seehua.com': '诗华日报',
  '8world.com': '8视界',
  'guojiribao.com': '国际日报',
  'shangbao.com.ph': '菲律宾商报',
  'singtaousa.com': '星岛日报',
  'singtao.ca': '星岛日报',
  'ntdtv.com': '新唐人电视台',
  'soundofhope.org': '希望之声',
  'uschinapress.com': '侨报网',
  'sinovision.net': '美国中文网',
  'oushinet.com': '欧洲时报',
  'jnocnews.jp': '日本新华侨报网',
  'chubun.com': '中文导报',
  // Round 53: writing platforms, Macau's papers and its government news bureau, and news sites that carry what bodies
  // send in.
  'hkwb.net': '海口网',
  'gdzjdaily.com.cn': '湛江日报',
  'hndaily.cn': '海南日报',
  'hubeidaily.net': '湖北日报',
  'xmrb.com': '厦门日报',
  'wxrb.com': '无锡日报',
  'uniteddaily.my': '联合日报',
  'fingermedia.tw': '指传媒',
  'gcs.gov.mo': '澳门特别行政区政府新闻局',
  // (The government publishes its press releases; the three blind waves that met one name the government.)
  'info.gov.hk': '香港特别行政区政府',
  // Stop 62: Macau's government portal (its news pages carry the bureaus' releases; both readers who met it named the
  // portal), and the paper of Lienchiang county (Matsu), published by the county government.
  'gov.mo': '澳门特别行政区政府入口网站',
  'matsu-news.gov.tw': '马祖日报',
  'technow.com.hk': 'TechNow',
  'chinagospeltimes.com': '福音时报',
  'chinacatholic.cn': '中国天主教网',
  'waou.com.mo': '华侨报',
  'sengpou.com': '星报',
  'exmoo.com': '力报',
  'scfzbs.com': '四川法治报',
  'szwriter.com': '深圳作家网',
  // Stop 40: national papers' and portals' sites, and the big cities' portals, known by their addresses (not from any
  // blind set): each is a plainly known publisher that carries reports without always naming itself.
  'jfdaily.com': '上观新闻',
  'shobserver.com': '上观新闻',
  'whb.cn': '文汇报',
  'huanqiu.com': '环球网',
  'cankaoxiaoxi.com': '参考消息网',
  'chinacourt.org': '中国法院网',
  'legaldaily.com.cn': '法治日报',
  'mzyfz.com': '民主与法制网',
  'nbd.com.cn': '每日经济新闻',
  'stcn.com': '证券时报网',
  'cnstock.com': '中国证券网',
  'cs.com.cn': '中证网',
  'eeo.com.cn': '经济观察网',
  '21jingji.com': '21世纪经济报道',
  'cb.com.cn': '中国经营网',
  'xuexi.cn': '学习强国',
  'cgtn.com': 'CGTN',
  'cqn.com.cn': '中国质量新闻网',
  'cenews.com.cn': '中国环境网',
  'farmer.com.cn': '中国农网',
  'jyb.cn': '中国教育新闻网',
  'chinaxiaokang.com': '中国小康网',
  'sciencenet.cn': '科学网',
  'stdaily.com': '中国科技网',
  'cnwomen.com.cn': '中国妇女网',
  'cqrb.cn': '重庆日报网',
  'chengdu.cn': '成都全搜索',
  'cjn.cn': '长江网',
  'longhoo.net': '龙虎网',
  'xhby.net': '新华报业网',
  'yangtse.com': '扬子晚报网',
  'northnews.cn': '正北方网',
  'gscn.com.cn': '中国甘肃网',
  'tibet.cn': '中国西藏网',
  'chinatibetnews.com': '中国西藏新闻网',
  'cnjxol.com': '嘉兴在线',
  'timedg.com': '东莞时间网',
  'sun0769.com': '阳光网',
  'gdtv.cn': '荔枝网',
  'ql1d.com': '齐鲁壹点',
  // Round 57: a paper's e-paper site.
  'qlwb.com.cn': '齐鲁晚报',
  // Round 67: a weekly's e-paper under its group's site, a Hong Kong magazine's site, a trade portal.
  'msb.zjol.com.cn': '美术报',
  'zijing.com.cn': '紫荆网',
  'paper.com.cn': '中国纸业网',
};

/** Province codes in host names (smzt.gd.gov.cn). */
const PROVINCE_CODES: Record<string, string> = {
  bj: '北京市',
  tj: '天津市',
  sh: '上海市',
  cq: '重庆市',
  hebei: '河北省',
  he: '河北省',
  sx: '山西省',
  shanxi: '山西省',
  nmg: '内蒙古自治区',
  ln: '辽宁省',
  jl: '吉林省',
  hlj: '黑龙江省',
  js: '江苏省',
  zj: '浙江省',
  ah: '安徽省',
  fj: '福建省',
  jx: '江西省',
  sd: '山东省',
  henan: '河南省',
  ha: '河南省',
  hubei: '湖北省',
  hb: '湖北省',
  hunan: '湖南省',
  hn: '湖南省',
  gd: '广东省',
  gx: '广西壮族自治区',
  hainan: '海南省',
  sc: '四川省',
  gz: '贵州省',
  guizhou: '贵州省',
  yn: '云南省',
  xz: '西藏自治区',
  shaanxi: '陕西省',
  sn: '陕西省',
  gs: '甘肃省',
  gansu: '甘肃省',
  qh: '青海省',
  nx: '宁夏回族自治区',
  xj: '新疆维吾尔自治区',
};

/**
 * Government departments in host names (`mzj.ankang.gov.cn` → 安康市民政局, `tyj.fuzhou.gov.cn` → 福州市体育局): the
 * letters of the first label, the level of place they name, and the department's name in a province and in a city (a
 * municipality's is the city's). Only names that did not change with the address: `wjw` was 卫生和计划生育委员会 before
 * 2018 and `lsj` 粮食局, so neither is read.
 */
const DEPARTMENTS: [RegExp, 'province' | 'city' | 'any', string, string][] = [
  [/^s?mzt$/, 'province', '民政厅', '民政局'],
  [/^mzj$/, 'city', '民政厅', '民政局'],
  [/^(?:minzheng|mz|mzw)$/, 'any', '民政厅', '民政局'],
  [/^tyj$/, 'any', '体育局', '体育局'],
  [/^scjgj$/, 'any', '市场监督管理局', '市场监督管理局'],
  [/^tjj$/, 'any', '统计局', '统计局'],
  [/^zrzyt$/, 'province', '自然资源厅', '自然资源局'],
  [/^zrzyj$/, 'city', '自然资源厅', '自然资源局'],
  [/^jyt$/, 'province', '教育厅', '教育局'],
  [/^jyj$/, 'city', '教育厅', '教育局'],
  [/^kjt$/, 'province', '科学技术厅', '科学技术局'],
  [/^kjj$/, 'city', '科学技术厅', '科学技术局'],
  [/^rst$/, 'province', '人力资源和社会保障厅', '人力资源和社会保障局'],
  [/^rsj$/, 'city', '人力资源和社会保障厅', '人力资源和社会保障局'],
  [/^czt$/, 'province', '财政厅', '财政局'],
  [/^czj$/, 'city', '财政厅', '财政局'],
  [/^sft$/, 'province', '司法厅', '司法局'],
  [/^sfj$/, 'city', '司法厅', '司法局'],
  [/^nynct$/, 'province', '农业农村厅', '农业农村局'],
  [/^nyncj$/, 'city', '农业农村厅', '农业农村局'],
  [/^swt$/, 'province', '商务厅', '商务局'],
  [/^swj$/, 'city', '商务厅', '商务局'],
  [/^yjt$/, 'province', '应急管理厅', '应急管理局'],
  [/^yjj$/, 'city', '应急管理厅', '应急管理局'],
  [/^sthjt$/, 'province', '生态环境厅', '生态环境局'],
  [/^sthjj$/, 'city', '生态环境厅', '生态环境局'],
  [/^zjt$/, 'province', '住房和城乡建设厅', '住房和城乡建设局'],
  [/^zjj$/, 'city', '住房和城乡建设厅', '住房和城乡建设局'],
  [/^gxt$/, 'province', '工业和信息化厅', '工业和信息化局'],
  [/^gxj$/, 'city', '工业和信息化厅', '工业和信息化局'],
  [/^jtt$/, 'province', '交通运输厅', '交通运输局'],
  [/^jtj$/, 'city', '交通运输厅', '交通运输局'],
  [/^fgw$/, 'any', '发展和改革委员会', '发展和改革委员会'],
  [/^slt$/, 'province', '水利厅', '水利局'],
  [/^slj$/, 'city', '水利厅', '水利局'],
  // (A province's forestry department is a 林业局 too: 广东省林业局.)
  [/^lyj$/, 'any', '林业局', '林业局'],
];

let byPinyin: Map<string, Division[]> | undefined;
/** Divisions by the toneless pinyin of their short name (ankang → 安康市). */
function placesByPinyin(): Map<string, Division[]> {
  if (byPinyin) return byPinyin;
  const map = new Map<string, Division[]>();
  for (const d of allDivisions()) {
    if (!d.short) continue;
    const key = pinyin(d.short, { toneType: 'none', type: 'array', v: true }).join('');
    map.set(key, [...(map.get(key) ?? []), d]);
  }
  byPinyin = map;
  return map;
}

/** The kinds of paper a digital edition's code ends in (`dtrb` = 大同日报, `hxdsb` = 某都市报). */
const PAPER_KINDS: Record<string, string> = { rb: '日报', wb: '晚报', dsb: '都市报' };

let byInitials: Map<string, Division[]> | undefined;
/** Divisions of two- or three-character short names, by the initials of their pinyin (大同 → dt). */
function placesByInitials(): Map<string, Division[]> {
  if (byInitials) return byInitials;
  const map = new Map<string, Division[]>();
  for (const d of allDivisions()) {
    if (d.short.length < 2 || d.short.length > 3) continue;
    const key = pinyin(d.short, { pattern: 'first', toneType: 'none', type: 'array' }).join('');
    map.set(key, [...(map.get(key) ?? []), d]);
  }
  byInitials = map;
  return map;
}

/**
 * The paper of a digital edition, by the code in its address (`epaper.某.cn/dtrb/html/…`, `zzrb.某.cn`, `/yarb/2017…`):
 * the initials of a place's name and of the kind of paper (rb 日报, wb 晚报, dsb 都市报), when exactly one place of those
 * initials is named in the report (大同 in a report on epaper…/dtrb/ → 大同日报). Undefined otherwise: letters alone
 * name no paper.
 */
export function paperOfAddress(url: string | undefined, text: string): string | undefined {
  let parts: string[];
  try {
    const u = new URL(url ?? '');
    parts = [...u.hostname.toLowerCase().split('.'), ...u.pathname.toLowerCase().split('/')];
  } catch {
    return undefined;
  }
  const found = new Set<string>();
  for (const part of parts) {
    const m = /^([a-z]{2,3})(rb|wb|dsb)$/.exec(part);
    if (!m) continue;
    for (const d of placesByInitials().get(m[1]!) ?? [])
      if (text.includes(d.short)) found.add(`${d.short}${PAPER_KINDS[m[2]!]}`);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * Sites that carry other outlets' reports, or their users' posts, under their own address: news aggregators
 * (Yahoo奇摩新闻), portals (新浪网, 腾讯网, 网易, 搜狐网) and writing platforms (美篇, 百家号). The address names no outlet;
 * the page's credit does. On the 560 blind reports of stops 48 and 49 no reader named one of them as an outlet; while
 * the address table still named them, it read them eleven times, wrong each time. Host → the site's name, for the
 * editor's note.
 */
const AGGREGATORS: Record<string, string> = {
  'tw.news.yahoo.com': 'Yahoo奇摩新闻',
  'tw.mobi.yahoo.com': 'Yahoo奇摩新闻',
  'hk.news.yahoo.com': 'Yahoo新闻',
  'sina.com.cn': '新浪网',
  'qq.com': '腾讯网',
  '163.com': '网易',
  'sohu.com': '搜狐网',
  'meipian.cn': '美篇',
  'jianpian.cn': '简篇',
  'baijiahao.baidu.com': '百家号',
  'toutiao.com': '今日头条',
};

/** The aggregator a page address belongs to (AGGREGATORS), or undefined. */
export function aggregatorOf(url: string | undefined): string | undefined {
  const host = hostOf(url);
  // (Not the portal's own channel of a place or of sports, which reports for itself: portalChannel.)
  if (host && portalChannel(host)) return undefined;
  const key = host && Object.keys(AGGREGATORS).find((k) => host === k || host.endsWith(`.${k}`));
  return key ? AGGREGATORS[key] : undefined;
}

/**
 * `新浪->国内新闻`, `腾讯新闻`, `网易`: a portal or writing platform named as where a piece was taken from (its channel after
 * an arrow), which is no outlet of the piece (AGGREGATORS).
 */
export function isAggregatorName(name: string): boolean {
  const bare = name.replace(/\s*-*>.*$/, '').replace(/(?:网|新闻|资讯)$/, '');
  return bare.length >= 2 && Object.values(AGGREGATORS).some((a) => brandOf(a) === bare);
}

/** A portal's brand, without 网 or 新闻 (新浪网 → 新浪). */
export const brandOf = (portal: string): string => portal.replace(/(?:网|新闻)$/, '');

/** A page address's host, lower case, without `www.`, `m.` or `wap.`; undefined for none or one that does not parse. */
export function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^(?:www|m|wap)\./, '');
  } catch {
    return undefined;
  }
}

/** A city's or county's portal, `www.<key>.gov.cn` (the host without `www.`): group 1 is its key, the place's pinyin. */
const PORTAL = /^([a-z]{4,})\.gov\.cn$/;

/**
 * The outlet a URL names, or undefined. `text`, the report's, picks among places of one pinyin (`fuzhou`: 福州市 or
 * 抚州市) the one it names. With `portals: false`, a city's or county's portal names none (portalOutlet).
 */
export function outletFromUrl(
  url: string | undefined,
  text = '',
  { portals = true }: { portals?: boolean } = {},
): string | undefined {
  const host = hostOf(url);
  if (!host) return undefined;
  // `fj.people.com.cn`: 人民网's channel of a province, by the province's code (人民网福建频道); `jl.cri.cn`, 国际在线's
  // (国际在线吉林频道; round 255).
  const channel = /^([a-z]+)\.(people\.(?:com\.)?cn|cri\.cn)$/.exec(host);
  const short = channel && channelPlace(channel[1]!, { cities: false });
  if (short) return `${channel[2] === 'cri.cn' ? '国际在线' : '人民网'}${short}频道`;
  const own = portalChannel(host);
  if (own) return own;
  const site = Object.keys(SITES)
    .filter((k) => host === k || host.endsWith(`.${k}`))
    .sort((a, b) => b.length - a.length)[0];
  if (site) return SITES[site];
  const portal = PORTAL.exec(host)?.[1];
  if (portal) return portals ? portalOutlet(portal, text) : undefined;
  return governmentOutlet(host, text);
}

/** A portal's channels that write their own stories: its sports channel, and its channel of a province or a city. */
const PORTAL_CHANNELS: Record<string, string> = { 'sina.com.cn': '新浪', 'ifeng.com': '凤凰网' };

/**
 * `jl.sina.com.cn`, `shenzhen.sina.com.cn`, `jl.ifeng.com`, `sports.sina.com.cn`: a portal's own channel of a province
 * (by its code) or a city (by the pinyin of its short name, one city-level place of that pinyin), or its sports channel,
 * which report for themselves (新浪吉林, 新浪深圳, 凤凰网吉林, 新浪体育), unlike the portal's news pages that carry others'
 * stories (AGGREGATORS). Readers of the 1,040 blind reports pooled at stop 71 named such a channel 5 times of 5.
 */
function portalChannel(host: string): string | undefined {
  const m = /^([a-z]+)\.(sina\.com\.cn|ifeng\.com)$/.exec(host);
  if (!m) return undefined;
  const brand = PORTAL_CHANNELS[m[2]!]!;
  if (m[1] === 'sports') return `${brand}体育`;
  const place = channelPlace(m[1]!, { cities: true });
  return place && `${brand}${place}`;
}

/**
 * The short name of the place a site's channel is for, by the first label of its host: a province's code (`jl` → 吉林),
 * or, with `cities`, the pinyin of one city-level place (`shenzhen` → 深圳).
 */
function channelPlace(code: string, { cities }: { cities: boolean }): string | undefined {
  const province = PROVINCE_CODES[code];
  if (province) return divisionsNamed(province)[0]?.short || undefined;
  if (!cities) return undefined;
  const places = (placesByPinyin().get(code) ?? []).filter((d) => d.level === 'city' || isMunicipality(d));
  return places.length === 1 ? places[0]!.short || undefined : undefined;
}

function governmentOutlet(host: string, text: string): string | undefined {
  const parts = host.split('.');
  const dept = DEPARTMENTS.find(([re]) => re.test(parts[0]!));
  if (!dept || parts.length < 3) return undefined;
  const placeKey = parts[1]!;
  const province = PROVINCE_CODES[placeKey];
  const ofPinyin = placesByPinyin().get(placeKey) ?? [];
  const named = ofPinyin.filter((d) => text.includes(d.short));
  const places = province ? divisionsNamed(province) : ofPinyin.length > 1 && named.length ? named : ofPinyin;
  const wanted =
    dept[1] === 'province'
      ? places.filter((d) => d.level === 'province')
      : dept[1] === 'city'
        ? places.filter((d) => d.level !== 'province' || isMunicipality(d))
        : places;
  const cities = wanted.filter((d) => d.level === 'city' || isMunicipality(d));
  const pick = wanted.length === 1 ? wanted : dept[1] !== 'province' && cities.length === 1 ? cities : [];
  if (pick.length !== 1) return undefined;
  const d = pick[0]!;
  return `${d.name}${d.level === 'province' && !isMunicipality(d) ? dept[2] : dept[3]}`;
}

/**
 * `www.tengzhou.gov.cn`: the portal of a city or county, by the pinyin of its short name, is its people's government's
 * (滕州市人民政府); among places of one pinyin, the one the report names. On the 960 blind reports of stops 62 to 64,
 * readers named such a page's outlet so 5 times of 5 where it says no other (where a label names a unit, `来源：某镇`,
 * they wrote the unit: see siteOutlet in facts/source.ts).
 */
function portalOutlet(key: string, text: string): string | undefined {
  const place = portalPlace(key, text);
  return place && `${place.name}人民政府`;
}

/** The city or county whose portal `www.<key>.gov.cn` is (among places of one pinyin, the one the report names). */
function portalPlace(key: string, text: string): Division | undefined {
  const places = (placesByPinyin().get(key) ?? []).filter((d) => d.level !== 'province');
  const named = places.filter((d) => text.includes(d.short));
  const pick = places.length === 1 ? places : named.length === 1 ? named : [];
  return pick[0];
}

/**
 * A city's or county's bureau named on its portal without the place (`来源：林业局`, `来源：市水利局` on `www.某.gov.cn`):
 * the bureau's full name (某市林业局), or undefined where the address is no such portal or the name is another level's
 * (`省林业局` on a city's portal).
 */
export function unitOfPortal(url: string | undefined, text: string, unit: string): string | undefined {
  const key = PORTAL.exec(hostOf(url) ?? '')?.[1];
  const place = key && portalPlace(key, text);
  if (!place) return undefined;
  const own = place.name.at(-1)!;
  if (/^[省市区县]/.test(unit)) return unit[0] === own ? `${place.name}${unit.slice(1)}` : undefined;
  return `${place.name}${unit}`;
}

/** How many characters of a name the letters spell, each by its initial or its whole syllable, some skipped; 0 if none. */
function spelled(letters: string, syllables: readonly string[]): number {
  const memo = new Map<string, number>();
  const go = (at: number, from: number): number => {
    if (at === letters.length) return 0;
    const key = `${at}:${from}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let best = -1;
    for (let c = from; c < syllables.length; c++) {
      const s = syllables[c]!;
      const ways = new Set([s, s.slice(0, /^[zcs]h/.test(s) ? 2 : 1), s[0]!]);
      for (const w of ways) {
        if (!/^[a-z]+$/.test(w) || !letters.startsWith(w, at)) continue;
        const rest = go(at + w.length, c + 1);
        if (rest >= 0) best = Math.max(best, rest + 1);
      }
    }
    memo.set(key, best);
    return best;
  };
  return Math.max(0, go(0, 0));
}

/**
 * A body's own site: the first label of the address spells the name of a body the report names, by the initials or
 * syllables of its characters in order (`lysgsl.org.cn` → 洛阳市工商联, `zdjjh.…` → 安徽中德教育合作基金会): at least
 * four characters, and at least two in five of the name; of several, the one most of whose name is spelled. The page is
 * then the body's own publication.
 */
export function bodyOfSite(url: string | undefined, names: readonly string[]): string | undefined {
  const label = hostOf(url)?.split('.')[0];
  if (!label || !/^[a-z]{4,}$/.test(label)) return undefined;
  const fits = [...new Set(names)]
    .map((name) => {
      const n = spelled(label, pinyin(name, { toneType: 'none', type: 'array', v: true }));
      return { name, share: n >= 4 && n * 5 >= name.length * 2 ? n / name.length : 0 };
    })
    .filter((f) => f.share > 0)
    .sort((a, b) => b.share - a.share);
  // The name the letters spell most of; two spelled as well: the page does not say which.
  return fits[0] && fits[0].share !== fits[1]?.share ? fits[0].name : undefined;
}
