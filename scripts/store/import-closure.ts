/**
 * The files a program is made of: its entry module, every project module it
 * imports (statically, dynamically or for types, followed transitively), and
 * every file or folder those modules read by a path relative to themselves
 * (`new URL('../data/', import.meta.url)`; a module read so, such as a
 * worker thread's script, is followed like an import). Packages are left out: the lock
 * file stands for them. Computed from the code, so a module added deep in
 * the converter is part of its version without anyone listing it.
 *
 *   importClosure("/repo/scripts/convert.ts")
 *   → ["/repo/scripts/convert.ts", "/repo/scripts/converter/convert-source.ts", …, "/repo/src/data/divisions.tsv", …]
 *
 * Regular expressions over the source with its comments taken out, not a
 * parser: they read the shapes our code uses (formatted by Biome, one
 * specifier per quoted string), and a specifier that names no file is an
 * error rather than a silent gap.
 */
import type { Hash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

// import … from './x.ts' · export … from './x.ts' · import './x.ts' · import('./x.ts')
const IMPORT = /(?:\bfrom|\bimport)\s*\(?\s*(['"])(\.{1,2}\/[^'"]*)\1/g;
// new URL('../data/', import.meta.url): a file or folder read at run time.
const READ = /new URL\(\s*(['"])(\.{1,2}\/[^'"]*)\1\s*,\s*import\.meta\.url\s*\)/g;

const CODE = /\.(?:ts|mts|js|mjs)$/;
// Doc comments show example imports; they are not code.
const COMMENT = /\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm;

/** The closure of `entry`, sorted, as absolute paths. */
export function importClosure(entry: string): string[] {
  const found = new Set<string>();
  const pending = [resolve(entry)];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (found.has(file)) continue;
    found.add(file);
    if (!CODE.test(file)) continue;
    const source = readFileSync(file, 'utf8').replace(COMMENT, '');
    for (const [, , specifier] of source.matchAll(IMPORT)) pending.push(existing(file, specifier!));
    for (const [, , specifier] of source.matchAll(READ)) {
      // A module read by its path is code all the same (a worker thread's script): its own imports count.
      for (const read of filesUnder(existing(file, specifier!))) {
        if (CODE.test(read)) pending.push(read);
        else found.add(read);
      }
    }
  }
  return [...found].sort();
}

function existing(importer: string, specifier: string): string {
  const path = resolve(dirname(importer), specifier.replace(/\?.*$/, ''));
  if (!existsSync(path)) throw new Error(`${importer}: imports or reads ${specifier}, which does not exist`);
  return path;
}

function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => filesUnder(join(path, name)));
}

/**
 * Feed a hash with these files (paths relative to `root`, in sorted order,
 * then their bytes; a file that is not there counts as absent): the one way
 * the converter's cache and the build's part keys fingerprint code.
 *
 *   hashFiles(createHash('sha256'), '/repo', ['/repo/a.ts', 'b.json']).digest('hex') → 'c0ffee…'
 */
export function hashFiles(hash: Hash, root: string, files: Iterable<string>): Hash {
  const paths = [...new Set([...files].map((file) => relative(root, resolve(root, file))))].sort();
  for (const path of paths) {
    const file = join(root, path);
    hash
      .update(`${path}\0`)
      .update(existsSync(file) ? readFileSync(file) : 'absent')
      .update('\0');
  }
  return hash;
}
