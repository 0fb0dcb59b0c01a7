#!/usr/bin/env node
/**
 * Shows that the catalogue of bad content (tests/support/mistakes.ts) tests each
 * rule of the content check: in a scratch copy of the working tree, deletes one
 * rule at a time, runs the catalogue's tests, and checks that the cases for that
 * rule fail (and that every test passes with no rule deleted). Run by hand, not by
 * `npm test` (a few minutes; with --build, about fifteen):
 *
 *   npx node tests/rules/delete-rules.ts [--build] [--only <substring>]
 *
 * --build also runs tests/site/content-errors.test.ts (a real astro build) for
 * each deletion. Each deletion is a text edit of the source that must apply
 * exactly once; when the code moves on, an edit that no longer applies stops the
 * run with its name, to be brought up to date here.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

interface Deletion {
  /** The rule, in words. */
  rule: string;
  file: string;
  from: string;
  to: string;
  /** The catalogue cases (their `kind`) that must fail without the rule. */
  cases: string[];
}

const REF = 'reference: ';
const DELETIONS: Deletion[] = [
  {
    rule: 'YAML must parse',
    file: 'src/lib/content/read.ts',
    from: '  if (doc.errors.length) {',
    to: '  if (false) {',
    cases: ['broken YAML'],
  },
  {
    rule: 'Markdown needs frontmatter',
    file: 'src/lib/content/read.ts',
    from: '    if (!fm) {\n      return {\n        problems: [',
    to: '    if (!fm) {\n      return { problems: [] };\n      return {\n        problems: [',
    cases: ['Markdown without frontmatter'],
  },
  {
    rule: 'file names are ids',
    file: 'src/lib/content/integrity.ts',
    from: '    if (!idParts.every((p) => ID_PATTERN.test(p))) {',
    to: '    if (false) {',
    cases: ['file name that is not an id'],
  },
  {
    rule: 'one file per id',
    file: 'src/lib/content/integrity.ts',
    from: '    const existing = map.get(entry.id);',
    to: '    const existing = undefined;',
    cases: ['two files for one record (duplicate id)'],
  },
  {
    rule: 'speeches sit in a conference folder',
    file: 'src/lib/content/integrity.ts',
    from: "    if (!conf && !rules.exists('conferences', confId)) {",
    to: '    if (false) {',
    cases: ['speech outside any conference folder'],
  },
  {
    rule: 'pinyin is required',
    file: 'src/schemas/person.ts',
    from: "      .describe('姓名拼音，姓与名分开，可带声调，例如 Zhōu Lìmín'),",
    to: "      .optional().describe('姓名拼音，姓与名分开，可带声调，例如 Zhōu Lìmín'),",
    cases: ['missing required field'],
  },
  {
    rule: 'no unknown fields',
    file: 'src/schemas/person.ts',
    from: '  .strict();',
    to: ';',
    cases: ['unknown (misspelt) field'],
  },
  {
    rule: 'an empty value is named as such',
    file: 'src/lib/content/validate.ts',
    from: "      else if (value === null) message = '冒号后没有填写内容';",
    to: '',
    cases: ['field left empty after the colon'],
  },
  {
    rule: 'text is not blank',
    file: 'src/schemas/common.ts',
    from: "z.string().trim().min(1, { message: '不能为空' })",
    to: 'z.string().trim()',
    cases: ['blank text'],
  },
  {
    rule: 'dates exist',
    file: 'src/schemas/common.ts',
    from: "    .refine(isRealDate, { message: '不是真实存在的日期' })",
    to: '',
    cases: ['impossible date (2023-02-30)'],
  },
  {
    rule: 'dates are written YYYY-MM-DD',
    file: 'src/schemas/common.ts',
    from: '    .regex(DATE_PATTERN, { message: DATE_FORMAT, abort: true })',
    to: '',
    cases: ['date not written YYYY-MM-DD'],
  },
  {
    rule: 'times exist',
    file: 'src/schemas/common.ts',
    from: 'isRealDate(v) : isRealDateTime(v))',
    to: 'isRealDate(v) : true)',
    cases: ['impossible time in a source (24:30)'],
  },
  {
    rule: 'speech kinds are from the list',
    file: 'src/schemas/speech.ts',
    from: '    kind: z.enum(SPEECH_KINDS)',
    to: '    kind: z.string()',
    cases: ['value not in the list (speech kind)'],
  },
  {
    rule: 'organization types are from the list',
    file: 'src/schemas/organization.ts',
    from: '      .enum(Object.keys(ORGANIZATION_TYPES) as [OrganizationType, ...OrganizationType[]], {',
    to: '      .string({',
    cases: ['value not in the list (organization type)'],
  },
  {
    rule: 'speech order is positive',
    file: 'src/schemas/speech.ts',
    from: '    order: z.number().int().positive()',
    to: '    order: z.number().int()',
    cases: ['order that is not a positive whole number'],
  },
  {
    rule: 'ids are written as ids',
    file: 'src/schemas/common.ts',
    from: '    .regex(ID_PATTERN, { message: `${what} id 只能由小写字母、数字和单个连字符组成，例如 zhou-limin` })',
    to: '',
    cases: ['id not written as an id (and so not found)'],
  },
  {
    rule: 'pinyin is Latin letters',
    file: 'src/schemas/person.ts',
    from: '      .regex(/^[A-Za-zÀ-ɏ\\u0300-\\u036f]+(?:[',
    to: '      .regex(/^.*$|^[A-Za-zÀ-ɏ\\u0300-\\u036f]+(?:[',
    cases: ['pinyin with Chinese characters'],
  },
  {
    rule: 'web addresses are http(s)',
    file: 'src/schemas/common.ts',
    from: "  .url({ protocol: /^https?$/, message: '应为以 http:// 或 https:// 开头的网址' })",
    to: '  .string()',
    cases: ['web address that is not http(s)'],
  },
  {
    rule: 'a series has a region',
    file: 'src/schemas/series.ts',
    from: ".min(1, { message: '至少属于一个区域' })",
    to: '',
    cases: ['empty list that needs an item (series regions)'],
  },
  {
    rule: 'every declared reference resolves',
    file: 'src/lib/content/integrity.ts',
    from: '  danglingReferences(rules, [...valid, ...invalid]);',
    to: '',
    cases: MISTAKE_KINDS_WITH(REF).concat(['id not written as an id (and so not found)']),
  },
  {
    rule: "a conference's series is a reference",
    file: 'src/schemas/conference.ts',
    from: "    series: ref('series', '所属系列会议的 id'),",
    to: "    series: id('系列').describe('所属系列会议的 id'),",
    cases: [`${REF}a conference's series`],
  },
  {
    rule: "a conference's regions are references",
    file: 'src/schemas/conference.ts',
    from: "    regions: z.array(ref('regions')).min(1",
    to: "    regions: z.array(id('区域')).min(1",
    cases: [`${REF}a conference's regions`],
  },
  {
    rule: 'organizers are references',
    file: 'src/schemas/conference.ts',
    from: "  organizers: organizerList('主办单位'),",
    to: "  organizers: z.array(id('机构')).default([]),",
    cases: [`${REF}organizers`],
  },
  {
    rule: 'hosts are references',
    file: 'src/schemas/conference.ts',
    from: "  hosts: organizerList('承办单位'),",
    to: "  hosts: z.array(id('机构')).default([]),",
    cases: [`${REF}hosts`],
  },
  {
    rule: 'co-organizers are references',
    file: 'src/schemas/conference.ts',
    from: "  coOrganizers: organizerList('协办单位'),",
    to: "  coOrganizers: z.array(id('机构')).default([]),",
    cases: [`${REF}co-organizers`],
  },
  {
    rule: 'supporters are references',
    file: 'src/schemas/conference.ts',
    from: "  supporters: organizerList('支持单位、指导单位'),",
    to: "  supporters: z.array(id('机构')).default([]),",
    cases: [`${REF}supporters`],
  },
  {
    rule: 'presiders are references',
    file: 'src/schemas/conference.ts',
    from: "    person: ref('people', '主持人的人物 id'),",
    to: "    person: id('人物'),",
    cases: [`${REF}a session's presiders`],
  },
  {
    rule: "outcomes' parties are references",
    file: 'src/schemas/conference.ts',
    from: "    parties: z.array(ref('organizations'))",
    to: "    parties: z.array(id('机构'))",
    cases: [`${REF}an outcome's parties`],
  },
  {
    rule: 'speakers are references',
    file: 'src/schemas/speech.ts',
    from: "    person: ref('people', '讲者的人物 id'),",
    to: "    person: id('人物'),",
    cases: [`${REF}a speech's speaker`],
  },
  {
    rule: 'affiliations are references',
    file: 'src/schemas/speech.ts',
    from: "    organization: ref('organizations', '任职机构的 id'),",
    to: "    organization: id('机构'),",
    cases: [`${REF}a speaker's affiliation`],
  },
  {
    rule: "an organization's parent is a reference",
    file: 'src/schemas/organization.ts',
    from: "    parent: ref('organizations').optional()",
    to: '    parent: z.string().optional()',
    cases: [`${REF}an organization's parent`],
  },
  {
    rule: "an organization's region is a reference",
    file: 'src/schemas/organization.ts',
    from: "    region: ref('regions').optional()",
    to: '    region: z.string().optional()',
    cases: [`${REF}an organization's region`, 'id not written as an id (and so not found)'],
  },
  {
    rule: "a region's parent is a reference",
    file: 'src/schemas/region.ts',
    from: "    parent: ref('regions').optional()",
    to: '    parent: z.string().optional()',
    cases: [`${REF}a region's parent`],
  },
  {
    rule: "a series' regions are references",
    file: 'src/schemas/series.ts',
    from: "    regions: z.array(ref('regions'))",
    to: '    regions: z.array(z.string())',
    cases: [`${REF}a series' regions`],
  },
  {
    rule: 'organization parents form no cycle',
    file: 'src/lib/content/integrity.ts',
    from: '  problems.push(...parentCycles(index));',
    to: '',
    cases: ['organizations that are each other’s parent'],
  },
  {
    rule: 'an organization once per role',
    file: 'src/lib/content/integrity.ts',
    from: '    duplicateOrganizers(rules, e);',
    to: '',
    cases: ['an organization listed twice in one role'],
  },
  {
    rule: 'a speaker once per speech',
    file: 'src/lib/content/integrity.ts',
    from: '    duplicates(s.speakers.map((sp) => sp.person)).forEach(',
    to: '    [].forEach(',
    cases: ['a speaker listed twice in one speech'],
  },
  {
    rule: 'a conference ends after it opens',
    file: 'src/lib/content/integrity.ts',
    from: '    conferenceDates(rules, e);',
    to: '',
    cases: ['conference that ends before it opens'],
  },
  {
    rule: 'session ids are unique',
    file: 'src/lib/content/integrity.ts',
    from: 'if (sessionIds.has(s.id))',
    to: 'if (false)',
    cases: ['two sessions with one id'],
  },
  {
    rule: 'session orders are unique',
    file: 'src/lib/content/integrity.ts',
    from: 'if (prev !== undefined)',
    to: 'if (false)',
    cases: ['two sessions with one order'],
  },
  {
    rule: 'speech orders are unique',
    file: 'src/lib/content/integrity.ts',
    from: '    if (clash) {',
    to: '    if (false) {',
    cases: ['two speeches with one order'],
  },
  {
    rule: "sessions fall within the conference's days",
    file: 'src/lib/content/integrity.ts',
    from: '    if (s.date && (s.date < c.startDate',
    to: '    if (false && (s.date < c.startDate',
    cases: ["session dated outside the conference's days"],
  },
  {
    rule: "an outcome's session exists",
    file: 'src/lib/content/integrity.ts',
    from: '    if (o.session && !sessionIds.has(o.session)) {',
    to: '    if (false) {',
    cases: ["outcome's session that does not exist"],
  },
  {
    rule: "a speech's session exists",
    file: 'src/lib/content/integrity.ts',
    from: '    if (sessionIds && !sessionIds.includes(s.session)) {',
    to: '    if (false) {',
    cases: ["speech's session that does not exist"],
  },
];

