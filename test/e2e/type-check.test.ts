/**
 * The project type-checks: `astro check` (TypeScript over every file the
 * tsconfig includes, scripts and tests too, and the `.astro` components), as
 * `npm run check` runs it. A test of the run rather than a step before it:
 * alone it keeps one core busy for a quarter of a minute while the other
 * waits; beside the other tests both stay busy.
 */
import { describe, expect, it } from 'vitest';
import { astroBin } from '../../scripts/bench/site-copy.ts';
import { run } from '../helpers/run.ts';

describe('the project', () => {
  // A time limit, not a measurement: about 13 s of CPU, longer on a machine the other tests load.
  it('type-checks (astro check): no error', () => {
    const checked = run([astroBin, 'check']);
    expect(checked.status, checked.output).toBe(0);
    expect(checked.output).toMatch(/\b0 errors\b/);
  }, 300_000);
});
