/** Run the project's own commands as a user would, on this project's Node. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { astroBin, projectRoot } from '../../scripts/lib/site-copy.ts';

export { copySite } from '../../scripts/lib/site-copy.ts';
export { projectRoot };

export function run(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, args, {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, ...env, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, output: result.stdout + result.stderr };
}

export const convert = (...args: string[]) => run(['scripts/convert.ts', ...args]);

export const temporaryFolder = () => mkdtempSync(join(tmpdir(), 'zhendang-'));

export const astroIn = (root: string, ...args: string[]) => run([astroBin, ...args, '--root', root]);
