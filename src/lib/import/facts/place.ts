/**
 * Where the event was held, normalised against the administrative divisions:
 * `在广州南沙举办` → 广州市 (district 南沙区), `在渝举行` → 重庆市, `在昆明召开` →
 * 昆明市. The venue phrase (`在X举行`) is read first; a place that contradicts
 * every other place the report names (a hotel called 丽水… in a report about
 * 昆明) is not trusted; without a venue, the place in the event's name or in
 * the subject that convened it (`福鼎市召开`, `旬阳市民政局召开`) is used, but
 * only when written in full (嘉定区, not 嘉定), so words are not taken for places.
 */
import { chainOf, cityOf, FOREIGN_CITIES, isWithin, placeAt, samePlace, type Division } from '../divisions.ts';
import { hostOf } from '../outlets.ts';
import { VISIT } from './event.ts';
import type { PlaceFact } from './types.ts';

export interface PlaceContext {
  /** The key sentence (and the headline) with `在X举行`. */
  sentences: readonly string[];
  title?: string;
  headline?: string;
  /** Organizers, hosts and the like: their leading place names are context. */
  organizations: readonly string[];
  /** Who convened the event, as the key sentence writes it (`福鼎市`, `旬阳市民政局`). */
  convener?: string;
  /** The byline's dispatch city (中新网广州…电). */
  dispatchCity?: string;
  /**
   * The city a Taiwanese paper's reporter filed from (`〔记者甲／台北报导〕`, reporterCity): a local reporter at a local
   * event, whose venue (`在某国小举行`) the gazetteer cannot place. Read as the dispatch city, and even when a venue is
   * named.
   */
  reporterCity?: string;
  /** The whole text, to place a venue the gazetteer does not know (云龙镇) by another mention of it. */
  text: string;
  /** The outlet the page's address names (`mzj.huangshan.gov.cn` → 黄山市民政局), for a report that says only 我市/市民政局. */
  siteOutlet?: string;
  /** The outlet read from the page (`天门日报`): a local paper's 我市 is its city. */
  outlet?: string;
  /** The page's address, whose host may say the report is Macau's or Hong Kong's own (`….com.mo`, `….hk`). */
  url?: string;
}

export interface PlaceResult {
  place?: PlaceFact;
  from?: string;
  how: string;
}

/**
 * `在某地举行`, and `假某酒店举行` (Hong Kong and Macau usage: held at); `在深圳拉开帷幕` (or 序幕), the curtain rising there;
 * `在台南市展开2天议程`, `在高雄登场`.
 */
const VENUE =
  /(?:^|[，,。\s])?(?:在|于|到|赴|假)([^，,。；在于到赴假]{1,30}?)(?:隆重|正式|顺利|盛大|成功|圆满|如期|举行|召开|举办|开幕|启幕|启动|开展|展开|登场|落幕|落下帷幕|[拉揭]开(?:帷幕|序幕)|闭幕|揭牌|开班|开营)/g;

