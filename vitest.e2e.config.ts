import { defineConfig } from 'vitest/config';

// End-to-end tests of the browser example in Debian's Chromium (`npm run test:e2e`); kept out of
// the unit run (vitest.config.ts), which needs no browser.
export default defineConfig({
  test: {
    include: ['examples/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // The page renders synchronously, but a loaded CI machine can be slow to paint and answer.
    expect: { poll: { timeout: 10_000 } },
    // Chromium is heavy: one test file at a time.
    fileParallelism: false,
  },
});
