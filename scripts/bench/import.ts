#!/usr/bin/env node
/**
 * `npm run bench:import [-- --details] [--json] [--dir <folder>]`: the importer measured on the
 * corpus of real reports in ../shared (see scripts/bench/import-corpus.ts):
 * precision and recall per fact kind for the part it was developed on and the
 * held-out part, the reports refused, and the drafts that fail the content check.
 * `--record` writes each report's tallies to tests/fixtures/import/corpus-tallies.json, the
 * level the corpus test holds every report to (after an improvement, or a change of expectations).
 * Exits 0 when it ran; 2 when ../shared is not there.
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { KINDS } from '../../src/lib/import/score.ts';
import { cell, LABELS } from './import-table.ts';
import { RECORDED, recordTallies, runCorpus, SHARED } from './import-corpus.ts';

const { values } = parseArgs({
  options: {
    details: { type: 'boolean', short: 'd' },
    json: { type: 'boolean' },
    extra: { type: 'string' },
    dir: { type: 'string' },
    record: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log(
    'usage: npm run bench:import -- [--details] [--json] [--record] [--dir <folder of reports with expect*.json> (alias --extra)]',
  );
  process.exit(0);
}
const started = performance.now();
const extraDir = values.dir ?? values.extra;
if (extraDir && !fs.existsSync(extraDir)) {
  console.error(`bench:import: ${extraDir} does not exist`);
  process.exit(2);
}
const result = runCorpus({ extra: extraDir });
if (!result) {
  console.error(`bench:import: the corpus is not there (${SHARED}/reports/expect-a.json); nothing measured`);
  process.exit(2);
}
if (values.record) {
  fs.writeFileSync(RECORDED, recordTallies(result.reports));
  console.error(`bench:import: wrote ${RECORDED}`);
}
if (values.json) {
  console.log(
    JSON.stringify(
      {
        byPart: result.byPart,
        refused: result.refused,
        failedDrafts: result.failedDrafts,
        corrections: result.corrections,
      },
      null,
      1,
    ),
  );
  process.exit(0);
}
const count = (part: string) => result.reports.filter((r) => r.part === part).length;
const extra = count('extra') > 0;
console.log(
  `importer on ${result.reports.length} reports (seen ${count('seen')}, held-out ${count('held-out')}${extra ? `, extra ${count('extra')}` : ''})   precision recall tp/fp/fn\n`,
);
console.log(
  `${'kind'.padEnd(24)}${'seen'.padEnd(27)}${'held-out'.padEnd(27)}${'all (seen + held-out)'.padEnd(27)}${extra ? 'extra' : ''}`,
);
for (const k of KINDS)
  console.log(
    `${LABELS[k].padEnd(24)}${cell(result.byPart.seen[k])}   ${cell(result.byPart['held-out'][k])}   ${cell(result.byPart.all[k])}${extra ? `   ${cell(result.byPart.extra[k])}` : ''}`,
  );
console.log(
  `\nrefused: ${result.refused.length ? result.refused.map((r) => `${r.name} (${r.reason})`).join('; ') : 'none'}`,
);
console.log(
  `expectations corrected before scoring (tests/fixtures/import/expect-corrections.json): ${result.corrections.length ? result.corrections.map((c) => `${c.name} ${c.field} ${JSON.stringify(c.from)} → ${JSON.stringify(c.to)}`).join('; ') : 'none'}`,
);
console.log(
  `drafts failing the content check: ${result.failedDrafts.length ? result.failedDrafts.map((r) => `${r.name}: ${r.errors.join('; ')}`).join('\n  ') : 'none'}`,
);
if (values.details) {
  for (const r of result.reports) {
    if (!r.misses.length) continue;
    console.log(`\n${r.name} (${r.part})`);
    for (const m of r.misses) console.log(`  ${m.kind.padEnd(20)} expected ${m.expected ?? '—'} | got ${m.got ?? '—'}`);
  }
}
console.error(`[bench:import] ${((performance.now() - started) / 1000).toFixed(1)} s`);
