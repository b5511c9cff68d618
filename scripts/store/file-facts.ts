/**
 * What a run reads from a file, kept from one run to the next with
 * the file's `statKey` (src/lib/stat-key.ts): a file whose size, times and inode have not changed
 * is taken to hold the bytes it held, as git's index takes it, and is not
 * read again. Any write changes a file's ctime, which no tool can set back,
 * so an edited file is read again, whatever its size and modification time.
 *
 * The facts are kept in one JSON file under a version naming the code that
 * reads them (another version: every file read again); a run keeps only the
 * files it asked about, and writes them atomically, so an interrupted run
 * leaves the last whole set.
 *
 *   const facts = new FileFacts<string>('dist.parts-cache/plan-records.json', version);
 *   facts.of('content/reports/7c88cf9a948c.mdx', (path) => sha256(readFileSync(path)))   // read in the first run only
 *   facts.save();
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheFolder } from '../../src/lib/cache-folder.ts';
import { statKey } from '../../src/lib/stat-key.ts';
import { hashFiles, importClosure } from './import-closure.ts';
import { projectRoot } from './project-root.ts';
import { writeFileAtomic } from './write-atomic.ts';

/**
 * The facts a module (`reader`, its import.meta.url) reads of the files of
 * `folders`, kept in the cache folder (src/lib/cache-folder.ts: a fresh clone
 * has none) and versioned by the module's import closure and the lock file:
 * facts read by other code are read again.
 */
export function keptFacts<T>(name: string, folders: string[], reader: string): FileFacts<T> {
  const key = createHash('sha256')
    .update(folders.map((folder) => resolve(folder)).join('\n'))
    .digest('hex')
    .slice(0, 16);
  const files = [...importClosure(fileURLToPath(reader)), join(projectRoot, 'package-lock.json')];
  const version = hashFiles(createHash('sha256'), projectRoot, files).digest('hex');
  return new FileFacts(join(cacheFolder(), `${name}-${key}.json`), version);
}

interface Kept<T> {
  stat: string;
  facts: T;
}

export class FileFacts<T> {
  private readonly file: string;
  private readonly version: string;
  private readonly previous: Map<string, Kept<T>>;
  private readonly next = new Map<string, Kept<T>>();

  constructor(file: string, version: string) {
    this.file = file;
    this.version = version;
    this.previous = readKept<T>(file, version);
  }

  /** The facts of the file at `path`: kept ones while it is untouched, else what `read` reads of it. */
  of(path: string, read: (path: string) => T): T {
    // Taken before the file is read: a file written while it is read is read again next time.
    const stat = statKey(path);
    const kept = this.previous.get(path);
    const facts = stat !== undefined && kept?.stat === stat ? kept.facts : read(path);
    if (stat !== undefined) this.next.set(path, { stat, facts });
    return facts;
  }

  save(): void {
    mkdirSync(dirname(this.file), { recursive: true });
    const files = Object.fromEntries([...this.next].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    writeFileAtomic(this.file, `${JSON.stringify({ version: this.version, files })}\n`);
  }
}

function readKept<T>(file: string, version: string): Map<string, Kept<T>> {
  try {
    const kept = JSON.parse(readFileSync(file, 'utf8')) as { version: string; files: Record<string, Kept<T>> };
    return kept.version === version ? new Map(Object.entries(kept.files)) : new Map();
  } catch {
    // None yet, or cut short: every file is read.
    return new Map();
  }
}
