/** `npm run export:bag` as a user meets it: asking for help, and mistyping an option. */
import { describe, expect, it } from 'vitest';
import { run } from '../helpers/run.ts';

describe('export:bag on the command line', () => {
  it('prints its usage for --help and exits 0', () => {
    const result = run(['scripts/export-bag.ts', '--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage: npm run export:bag/);
    expect(result.stdout).toContain('--verify DIR');
  });

  it('names an unknown option and shows the usage, without a stack trace', () => {
    const result = run(['scripts/export-bag.ts', '--frobnicate']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/error: .*--frobnicate/);
    expect(result.stderr).toContain('Usage: npm run export:bag');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
