/**
 * Three projects: "archive" (the end-to-end tests that read the archives of
 * the seeds and fixtures, built once per run: test/helpers/shared-archives.ts),
 * "e2e" (the end-to-end tests that make their own inputs) and "unit"
 * (test/unit/ and the golden tests beside it: no build, no browser;
 * `npm run test:unit`). `npm test` runs all three.
 */
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { SlowestFirst } from './test/helpers/slowest-first.ts';

// The end-to-end test files that read the shared archives.
const ARCHIVE_TESTS = [
  'reading',
  'search',
  'search-additions',
  'search-index-update',
  'site-browse',
  'site-build',
  'validators',
  'figures',
].map((name) => `test/e2e/${name}.test.ts`);

// The run's temporary files in one folder, removed when it ends (test/helpers/temporary-root.ts).
const TEMPORARY_ROOT = 'test/helpers/temporary-root.ts';

export default defineConfig({
  test: {
    // Vitest's default is one worker fewer than the cores: one on a 2-core machine, which then runs every file in
    // turn. An end-to-end test spends much of its time waiting (on a page that goes quiet, a Java start-up, a build in
    // a process of its own): one worker more than the cores keeps them busy.
    maxWorkers: availableParallelism() + 1,
    // The slowest files (a browser session, an archive of 400 documents) start at once, whichever project they are in.
    sequence: { sequencer: SlowestFirst },
    projects: [
      {
        test: {
          name: 'archive',
          include: ARCHIVE_TESTS,
          globalSetup: [TEMPORARY_ROOT, 'test/helpers/build-shared-archives.ts'],
          // A build, a browser or a validator in a process of its own: a time limit, not a measurement.
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          exclude: ARCHIVE_TESTS,
          globalSetup: [TEMPORARY_ROOT],
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/*.test.ts'],
          globalSetup: [TEMPORARY_ROOT],
          // One worker runs many files without starting again: these tests stub globals only inside a test and
          // restore them after it (vi.unstubAllGlobals), and no module they import keeps state a test changes.
          isolate: false,
        },
      },
    ],
  },
});