/** The place at the start of a venue phrase, or the place written before another mention of the venue (海口市琼山区云龙镇). */
function venuePlace(venue: string, text: string): { division: Division; written: string } | undefined {
  const direct = placeAt(venue, { shortNames: true });
  // `在复兴镇电影院`: a short name followed by 镇, 乡, 村 or 街道 names a town of that name, not the district (复兴区).
  const town =
    !!direct && direct.length < direct.division.name.length && /^(?:镇|乡|村|街道)/.test(venue.slice(direct.length));
  // `在江南工业园举行`, `在滨湖国际会展中心`: a district's or county's short name (江南区's, 滨湖区's), with more of the
  // venue after it, is the venue's own word unless the report names its city too (not `在罗田召开`, the name alone, nor
  // `在维西县举行`, with its suffix).
  const word =
    !!direct &&
    direct.division.level === 'county' &&
    venue.slice(0, direct.length) === direct.division.short &&
    venue.length > direct.length &&
    !/^[县区市旗]/.test(venue.slice(direct.length)) &&
    !!direct.division.parent &&
    !text.includes(direct.division.parent.short || direct.division.parent.name);
  // `在“四川的科技之城绵阳”`: a province, then what its city is called, then the city's name closing the venue (round 308).
  if (direct?.division.level === 'province')
    for (let i = direct.length + 1; i < venue.length - 1; i++) {
      const city = placeAt(venue.slice(i), { shortNames: true });
      if (
        city &&
        city.division.level !== 'province' &&
        isWithin(city.division, direct.division) &&
        i + city.length === venue.length
      )
        return { division: city.division, written: venue.slice(i) };
    }
  if (direct && !town && !word) return { division: direct.division, written: venue.slice(0, direct.length) };
  // `在西北名城甘肃省兰州市开幕`: what the place is called, unquoted, before its name written in full with its province.
  if (!direct)
    for (let i = 1; i < venue.length - 3; i++) {
      const chained = placeAt(venue.slice(i));
      if (chained && chained.written.length >= 2 && chained.division.level !== 'province')
        return { division: chained.division, written: venue.slice(i, i + chained.length) };
    }
  // `在太召开`: a one-character abbreviation of a place the report names in full (太仓市).
  if (/^\p{Script=Han}$/u.test(venue)) {
    const named = citiesNamed(text, false).filter((d) => d.name.startsWith(venue));
    return named.length === 1 ? { division: named[0]!, written: venue } : undefined;
  }
  const head = /^[\p{Script=Han}]{2,6}?(?:镇|乡|街道|村|社区)/u.exec(venue)?.[0];
  if (!head) return undefined;
  for (const m of text.matchAll(new RegExp(`([\\p{Script=Han}]{2,16})${head}`, 'gu'))) {
    const before = m[1]!;
    for (let i = 0; i < before.length - 1; i++) {
      const p = placeAt(before.slice(i), { shortNames: true });
      if (p && p.length === before.length - i) return { division: p.division, written: before.slice(i) + head };
    }
  }
  return undefined;
}

/** The year and edition that may open an event's name (`2012年第三届`, `首届`), before any place in it. */
const YEAR_EDITION = /^(?:(?:19|20)\d{2}年?度?)?\s*(?:第[一二三四五六七八九十百\d]+届|首届)?\s*/u;

/**
 * Events of history named by a place (南京大屠杀, 西安事变, 淮海战役), commemorated everywhere: the place they name is not
 * where the commemoration is held (round 305: `某县在广场悼念南京大屠杀死难者` is held in the county, not in 南京).
 */
const HISTORY =
  /南京大屠杀|卢沟桥事变|七七事变|西安事变|皖南事变|遵义会议|古田会议|南昌起义|秋收起义|广州起义|百色起义|平型关大捷|台儿庄战役|淮海战役|辽沈战役|平津战役|渡江战役|淞沪会战|长沙会战|武汉会战/g;
const withoutHistory = (s: string): string => s.replace(HISTORY, (m) => '某'.repeat(m.length));

/** A place written in full at the start of a name (`嘉定区…`, `湖南省衡阳市…`, `旬阳市民政局`), or in brackets (`（苏州）`). */
function placeInName(name: string, isTitle = false): Division | undefined {
  const bare = withoutHistory(name).replace(YEAR_EDITION, '');
  // `甲市驻乙市联络站`: an office stationed (驻) somewhere is in that place, not in the one that sent it.
  const stationed = /驻([\p{Script=Han}]{2,6})/u.exec(bare);
  if (stationed) return placeAt(stationed[1]!, { shortNames: true })?.division;
  // (Not a company's, `某文化传媒（广州）有限责任公司`: where it is registered, not where its event is, round 246.)
  const bracket = /公司$/.test(bare) ? null : /[（(]([\p{Script=Han}]{2,6})[)）]/u.exec(bare);
  // 香港, 澳门: the regions' own short names, never another word, count at the start of a name (香港某总商会); so do the
  // municipalities' at the start of the event's own name (`上海2022年全市某会议`; not the 上海合作组织, whose meetings move,
  // nor a body's, `北京某学院`, nor a headline's, `北京冬奥会倒数100天` over an event in Macau).
  const region = (isTitle ? /^(?:香港|澳门|北京|上海(?!合作)|天津|重庆)/ : /^(?:香港|澳门)/).exec(bare)?.[0];
  const found =
    placeAt(bare)?.division ??
    (region ? placeAt(region, { shortNames: true })?.division : undefined) ??
    (bracket ? placeAt(bracket[1]!, { shortNames: true })?.division : undefined);
  if (found) return found;
  // A full place name inside the name (2022年“上海慈善周”嘉定区主题活动, …暨镇江市总商会…).
  for (const m of bare.matchAll(/[\p{Script=Han}]{2,5}?(?:区|县|市)/gu)) {
    for (let i = 0; i < m[0].length - 1; i++) {
      const p = placeAt(m[0].slice(i));
      if (p && p.length === m[0].length - i && p.division.level !== 'province') return p.division;
    }
  }
  return undefined;
}

