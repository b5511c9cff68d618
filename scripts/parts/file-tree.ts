/**
 * Folders of built files as lists, and copied by hard links: a link costs
 * one directory entry, not the file's bytes, so keeping a part's output
 * aside, or bringing it back, costs about a system call per file. A file
 * system without hard links between the two places gets copies.
 *
 *   filesIn('dist')                    → ['404.html', 'index.html', 'reports/18ac4b943fd2/index.html', …]
 *   linkTree('cache/湖南省/output', 'dist.parts/parts/湖南省')   → the same files, the same inodes
 */
import { copyFileSync, type Dirent, linkSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The files under `folder`, as paths relative to it with `/`, sorted; [] when there is no folder. */
export function filesIn(folder: string): string[] {
  const found: string[] = [];
  const walk = (relative: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(join(folder, relative), { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' && relative === '') return;
      throw error;
    }
    for (const entry of entries) {
      const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else found.push(path);
    }
  };
  walk('');
  return found.sort();
}

/** Make `to` (which must not exist) hold the files of `from`, each a hard link to the same file (or a copy). */
export function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) linkTree(source, target);
    else linkOrCopy(source, target);
  }
}

/** Make `target` (which must not exist) a hard link to `source` (or a copy, where there are none). */
export function linkOrCopy(source: string, target: string): void {
  try {
    linkSync(source, target);
  } catch (error) {
    // Another file system (EXDEV), or one without hard links (EPERM), or a file with too many (EMLINK).
    if (!['EXDEV', 'EPERM', 'EMLINK', 'ENOTSUP'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
    copyFileSync(source, target);
  }
}
