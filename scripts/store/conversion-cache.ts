/**
 * Work in proportion to what changed: a run remembers, beside the documents
 * it wrote, which source bytes (and provenance) each came from and which
 * version of the converter made it. A source whose bytes, provenance and
 * converter are all unchanged, and whose document is still there as written,
 * is not converted again; its warnings are replayed so every run reports the
 * same.
 *
 * The SHA-256s of the sources and documents are kept with each file's
 * statKey (file-facts.ts): a run after one new capture reads that capture,
 * not every source and document again (at 20,000 documents, 7 of a
 * rerun's 17 seconds were reading them); a file edited in any way is read
 * and hashed again.
 *
 * The version is a hash of the converter's own code and data, found by
 * following its imports (never a hand-kept list), and of the installed
 * dependency versions: editing any module the converter runs, or a
 * gazetteer row, reconverts everything, as it must.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { cacheFolder } from '../../src/lib/cache-folder.ts';
import type { Conversion, Problem, SourceInput } from '../converter/convert-source.ts';
import { FileFacts } from './file-facts.ts';
import { hashFiles, importClosure } from './import-closure.ts';
import { projectRoot } from './project-root.ts';
import { writeFileAtomic } from './write-atomic.ts';

/** What orders a document among the captures of its page (page-versions.ts). */
export interface CaptureFacts {
  url: string | null;
  captured: string | null;
  archived: string | null;
}

export interface CachedConversion {
  sha256: string;
  provenance: string;
  id: string;
  fingerprint: string;
  warnings: Problem[];
  /** A correction that could not be applied (replayed, as warnings are). */
  errors?: Problem[];
  capture: CaptureFacts;
  /** SHA-256 of the document as written: a document edited or damaged since is converted again. */
  document: string;
}

interface CacheFile {
  converter: string;
  sources: Record<string, CachedConversion>;
}

/**
 * Kept out of the output folder, which holds documents only: one cache file
 * per output folder, in the cache folder (src/lib/cache-folder.ts: a fresh
 * clone has none, so its first run converts everything).
 */
function cachePath(folder: string, suffix = ''): string {
  const key = createHash('sha256').update(resolve(folder)).digest('hex').slice(0, 16);
  return join(cacheFolder(), `convert-${key}${suffix}.json`);
}

const digest = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The command whose code and data decide what the converter writes. */
const CONVERTER_ENTRY = join(projectRoot, 'scripts', 'convert.ts');

/**
 * A hash of everything that decides what the converter writes: every file
 * in the import closure of `npm run convert` (its code and the data it
 * reads, import-closure.ts) and the lock file (the packages it runs).
 */
export function converterVersion(entry = CONVERTER_ENTRY): string {
  const files = [...importClosure(entry), join(projectRoot, 'package-lock.json')];
  return hashFiles(createHash('sha256'), projectRoot, files).digest('hex');
}

export class ConversionCache {
  private readonly folder: string;
  private readonly converter: string;
  private readonly previous: Record<string, CachedConversion>;
  private readonly next: Record<string, CachedConversion> = {};
  /** The SHA-256 of each source and document file, kept while the file is untouched. */
  private readonly sources: FileFacts<string>;
  private readonly documents: FileFacts<string>;

  constructor(folder: string, converter: string) {
    this.folder = folder;
    this.converter = converter;
    this.previous = readCache(folder, converter);
    this.sources = new FileFacts(cachePath(folder, '-sources'), 'sha256');
    this.documents = new FileFacts(cachePath(folder, '-documents'), 'sha256');
  }

  /** The SHA-256 of a source file, read only if it was touched since the last run (`read` is given its bytes). */
  sourceSha256(path: string, read: (bytes: Buffer) => void = () => {}): string {
    return this.sources.of(path, () => {
      const bytes = readFileSync(path);
      read(bytes);
      return digest(bytes);
    });
  }

  /** The remembered conversion of this source, if nothing that decides its document has changed. */
  lookup(name: string, sha256: string, provenance: string): CachedConversion | undefined {
    const entry = this.previous[name];
    if (!entry?.capture || entry.sha256 !== sha256 || entry.provenance !== provenance) return undefined;
    return this.holdsAsWritten(entry) ? entry : undefined;
  }