/** Cities and counties the text names (`温州`, `太仓市`), each once; with `shortNames`, short forms count too. */
function citiesNamed(written: string, shortNames = true): Division[] {
  const text = withoutHistory(written);
  const out = new Map<string, Division>();
  for (let i = 0; i < text.length - 1; i++) {
    const p = placeAt(text.slice(i, i + 12), { shortNames });
    if (!p || p.length < 2 || !cityOf(p.division)) continue;
    // (`代理县长`: a two-character county's name whose 县 is the head of 县长 is a word's end, not the county 理县.)
    if (p.length === 2 && /[县区市]$/.test(p.division.name) && text[i + 2] === '长') continue;
    // Short names only for prefecture-level cities: a county's short name is too often a word (振兴 → 振兴区); a county
    // written in full after its city (`洛阳市宜阳县`) counts.
    if (p.division.level !== 'city' && !text.slice(i, i + p.length).endsWith(p.division.name)) {
      i += p.length - 1;
      continue;
    }
    out.set(p.division.code, p.division);
    i += p.length - 1;
  }
  return [...out.values()];
}

const toFact = (d: Division, written: string): PlaceFact => {
  const city = cityOf(d)!;
  const chain = chainOf(d);
  return {
    city: city.name,
    district: d.level === 'county' && d !== city ? d.name : undefined,
    province: chain[0] !== city ? chain[0]!.name : undefined,
    code: d.code,
    written,
  };
};

/** `甲市民政局一行莅临乙市某协会座谈交流`: a visit takes place at the host's, not where the visitors come from. */
function visitedPlace(ctx: PlaceContext): PlaceResult | undefined {
  for (const text of [ctx.title, ctx.headline]) {
    const m = text ? VISIT.exec(text) : null;
    if (!m) continue;
    const d = placeAt(m[1]!, { shortNames: true })?.division;
    if (d && cityOf(d)) return { place: toFact(d, d.name), from: text, how: `来访的去处“${m[1]}”` };
    return { how: `报道写的是来访（“${m[0]}”），去处没有写地名，城市待定` };
  }
  return undefined;
}

/** Macau's papers whose names do not say where they are. */
const MACAU_PAPERS = /^(?:华侨报|星报|力报|正报|市民日报|讯报)$/;

/** `在绥芬河开幕`: a place's short name right after 在 and right before the verb of holding. */
const VENUE_SHORT = /在(\p{Script=Han}{2,4}?)(?:开幕|举行|召开|举办|启幕|揭幕|成功举办|隆重举行|隆重开幕)/gu;
/** `(讯报棉兰讯)`, `（某报吉隆坡8日电）`: a dateline in brackets, opening the report, filed from a city abroad. */
const FILED_ABROAD = new RegExp(`^[（(【][^）)】\\n]{0,10}?(?:${FOREIGN_CITIES})(?:\\d{1,2}日)?(?:讯|电)[）)】]`);

/**
 * Macau or Hong Kong, when the report is one of theirs: on a host of theirs (`.mo`, `.hk`), by an outlet named after one
 * (`澳门日报`), or in Macau's word for itself (`本澳`). Their papers place an event at a hall or hotel alone (`假某艺廊
 * 开幕`), and their readers write the region as its city.
 */
function regionOf(ctx: Pick<PlaceContext, 'url' | 'outlet' | 'text'>): Division | undefined {
  const host = hostOf(ctx.url) ?? '';
  const name =
    /\.mo$/.test(host) || /本澳/.test(ctx.text) || MACAU_PAPERS.test(ctx.outlet ?? '')
      ? '澳门'
      : /\.hk$/.test(host)
        ? '香港'
        : undefined;
  const d = name
    ? placeAt(name, { shortNames: true })?.division
    : placeAt(ctx.outlet ?? '', { shortNames: true })?.division;
  return d && /^(?:香港|澳门)/.test(d.name) ? d : undefined;
}

