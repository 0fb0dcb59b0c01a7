/**
 * Facts from a cleaned report, step by step: the source record, the event and
 * its key sentence, its dates, the organizers, the place, the people, the
 * documents and any parallel sessions. Each step is a reader in facts/; this
 * file only runs them in order, passes each what the earlier ones found, and
 * notes the evidence and the TODOs for the editor.
 */
import { readDates } from './facts/dates.ts';
import { readDocuments } from './facts/documents.ts';
import { eventCandidates, readEvent } from './facts/event.ts';
import { readOrganizers } from './facts/organizers.ts';
import { readPeople } from './facts/people.ts';
import { readPlace } from './facts/place.ts';
import { readSessions } from './facts/sessions.ts';
import { bylineReporters, readByline, readOutlet, readPublished } from './facts/source.ts';
import type { Facts, ReportText } from './facts/types.ts';
import { sentences as toSentences } from './text.ts';

export type { Facts, PersonFact, ReportText } from './facts/types.ts';
export { bylineReporters, normalizePublished } from './facts/source.ts';
export { splitOrganizations } from './facts/organizers.ts';

export function extractFacts(report: ReportText, knownNames: readonly string[] = []): Facts {
  const facts: Facts = { reporters: [], organizers: [], hosts: [], coOrganizers: [], supporters: [], people: [], documents: [], parallelSessions: [], evidence: [], todos: [] };
  const note = (fact: string, value: string | undefined, from: string | undefined, how?: string) => value && from && facts.evidence.push({ fact, value, from, ...(how ? { how } : {}) });
  const todo = (field: string, why: string) => facts.todos.push({ field, why });

  // The source record.
  const body = report.lines.filter((l) => l !== report.headline);
  const all = toSentences(body);
  const headline = report.headline && !/^https?:/i.test(report.headline) ? report.headline : undefined;
  facts.headline = headline;
  if (headline) note('报道标题', headline, '页面标题行');
  else todo('sources[0].headline', '页面上没有可认作标题的行');
  facts.url = report.meta.url && /^https?:\/\//.test(report.meta.url) ? report.meta.url : undefined;
  const published = readPublished(report);
  facts.published = published?.value;
  note('发布时间', published?.value, published?.from);
  if (!published) todo('sources[0].published', '页面上没有发布时间，网址中也没有日期');
  else if (published.value.length === 10) todo('sources[0].published', `只读到发布日期 ${published.value}，没有时刻`);
  const byline = readByline(body);
  const outlet = readOutlet(report, byline);
  facts.outlet = outlet?.value;
  note('发布媒体', outlet?.value, outlet?.from);
  if (!outlet) todo('sources[0].outlet', facts.url ? `页面没有写来源，网址 ${new URL(facts.url).hostname} 不在已知媒体表中（可能是转载或镜像）` : '页面没有写来源，也没有网址');
  facts.reporters = [...new Set([...(byline?.reporters ?? []), ...(report.writers ?? [])])];
  if (!facts.reporters.length) {
    const paren = /[（(]\s*(记者[^)）]{2,40})[)）]/.exec(body.slice(0, 3).join('\n')) ?? /[（(]((?:见习|实习)?记者[^)）]{2,30})[)）]\s*$/.exec(body.join('\n'));
    if (paren) facts.reporters = bylineReporters(paren[1]!);
  }

  // The event and its key sentence.
  const event = readEvent(all, headline);
  if (event) {
    facts.title = event.title;
    facts.edition = event.edition;
    facts.theme = event.theme;
    note('会议名称', event.title, event.sentence);
    if (event.edition) note('届次', String(event.edition), event.sentence);
    if (event.theme) note('主题', event.theme, event.sentence);
  } else todo('title', '报道中没有读到会议名称');
  const key = event?.sentence ?? '';
  const lead = all.filter((s) => s !== key && event && s.includes(event.title));

  // Dates.
  // The byline's dispatch date (某网11月7日电) is not the event's.
  const undated = (s: string) => s.replace(/^.{0,24}?\d{1,2}月\d{1,2}日(?:电|\p{Script=Han}{0,4}讯)\s*(?:[（(][^)）]{0,30}[)）])?/u, '');
  // When neither names a day, the next sentences that hold an event verb may (主题活动启动仪式9月24日在…举行).
  const keyAt = all.indexOf(key);
  const following = keyAt >= 0 ? all.slice(keyAt + 1, keyAt + 4).filter((s) => /举行|召开|举办|开幕|启动|开展/.test(s)) : [];
  const dates = readDates([key, ...lead, ...following].map(undated), {
    published: facts.published,
    publishedFrom: published?.from,
    dispatch: byline?.month && byline.day ? { month: byline.month, day: byline.day } : undefined,
    title: facts.title,
    urlYear: facts.url ? Number(/\/((?:19|20)\d{2})(?:\d{2})?\//.exec(new URL(facts.url).pathname)?.[1]) || undefined : undefined,
  });
  facts.startDate = dates.start;
  facts.endDate = dates.end;
  if (dates.start) note('会议日期', dates.end ? `${dates.start} 至 ${dates.end}` : dates.start, key, dates.how);
  else todo('startDate', dates.how);

  // Organizers.
  // Other events the report names (not the main one, nor a longer or shorter form of it).
  const others = eventCandidates(all, headline)
    .map((c) => c.name)
    .filter((n) => event && !n.includes(event.title) && !event.title.includes(n));
  const orgs = event ? readOrganizers(all, { sentence: key, title: event.title }, others) : undefined;
  if (orgs) {
    Object.assign(facts, { organizers: orgs.organizers, hosts: orgs.hosts, coOrganizers: orgs.coOrganizers, supporters: orgs.supporters });
    const from = orgs.from.join(' / ');
    note('主办', orgs.organizers.join('、'), from);
    note('承办', orgs.hosts.join('、'), from);
    note('协办', orgs.coOrganizers.join('、'), from);
    note('指导', orgs.supporters.join('、'), from);
  }
  if (!facts.organizers.length) todo('organizers', '报道没有写主办单位');

  // Place.
  const place = readPlace({
    sentences: [key, ...(headline ? [headline] : []), ...lead],
    title: facts.title,
    headline,
    organizations: [...facts.organizers, ...facts.hosts],
    convener: orgs?.convener,
    dispatchCity: byline?.city,
    text: body.join('\n'),
  });
  facts.place = place.place;
  if (place.place) note('举办城市', `${place.place.city}${place.place.district ? `（${place.place.district}）` : ''}`, place.from, place.how);
  else todo('city', place.how);

  // People.
  facts.people = readPeople({ lines: body, captions: report.captions, known: knownNames });
  for (const p of facts.people) note(`人物（${p.role}${p.roleStated ? '' : '，推断'}）`, `${p.position ?? '（未写职务）'} ${p.name}${p.title ? `《${p.title}》` : ''}`, p.from);

  // Documents and parallel sessions.
  const day = facts.startDate ? { month: Number(facts.startDate.slice(5, 7)), day: Number(facts.startDate.slice(8, 10)) } : undefined;
  facts.documents = readDocuments({ sentences: all, speechTitles: new Set(facts.people.map((p) => p.title).filter((t): t is string => !!t)), eventDay: day, title: facts.title });
  for (const d of facts.documents) note(`文件（${d.verb ?? '发布'}）`, d.title, all.find((s) => s.includes(d.title)) ?? facts.title ?? '');
  facts.parallelSessions = readSessions(body.join('\n'));
  return facts;
}
