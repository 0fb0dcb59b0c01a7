/**
 * Scoring the importer against hand-written expectations (the corpus bench):
 * per fact kind, true positives (read and right), false positives (read but
 * wrong, or read where the expectation says the report does not tell) and false
 * negatives (expected but missing or wrong). Precision is TP / (TP + FP), recall
 * TP / (TP + FN).
 *
 * Comparisons forgive only form, never substance:
 * - names compare without spaces, quotes, brackets and punctuation, in Simplified;
 * - an event name may carry or drop a leading place (`湖南省衡阳市…` = `衡阳市…`, `海口秀英区…` = `秀英区…`,
 *   `周至县首届慈善大会` = `首届慈善大会`) and a leading slogan before a dash
 *   (`“互助·参与·共享”——京津冀…论坛` = `京津冀…论坛`): the expectations themselves
 *   do both ways; it may carry (not drop) in front the body the expectations list as its organizer or host
 *   (`某佛教会第26届理事长就职典礼` = `第26届理事长就职典礼`);
 * - an event name may write its leading year with or without 年 (`2006国际…` = `2006年国际…`), its edition in either
 *   numerals (`第15届` = `第十五届`), and open with a bare 省, 市,
 *   区 or 县 where the other writes the place in full (`省中医药学会…` = `四川省中医药学会…`);
 * - an outlet compares without notes in brackets or after a comma or semicolon, without a trailing 网/网站/电视台 and
 *   without the city in front of a paper's name of three characters or more
 *   (`中国报道网` = `中国报道`, `青川日报(来源行),转载于 x.com` = `青川日报`, `新唐人电视台` = `新唐人`, `香港文汇报` = `文汇报`,
 *   not `北京日报` = `日报`); an expected outlet that is only a web domain
 *   (`handmsg.com（转载镜像）`) is read as "the report names no outlet", which is
 *   how expect-b writes the same case and what the schema asks (媒体不详): a
 *   domain is an address, not a publisher's name (the draft keeps it in `url`);
 *   so are words saying the page names none (`页面未署名（域名 …）`); an outlet read from the address where such
 *   words' note names that same site is not counted either way;
 * - a place matches when one lies inside the other at city level or below
 *   (`嘉定` = 上海市嘉定区; `武昌区` ⊂ 武汉市);
 * - a position matches as written (a leading `新任`/`新一届`/`现任`, the post just taken or held now, aside, and a bare
 *   kind of body in front that names none, `协会副主席` = `副主席`), or as the
 *   expected organization followed by the expected title (`云龙镇` + `镇长` = `海口市琼山区云龙镇镇长` is not, but
 *   `慈善事业促进和社会工作司` + `处长` = `慈善事业促进和社会工作司处长` is).
 */
import { toSimplified } from '../text/t2s.ts';
import { cityOf, divisionByCode, divisionsNamed, isWithin, placeAt, type Division } from './divisions.ts';
import { comparable } from './text.ts';

export interface ExpectedPerson {
  name: string;
  position: string | null;
  organization: string | null;
  role: string;
}

export interface Expected {
  event: string | null;
  date: string | null;
  city: string | null;
  outlet: string | null;
  published: string | null;
  people: ExpectedPerson[];
  organizers: string[];
  hosts: string[];
  documents: string[];
  chrome: string[];
}

export interface PredictedPerson {
  name: string;
  position?: string;
  organizations: string[];
  role: string;
}

export interface Predicted {
  event?: string;
  date?: string;
  /** Code of the most specific division read. */
  placeCode?: string;
  outlet?: string;
  published?: string;
  people: PredictedPerson[];
  /** The reporters the source credits. */
  reporters?: string[];
  organizers: string[];
  hosts: string[];
  documents: string[];
  /** The article's lines after cleaning, what cleaning kept anywhere (lines, captions, headline), and the raw text: for the chrome measures. */
  cleaned: string;
  kept: string;
  raw: string;
}

export const KINDS = [
  'event',
  'date',
  'city',
  'outlet',
  'published',
  'people',
  'peopleWithPositions',
  'personOrganization',
  'personRole',
  'organizers',
  'hosts',
  'documents',
  'chrome',
] as const;
export type Kind = (typeof KINDS)[number];

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

