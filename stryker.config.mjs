// @ts-check
/**
 * Mutation testing (npm run test:mutation, not part of npm test): Stryker changes the
 * code of src/lib one small step at a time (a condition negated, a string emptied, a
 * branch removed) and runs the unit tests that cover it; a mutant that no test notices
 * "survives". Scores per part are recorded in docs/testing.md.
 *
 * Unit tests only (vitest.mutation.config.ts): the site tests build whole sites and
 * drive Chromium, minutes per run; the CLI tests run scripts in child processes, which
 * never see the mutant under test, so they are left out too.
 *
 * `npm run test:mutation -- <part>` (scripts/mutation.ts sets YILU_MUTATION_PART) measures one
 * part below, with its own incremental file and reports in reports/mutation/<part>/; the
 * parts of import/ run only the importer's tests (vitest.mutation.import.config.ts).
 */

/** The parts measured one at a time: the files to mutate, and whether only the importer's tests run. */
export const PARTS = {
  text: { mutate: ['src/lib/text/**/*.ts'] },
  formats: { mutate: ['src/lib/formats/**/*.ts'] },
  content: { mutate: ['src/lib/content/**/*.ts'] },
  // load.ts imports `astro:content` and runs only inside Astro.
  archive: { mutate: ['src/lib/archive/**/*.ts', '!src/lib/archive/load.ts', '!src/lib/archive/types.ts'] },
  // The files directly in import/ (facts/ and draft/ are parts of their own).
  import: { mutate: ['src/lib/import/*.ts'], importer: true },
  'import/facts': { mutate: ['src/lib/import/facts/**/*.ts', '!src/lib/import/facts/types.ts'], importer: true },
  'import/draft': { mutate: ['src/lib/import/draft/**/*.ts', '!src/lib/import/draft/types.ts'], importer: true },
};

const partName = process.env.YILU_MUTATION_PART;
/** @type {{ mutate: string[], importer?: boolean } | undefined} */
const part = partName ? PARTS[/** @type {keyof typeof PARTS} */ (partName)] : undefined;
if (partName && !part) throw new Error(`unknown mutation part ${partName}; one of ${Object.keys(PARTS).join(', ')}`);
const reports = part ? `reports/mutation/${partName?.replace('/', '-')}` : 'reports/mutation';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: part?.importer ? 'vitest.mutation.import.config.ts' : 'vitest.mutation.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  // The folders the issue names (content, formats, text, archive, import): about 8,000 mutants,
  // hours on two cores. The rest of src/lib is not measured yet.
  mutate: part
    ? [...part.mutate, '!src/lib/**/*.d.ts']
    : [
        'src/lib/content/**/*.ts',
        'src/lib/formats/**/*.ts',
        'src/lib/text/**/*.ts',
        'src/lib/archive/**/*.ts',
        'src/lib/import/**/*.ts',
        '!src/lib/**/*.d.ts',
        // Types only.
        '!src/lib/archive/types.ts',
        '!src/lib/import/facts/types.ts',
        '!src/lib/import/draft/types.ts',
      ],
  coverageAnalysis: 'perTest',
  // Module-level constants need every test re-run per mutant (hours here); left out and counted as ignored.
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 20_000,
  incremental: true,
  incrementalFile: `${reports}/stryker-incremental.json`,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  clearTextReporter: { logTests: false, reportMutants: false },
  htmlReporter: { fileName: `${reports}/index.html` },
  jsonReporter: { fileName: `${reports}/mutation.json` },
  tempDirName: '.stryker-tmp',
  // Built test sites, builds and caches are not needed by unit tests: not copied into sandboxes.
  ignorePatterns: ['/.cache', '/dist', '/.astro', '/.bench', '/tmp', '/.scratch', '/.sources', '/test-results'],
  cleanTempDir: true,
  thresholds: { high: 90, low: 80, break: null },
};
