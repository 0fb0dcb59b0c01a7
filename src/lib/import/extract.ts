/**
 * Facts from a cleaned report: the report itself (headline, outlet, time,
 * reporters) and the conference (title, date, city, theme, organizers, hosts,
 * speakers with position and speech title, documents, parallel sessions).
 * Everything is read from the text by pattern; what cannot be read is left
 * undefined, and the draft turns it into a TODO.
 */
import type { OutcomeKind, SpeechKind } from '../../schemas/index.ts';
import { speakerAtEnd, speakerList, type PositionName } from './names.ts';

export interface SpeakerFact extends PositionName {
  title?: string;
  kind: SpeechKind;
  /** The kind was read from the text (致辞, 主旨演讲…), not assumed. */
  kindStated: boolean;
}

export interface DocumentFact {
  title: string;
  kind: OutcomeKind;
  /** 签署 / 发布 / … as the report says, when it says. */
  verb?: string;
}

export interface SessionFact {
  name: string;
  kind: '平行论坛' | '主题分享会';
  status: 'held' | 'announced';
}

export interface Facts {
  headline?: string;
  outlet?: string;
  published?: string;
  url?: string;
  reporters: string[];
  title?: string;
  edition?: number;
  startDate?: string;
  endDate?: string;
  city?: string;
  /** How the report wrote the place when `city` was normalised from it (渝 → 重庆市). */
  cityAsWritten?: string;
  theme?: string;
  organizers: string[];
  hosts: string[];
  coOrganizers: string[];
  speakers: SpeakerFact[];
  documents: DocumentFact[];
  parallelSessions: SessionFact[];
}

const DATETIME = /((?:19|20)\d{2})[-/年.](\d{1,2})[-/月.](\d{1,2})日?\s*(\d{1,2}):(\d{2})(?::(\d{2}))?/;
const pad = (n: number | string) => String(n).padStart(2, '0');

/** `2024-12-4 8:05` → `2024-12-04 08:05`; an ISO time with a zone is shown in Beijing time. */
export function normalizePublished(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  if (/[T ]\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:?\d{2})$/.test(raw.trim())) {
    const d = new Date(raw.trim());
    if (!Number.isNaN(d.getTime())) {
      const b = new Date(d.getTime() + 8 * 3600_000);
      return `${b.getUTCFullYear()}-${pad(b.getUTCMonth() + 1)}-${pad(b.getUTCDate())} ${pad(b.getUTCHours())}:${pad(b.getUTCMinutes())}:${pad(b.getUTCSeconds())}`;
    }
  }
  const m = DATETIME.exec(raw);
  if (!m) return undefined;
  return `${m[1]}-${pad(m[2]!)}-${pad(m[3]!)} ${pad(m[4]!)}:${m[5]}${m[6] ? `:${m[6]}` : ''}`;
}

const CITY_ABBREVIATIONS: Record<string, string> = {
  渝: '重庆市', 沪: '上海市', 京: '北京市', 津: '天津市', 蓉: '成都市', 穗: '广州市', 杭: '杭州市', 汉: '武汉市', 榕: '福州市',
  筑: '贵阳市', 甬: '宁波市', 邕: '南宁市', 鹏城: '深圳市', 羊城: '广州市', 春城: '昆明市', 星城: '长沙市', 泉城: '济南市', 冰城: '哈尔滨市',
};

export const CONFERENCE_WORDS = '大会|论坛|峰会|年会|会议|交流会|研讨会|博览会|座谈会|推进会|发布会|洽谈会|展示会';
const TITLE_RE = new RegExp(
  `(?:19|20)\\d{2}年?(?:第[一二三四五六七八九十百\\d]+届)?[\\p{Script=Han}\\d（）()·“”"]{2,50}?(?:${CONFERENCE_WORDS})(?:暨[\\p{Script=Han}\\d（）()·“”"]{2,40}?(?:${CONFERENCE_WORDS}))?`,
  'u',
);

const DOCUMENT_KINDS: [RegExp, OutcomeKind][] = [
  [/(协议|协议书|备忘录|合作框架)$/, 'agreement'],
  [/(倡议书|倡议|宣言|公约|共识)$/, 'initiative'],
  [/(报告|白皮书|蓝皮书|指数|研究成果)$/, 'report'],
  [/(名单|榜单)$/, 'award'],
];

const CN_NUMBERS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
function cnNumber(s: string): number | undefined {
  if (/^\d+$/.test(s)) return Number(s);
  if (s.length === 1) return CN_NUMBERS[s];
  const m = /^([一二三四五六七八九])?十([一二三四五六七八九])?$/.exec(s);
  return m ? (m[1] ? CN_NUMBERS[m[1]]! : 1) * 10 + (m[2] ? CN_NUMBERS[m[2]]! : 0) : undefined;
}

