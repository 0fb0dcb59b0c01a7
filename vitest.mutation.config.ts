/** The unit project alone, for Stryker (stryker.config.mjs, `npm run test:mutation`). */
import { defineConfig } from 'vitest/config';
import { unit } from './vitest.config.ts';

// Two mutants run side by side on a shared machine: allow slow tests more time.
// The sandbox is a copy of the project without .git: tests that read git history skip there.
export default defineConfig({ test: { ...unit.test, testTimeout: 60_000, env: { YILU_MUTATION_SANDBOX: '1' } } });
