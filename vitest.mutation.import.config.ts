/**
 * The importer's unit tests alone, for Stryker on the parts of src/lib/import
 * (`npm run test:mutation -- import`, `import/facts`, `import/draft`; stryker.config.mjs).
 * Stryker runs each mutant against the tests that reached its code in the first run
 * (coverageAnalysis perTest); leaving out the other unit tests saves their run in that
 * first pass, and keeps tests that only pass through the importer (copycheck's decoding,
 * the timelines' list of provinces) from being counted as its tests.
 */
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import mutation from './vitest.mutation.config.ts';

export const IMPORT_TESTS = [
  'tests/unit/import-agree.test.ts',
  'tests/unit/import-corpus.test.ts',
  'tests/unit/import-draft.test.ts',
  'tests/unit/import-draft-series.test.ts',
  'tests/unit/import-clean.test.ts',
  'tests/unit/import-extract.test.ts',
  'tests/unit/import-facts-event.test.ts',
  'tests/unit/import-facts-source.test.ts',
  'tests/unit/import-misc.test.ts',
  'tests/unit/import-facts-people.test.ts',
  'tests/unit/import-read.test.ts',
  'tests/unit/import-round8.test.ts',
  'tests/unit/import-round9.test.ts',
  'tests/unit/import-round10.test.ts',
  'tests/unit/import-known-bugs.test.ts',
  'tests/unit/import-round11.test.ts',
  'tests/unit/import-round12.test.ts',
  'tests/unit/import-round14.test.ts',
  'tests/unit/import-round15.test.ts',
  'tests/unit/import-round16.test.ts',
  'tests/unit/import-round17.test.ts',
  'tests/unit/import-round18.test.ts',
  'tests/unit/import-round19.test.ts',
  'tests/unit/import-round20.test.ts',
  'tests/unit/import-round24.test.ts',
  'tests/unit/import-round27.test.ts',
  'tests/unit/import-round29.test.ts',
  'tests/unit/import-round30.test.ts',
  'tests/unit/import-round31.test.ts',
  'tests/unit/import-round33.test.ts',
  'tests/unit/import-round34.test.ts',
  'tests/unit/import-round35.test.ts',
  'tests/unit/import-round36.test.ts',
  'tests/unit/import-round37.test.ts',
  'tests/unit/import-round38.test.ts',
  'tests/unit/import-round39.test.ts',
  'tests/unit/import-round40.test.ts',
  'tests/unit/import-round41.test.ts',
  'tests/unit/import-round42.test.ts',
  'tests/unit/import-round43.test.ts',
  'tests/unit/import-round44.test.ts',
  'tests/unit/import-round45.test.ts',
  'tests/unit/import-round46.test.ts',
  'tests/unit/import-round47.test.ts',
  'tests/unit/import-round48.test.ts',
  'tests/unit/import-round49.test.ts',
  'tests/unit/import-round50.test.ts',
  'tests/unit/import-round51.test.ts',
  'tests/unit/import-round52.test.ts',
  'tests/unit/import-round53.test.ts',
  'tests/unit/import-round54.test.ts',
  'tests/unit/import-round55.test.ts',
  'tests/unit/import-round56.test.ts',
  'tests/unit/import-round57.test.ts',
  'tests/unit/import-round58.test.ts',
  'tests/unit/import-round59.test.ts',
  'tests/unit/import-round60.test.ts',
  'tests/unit/import-round61.test.ts',
  'tests/unit/import-round62.test.ts',
  'tests/unit/import-round63.test.ts',
  'tests/unit/import-round64.test.ts',
  'tests/unit/import-round65.test.ts',
  'tests/unit/import-round66.test.ts',
  'tests/unit/import-round67.test.ts',
  'tests/unit/import-round68.test.ts',
  'tests/unit/import-round69.test.ts',
  'tests/unit/import-round70.test.ts',
  'tests/unit/import-round71.test.ts',
  'tests/unit/import-round72.test.ts',
  'tests/unit/import-round73.test.ts',
  'tests/unit/import-round74.test.ts',
  'tests/unit/import-round75.test.ts',
  'tests/unit/import-round76.test.ts',
  'tests/unit/import-round77.test.ts',
  'tests/unit/import-round78.test.ts',
  'tests/unit/import-round79.test.ts',
  'tests/unit/import-round80.test.ts',
  'tests/unit/import-round81.test.ts',
  'tests/unit/import-round82.test.ts',
  'tests/unit/import-round83.test.ts',
  'tests/unit/import-round84.test.ts',
  'tests/unit/import-score.test.ts',
  'tests/unit/import-write.test.ts',
];

/**
 * The corpus test last: it takes seconds (31 reports, each draft content-checked), the others
 * milliseconds, and Stryker stops a mutant's run at its first failing test, so a mutant the
 * small tests kill costs only them.
 */
class CorpusLast extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const slow = (f: TestSpecification) => f.moduleId.endsWith('import-corpus.test.ts');
    return [...sorted.filter((f) => !slow(f)), ...sorted.filter(slow)];
  }
}

export default defineConfig({
  test: { ...mutation.test, include: IMPORT_TESTS, exclude: [], sequence: { sequencer: CorpusLast } },
});
