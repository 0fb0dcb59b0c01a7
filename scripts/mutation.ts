/**
 * npm run test:mutation [-- <part>] [-- stryker options]: Stryker over src/lib with the unit tests
 * (stryker.config.mjs). A part (text, formats, content, archive, import, import/facts,
 * import/draft; `import` is the files directly in src/lib/import) measures that part alone, with
 * its own incremental file and reports in reports/mutation/<part>/; options after it (such as
 * `--mutate` with a subset of its files, or `--concurrency 1`) override the part's. Each sandbox is a copy of the project in .stryker-tmp/, where
 * tests that read the shared corpus of real reports look for it at ../shared; so
 * .stryker-tmp/shared points at this checkout's ../shared when there is one.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const shared = path.resolve(root, '../shared');
const tmp = path.join(root, '.stryker-tmp');
fs.mkdirSync(tmp, { recursive: true });
const link = path.join(tmp, 'shared');
if (fs.existsSync(shared) && !fs.existsSync(link)) fs.symlinkSync(shared, link, 'dir');

const args = process.argv.slice(2);
const env = { ...process.env };
if (args[0] && !args[0].startsWith('-')) {
  const { PARTS } = await import('../stryker.config.mjs');
  const part = args.shift()!.replace(/\/+$/, '');
  if (!(part in PARTS)) {
    console.error(`test:mutation: unknown part ${part}; one of ${Object.keys(PARTS).join(', ')}`);
    process.exit(2);
  }
  env.YILU_MUTATION_PART = part;
}
const stryker = path.join(root, 'node_modules/@stryker-mutator/core/bin/stryker.js');
const result = spawnSync(process.execPath, [stryker, 'run', ...args], { cwd: root, stdio: 'inherit', env });
process.exit(result.status ?? 1);
