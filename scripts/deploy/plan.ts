/**
 * What a deploy does, decided before anything is written: which files of
 * dist/ to upload (those whose SHA-256 or headers differ from what the
 * bucket's manifest says it holds), in which order, and which files the
 * bucket holds that dist/ no longer has. Modification times play no part:
 * every build rewrites every file.
 *
 *   planDeploy([{ path: "index.html", sha256: "b…", … }], { files: { "index.html": { sha256: "a…", … }, "old.js": … } })
 *   → { first: [], then: [index.html], unchanged: [], deletions: ["old.js"], … }
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { headersOf, type StoredHeaders, sourceCharsets } from './content-types.ts';

/** A file of dist/, by its path relative to dist/ (with `/`, as its address under the site's base). */
export interface DistFile extends StoredHeaders {
  path: string;
  sha256: string;
  bytes: number;
}

/** What the bucket holds, as the last deploy that finished wrote it (`<prefix>.zhendang-deploy.json`). */
export interface Manifest {
  files: Record<string, { sha256: string; contentType: string; cacheControl: string }>;
  /** Files being deleted when the manifest was written: the next deploy deletes them again if they are still not in dist/. */
  deleting?: string[];
}

export interface Plan {
  /** New and changed files that nothing points at by a fixed name: uploaded first. */
  first: (DistFile & { isNew: boolean })[];
  /** New and changed HTML and pointer files: uploaded once `first` is there. */
  then: (DistFile & { isNew: boolean })[];
  unchanged: DistFile[];
  /** Files the bucket holds that dist/ does not: deleted last. */
  deletions: string[];
  /** The manifest to write once every upload has succeeded. */
  manifest: Manifest;
}

/** Every file of dist/, hashed, with the headers it is to be stored with. */
export function readDist(dist: string): DistFile[] {
  const charsets = sourceCharsets(dist);
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const file = join(entry.parentPath, entry.name);
      const path = relative(dist, file).split(sep).join('/');
      const bytes = readFileSync(file);
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      return { path, sha256, bytes: bytes.length, ...headersOf(path, charsets) };
    })
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * The files behind the archive's permanent addresses (content/published-urls.txt,
 * and the old addresses of content/redirects.json), which a deploy never deletes:
 *
 *   permanentFiles(["reports/7c88cf9a948c/", "sources/7c88cf9a948c.txt"], {}) → ["reports/7c88cf9a948c/index.html", "sources/7c88cf9a948c.txt"]
 */
export function permanentFiles(published: string[], redirects: Record<string, string>): Map<string, string> {
  const urls = [...published, ...Object.keys(redirects)];
  return new Map(urls.map((url) => [decodeURI(url).replace(/\/$/, '/index.html'), url]));
}

/**
 * Compares dist/ with the bucket's manifest (null: the bucket holds nothing
 * of ours yet). Files in `keep` are never deleted.
 */
export function planDeploy(files: DistFile[], previous: Manifest | null, keep: ReadonlySet<string> = new Set()): Plan {
  const held = previous?.files ?? {};
  const first: Plan['first'] = [];
  const then: Plan['then'] = [];
  const unchanged: DistFile[] = [];
  for (const file of files) {
    const before = held[file.path];
    const same =
      before?.sha256 === file.sha256 &&
      before.contentType === file.contentType &&
      before.cacheControl === file.cacheControl;
    if (same) unchanged.push(file);
    else (file.switches ? then : first).push({ ...file, isNew: before === undefined });
  }
  const inDist = new Set(files.map((file) => file.path));
  const deletions = [...new Set([...Object.keys(held), ...(previous?.deleting ?? [])])]
    .filter((path) => !inDist.has(path) && !keep.has(path))
    .sort();
  const manifest: Manifest = {
    files: Object.fromEntries(
      files.map(({ path, sha256, contentType, cacheControl }) => [path, { sha256, contentType, cacheControl }]),
    ),
    ...(deletions.length > 0 ? { deleting: deletions } : {}),
  };
  return { first, then, unchanged, deletions, manifest };
}

/** The manifest's text, files in path order: two deploys of the same dist/ write the same bytes. */
export function serialiseManifest(manifest: Manifest): string {
  return `${JSON.stringify({ files: manifest.files, ...(manifest.deleting ? { deleting: manifest.deleting } : {}) })}\n`;
}

/** Reads a manifest's text back, or says what is wrong with it. */
export function parseManifest(text: string): Manifest {
  const parsed = JSON.parse(text) as Partial<Manifest>;
  const files = parsed?.files;
  if (typeof files !== 'object' || files === null) throw new Error('it has no "files" object');
  for (const [path, entry] of Object.entries(files)) {
    if (typeof entry?.sha256 !== 'string') throw new Error(`its entry for ${path} has no sha256`);
  }
  const deleting = Array.isArray(parsed.deleting) ? parsed.deleting.filter((path) => typeof path === 'string') : [];
  return { files, ...(deleting.length > 0 ? { deleting } : {}) };
}
