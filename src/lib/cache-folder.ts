/**
 * Where the build and the scripts keep what they worked out, to read it back
 * rather than work it out again (parsed YAML, the facts read of files, the
 * conversion cache): node_modules/.cache/zhendang/ of the project, which a
 * fresh clone lacks and `rm -rf node_modules/.cache` empties; or the folder
 * ZHENDANG_CACHE names. The benchmark gives each job of a CI matrix its own,
 * empty, as a runner's is (scripts/bench/ci-matrix.ts).
 *
 *   cacheFolder()                                → '/repo/node_modules/.cache/zhendang'
 *   cacheFolder({ ZHENDANG_CACHE: '/tmp/job-1' }) → '/tmp/job-1'
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export function cacheFolder(env: Record<string, string | undefined> = process.env): string {
  if (env.ZHENDANG_CACHE) return env.ZHENDANG_CACHE;
  // Found from a package the project installs: this module also runs inside Vite, from another URL.
  const nodeModules = dirname(dirname(createRequire(import.meta.url).resolve('js-yaml/package.json')));
  return join(nodeModules, '.cache', 'zhendang');
}
