import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { configDefaults, defineConfig } from 'vitest/config';

// Vitest's type checker always runs `tsc --incremental` with its build info in vitest's own folder.
// After some source edits that build info makes tsc report errors a clean run does not (an `any`
// where the real type is known, then "unused @ts-expect-error"); every run starts from a clean one.
const vitestDist = dirname(createRequire(import.meta.url).resolve('vitest/package.json'));
rmSync(join(vitestDist, 'dist', 'tsconfig.tmp.tsbuildinfo'), { force: true });

/** Test files whose time is mostly fast-check runs (their size follows `FUZZ_RUNS`). */
const propertyFiles = [
  'test/reliability/fuzz.test.ts',
  'test/reliability/no-phi.test.ts',
  'test/reliability/random-events.test.ts',
  'test/rules/browser-support-robustness.test.ts',
];

// Three projects, so each script runs only what it needs: `npm run test:unit` the quick loop
// (with --no-isolate: test files share loaded modules, which halves the time; nothing here mocks),
// `scripts/test-time-zones.sh` unit and properties under each TZ (type tests do not depend on
// it), `npm run test:types` the type tests, reported per test. `npm test` leaves that project to
// `npm run typecheck`: tsc over test/ fails on the same expectTypeOf errors, without vitest's
// "experimental feature" warning. `npx vitest run` runs all three.
export default defineConfig({
  test: {
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...propertyFiles],
        },
      },
      { extends: true, test: { name: 'properties', include: propertyFiles } },
      {
        extends: true,
        test: {
          name: 'types',
          include: [],
          typecheck: { enabled: true, only: true, include: ['test/**/*.test-d.ts'] },
        },
      },
    ],
  },
});
