/**
 * Find the source files a conversion run reads, and where each came from.
 *
 * A folder is read recursively for sources (`.txt`, `.html`, `.htm`, and web archives: `.warc`,
 * `.warc.gz`, `.wacz`), in sorted order (so runs are
 * reproducible). A folder may hold two manifests, never converted themselves:
 * - `sources.json`, provenance: `{ "sources": { "file name": "https://page address" } }`,
 *   or per file `{ "url": "https://…", "archived": "2026-11-22" }` with the day it entered the archive;
 * - `SHA256SUMS`, fixity (`sha256sum` output), which gives each file's
 *   checksum as archived, so that a file changed since is caught.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { z } from 'astro/zod';
import { IsoDateSchema } from '../../../src/shared/report-schema.ts';
import { SOURCE_EXTENSIONS } from './read-source.ts';

export interface InputFile {
  /** Path on disk. */
  path: string;
  /** Name recorded in the archive: relative to the folder given, or the base name. */
  name: string;
  sourceUrl: string | null;
  /** The day the file entered the archive, if the manifest says. */
  archived: string | null;
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
      list.files.push(inputFile(path, basename(path), readManifest(dirname(path)), readChecksums(dirname(path))));
    }
  }
  return list;
}

function inputFile(
  path: string,
  name: string,
  manifest: Map<string, Provenance>,
  sums: Map<string, string>,
): InputFile {
  const provenance = manifest.get(name);
  return {
    path,
    name,
    sourceUrl: provenance?.url ?? null,
    archived: provenance?.archived ?? null,
    expectedSha256: sums.get(name) ?? null,
  };
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
      else if (!isSourceName(entry.name))
        list.skipped.push({ path, reason: `not a ${SOURCE_EXTENSIONS.join(', ')} file` });
      else {
        list.files.push(inputFile(path, relative(folder, path).split('\\').join('/'), manifest, sums));
      }
    }
  };
  walk(folder);
}

const isSourceName = (name: string) => SOURCE_EXTENSIONS.some((extension) => name.toLowerCase().endsWith(extension));

// An entry is the page address, or the address and the day the file entered the archive.
const ManifestSchema = z.object({
  sources: z.record(
    z.string(),
    z.union([
      z.url(),
      z.object({ url: z.url().nullable().optional(), archived: IsoDateSchema.nullable().optional() }).strict(),
    ]),
  ),
});

export interface Provenance {
  url: string | null;
  archived: string | null;
}

/** A manifest's text, or undefined when the folder has none (manifests are optional). */
function readOptional(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function readManifest(folder: string): Map<string, Provenance> {
  const path = join(folder, MANIFEST_NAME);
  const text = readOptional(path);
  if (text === undefined) return new Map();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(`${path}: not valid JSON (${(error as Error).message})`);
  }
  const checked = ManifestSchema.safeParse(parsed);
  if (!checked.success) {
    const problems = checked.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(
      `${path}: ${problems.join('; ')} (expected { "sources": { "file name": "https://…" or { "url": …, "archived": "YYYY-MM-DD" } } })`,
    );
  }
  return new Map(
    Object.entries(checked.data.sources).map(([name, entry]) => [
      name,
      typeof entry === 'string'
        ? { url: entry, archived: null }
        : { url: entry.url ?? null, archived: entry.archived ?? null },
    ]),
  );
}

/** `sha256sum` output: "<64 hex>  <name>" per line (a `*` before the name marks binary mode). */
function readChecksums(folder: string): Map<string, string> {
  const path = join(folder, CHECKSUMS_NAME);
  const text = readOptional(path);
  if (text === undefined) return new Map();
  const sums = new Map<string, string>();
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const match = /^([0-9a-fA-F]{64}) [ *](.+)$/.exec(line);
    if (!match) throw new Error(`${path}:${index + 1}: expected "<sha256>  <file name>"`);
    sums.set(match[2]!, match[1]!.toLowerCase());
  });
  return sums;
}