/** `A、B和C` → [A, B, C]: splits organization lists; 和/及/与 only between two names that end like organizations. */
export function splitOrganizations(list: string): string[] {
  return list
    .replace(/(?<=[局厅部会院府委心司团学社所办站馆盟])(?:以及|和|及|与)(?=\p{Script=Han})/gu, '、')
    .split(/[、，,；;]|以及/)
    .map((s) => s.trim().replace(/^(?:由|和|及|与|以及)/, '').replace(/(?:等单位|等)$/, ''))
    .filter((s) => s.length >= 2);
}

/** Sentences of the text, split at full stops, semicolons and line breaks. */
export const sentences = (lines: readonly string[]) => lines.flatMap((l) => l.split(/(?<=[。！？!?；;])/)).map((s) => s.trim()).filter(Boolean);

const SPEECH_NOUNS: Record<string, SpeechKind> = {
  主旨演讲: '主旨演讲', 主题演讲: '主旨演讲', 主旨报告: '主旨报告', 专题报告: '主旨报告', 交流发言: '交流发言', 专题分享: '专题分享', 分享: '专题分享',
  演讲: '主旨演讲', 报告: '主旨报告', 发言: '交流发言', 致辞: '致辞', 讲话: '讲话', 点评: '点评', 总结: '总结',
};
const SECTION_KINDS: [RegExp, SpeechKind][] = [
  [/交流发言/, '交流发言'],
  [/主旨演讲|主题演讲/, '主旨演讲'],
  [/主旨报告|专题报告/, '主旨报告'],
  [/专家|分享/, '专题分享'],
];
const VERBS = '指出|表示|强调|认为|看来|介绍|提出|围绕|聚焦|结合|谈到|呼吁|建议|分享了|说';

/** `记者 罗一舟 通讯员 齐晓` → [罗一舟]: only the reporters when roles are named, else every name. */
export function bylineReporters(byline: string): string[] {
  const roles = /(记者|通讯员|实习生|实习记者|摄影|摄|报道)/;
  const names = (s: string) => s.split(/[\s、，,/]+/).filter((n) => /^\p{Script=Han}{2,4}$/u.test(n) && !roles.test(n));
  if (!roles.test(byline)) return names(byline);
  const out: string[] = [];
  for (const m of byline.matchAll(/(?:实习)?记者\s*([^记通实摄报]*?)(?=通讯员|实习生|摄影|$)/g)) out.push(...names(m[1]!));
  return out;
}

