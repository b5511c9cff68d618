/** Run the project's own commands as a user would, on this project's Node. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const projectRoot = new URL('../../', import.meta.url).pathname;

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

/**
 * A copy of the site (src, public, config; node_modules linked) in a folder
 * of its own, so a test build never touches the project's .astro caches.
 * Returns the copy's root; put documents in <root>/content/reports.
 */
export function copySite(): string {
  const root = temporaryFolder();
  for (const name of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(projectRoot, name), join(root, name), { recursive: true });
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'));
  mkdirSync(join(root, 'content', 'reports'), { recursive: true });
  return root;
}

export const astroIn = (root: string, ...args: string[]) =>
  run([join(projectRoot, 'node_modules/astro/bin/astro.mjs'), ...args, '--root', root]);
