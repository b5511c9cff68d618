/**
 * A SHA-256 of everything but the records that decides what an `astro build`
 * of the site writes, computed from the files, never from a list of modules:
 * every file of the folders Astro reads by convention (src/, public/), every
 * file astro.config.mjs imports or reads beside itself (import-closure.ts),
 * the files Astro, Vite and npm read at the root (package.json,
 * tsconfig.json, the lock file and node_modules' record of what is
 * installed), content/redirects.json (the config reads it), the build's
 * settings in the environment (ZHENDANG_*, SOURCE_DATE_EPOCH), and the
 * version of Node. Any change to any of them builds every part again.
 *
 *   siteDigest('/repo', process.env)   → 'c0ffee…' (64 hex digits)
 *   after editing /repo/src/styles/site.css, or with ZHENDANG_BASE=/zhendang/ → another
 */
import { createHash, type Hash } from 'node:crypto';
import { join, relative } from 'node:path';
import { hashFiles, importClosure } from '../store/import-closure.ts';
import { filesIn } from './file-tree.ts';

/** The folders Astro reads whole, by convention rather than by import. */
const SITE_FOLDERS = ['src', 'public'];
/** Files read by their tools (or by the config, through a path of its own) rather than imported; absent ones count as absent. */
const ROOT_FILES = [
  'package.json',
  'tsconfig.json',
  'package-lock.json',
  'node_modules/.package-lock.json',
  'content/redirects.json',
];
/** Not settings of the site: set by scripts/build-parts.ts for each build (src/lib/parts/part-pages.ts), and where worked-out values are kept (src/lib/cache-folder.ts). */
const NOT_SETTINGS = new Set([
  'ZHENDANG_PART',
  'ZHENDANG_PART_PLAN',
  'ZHENDANG_CACHE',
  'ZHENDANG_PAGES_BEFORE',
  'ZHENDANG_PAGES_OUT',
]);

export function siteDigest(root: string, env: Record<string, string | undefined> = process.env): string {
  const files = new Set(importClosure(join(root, 'astro.config.mjs')).map((file) => relative(root, file)));
  for (const folder of SITE_FOLDERS) for (const file of filesIn(join(root, folder))) files.add(`${folder}/${file}`);
  for (const file of ROOT_FILES) files.add(file);
  return withSettings(hashFiles(createHash('sha256'), root, files), env);
}

/**
 * The same for a program outside Astro that writes a part of the site from the records (the search indexer):
 * the files it is made of (`entry` and its import closure), the root files (the lock file names the packages it runs,
 * Pagefind among them), the same settings and Node. The site's pages and styles are not among them: an index is
 * written from the records, never from a page, so a change to a template builds every page again and leaves the
 * index as it was.
 *
 *   programDigest('/repo', '/repo/scripts/build-search-index.ts')   → 'beef…'
 *   after editing /repo/src/shared/search/tokens.ts (which it imports), or with ZHENDANG_BASE=/zhendang/ → another
 */
export function programDigest(
  root: string,
  entry: string,
  env: Record<string, string | undefined> = process.env,
): string {
  const files = new Set(importClosure(entry).map((file) => relative(root, file)));
  for (const file of ROOT_FILES) files.add(file);
  return withSettings(hashFiles(createHash('sha256'), root, files), env);
}

function withSettings(hash: Hash, env: Record<string, string | undefined>): string {
  const settings = Object.entries(env)
    .filter(([name]) => (name.startsWith('ZHENDANG_') && !NOT_SETTINGS.has(name)) || name === 'SOURCE_DATE_EPOCH')
    .sort(([a], [b]) => (a < b ? -1 : 1));
  for (const [name, value] of settings) hash.update(`env ${name}=${value ?? ''}\0`);
  return hash.update(`node ${process.version}`).digest('hex');
}
