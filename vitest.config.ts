/**
 * Two projects:
 * - unit: pure functions and CLIs on fixture files (fast, no build);
 * - site: builds fixture and real archives once (tests/support/global-setup.ts),
 *   then asserts on built HTML and drives Chromium against them.
 * `npm test` runs both; `npm run test:unit` only the first.
 */
import { defineConfig } from 'vitest/config';

/** The unit project; also what mutation testing runs (vitest.mutation.config.ts). */
export const unit = {
  test: {
    name: 'unit',
    include: ['tests/unit/**/*.test.ts'],
    testTimeout: 30_000,
  },
};

export default defineConfig({
  test: {
    projects: [
      unit,
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
          // Site tests share built sites and one browser at a time; run files one after another.
          fileParallelism: false,
        },
      },
    ],
  },
});