/** Kinds of the catalogue starting with a prefix, read from the catalogue itself. */
function MISTAKE_KINDS_WITH(prefix: string): string[] {
  const text = fs.readFileSync(path.join(import.meta.dirname, '../support/mistakes.ts'), 'utf8');
  return [...text.matchAll(/kind: (["'])(.*?)\1/g)].map((m) => m[2]!).filter((k) => k.startsWith(prefix));
}

const { values } = parseArgs({ options: { build: { type: 'boolean' }, only: { type: 'string' } } });
const repo = path.resolve(import.meta.dirname, '../..');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'yilu-delete-rules-'));
const files = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
  cwd: repo,
  encoding: 'utf8',
})
  .stdout.split('\0')
  .filter(Boolean);
for (const f of files) {
  if (!fs.existsSync(path.join(repo, f))) continue;
  fs.mkdirSync(path.dirname(path.join(scratch, f)), { recursive: true });
  fs.copyFileSync(path.join(repo, f), path.join(scratch, f));
}
// Hard links: a build's server chunks resolve packages from the real node_modules folder.
spawnSync('cp', ['-al', path.join(repo, 'node_modules'), path.join(scratch, 'node_modules')]);

const TESTS = [
  'tests/unit/content-rules.test.ts',
  'tests/unit/check-cli.test.ts',
  ...(values.build ? ['tests/site/content-errors.test.ts'] : []),
];