export interface Miss {
  kind: Kind;
  expected?: string;
  got?: string;
}

/** (○, a white circle, and 〇 are the same numeral zero as pages and editors type it: `二○二五`, `二〇二五`.) */
export const norm = (s: string) => comparable(toSimplified(s).replace(/○/g, '〇'));

/** An event name without a leading slogan (…——) and leading place names. */
export function eventKey(name: string): string {
  let s = toSimplified(name)
    .replace(/○/g, '〇')
    .replace(/^[^—]{2,30}?——/, '')
    .replace(/^“[^”]{2,30}”—+/, '')
    // `「某某启动宣示」活动` = `某某启动宣示`: the generic word for an event after a quoted name (stop 49; the expectations
    // write it both ways).
    .replace(/^([“「][^”」]{4,60}[”」])活动$/, '$1')
    // Quotes around a part of the name (`“某市2018年宣传活动”启动仪式`) do not change it.
    .replace(/[“”"「」]/g, '');
  for (;;) {
    // A short city in front of a full district (`海口秀英区…`) is a leading place too.
    const short = placeAt(s, { shortNames: true });
    const p = placeAt(s) ?? (short && /(?:[省市区县旗盟]|自治州)$/.test(s.slice(0, short.length)) ? short : undefined);
    if (!p || p.length >= s.length - 2) break;
    s = s.slice(p.length);
  }
  // `2006国际…研讨会` = `2006年国际…研讨会`: a year written with or without 年 (not 年度, a year's session); `第15届` =
  // `第十五届`: an edition in either numerals.
  return comparable(
    s
      .replace(/^((?:19|20)\d{2})年(?!度)/, '$1')
      .replace(/第(\d{1,2})(?=[届次期])/g, (_, n: string) => `第${hanNumber(Number(n))}`),
  );
}

/** 1 to 99 in Chinese numerals, as editions are written (`十五`, `二十一`). */
function hanNumber(n: number): string {
  const digit = '〇一二三四五六七八九';
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (!tens) return digit[ones]!;
  return `${tens > 1 ? digit[tens] : ''}十${ones ? digit[ones] : ''}`;
}

/**
 * `省中医药学会…` for `四川省中医药学会…`: a name that opens with a bare 省, 市, 区 or 县 standing for the place the other
 * name writes in full, with the same level word (not `市某协会` for `某省某协会`).
 */
function barePlace(bare: string, full: string, fullName: string): boolean {
  if (!/^[省市区县州]/.test(bare) || bare.slice(1) !== full) return false;
  const whole = norm(fullName);
  return whole.length > full.length && whole.endsWith(full) && whole.slice(0, -full.length).endsWith(bare[0]!);
}

/**
 * The same event: the same name, or the name read with the body that held it in front where the expectation names the
 * event without it and lists that body among its organizers or hosts (`某佛教会第26届理事长就职典礼` =
 * `第26届理事长就职典礼`): the event named whole, not another one. Never the other way round: a name read without its
 * body says less than the expectation.
 */
export function sameEvent(want: string, got: string, holders: readonly string[]): boolean {
  const [w, g] = [eventKey(want), eventKey(got)];
  if (w === g || barePlace(w, g, got) || barePlace(g, w, want)) return true;
  // `「某某」活动` = `某某活动` too: eventKey drops the 活动 after a quoted name, so one written without the quotes compares
  // without its 活动.
  const quotedActivity = (name: string) => /^[“「][^”」]{4,60}[”」]活动$/.test(toSimplified(name).trim());
  if ((quotedActivity(want) || quotedActivity(got)) && w.replace(/活动$/, '') === g.replace(/活动$/, '')) return true;
  if (!g.endsWith(w) || g.length === w.length) return false;
  const front = g.slice(0, g.length - w.length);
  return holders.some((h) => front === eventKey(h) || front === norm(h));
}

export function outletKey(name: string): string {
  // `人民网(电头…),搜狐新闻刊载`, `金山网(导语…);页面为转载站…`: what follows the name after a comma or semicolon is a note.
  const head = name.replace(/[（(][^)）]*[)）]/g, '').split(/[;；,，]/)[0]!;
  const key = norm(head).replace(/(?:网站|官网|网|电视台)$/, '');
  // `香港文汇报` = `文汇报`: the city a paper (…报) is published in, in front of a name of its own of three characters or
  // more (not `青川网络台`, a station, nor `某市都市报`, a kind of paper).
  const place = placeAt(key, { shortNames: true });
  const rest = place ? key.slice(place.length) : key;
  return place && rest.length >= 3 && /报$/.test(rest) && !/^(?:都市|法制|经济|青年|工人|农民|科技|教育)报$/.test(rest)
    ? rest
    : key;
}

/**
 * The expected outlet as a name: null when it is only a web domain, with or without a note in brackets, or words saying
 * the page names none (`页面未署名(域名 x.com)`, `页面只写“本报讯”，未写报名`).
 */
export function namedOutlet(expected: string | null): string | null {
  if (!expected) return null;
  const bare = expected.replace(/[（(][^)）]*[)）]/g, '').trim();
  if (/^(?:页面|正文|摘录){1,3}(?:未|只写|仅写|没有)|^未(?:署|写|注)/.test(bare)) return null;
  return /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i.test(bare) ? null : expected;
}

