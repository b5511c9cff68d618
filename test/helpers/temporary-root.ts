/**
 * Vitest's globalSetup for every project (vitest.config.ts): whatever a run
 * asks the system for a temporary folder (the tests' own folders, copies of
 * the site, archives built, validators' outputs, browsers' profiles) goes
 * into one folder of the run's, which the run removes when it ends, passed
 * or failed: a developer's /tmp does not fill up with the tests' leftovers.
 *
 *   setup()    → TMPDIR=/tmp/zhendang-run-a1B2c3 for this process and the workers it starts
 *   teardown() → that folder removed
 *
 * The same folder holds Node's compile cache for the run (NODE_COMPILE_CACHE,
 * read by every Node process the tests start): a run starts `npm run
 * convert` and other commands dozens of times, and each compiled the same
 * modules again (a quarter of a second of CPU of a conversion's 0.8). The
 * cache is keyed by each module's text, so it cannot serve an old one; it
 * starts empty each run, as on a fresh clone.
 */
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Each project loads this file apart; the first sets the folder up, the others find it in the environment.
const VARIABLE = 'ZHENDANG_TEST_RUN_TMPDIR';

export function setup(): void {
  if (process.env[VARIABLE]) return;
  const folder = mkdtempSync(join(tmpdir(), 'zhendang-run-'));
  process.env[VARIABLE] = folder;
  // os.tmpdir() reads TMPDIR, here and in every process started from now on.
  process.env.TMPDIR = folder;
  process.env.NODE_COMPILE_CACHE = join(folder, 'node-compile-cache');
}

export async function teardown(): Promise<void> {
  const folder = process.env[VARIABLE];
  // Every project's teardown runs once all the run's tests have ended: the first removes the folder.
  // Removed by the promise API, retried: after `npm run test:unit` (one worker running every file) the
  // synchronous rmSync returned without error and left the folder whole.
  if (folder) await rm(folder, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
}
