/**
 * What a page computes from its record alone, kept from one build to the
 * next in a file of Astro's cache folder (one JSON line an entry), so that a
 * rebuild after new documents computes it for those documents only. An entry
 * is found by a hash of the input and of a version that names everything else
 * the result depends on (library, styles); a line cut short by a killed build
 * is not an entry. The file holds one version's entries, named in its first
 * line: a build of another version starts it again, since none of the old
 * could be found (each change of the code would otherwise add a whole
 * archive's entries: 160 MB of figures at 100,000 documents). The folder goes
 * with Astro's own cache.
 *
 *   const cite = buildMemo<string>('.astro/cache/citations.ndjson', 'citeproc 1.4.61, styles 3f2a…');
 *   cite(record, () => render(record))   // rendered in the first build, read back in the next
 */
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

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

/**
 * A library's name and version, as a memo's version names it: found from the module a build imports, since a
 * package's exports need not include its package.json (xast-util-to-xml's do not).
 *
 *   libraryVersion('js-yaml')   → 'js-yaml 4.1.0'
 */
export function libraryVersion(name: string): string {
  let folder = dirname(createRequire(import.meta.url).resolve(name));
  for (;;) {
    const manifest = join(folder, 'package.json');
    if (existsSync(manifest)) {
      const { name: found, version } = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version: string };
      if (found === name) return `${name} ${version}`;
    }
    if (dirname(folder) === folder) throw new Error(`cannot find the version of ${name}: is it installed?`);
    folder = dirname(folder);
  }
}

interface Entry<T> {
  key: string;
  value: T;
}

/** Where each entry's line is in the memo's bytes, by its key; a value is parsed when a page asks for it. */
interface KeptLines {
  bytes: Buffer;
  lines: Map<string, { start: number; end: number }>;
  cutShort: boolean;
  /** Whether the file begins with this version's line; a new file gets it with its first entry. */
  headed: boolean;
}

export function buildMemo<T>(file: string, version: string): (input: unknown, make: () => T) => T {
  let kept: KeptLines | undefined;
  const values = new Map<string, T>();
  return (input, make) => {
    kept ??= keptLines(file, version);
    const key = createHash('sha256').update(version).update('\0').update(JSON.stringify(input)).digest('hex');
    const known = values.get(key) ?? parsedValue<T>(kept, key);
    if (known !== undefined) {
      values.set(key, known);
      return known;
    }
    const value = make();
    values.set(key, value);
    mkdirSync(dirname(file), { recursive: true });
    // One write a line, appended at once: a build killed while writing loses that line alone.
    const head = kept.headed ? '' : versionLine(version);
    appendFileSync(file, `${head}${kept.cutShort ? '\n' : ''}${JSON.stringify({ key, value } satisfies Entry<T>)}\n`);
    kept.cutShort = false;
    kept.headed = true;
    return value;
  };
}

// Every line is written as JSON.stringify({ key, value }): the key, a SHA-256 in hex, at the same place in each.
const KEY_START = '{"key":"'.length;
const KEY_END = KEY_START + 64;
const NEWLINE = 0x0a;
const CLOSING_BRACE = 0x7d;

/**
 * The memo's lines found by their keys, none parsed: a build after a day's new documents asks for a few thousand of
 * the archive's entries, and parsing them all (the citations' alone are hundreds of megabytes at 100,000 documents)
 * cost seconds and kept every value on the heap for the collector to walk again and again. The bytes stay outside it.
 */
function keptLines(file: string, version: string): KeptLines {
  const lines = new Map<string, { start: number; end: number }>();
  const none = { bytes: Buffer.alloc(0), lines, cutShort: false, headed: false };
  if (!existsSync(file)) return none;
  const bytes = readFileSync(file);
  const head = Buffer.from(versionLine(version));
  if (!bytes.subarray(0, head.length).equals(head)) {
    // Another version's entries, or a file from before the version was written in it: none can be found again.
    rmSync(file, { force: true });
    return none;
  }
  for (let start = head.length; start < bytes.length; ) {
    const newline = bytes.indexOf(NEWLINE, start);
    const end = newline === -1 ? bytes.length : newline;
    // A line cut short by a killed build rarely ends in a brace; one that does fails to parse, and is made again.
    if (end - start > KEY_END && bytes[end - 1] === CLOSING_BRACE)
      lines.set(bytes.toString('latin1', start + KEY_START, start + KEY_END), { start, end });
    start = end + 1;
  }
  return { bytes, lines, cutShort: bytes[bytes.length - 1] !== NEWLINE, headed: true };
}

/** A memo file's first line: the version of its entries. */
function versionLine(version: string): string {
  return `${JSON.stringify({ version })}\n`;
}

function parsedValue<T>({ bytes, lines }: KeptLines, key: string): T | undefined {
  const line = lines.get(key);
  if (!line) return undefined;
  try {
    const entry = JSON.parse(bytes.toString('utf8', line.start, line.end)) as Entry<T>;
    return entry.key === key ? entry.value : undefined;
  } catch {
    return undefined; // A line cut short (a build killed while writing it): its value is made again.
  }
}
