// @ts-check
/**
 * Mutation testing (npm run test:mutation, not part of npm test): Stryker changes the
 * code of src/lib one small step at a time (a condition negated, a string emptied, a
 * branch removed) and runs the unit tests that cover it; a mutant that no test notices
 * "survives". Scores per folder are recorded in docs/testing.md.
 *
 * Unit tests only (vitest.mutation.config.ts): the site tests build whole sites and
 * drive Chromium, minutes per run; the CLI tests run scripts in child processes, which
 * never see the mutant under test, so they are left out too.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  // The folders the issue names (content, formats, text, archive, import): about 8,000 mutants,
  // hours on two cores. The rest of src/lib is not measured yet.
  mutate: [
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
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  clearTextReporter: { logTests: false, reportMutants: false },
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  // Built test sites, builds and caches are not needed by unit tests: not copied into sandboxes.
  ignorePatterns: ['/.cache', '/dist', '/.astro', '/.bench', '/tmp', '/.scratch', '/.sources', '/test-results'],
  cleanTempDir: true,
  thresholds: { high: 90, low: 80, break: null },
};
