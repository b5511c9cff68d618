/**
 * Write a file so that readers see either the old content or the new, never
 * half of it: write a temporary file beside it, flush, then rename over.
 * Returns false (and writes nothing) when the content is already there, so
 * an unchanged document keeps its modification time.
 */
import { closeSync, fsyncSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const TEMPORARY_SUFFIX = '.tmp';

export function writeFileAtomic(path: string, content: string): boolean {
  try {
    if (readFileSync(path, 'utf8') === content) return false;
  } catch {
    // No file yet: write it.
  }
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}${TEMPORARY_SUFFIX}`);
  try {
    const fd = openSync(temporary, 'w');
    try {
      writeSync(fd, content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  return true;
}

/**
 * Remove temporary files a killed run left behind (never a finished file:
 * those are only ever renamed into place). Returns how many were removed.
 */
export function removeLeftoverTemporaries(folder: string): number {
  const leftovers = readdirSync(folder).filter((name) => /^\..+\.\d+\.tmp$/.test(name));
  for (const name of leftovers) rmSync(join(folder, name), { force: true });
  return leftovers.length;
}