export function placeOf(name: string): Division | undefined {
  // (The whole name, or its short form with the suffix: `吉隆坡` is no 吉隆县, though it opens with that county's short name.)
  const p = placeAt(name, { shortNames: true });
  if (p && /^[市县区州盟旗]?$/.test(name.slice(p.length))) return p.division;
  const named = divisionsNamed(name);
  return named.length === 1 ? named[0] : undefined;
}

/** Same place: one inside the other, and the outer one at least a city. */
export function samePlaceAtCityLevel(a: Division, b: Division): boolean {
  const [inner, outer] = isWithin(a, b) ? [a, b] : isWithin(b, a) ? [b, a] : [undefined, undefined];
  if (!inner || !outer) return false;
  return !!cityOf(outer) || outer === inner;
}

/**
 * A position as compared: in Simplified, without punctuation, and without a leading word saying the post was just taken
 * or is held now (`新任理事长` = `理事长`, `新一届会长` = `会长`, `现任会长` = `会长`): the post is the same, and the
 * expectations write it both ways. Nor with a bare kind of body in front that names none (`协会副主席` = `副主席`,
 * `该会创会会长` = `创会会长`: the body is the one the report is about, written or not).
 */
const positionKey = (s: string) =>
  norm(s)
    .replace(/^(?:新任|新一任|新一届|新当选的?|现任)(?=\p{Script=Han}{2})/u, '')
    .replace(
      /^(?:本会|该会|(?:本|该)?(?:协会|商会|学会|基金会|联合会|研究会|促进会|同乡会|公会))(?=(?:第一|副|常务|执行|名誉|荣誉|永远|永久|创会)*(?:会长|理事长|理事|监事长|监事|秘书长|主席|顾问))/u,
      '',
    );

/** The edition of a body's council between its name and a post (`第五届理事会`, `六届理事会`, `首届`). */
const COUNCIL = /^(?:第?[一二三四五六七八九十百\d]+届|首届|新一届|本届)?(?:常务理事会|理事会|监事会|董事会)?/u;

/**
 * A position read as the expectation writes it: the same post (positionKey); or the expectation's post held in its
 * organization (`会长` of 某协会 = `某协会会长`); or a bare post read in the body the expectation's position names first,
 * maybe with its council's edition (`副会长` read in 某学会 = `某学会第五届理事会副会长`): the draft records the post and
 * the body apart, as the shared corpus writes an elected list.
 */
export function positionMatches(
  got: string | undefined,
  want: ExpectedPerson,
  gotOrganizations: readonly string[] = [],
): boolean {
  if (!got || !want.position) return false;
  const g = positionKey(got);
  const w = positionKey(want.position);
  if (g === w) return true;
  if (want.organization && g === positionKey(`${want.organization}${want.position}`)) return true;
  return gotOrganizations.some((o) => {
    const body = norm(o);
    return body.length >= 3 && w.startsWith(body) && w.slice(body.length).replace(COUNCIL, '') === g;
  });
}

