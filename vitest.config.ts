/**
 * Three projects: "unit" (test/unit/ and the golden tests beside it: no build,
 * no browser; `npm run test:unit`), "site" (the end-to-end tests that read the
 * archives of the seeds and fixtures built once per run, see
 * test/helpers/shared-archives.ts) and "e2e" (the end-to-end tests that make
 * their own inputs). `npm test` runs all three.
 */
import { defineConfig } from 'vitest/config';

// The end-to-end test files that read the shared archives.
const SITE_TESTS = ['reading', 'search', 'site-browse', 'site-build', 'validators'].map(
  (name) => `test/e2e/${name}.test.ts`,
);

export default defineConfig({
  test: {
    // Vitest's default is one worker fewer than the cores: one on a 2-core machine, which then runs every file in
    // turn. Most of an end-to-end test's time is a build or a browser in a process of its own, so one worker a core.
    maxWorkers: '100%',
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/*.test.ts'],
          // One worker runs many files without starting again: these tests stub globals only inside a test and
          // restore them after it (vi.unstubAllGlobals), and no module they import keeps state a test changes.
          isolate: false,
        },
      },
      {
        test: {
          name: 'site',
          include: SITE_TESTS,
          globalSetup: ['test/helpers/build-shared-archives.ts'],
          // A build, a browser or a validator in a process of its own: a time limit, not a measurement.
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          exclude: SITE_TESTS,
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