/** Runs the catalogue's tests in the scratch copy; returns the names of the failed tests. */
function failedTests(): string[] {
  const report = path.join(scratch, '.rules-report.json');
  fs.rmSync(report, { force: true });
  spawnSync(
    process.execPath,
    [
      path.join(scratch, 'node_modules/vitest/vitest.mjs'),
      'run',
      ...TESTS,
      '--reporter=json',
      `--outputFile=${report}`,
    ],
    {
      cwd: scratch,
      env: { ...process.env, YILU_TEST_REUSE: '1' },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const json = JSON.parse(fs.readFileSync(report, 'utf8')) as {
    testResults: { assertionResults: { fullName: string; status: string }[] }[];
  };
  return json.testResults.flatMap((f) =>
    f.assertionResults.filter((a) => a.status === 'failed').map((a) => a.fullName),
  );
}

const baseline = failedTests();
if (baseline.length) {
  console.error(`the catalogue's tests fail with no rule deleted:\n  ${baseline.join('\n  ')}`);
  process.exit(1);
}
console.log(`scratch copy ${scratch}; tests: ${TESTS.join(', ')}\n`);

let missed = 0;
for (const d of DELETIONS.filter((x) => !values.only || x.rule.includes(values.only))) {
  const file = path.join(scratch, d.file);
  const original = fs.readFileSync(file, 'utf8');
  const at = original.indexOf(d.from);
  if (at < 0 || original.indexOf(d.from, at + 1) >= 0)
    throw new Error(`deletion “${d.rule}” does not apply exactly once to ${d.file}: bring it up to date`);
  fs.writeFileSync(file, original.slice(0, at) + d.to + original.slice(at + d.from.length));
  const failed = failedTests();
  fs.writeFileSync(file, original);
  // Every test of each case for the rule must fail: its own unit test and (with --build) the build's,
  // and npm run check's run of the whole catalogue.
  const perCase = values.build ? 2 : 1;
  const notFailing = d.cases.filter((kind) => failed.filter((name) => name.includes(kind)).length < perCase);
  if (!failed.some((name) => name.includes('every mistake in the catalogue')))
    notFailing.push('npm run check on the whole catalogue');
  missed += notFailing.length;
  console.log(
    `${notFailing.length ? 'MISSED' : 'caught'}  ${d.rule} — ${failed.length} failed test(s)${notFailing.length ? `; no failure for: ${notFailing.join(', ')}` : ''}`,
  );
}
fs.rmSync(scratch, { recursive: true, force: true });
console.log(
  missed
    ? `\n${missed} case(s) did not fail without their rule`
    : '\nevery deletion was caught by the tests of its cases',
);
process.exit(missed ? 1 : 0);