export function extractFacts(lines: readonly string[], meta: { headline?: string; outlet?: string; published?: string; url?: string } = {}, knownNames: readonly string[] = []): Facts {
  const facts: Facts = { reporters: [], organizers: [], hosts: [], coOrganizers: [], speakers: [], documents: [], parallelSessions: [] };

  // The report: dateline, headline, outlet, reporters.
  const datelineAt = lines.slice(0, 15).findIndex((l) => DATETIME.test(l));
  facts.published = normalizePublished(datelineAt >= 0 ? lines[datelineAt] : undefined) ?? normalizePublished(meta.published);
  const before = datelineAt > 0 ? lines.slice(0, datelineAt).filter((l) => (l.match(/\p{Script=Han}/gu)?.length ?? 0) >= 6) : [];
  facts.headline = meta.headline?.trim() || before[before.length - 1] || lines[0];
  const outletLine = lines.slice(0, 20).find((l) => /来源\s*[:：]/.test(l));
  facts.outlet = outletLine?.match(/来源\s*[:：]\s*([^\s|｜]+)/)?.[1] ?? meta.outlet;
  facts.url = meta.url && /^https?:\/\//.test(meta.url) ? meta.url : undefined;
  const head = lines.slice(0, 20).join('\n');
  const byline = /(?:讯|电)\s*[(（]([^)）]{2,40})[)）]/.exec(head) ?? /[(（]\s*(记者[^)）]{2,40})[)）]/.exec(head);
  if (byline) facts.reporters = bylineReporters(byline[1]!);

  const body = lines.filter((_, i) => i !== datelineAt && lines[i] !== facts.headline && !/^来源\s*[:：]/.test(lines[i]!));
  const text = body.join('\n').replace(/\d{1,2}月\d{1,2}日电/g, '');
  const all = sentences(body.map((l) => l.replace(/\d{1,2}月\d{1,2}日电/g, '')));

  // The conference: title, edition, date, city, theme.
  const titleMatch = TITLE_RE.exec(text) ?? TITLE_RE.exec(facts.headline ?? '');
  if (titleMatch) {
    facts.title = titleMatch[0].replace(/[“”"]/g, '');
    const ed = /第([一二三四五六七八九十百\d]+)届/.exec(facts.title);
    if (ed) facts.edition = cnNumber(ed[1]!);
  }
  const keySentence =
    all.find((s) => facts.title && s.includes(facts.title) && /举行|开幕|召开|举办|启幕|启动|落幕|闭幕/.test(s)) ??
    all.find((s) => /举行|开幕|召开|举办|启幕/.test(s)) ??
    '';
  const pubYear = Number(facts.published?.slice(0, 4));
  const pubMonth = Number(facts.published?.slice(5, 7));
  const pubDay = Number(facts.published?.slice(8, 10));
  const full = /(?:((?:19|20)\d{2})年)?(\d{1,2})月(\d{1,2})日(?:\s*(?:至|到|-|—|~|～)\s*(?:(\d{1,2})月)?(\d{1,2})日)?/.exec(keySentence) ??
    /(?:((?:19|20)\d{2})年)?(\d{1,2})月(\d{1,2})日(?:\s*(?:至|到|-|—|~|～)\s*(?:(\d{1,2})月)?(\d{1,2})日)?/.exec(text);
  const yearOf = (explicit?: string) => (explicit ? Number(explicit) : pubYear || Number(facts.title?.slice(0, 4)) || undefined);
  if (full && yearOf(full[1])) {
    const y = yearOf(full[1])!;
    facts.startDate = `${y}-${pad(full[2]!)}-${pad(full[3]!)}`;
    if (full[5]) facts.endDate = `${y}-${pad(full[4] ?? full[2]!)}-${pad(full[5])}`;
  } else {
    const dayOnly = /(?:^|[^\d月])(\d{1,2})日(?:上午|下午|晚上|晚间|晚)?/.exec(keySentence);
    if (dayOnly && pubYear && pubMonth) {
      const day = Number(dayOnly[1]);
      let [y, m] = [pubYear, pubMonth];
      if (day > pubDay) [y, m] = m === 1 ? [y - 1, 12] : [y, m - 1];
      facts.startDate = `${y}-${pad(m)}-${pad(day)}`;
    }
  }
  const place = /在([\p{Script=Han}]{1,8}?)(?:隆重|正式|顺利|盛大)?(?:举行|开幕|召开|举办|启幕|落幕|闭幕)/u.exec(keySentence);
  const inTitle = facts.title && /[（(]([\p{Script=Han}]{2,6})[)）]/u.exec(facts.title);
  const written = place?.[1] ?? (inTitle ? inTitle[1] : undefined);
  if (written) {
    const city = CITY_ABBREVIATIONS[written] ?? (/(?:市|自治州|县|区|盟|地区)$/.test(written) ? written : `${written}市`);
    facts.city = city;
    if (city !== written) facts.cityAsWritten = written;
  }
  const theme = /以\s*[“"]([^”"]{2,60})[”"]\s*为(?:大会|会议|论坛)?主题/.exec(text) ?? /主题(?:为|是)\s*[“"]([^”"]{2,60})[”"]/.exec(text);
  if (theme) facts.theme = theme[1]!.trim();

  // Organizers, hosts, co-organizers.
  const org = /由([^。；;：:]{2,300}?)(?:联合|共同)?主办/.exec(text);
  if (org) facts.organizers = splitOrganizations(org[1]!);
  const host = /主办(?:的|，|,)?[，,]?\s*([^。；;：:由]{2,300}?)(?:联合|共同)?承办/.exec(text) ?? /由([^。；;：:]{2,300}?)(?:联合|共同)?承办/.exec(text);
  if (host) facts.hosts = splitOrganizations(host[1]!);
  const co = /承办(?:的|，|,)?[，,]?\s*([^。；;：:由]{2,300}?)协办/.exec(text);
  if (co) facts.coOrganizers = splitOrganizations(co[1]!);

  // Speakers.
  const names = () => [...knownNames, ...facts.speakers.map((s) => s.name)];
  const add = (found: PositionName, kind: SpeechKind, kindStated: boolean, title?: string) => {
    const same = facts.speakers.find((s) => s.name === found.name && (!title || !s.title || s.title === title));
    if (same) {
      if (!same.title && title) same.title = title;
      if (!same.position && found.position) same.position = found.position;
      return;
    }
    if (!found.position) return;
    facts.speakers.push({ ...found, kind, kindStated, title });
  };
  let section: SpeechKind | undefined;
  const speechTitles = new Set<string>();
  for (const line of body) {
    const bare = line.replace(/[！!？?\s]+$/, '');
    const short = !/[。！？!?，,]/.test(bare) && bare.length <= 30;
    if (short) {
      const s = SECTION_KINDS.find(([re]) => re.test(line));
      if (s) section = s[1];
    }
    for (const sentence of sentences([line])) {
      if (!short) {
        const s = SECTION_KINDS.find(([re]) => re.test(sentence) && /环节|阶段|随后|接着|开幕式后|会上/.test(sentence));
        if (s) section = s[1];
      }
      // A、B、C等嘉宾分别作了题为《1》《2》《3》的主旨演讲
      const list = /分别(?:作了|作|进行了|发表了|带来了)?\s*(?:题为)?((?:《[^》]+》[、，,和]?\s*)+)的?\s*(主旨演讲|主题演讲|主旨报告|专题报告|交流发言|专题分享|演讲|报告|发言|分享)/.exec(sentence);
      if (list) {
        const people = speakerList(sentence.slice(0, list.index), names());
        const titles = [...list[1]!.matchAll(/《([^》]+)》/g)].map((m) => m[1]!);
        titles.forEach((t) => speechTitles.add(t));
        const kind = SPEECH_NOUNS[list[2]!] ?? '其他';
        people.forEach((p, i) => add(p, kind, true, people.length === titles.length ? titles[i] : undefined));
        continue;
      }
      // A、B、C出席开幕式并致辞
      const greet = /(?:出席[^，,。]{0,12}?并|分别|先后|依次)?\s*(致辞|致欢迎辞|讲话|作总结讲话)/.exec(sentence);
      if (greet) {
        const people = speakerList(sentence.slice(0, greet.index), names());
        if (people.length) {
          people.forEach((p) => add(p, greet[1] === '讲话' || greet[1] === '作总结讲话' ? '讲话' : '致辞', true));
          continue;
        }
      }
      // <position><name>以《title》为题…, <position><name>指出/表示/强调…
      const subjects: { at: number; who: PositionName; kind?: SpeechKind }[] = [];
      for (const m of sentence.matchAll(new RegExp(`(?:${VERBS})`, 'g'))) {
        const found = speakerAtEnd(sentence.slice(0, m.index), names());
        if (found) subjects.push({ at: m.index, who: found });
      }
      for (const m of sentence.matchAll(/在(致辞|讲话|主旨演讲|发言|交流发言)中/g)) {
        const found = speakerAtEnd(sentence.slice(0, m.index), names());
        if (found) subjects.push({ at: m.index, who: found, kind: SPEECH_NOUNS[m[1]!] });
      }
      const titled = new Set<string>();
      for (const m of sentence.matchAll(/以\s*《([^》]+)》\s*为题(?:作|做|进行了|发表了)?(主旨演讲|主题演讲|主旨报告|专题报告|交流发言|专题分享)?/g)) {
        speechTitles.add(m[1]!);
        // The speaker stands right before 以《…》为题, or is the subject of an earlier verb in the sentence (…结合…，以《…》为题).
        const found = speakerAtEnd(sentence.slice(0, m.index), names()) ?? subjects.filter((s) => s.at < m.index).pop()?.who;
        if (found) {
          const stated = m[2] ? SPEECH_NOUNS[m[2]] : undefined;
          add(found, stated ?? section ?? '其他', !!(stated ?? section), m[1]);
          titled.add(found.name);
        }
      }
      for (const s of subjects) if (!titled.has(s.who.name)) add(s.who, s.kind ?? section ?? '讲话', !!(s.kind ?? section));
    }
  }

  // Documents signed or released; parallel sessions.
  const seen = new Set<string>();
  for (const m of text.matchAll(/《([^》]{2,80})》/g)) {
    const title = m[1]!.trim();
    const verb = /(签署|签订|共同发布|发布|发出|启动|颁布|审议通过|通过)[^。，,；;]{0,40}$/.exec(text.slice(Math.max(0, m.index - 40), m.index))?.[1];
    if (speechTitles.has(title) || seen.has(title)) continue;
    const kind = DOCUMENT_KINDS.find(([re]) => re.test(title))?.[1];
    if (!kind) continue;
    seen.add(title);
    facts.documents.push({ title, kind, verb });
  }
  for (const m of text.matchAll(/((?:[“"][^”"]{1,30}[”"][、，,和及]?\s*){2,})(?:等)?(?:\d+|[一二两三四五六七八九十]+)?(?:大|个|场)?\s*(主题分享会|平行论坛|分论坛|专题论坛)([^。]{0,30})/g)) {
    const status = /将|拟|即将/.test(m[3]! + text.slice(Math.max(0, m.index - 10), m.index)) ? 'announced' : 'held';
    for (const name of m[1]!.matchAll(/[“"]([^”"]+)[”"]/g)) {
      facts.parallelSessions.push({ name: `${name[1]}${m[2] === '主题分享会' ? '主题分享会' : '分论坛'}`, kind: m[2] === '主题分享会' ? '主题分享会' : '平行论坛', status });
    }
  }
  return facts;
}
