/**
 * What a page computes from its record alone, kept from one build to the
 * next in a file of Astro's cache folder (one JSON line an entry), so that a
 * rebuild after new documents computes it for those documents only. An entry
 * is found by a hash of the input and of a version that names everything else
 * the result depends on (library, styles); a line cut short by a killed build
 * is not an entry. Old entries are never read again and cost only disk: the
 * folder goes with Astro's own cache.
 *
 *   const cite = buildMemo<string>('.astro/cache/citations.ndjson', 'citeproc 1.4.61, styles 3f2a…');
 *   cite(record, () => render(record))   // rendered in the first build, read back in the next
 */
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * A memo's version from the code its values depend on: the files' texts (each caller's import.meta.glob of them
 * with `?raw`, which Vite resolves where the glob is written) and any other names, such as a library's version.
 *
 *   memoVersion(import.meta.glob(['./a.ts'], { query: '?raw', import: 'default', eager: true }), 'citeproc 1.4.61')
 */
export function memoVersion(files: Record<string, string>, ...more: string[]): string {
  const hash = createHash('sha256');
  for (const [path, text] of Object.entries(files).sort(([a], [b]) => (a < b ? -1 : 1)))
    hash.update(`${path}\0${text}\0`);
  for (const name of more) hash.update(name);
  return hash.digest('hex');
}

interface Entry<T> {
  key: string;
  value: T;
}

export function buildMemo<T>(file: string, version: string): (input: unknown, make: () => T) => T {
  let entries: Map<string, T> | undefined;
  // After a line cut short, the next entry starts a line of its own.
  let cutShort = false;
  return (input, make) => {
    if (!entries) ({ entries, cutShort } = readEntries<T>(file));
    const key = createHash('sha256').update(version).update('\0').update(JSON.stringify(input)).digest('hex');
    const known = entries.get(key);
    if (known !== undefined) return known;
    const value = make();
    entries.set(key, value);
    mkdirSync(dirname(file), { recursive: true });
    // One write a line, appended at once: a build killed while writing loses that line alone.
    appendFileSync(file, `${cutShort ? '\n' : ''}${JSON.stringify({ key, value } satisfies Entry<T>)}\n`);
    cutShort = false;
    return value;
  };
}

function readEntries<T>(file: string): { entries: Map<string, T>; cutShort: boolean } {
  const entries = new Map<string, T>();
  if (!existsSync(file)) return { entries, cutShort: false };
  const text = readFileSync(file, 'utf8');
  for (const line of text.split('\n')) {
    if (!line.endsWith('}')) continue;
    try {
      const { key, value } = JSON.parse(line) as Entry<T>;
      entries.set(key, value);
    } catch {
      // A line cut short (a build killed while writing it): its value is made again.
    }
  }
  return { entries, cutShort: text.length > 0 && !text.endsWith('\n') };
}
