/**
 * A copy of the site (src, public, config; node_modules linked) in a folder
 * of its own, with an empty content/reports, so that a test or benchmark
 * builds its own archive without touching the project's documents or caches.
 */
import { cpSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../store/project-root.ts';

export const astroBin = join(projectRoot, 'node_modules/astro/bin/astro.mjs');
const siteFiles = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

export function copySite(root = mkdtempSync(join(tmpdir(), 'zhendang-site-'))): string {
  for (const name of siteFiles) cpSync(join(projectRoot, name), join(root, name), { recursive: true });
  symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'));
  mkdirSync(join(root, 'content', 'reports'), { recursive: true });
  return root;
}
