/**
 * Put a folder built aside in the place of another, whole: readers of
 * `target` see the old site or the new one, never a mixture (apart from the
 * moment between two renames). The old folder is removed afterwards.
 *
 *   switchFolder('dist.parts/site', 'dist')   → dist is the new site; the old dist is gone
 */
import { existsSync, renameSync, rmSync } from 'node:fs';

export function switchFolder(built: string, target: string): void {
  const old = `${target}.old`;
  rmSync(old, { recursive: true, force: true });
  if (existsSync(target)) renameSync(target, old);
  try {
    renameSync(built, target);
  } catch (error) {
    // Put the previous folder back rather than leave none.
    if (existsSync(old)) renameSync(old, target);
    throw error;
  }
  rmSync(old, { recursive: true, force: true });
}
