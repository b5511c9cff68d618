/**
 * What a new site changes of the previous one, file by file, by SHA-256;
 * and the files it does not change kept as they were: a new file whose
 * bytes equal the previous site's file at the same path is replaced by a
 * hard link to that file, so that when the new site takes the old one's
 * place, the file is the same file (its inode and modification time
 * untouched), not a rewrite. The previous site is only read.
 *
 *   keepUnchangedFiles('dist.parts/site', 'dist')
 *   → { added: [{ path: 'reports/0f1e2d3c4b5a/index.html', sha256: '…' }], changed: [{ path: 'index.html', … }], unchanged: 811 }
 *   changeList('dist.parts/site', 'dist')
 *   → the same, and removed: the previous site's files the new one lacks, with their SHA-256
 *
 * `folder` may hold a part of the new site (a part's output) with paths
 * relative to the same root as the previous site's.
 */
import { createHash } from 'node:crypto';
import { linkSync, readFileSync, renameSync, type Stats, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { writeFileAtomic } from '../store/write-atomic.ts';
import { filesIn } from './file-tree.ts';

/** A file by its path relative to the site's root (with `/`) and its bytes' SHA-256. */
export interface ChangedFile {
  path: string;
  sha256: string;
}

export interface ChangeList {
  added: ChangedFile[];
  changed: ChangedFile[];
  removed: ChangedFile[];
  unchanged: number;
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

export function keepUnchangedFiles(
  folder: string,
  previous: string,
  paths: string[] = filesIn(folder),
): Omit<ChangeList, 'removed'> {
  const list: Omit<ChangeList, 'removed'> = { added: [], changed: [], unchanged: 0 };
  for (const path of paths) {
    const file = join(folder, path);
    const before = statOrNull(join(previous, path));
    if (!before) {
      list.added.push({ path, sha256: sha256(file) });
      continue;
    }
    const now = statSync(file);
    // The same file (reused from the cache, which dist/ shares): unchanged without reading it.
    if (now.ino === before.ino && now.dev === before.dev) list.unchanged++;
    else if (now.size !== before.size) list.changed.push({ path, sha256: sha256(file) });
    else {
      const digest = sha256(file);
      if (digest !== sha256(join(previous, path))) list.changed.push({ path, sha256: digest });
      else {
        keepPrevious(join(previous, path), file);
        list.unchanged++;
      }
    }
  }
  return list;
}

/**
 * What a run knows of both sites without walking them: every path of the new one, those of them that are the
 * previous one's own files (hard links an update made: unchanged without a look), and every path of the previous one.
 * An update at 110,000 documents knew 224,000 of its 284,000 files so (scripts/parts/update-build.ts).
 */
export interface KnownPaths {
  site: string[];
  linked: Set<string>;
  previous: string[];
}

export function changeList(site: string, previous: string, known?: KnownPaths): ChangeList {
  const paths = known?.site ?? filesIn(site);
  // The linked files are the previous site's own, unchanged without a look; the rest in a walk's order.
  const compared = known ? paths.filter((path) => !known.linked.has(path)).sort() : paths;
  const list = keepUnchangedFiles(site, previous, compared);
  list.unchanged += known?.linked.size ?? 0;
  // By the new site's paths, already at hand, rather than a stat a file: 280,000 of them at 100,000 documents.
  const inSite = new Set(paths);
  const removed = (known?.previous ?? filesIn(previous))
    .filter((path) => !inSite.has(path))
    .map((path) => ({ path, sha256: sha256(join(previous, path)) }));
  return { ...list, removed };
}

/** The list as a deploy reads it: `{ "added": [{ "path", "sha256" }…], "changed": […], "removed": […] }`. */
export function writeChangeList(path: string, list: ChangeList): void {
  const { added, changed, removed } = list;
  writeFileAtomic(path, `${JSON.stringify({ added, changed, removed }, null, 1)}\n`);
}

/** Put a hard link to the previous file in the new one's place (a rename, so the place is never empty). */
function keepPrevious(previousFile: string, file: string): void {
  // A dot-name no build writes, made and renamed at once.
  const link = join(dirname(file), `.keep-unchanged-${process.pid}`);
  try {
    linkSync(previousFile, link);
  } catch {
    return; // No hard links here: the new file, with the same bytes, stays.
  }
  renameSync(link, file);
}

function statOrNull(path: string): Stats | null {
  try {
    const stats = statSync(path);
    return stats.isFile() ? stats : null;
  } catch {
    return null;
  }
}