export function readPlace(ctx: PlaceContext): PlaceResult {
  const visited = visitedPlace(ctx);
  if (visited) return visited;
  const region = regionOf(ctx);
  const context: Division[] = [];
  for (const n of [ctx.title, ctx.headline, ctx.convener, ...ctx.organizations]) {
    const d = n ? placeAt(n.replace(/^(?:(?:19|20)\d{2}年?度?)/, ''))?.division : undefined;
    if (d) context.push(d);
  }
  // (A host or organizer named by its city's short name, `南京某协会承办`, places the event too, round 245: one body of
  // another province among the organizers no longer makes `在南京举行` a hotel's name.)
  for (const n of ctx.organizations) {
    const d = placeAt(n, { shortNames: true })?.division;
    if (d && cityOf(d)) context.push(d);
  }
  const filedCity = ctx.dispatchCity ?? ctx.reporterCity;
  const filedIn = filedCity ? placeAt(filedCity, { shortNames: true })?.division : undefined;
  if (filedIn) context.push(filedIn);
  // A venue the report names, placed or not (`在德国杜塞尔多夫会展中心开幕`, `在这里举行`, `在北京举行` on a page filed
  // from another city).
  let venueNamed = false;
  let provinceOnly: { province: Division; how: string } | undefined;
  for (const sentence of ctx.sentences) {
    for (const m of sentence.matchAll(VENUE)) {
      // `在“世界围屋之都”江西省赣州市龙南市开幕`: what the place is called, quoted before its name, is no part of it.
      const where = m[1]!.replace(/^[“「][^”」]{2,16}[”」]/, '');
      // `新华社澳门5月14日电 …14日在此间拉开帷幕`: 此间 (here) is where the dispatch was filed.
      if (where === '此间') {
        const filed = ctx.dispatchCity ? placeAt(ctx.dispatchCity, { shortNames: true })?.division : undefined;
        if (filed && cityOf(filed))
          return {
            place: toFact(filed, ctx.dispatchCity!),
            from: sentence,
            how: `“在此间”，即电头的发稿地“${ctx.dispatchCity}”`,
          };
      }
      // 在北京、厦门同步举行: more than one place is not the event's city (`在天津某宫和滨海新区某园`, two venues
      // of one city, are).
      const parts = where.split(/[、和与]/);
      const last = parts.length > 1 ? placeAt(parts.at(-1)!, { shortNames: true }) : undefined;
      const first = last ? placeAt(parts[0]!, { shortNames: true }) : undefined;
      const oneCity = !!first && !!cityOf(first.division) && cityOf(first.division) === cityOf(last!.division);
      if (last && !oneCity) return { how: `报道写在“${m[1]}”举行，不止一个地方，城市待定` };
      const venue = venuePlace(where, ctx.text);
      venueNamed = true;
      if (!venue) continue;
      const consistent = !context.length || context.some((c) => samePlace(c, venue.division));
      // (`中评社桃园…电` on `某校友会成立大会6月17日在福建厦门举行`, `某联盟第一次会议在浙江省台州市召开` on a page of a
      // 南京 body: a venue written with its province before it, in the sentence that names the event, is no hotel's name,
      // and what the report says elsewhere does not overrule it.)
      const chained =
        (placeAt(where, { shortNames: true })?.written.length ?? 0) >= 2 &&
        !!ctx.title &&
        sentence.includes(ctx.title.replace(/^(?:19|20)\d{2}年?度?/, '').slice(0, 6));
      // (`于15日在哈尔滨市召开` on a report whose organizer is a district of 大连: a venue that is only a city's full name is no
      // hotel's name either.)
      const whole = where === venue.written && venue.written === venue.division.name && /[市区县]$/.test(where);
      // (Nor one in Hong Kong or Macau, `9日在香港会展中心举行` on a dispatch from 北京: their short names are no other word.)
      const inRegion = /^(?:香港|澳门)/.test(where);
      if (!consistent && !chained && !whole && !inRegion) continue;
      // (`在北安出入境事务大楼举行` in a Macau paper: a county's short name, 北安市's, names a building of the region's.)
      if (
        region &&
        !samePlace(region, venue.division) &&
        venue.written !== venue.division.name &&
        venue.division.level === 'county'
      )
        continue;
      // (`在茅台镇…基地`: a venue placed only in its province may still be placed by the event's name or its convener, in
      // that province, `贵州省仁怀市某公司…大典`; round 251.)
      if (!cityOf(venue.division)) {
        provinceOnly ??= { province: venue.division, how: `会场在“${m[1]}”，只读到省级地名，城市待补` };
        continue;
      }
      return { place: toFact(venue.division, venue.written), from: sentence, how: `会场“${m[1]}”` };
    }
  }
  // The first organizer's place only when the organizers do not name different places (京、津、冀 together).
  const orgPlaces = ctx.organizations.map((o) => placeInName(o)).filter((d): d is Division => !!d);
  const oneOrgPlace = orgPlaces.every((d) => samePlace(d, orgPlaces[0]!));
  for (const [name, what] of [
    [ctx.title, '会议名称'],
    [ctx.convener, '召集方'],
    [ctx.headline, '报道标题'],
    ...(oneOrgPlace ? ctx.organizations.slice(0, 1).map((o) => [o, '召集单位'] as const) : []),
  ] as const) {
    // (`甲市某区、乙市某区、…`: a convener that lists several places names none of them.)
    if (name && what !== '会议名称' && name.split('、').filter((part) => placeInName(part)).length > 1) continue;
    const d = name ? placeInName(name, what === '会议名称') : undefined;
    if (d && cityOf(d) && (!provinceOnly || samePlace(d, provinceOnly.province)))
      return { place: toFact(d, d.name), from: name, how: `${what}中的“${d.name}”` };
  }
  if (provinceOnly) {
    // (`在台湾某公司基隆厂举行` under `〔记者甲／基隆报导〕`: the city the story was filed from, in that province.)
    const filed = filedIn && samePlace(provinceOnly.province, filedIn) ? filedFrom(ctx) : undefined;
    return filed ?? { how: provinceOnly.how };
  }
  // 我市召开… / 市民政局召开…: the one city the report names, else the city whose site published it.
  const relative =
    /我市|全市|本市|我县|全县|我区|全区/.test(ctx.text) ||
    /^[市县区](?:委|政府|民政局|人民政府)/.test(ctx.convener ?? '');
  if (relative) {
    const cities = citiesNamed(ctx.text)
      .map((d) => cityOf(d)!)
      .filter((d, i, all) => all.findIndex((x) => x.code === d.code) === i);
    if (cities.length === 1)
      return {
        place: toFact(cities[0]!, cities[0]!.name),
        from: ctx.text.slice(0, 40),
        how: `报道说“我市/市…”，文中只提到“${cities[0]!.name}”这一个城市`,
      };
    // Several cities named (a guest from elsewhere): a local paper's 我市 is the city in its name, when named in the text.
    const paper = ctx.outlet ? placeAt(ctx.outlet, { shortNames: true })?.division : undefined;
    // (And when it names no city at all but in words the divisions do not read as one, `某某银行太仓分行`: the paper's
    // city, round 308.)
    const own =
      paper && cityOf(paper)
        ? (cities.find((d) => d.code === cityOf(paper)!.code) ?? (cities.length ? undefined : cityOf(paper)))
        : undefined;
    if (own)
      return {
        place: toFact(own, own.name),
        from: ctx.outlet,
        how: `报道说“我市/市…”，发布媒体是${ctx.outlet}，文中也提到“${own.name}”`,
      };
    // …or the one city whose own offices the text names (`某市民政局…科长`; a guest's agency from elsewhere is no office).
    const offices = cities.filter((d) =>
      new RegExp(`${d.name}(?:民政局|人民政府|政府|市委|委员会|人大|政协)`).test(ctx.text),
    );
    if (cities.length > 1 && offices.length === 1)
      return {
        place: toFact(offices[0]!, offices[0]!.name),
        from: ctx.text.slice(0, 40),
        how: `报道说“我市/全市…”，文中提到的城市里只有“${offices[0]!.name}”的机关`,
      };
    const site = ctx.siteOutlet ? placeAt(ctx.siteOutlet)?.division : undefined;
    if (!cities.length && site && cityOf(site))
      return {
        place: toFact(site, site.name),
        from: ctx.siteOutlet,
        how: `报道说“我市/市…”，发布网站是${ctx.siteOutlet}的`,
      };
  }
  const filed = (!venueNamed || (ctx.reporterCity && !ctx.dispatchCity)) && filedFrom(ctx);
  if (filed) return filed;
  // A Macau or Hong Kong report whose event's sentences name no other city: the region (`假万豪艺廊开幕`).
  // (Not `2016中国景德镇国际陶瓷博览会` in a Hong Kong paper: a city's short name in the event's own name is another city.)
  // (Round 274: nor `…论坛在绥芬河开幕` in a Hong Kong paper, a county-level city by its short name where the event was
  // held; nor `(讯报棉兰讯)`, a dateline from a place abroad in a paper named like a Macau one.)
  const venues = [...eventText(ctx).matchAll(VENUE_SHORT)].flatMap((m) => {
    const d = placeAt(m[1]!, { shortNames: true })?.division;
    return d && cityOf(d) ? [d] : [];
  });
  const others = [...citiesNamed(eventText(ctx), false), ...citiesNamed(ctx.title ?? ''), ...venues];
  if (region && ctx.title && !FILED_ABROAD.test(ctx.text.trimStart()) && others.every((d) => samePlace(region, d)))
    return { place: toFact(region, region.name), from: ctx.outlet ?? ctx.url, how: `${region.name}的报道，会场在当地` };
  const opening = ctx.title ? placeOpeningName(ctx.title, ctx.text) : undefined;
  if (opening)
    return { place: toFact(opening, opening.name), from: ctx.title, how: `会议名称开头的地名“${opening.name}”` };
  return { how: '报道没有写举办地' };
}

