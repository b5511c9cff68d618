/**
 * Put a folder built aside in the place of another, whole: readers of
 * `target` see the old site or the new one, never a mixture (apart from the
 * moment between two renames). The old folder is moved aside and removed by
 * a process of its own, which the run does not wait for: at 100,000
 * documents the old site is 278,000 files, and removing them took 26 s of
 * an update's 218 (docs/scaling.md). A removal cut short (the machine
 * stopped) is taken up by the next switch.
 *
 *   switchFolder('dist.parts/site', 'dist')   → dist is the new site; dist.old-<pid> is being removed
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Switches, and says the process removing the old folder (null when there was none). */
export function switchFolder(built: string, target: string): ChildProcess | null {
  const old = `${target}.old-${process.pid}`;
  rmSync(old, { recursive: true, force: true });
  if (existsSync(target)) renameSync(target, old);
  try {
    renameSync(built, target);
  } catch (error) {
    // Put the previous folder back rather than leave none.
    if (existsSync(old)) renameSync(old, target);
    throw error;
  }
  for (const leftover of oldFolders(target)) if (leftover !== old) removeApart(leftover);
  return existsSync(old) ? removeApart(old) : null;
}

/** Folders an earlier switch of `target` moved aside, not yet removed. */
function oldFolders(target: string): string[] {
  const prefix = `${basename(target)}.old-`;
  return readdirSync(dirname(target))
    .filter((name) => name.startsWith(prefix))
    .map((name) => join(dirname(target), name));
}

/** Removes `folder` in a process that outlives this one: nothing waits for it, and it reports to no one. */
function removeApart(folder: string): ChildProcess {
  const child = spawn(
    process.execPath,
    ['-e', 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })', folder],
    { detached: true, stdio: 'ignore' },
  );
  child.unref();
  return child;
}
