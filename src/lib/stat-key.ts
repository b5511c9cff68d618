/**
 * What changes whenever a file's bytes may have: its size, its modification
 * and change times (in nanoseconds) and its inode, as git's index tells a
 * file it need not read again. Any write changes a file's ctime, which no
 * tool can set back, so an edited file gets another key whatever its size
 * and modification time. undefined: there is no such file.
 *
 *   statKey('seeds/003_f33962c4148b52b6.txt')   → '5120:1733…:1733…:81234'
 */
import { statSync } from 'node:fs';

export function statKey(path: string): string | undefined {
  const stats = statSync(path, { bigint: true, throwIfNoEntry: false });
  return stats && `${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}:${stats.ino}`;
}