const emptyTally = (): Tally => ({ tp: 0, fp: 0, fn: 0 });

type Scoring = { tallies: Record<Kind, Tally>; misses: Miss[] };

/** One value per report (event, date, outlet, published): right, wrong, missing or read where none is expected. */
function scoreSingle(
  s: Scoring,
  kind: Kind,
  expected: string | null,
  value: string | undefined,
  same: (a: string, b: string) => boolean,
): void {
  const t = s.tallies[kind];
  if (expected && value && same(expected, value)) return void t.tp++;
  if (value) t.fp++;
  if (expected) t.fn++;
  if (expected || value) s.misses.push({ kind, expected: expected ?? undefined, got: value });
}

/**
 * The outlet, as a single value; but where the expectation says the page names none and its note names the site the
 * address belongs to (`页面未署名(域名 qcrb.cn,青川日报)`), the outlet read from that address is neither right nor
 * wrong: the report does not state it, and the note agrees with it.
 */
function scoreOutlet(s: Scoring, raw: string | null, value: string | undefined): void {
  const expected = namedOutlet(raw);
  if (!expected && raw && value) {
    const note = norm(raw);
    const key = outletKey(value);
    const at = key.length >= 2 ? note.indexOf(key) : -1;
    // Not a person the note names as who sent the piece in or wrote it (`供稿陈少龙`).
    if (at >= 0 && !/(?:供稿|作者|记者|编辑|摄影|署名)$/.test(note.slice(0, at))) return;
  }
  scoreSingle(s, 'outlet', expected, value, (a, b) => outletKey(a) === outletKey(b));
}

function scoreCity(s: Scoring, want: Expected, got: Predicted): void {
  const t = s.tallies.city;
  const w = want.city ? placeOf(want.city) : undefined;
  const g = got.placeCode ? divisionByCode(got.placeCode) : undefined;
  if (want.city && g && w && samePlaceAtCityLevel(w, g)) return void t.tp++;
  if (g) t.fp++;
  if (want.city) t.fn++;
  if (want.city || g) s.misses.push({ kind: 'city', expected: want.city ?? undefined, got: g?.name });
}

/** Sets of names (organizers, hosts, documents, people). */
function scoreSet(s: Scoring, kind: Kind, expected: readonly string[], values: readonly string[]): void {
  const t = s.tallies[kind];
  const w = new Set(expected.map(norm));
  const g = new Set(values.map(norm));
  for (const v of values) {
    if (w.has(norm(v))) t.tp++;
    else {
      t.fp++;
      s.misses.push({ kind, got: v });
    }
  }
  for (const e of expected) {
    if (g.has(norm(e))) continue;
    t.fn++;
    s.misses.push({ kind, expected: e });
  }
}

/** People with positions (expected people who have one; predicted people with one), then organization and role of those found. */
function scorePeople(s: Scoring, want: Expected, got: Predicted): void {
  const t = s.tallies.peopleWithPositions;
  for (const p of got.people.filter((x) => x.position)) {
    const w = want.people.find((e) => norm(e.name) === norm(p.name));
    if (w && positionMatches(p.position, w, p.organizations)) t.tp++;
    else {
      t.fp++;
      s.misses.push({
        kind: 'peopleWithPositions',
        expected: w ? `${w.position ?? '（无职务）'} ${w.name}` : undefined,
        got: `${p.position} ${p.name}`,
      });
    }
  }
  for (const w of want.people.filter((x) => x.position)) {
    const p = got.people.find((x) => norm(x.name) === norm(w.name));
    if (p && positionMatches(p.position, w, p.organizations)) continue;
    t.fn++;
    if (!p) s.misses.push({ kind: 'peopleWithPositions', expected: `${w.position} ${w.name}` });
  }
  for (const w of want.people) {
    const p = got.people.find((x) => norm(x.name) === norm(w.name));
    if (!p) continue;
    if (w.organization) {
      const o = s.tallies.personOrganization;
      if (p.organizations.some((x) => norm(x) === norm(w.organization!) || norm(x).endsWith(norm(w.organization!))))
        o.tp++;
      else {
        if (p.organizations.length) o.fp++;
        o.fn++;
        s.misses.push({
          kind: 'personOrganization',
          expected: `${w.name}：${w.organization}`,
          got: p.organizations.join('、') || undefined,
        });
      }
    }
    const r = s.tallies.personRole;
    if (p.role === w.role) r.tp++;
    else {
      r.fp++;
      r.fn++;
      s.misses.push({ kind: 'personRole', expected: `${w.name}：${w.role}`, got: p.role });
    }
  }
}