  remember(name: string, entry: CachedConversion): void {
    this.next[name] = entry;
  }

  /** The document of this source was written again (its frontmatter now names its previous version). */
  rewritten(name: string, document: string): void {
    const entry = this.next[name];
    if (entry) this.next[name] = { ...entry, document: digest(Buffer.from(document)) };
  }

  /** Whether the entry's document is on disk as it was written (read only if it was touched since the last run). */
  private holdsAsWritten(entry: CachedConversion): boolean {
    const path = join(this.folder, `${entry.id}.mdx`);
    return existsSync(path) && this.documents.of(path, () => digest(readFileSync(path))) === entry.document;
  }

  /** Write what this run knows; sources not seen in this run are forgotten. */
  save(): void {
    // The documents as this run leaves them, so that the next run need not read them again.
    for (const entry of Object.values(this.next)) this.holdsAsWritten(entry);
    this.sources.save();
    this.documents.save();
    // In the sources' order, not the order their conversions ended in (workers finish in any order).
    const sources = Object.fromEntries(Object.entries(this.next).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    const file: CacheFile = { converter: this.converter, sources };
    const path = cachePath(this.folder);
    mkdirSync(dirname(path), { recursive: true });
    writeFileAtomic(path, `${JSON.stringify(file)}\n`);
  }
}

function readCache(folder: string, converter: string): Record<string, CachedConversion> {
  try {
    const file = JSON.parse(readFileSync(cachePath(folder), 'utf8')) as CacheFile;
    return file.converter === converter ? file.sources : {};
  } catch {
    return {};
  }
}

/** A conversion's outcome; `mdx` is null when the document was recalled and is already written. */
export type Outcome =
  | {
      ok: true;
      id: string;
      fingerprint: string;
      mdx: string | null;
      capture: CaptureFacts;
      warnings: Problem[];
      errors: Problem[];
    }
  | { ok: false; error: Problem; warnings: Problem[] };

/** What converts a source: convertSource with a processor, in this thread or a worker's (convert-pool.ts). */
export type Converter = (input: SourceInput) => Conversion | Promise<Conversion>;

/** Convert a source, or recall its unchanged conversion from the cache. */
export async function convertOrRecall(
  input: Omit<SourceInput, 'bytes'> & {
    /** The source's bytes, read only when it must be converted. */
    bytes: () => Uint8Array;
    sha256: string;
    responsesKey?: string;
    correctionKey?: string;
  },
  convert: Converter,
  cache: ConversionCache | undefined,
): Promise<Outcome> {
  const { sha256 } = input;
  // A web archive's page also depends on the responses it could keep as attachments, any page on its correction.
  const provenance = `${input.sourceUrl ?? ''}|${input.archived ?? ''}|${input.responsesKey ?? ''}|${input.correctionKey ?? ''}`;
  // A file that fails its SHA256SUMS check is never recalled: convertSource reports it.
  const fixityHolds = !input.expectedSha256 || input.expectedSha256 === sha256;
  const recalled = fixityHolds ? cache?.lookup(input.name, sha256, provenance) : undefined;
  if (recalled) {
    cache!.remember(input.name, recalled);
    const { id, fingerprint, capture, warnings, errors = [] } = recalled;
    return { ok: true, id, fingerprint, mdx: null, capture, warnings, errors };
  }
  const result = await convert({ ...input, bytes: input.bytes(), sha256 });
  if (!result.ok) return result;
  const { id, sourceUrl, captured, archived } = result.record;
  const capture = { url: sourceUrl, captured: captured ?? null, archived };
  const document = digest(Buffer.from(result.mdx));
  cache?.remember(input.name, {
    sha256,
    provenance,
    id,
    fingerprint: result.fingerprint,
    warnings: result.warnings,
    ...(result.errors ? { errors: result.errors } : {}),
    capture,
    document,
  });
  const { fingerprint, mdx, warnings, errors = [] } = result;
  return { ok: true, id, fingerprint, mdx, capture, warnings, errors };
}
