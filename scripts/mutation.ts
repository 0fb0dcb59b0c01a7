/**
 * npm run test:mutation [-- stryker options]: Stryker over src/lib with the unit tests
 * (stryker.config.mjs). Each sandbox is a copy of the project in .stryker-tmp/, where
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

const stryker = path.join(root, 'node_modules/@stryker-mutator/core/bin/stryker.js');
const result = spawnSync(process.execPath, [stryker, 'run', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 1);
