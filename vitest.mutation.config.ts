/** The unit project alone, for Stryker (stryker.config.mjs, `npm run test:mutation`). */
import { defineConfig } from 'vitest/config';
import { unit } from './vitest.config.ts';

// Two mutants run side by side on a shared machine: allow slow tests more time.
// Tests of the CLIs run them as child processes, which never see the mutant under test (Stryker
// activates it in the test process only): they could kill nothing and cost seconds per mutant.
const CLI_TESTS = ['tests/unit/check-cli.test.ts', 'tests/unit/import-cli.test.ts', 'tests/unit/new-cli.test.ts'];

// The sandbox is a copy of the project without .git: tests that read git history skip there.
export default defineConfig({
  test: { ...unit.test, exclude: CLI_TESTS, testTimeout: 60_000, env: { YILU_MUTATION_SANDBOX: '1' } },
});
