#!/usr/bin/env node
/**
 * `npm run bench:agree -- <first.json> <second.json> [<first.json> <second.json> …] [--details]`: how far two readers
 * of the same reports agree, scored with the importer bench's own scorer (src/lib/import/agreement.ts). Each pair is
 * two expect*.json files keyed by report file name, written by readers who did not see each other's; the pairs are
 * pooled. Prints precision and recall per fact kind of the second reading against the first, and of the first against
 * the second; `--details` lists every disagreement. Exits 0 when it ran, 2 with a one-line reason when a file is
 * missing or not a reading, or when no report was read by both.
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { agreement, type Reading } from '../../src/lib/import/agreement.ts';
import { addTallies, KINDS, newTallies } from '../../src/lib/import/score.ts';
import { cell, LABELS } from './import-table.ts';

const fail = (why: string): never => {
  console.error(`bench:agree: ${why}`);
  process.exit(2);
};

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { details: { type: 'boolean', short: 'd' }, help: { type: 'boolean', short: 'h' } },
});
if (values.help) {
  console.log('usage: npm run bench:agree -- <first.json> <second.json> [<first.json> <second.json> …] [--details]');
  process.exit(0);
}
if (!positionals.length || positionals.length % 2) fail('give the readings in pairs: <first.json> <second.json>');

function reading(file: string): Record<string, Reading> {
  if (!fs.existsSync(file)) fail(`${file} does not exist`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    fail(`${file} is not JSON (${(error as Error).message})`);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
    fail(`${file} is not a reading: an object keyed by report file name`);
  return parsed as Record<string, Reading>;
}

const second = newTallies();
const first = newTallies();
let reports = 0;
const details: string[] = [];
for (let i = 0; i < positionals.length; i += 2) {
  const [a, b] = [positionals[i]!, positionals[i + 1]!];
  const result = agreement(reading(a), reading(b));
  addTallies(second, result.secondVsFirst);
  addTallies(first, result.firstVsSecond);
  reports += result.reports;
  for (const name of result.unpaired) details.push(`${name}: read by one reader only (${a} / ${b})`);
  for (const { report, miss } of result.misses)
    details.push(`${report}  ${miss.kind.padEnd(20)} first ${miss.expected ?? '—'} | second ${miss.got ?? '—'}`);
}
if (!reports) fail('no report was read by both readers');

console.log(`two readings of ${reports} reports   precision recall tp/fp/fn\n`);
console.log(`${'kind'.padEnd(24)}${'second against first'.padEnd(27)}first against second`);
for (const k of KINDS.filter((k) => k !== 'chrome'))
  console.log(`${LABELS[k].padEnd(24)}${cell(second[k])}   ${cell(first[k])}`);
if (values.details) console.log(`\n${details.join('\n')}`);
