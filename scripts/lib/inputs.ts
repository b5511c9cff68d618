/**
 * Find the source files a conversion run reads, and where each came from.
 *
 * A folder is read recursively for `.txt` files, in sorted order (so runs are
 * reproducible). A folder may hold two manifests, never converted themselves:
 * - `sources.json`, provenance (`{ "sources": { "file name": "https://page address" } }`),
 *   which gives each file's source address;
 * - `SHA256SUMS`, fixity (`sha256sum` output), which gives each file's
 *   checksum as archived, so that a file changed since is caught.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';

export interface InputFile {
  /** Path on disk. */
  path: string;
  /** Name recorded in the archive: relative to the folder given, or the base name. */
  name: string;
  sourceUrl: string | null;
  /** SHA-256 the folder's SHA256SUMS gives for the file, if it lists it. */
  expectedSha256: string | null;
}

export interface InputList {
  files: InputFile[];
  /** Files in the folders that were passed over, with why. */
  skipped: { path: string; reason: string }[];
}

export const MANIFEST_NAME = 'sources.json';
export const CHECKSUMS_NAME = 'SHA256SUMS';

export function collectInputs(paths: string[]): InputList {
  const list: InputList = { files: [], skipped: [] };
  for (const path of paths) {
    const stats = statSync(path, { throwIfNoEntry: false });
    if (!stats) throw new Error(`${path}: no such file or folder`);
    if (stats.isDirectory()) {
      addFolder(path, list);
    } else {
      const name = basename(path);
      const sums = readChecksums(dirname(path));
      list.files.push({
        path,
        name,
        sourceUrl: readManifest(dirname(path)).get(name) ?? null,
        expectedSha256: sums.get(name) ?? null,
      });
    }
  }
  return list;
}

function addFolder(folder: string, list: InputList): void {
  const manifest = readManifest(folder);
  const sums = readChecksums(folder);
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.name.startsWith('.')) continue;
      if (entry.isDirectory()) walk(path);
      else if ((entry.name === MANIFEST_NAME || entry.name === CHECKSUMS_NAME) && dir === folder) continue;
      else if (!entry.name.toLowerCase().endsWith('.txt')) list.skipped.push({ path, reason: 'not a .txt file' });
      else {
        const name = relative(folder, path).split('\\').join('/');
        list.files.push({ path, name, sourceUrl: manifest.get(name) ?? null, expectedSha256: sums.get(name) ?? null });
      }
    }
  };
  walk(folder);
}

function readManifest(folder: string): Map<string, string> {
  const path = join(folder, MANIFEST_NAME);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return new Map();
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(`${path}: not valid JSON (${(error as Error).message})`);
  }
  const sources = (parsed as { sources?: unknown }).sources;
  if (typeof sources !== 'object' || sources === null) {
    throw new Error(`${path}: expected an object with a "sources" map of file name to address`);
  }
  for (const [name, url] of Object.entries(sources)) {
    if (typeof url !== 'string' || !URL.canParse(url)) {
      throw new Error(`${path}: the address given for "${name}" is not a URL`);
    }
  }
  return new Map(Object.entries(sources as Record<string, string>));
}

/** `sha256sum` output: "<64 hex>  <name>" per line (a `*` before the name marks binary mode). */
function readChecksums(folder: string): Map<string, string> {
  const path = join(folder, CHECKSUMS_NAME);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return new Map();
  }
  const sums = new Map<string, string>();
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const match = /^([0-9a-fA-F]{64}) [ *](.+)$/.exec(line);
    if (!match) throw new Error(`${path}:${index + 1}: expected "<sha256>  <file name>"`);
    sums.set(match[2]!, match[1]!.toLowerCase());
  });
  return sums;
}
