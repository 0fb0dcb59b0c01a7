/**
 * The importer as pure steps (bytes + what the archive holds → facts → a draft)
 * plus the checks the CLI runs before writing. scripts/import.ts only parses
 * arguments, reads the file and prints.
 */
import { parseEntry } from '../content/read.ts';
import { validateEntry } from '../content/validate.ts';
import { COLLECTIONS, entryId, type CollectionName } from '../../schemas/layout.ts';
import type { KnownArchive } from './archive.ts';
import { ImportError } from './decode.ts';
import { buildDraft, type Draft } from './draft/index.ts';
import { extractFacts, type Facts } from './extract.ts';
import { readReport, type Report } from './read.ts';

export { ImportError, MAX_INPUT_BYTES } from './decode.ts';

export interface ImportResult {
  report: Report;
  facts: Facts;
  draft: Draft;
}

/**
 * Something held on the day read: the sentence the event's date came from says so (`某学校开班了`, `某食堂揭牌开业`,
 * `某会…给予了表彰`), not only that a rule took effect (`自5月1日起…施行`).
 */
const HELD =
  /举行|召开|举办|开幕|闭幕|落幕|帷幕|开班|开业|开营|开赛|启动|揭牌|成立|开展|展开|表彰|颁奖|签约|仪式|典礼|大会|会议|论坛|活动|展览|比赛|大赛|培训|招聘|庆典|聚会|晚会|演练|演习/;
const heldOnDay = (facts: Facts) =>
  !!facts.startDate && facts.evidence.some((e) => e.fact === '会议日期' && HELD.test(e.from));

/**
 * Reads the report and its facts; refuses a text that names no event, no organizer and no person, and says of no day
 * that something was held on it. An event name read but left to the editor (`乡贤座谈会`, too short to be whole) still
 * names one, and a report that dates a gathering it does not name (`某乡农民田间学校开班了`) still reports one: the
 * draft shows the name to write in a TODO, with the page's headline in its place.
 */
export function readFacts(bytes: Uint8Array, archive: KnownArchive): { report: Report; facts: Facts } {
  const report = readReport(bytes);
  const knownNames = archive.people.flatMap((p) => p.names);
  const facts = extractFacts(report, knownNames);
  if (!facts.title && !facts.titleHeldBack && !facts.people.length && !facts.organizers.length && !heldOnDay(facts)) {
    throw new ImportError('在文中找不到会议：没有会议名称、主办单位或与会者 (no conference found in the report)');
  }
  return { report, facts };
}

export function importReport(bytes: Uint8Array, archive: KnownArchive, options: { slug?: string } = {}): ImportResult {
  const { report, facts } = readFacts(bytes, archive);
  const draft = buildDraft(
    facts,
    { editors: report.editors, photoCredits: report.photoCredits, notes: report.notes },
    archive,
    options,
  );
  if (archive.taken.conferences.has(draft.slug)) {
    throw new ImportError(
      `会议 conferences/${draft.slug}/ 已存在，不会覆盖；如是另一次会议，请用 --slug 指定新的 id (conference exists)`,
    );
  }
  return { report, facts, draft };
}

/** Schema problems in the generated files (there should be none: a failure here is a bug in the importer). */
export function validateDraft(draft: Draft): string[] {
  const out: string[] = [];
  for (const f of draft.files) {
    const [dir, ...rest] = f.path.split('/');
    const collection = (Object.entries(COLLECTIONS).find(
      ([, c]) => c.dir === dir && (dir !== 'conferences' || (rest[1] === 'speeches') === (c === COLLECTIONS.speeches)),
    )?.[0] ?? 'people') as CollectionName;
    const parsed = parseEntry(collection, entryId(collection, rest.join('/')), f.path, f.text);
    const problems = parsed.entry ? validateEntry(parsed.entry).problems : parsed.problems;
    out.push(...problems.map((p) => `${f.path} ${p.field}: ${p.message}`));
  }
  return out;
}