/** Chrome: expected chrome gone from the article (recall); expected facts of the raw text kept somewhere (precision). */
function scoreChrome(s: Scoring, want: Expected, got: Predicted): void {
  const t = s.tallies.chrome;
  const cleaned = norm(got.cleaned);
  for (const c of want.chrome) {
    const k = norm(c);
    if (!k) continue;
    if (!cleaned.includes(k)) t.tp++;
    else {
      t.fn++;
      s.misses.push({ kind: 'chrome', expected: `去掉“${c}”` });
    }
  }
  const raw = norm(got.raw);
  const kept = norm(got.kept);
  for (const f of [
    ...want.people.map((p) => p.name),
    ...want.organizers,
    ...want.hosts,
    ...(want.event ? [want.event] : []),
  ]) {
    const k = norm(f);
    if (!raw.includes(k) || kept.includes(k)) continue;
    t.fp++;
    s.misses.push({ kind: 'chrome', expected: `保留“${f}”`, got: '被当作页面杂项删去' });
  }
}

/** A reporter's credit (`记者`, `全媒体记者`, `通讯员`, `实习生`, `摄影`, `编辑`): the post of a person of the source. */
const CREDIT_POST = /(?:记者|通讯员|实习生|摄影|摄像|编辑|责编|审核)$/;

/**
 * The people of the event the expectation lists: without those it lists for their credit as the report's reporters
 * (`记者 甲`) whom the importer read as the source's reporters. The shared corpus lists no reporter among the people;
 * some blind sets do. A credited reporter the importer did not read stays expected.
 */
export function eventPeople(want: readonly ExpectedPerson[], reporters: readonly string[]): ExpectedPerson[] {
  const credited = new Set(reporters.map(norm));
  return want.filter((p) => !(p.position && CREDIT_POST.test(norm(p.position)) && credited.has(norm(p.name))));
}

/** Scores one report; returns a tally per kind and the misses (for the bench's details). */
export function scoreReport(expected: Expected, got: Predicted): Scoring {
  const want = { ...expected, people: eventPeople(expected.people, got.reporters ?? []) };
  const s: Scoring = {
    tallies: Object.fromEntries(KINDS.map((k) => [k, emptyTally()])) as Record<Kind, Tally>,
    misses: [],
  };
  scoreSingle(s, 'event', want.event, got.event, (a, b) => sameEvent(a, b, [...want.organizers, ...want.hosts]));
  scoreSingle(s, 'date', want.date, got.date, (a, b) => a === b);
  scoreOutlet(s, want.outlet, got.outlet);
  scoreSingle(s, 'published', want.published, got.published?.slice(0, 10), (a, b) => a === b.slice(0, 10));
  scoreCity(s, want, got);
  scoreSet(s, 'organizers', want.organizers, got.organizers);
  scoreSet(s, 'hosts', want.hosts, got.hosts);
  scoreSet(s, 'documents', want.documents, got.documents);
  scoreSet(
    s,
    'people',
    want.people.map((p) => p.name),
    got.people.map((p) => p.name),
  );
  scorePeople(s, want, got);
  scoreChrome(s, want, got);
  return s;
}

export function addTallies(into: Record<Kind, Tally>, from: Record<Kind, Tally>): void {
  for (const k of KINDS) {
    into[k].tp += from[k].tp;
    into[k].fp += from[k].fp;
    into[k].fn += from[k].fn;
  }
}

export const newTallies = () => Object.fromEntries(KINDS.map((k) => [k, emptyTally()])) as Record<Kind, Tally>;
export const precision = (t: Tally) => (t.tp + t.fp ? t.tp / (t.tp + t.fp) : 1);
export const recall = (t: Tally) => (t.tp + t.fn ? t.tp / (t.tp + t.fn) : 1);