/**
 * `2012台南芒果节`, `第十一届禹州钧瓷文化旅游节`, `2010中国青岛国际海洋节`, `中国·康保第二届…`: a city's or county's short name
 * opening the event's own name, after its year, edition and a leading 中国, where nothing else in the report places it.
 * On stops 62 and 63's 880 blind reports, readers wrote that place as the city 21 times of 22 where the importer read
 * none (and 140 of 145 where it read one elsewhere). A county only outside quotes and where the report also writes its
 * name in full (a county's short name is often a word: `「振兴竹产业…」`, `合作社表扬晚宴`); not a province (`湖南` alone
 * does not say where).
 */
function placeOpeningName(title: string, text: string): Division | undefined {
  const quoted = /^[“"「『]/.test(title);
  const bare = title
    .replace(/^[“"「『]/, '')
    .replace(YEAR_EDITION, '')
    .replace(/^\s*(?:中国\s*[·・•]?\s*)/u, '');
  const p = placeAt(bare, { shortNames: true });
  if (!p || !cityOf(p.division)) return undefined;
  const county = p.division.level === 'county';
  return county && (quoted || !text.includes(p.division.name)) ? undefined : p.division;
}

/** `电/据新华社报导，`, `电 据某报消息，`: a dateline, then the agency or paper whose story it relays. */
const RELAYED = /(?:日电|讯)\s*[/／]?\s*据\p{Script=Han}{2,8}?(?:报道|报导|消息|电)[，,]/u;

/** The event's name and the sentences about it, where the last-resort places look for another city. */
const eventText = (ctx: PlaceContext) => [ctx.title ?? '', ...ctx.sentences].join('\n');

/**
 * `本报海口9月21日电`, `中新社龙岩十一月十三日电`: with no venue, name or convener to place it, the city the report was filed
 * from, where its reporter saw the event. Only for an event the report names; not when the event's sentences name
 * another city, nor for a meeting held by telephone, video or online, which has no one place (a venue named, placed or
 * not, is checked by the caller).
 */
function filedFrom(ctx: PlaceContext): PlaceResult | undefined {
  const from = ctx.dispatchCity ?? ctx.reporterCity;
  const filed = from ? placeAt(from, { shortNames: true })?.division : undefined;
  const city = filed && cityOf(filed);
  if (!city || !ctx.title) return undefined;
  const key = eventText(ctx);
  if (/电视电话|视频会议|视频连线|线上|网上|云端|网络直播/.test(key)) return undefined;
  // `某社北京9月8日电/据新华社报导，…`: a dispatch relaying another agency's story was filed far from the event (round 246).
  if (RELAYED.test(key)) return undefined;
  if (citiesNamed(key, false).some((d) => cityOf(d) !== city)) return undefined;
  return {
    place: toFact(filed, from!),
    from,
    how: ctx.dispatchCity ? `电头的发稿地“${from}”` : `记者署名的发稿地“${from}”`,
  };
}
