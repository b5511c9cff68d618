/**
 * The last index of each shard, kept between runs, and reused while the
 * shard's key is the same: a run indexes again only the shards whose
 * documents changed, and every other shard's files are the very files of
 * the run before (hard links), so neither the change list nor a deploy sees
 * them. A shard's key is the hash of the code that writes a shard
 * (`shardWriterDigest`: pagefind-index.ts and all it imports, the packages
 * and the site's settings; any change re-indexes everything), the shard's
 * name and chunk size, and each of its documents' id and converted bytes.
 * How shards are planned, dealt out and run is not in it: a change there
 * re-indexes nothing (what it decides of a shard, its name, chunk size and
 * documents, is in the key itself).
 *
 *   const cache = new ShardCache('dist.search-cache');
 *   cache.find('2024-1x', key)          → { keys: ['高标', …] } (its route keys), or null
 *   cache.store('2024-1x', key, 'staging/2024-1x', keys)
 *   cache.linkOutput('2024-1x', 'dist/pagefind/2024-1x')
 *
 * Entries are kept by scripts/parts/part-cache.ts (complete or absent, not
 * reused once written in place); the shard's route keys
 * (scripts/search-index/routes.ts) beside each, so that the route table is
 * made again without reading the documents of an unchanged shard; and each
 * document's id and date by its file's SHA-256 (documents.json), so that a
 * run parses only the frontmatter of new or changed documents; and the
 * shards as last planned whole (base.json), which new documents are added
 * beside (scripts/search-index/additions.ts).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PartCache } from '../parts/part-cache.ts';
import { programDigest } from '../parts/site-digest.ts';
import { writeFileAtomic } from '../store/write-atomic.ts';
import type { BaseLayout } from './additions.ts';

/** Where an index written to `out` keeps its shards by default: beside the site, which `astro build` empties (dist/pagefind → dist.search-cache). */
export function shardCacheFolder(out: string): string {
  return `${resolve(out, '..')}.search-cache`;
}

/** The module that writes a shard's files and the search page's runtime (indexShard, writeRuntime). */
export const SHARD_WRITER = fileURLToPath(new URL('./pagefind-index.ts', import.meta.url));

/**
 * What decides a shard's bytes besides its documents, name and chunk size: the code of SHARD_WRITER and all it
 * imports, the packages (the lock file) and the site's settings (site-digest.ts).
 *
 *   shardWriterDigest('/repo')   → 'beef…'; the same after an edit of scripts/search-index/shard-pool.ts
 */
export function shardWriterDigest(root: string, env: Record<string, string | undefined> = process.env): string {
  return programDigest(root, SHARD_WRITER, env);
}

/** A shard's key (see above): `documents` as `id sha256-of-its-file`, in the shard's order. */
export function shardKey(code: string, name: string, chunkWords: number, documents: string[]): string {
  return createHash('sha256')
    .update(`${code}\n${name} ${chunkWords}\n${documents.join('\n')}\n`)
    .digest('hex');
}

/** What a plan needs of a document besides its size (scripts/search-index/shards.ts). */
export interface DocumentFacts {
  id: string;
  sortDate: string;
}

export class ShardCache {
  private readonly folder: string;
  private readonly entries: PartCache;

  constructor(folder: string) {
    this.folder = folder;
    this.entries = new PartCache(join(folder, 'entries'), join(folder, 'staging'));
  }

  /** The route keys of `name` indexed with `key`, if the cache holds that index unaltered. */
  find(name: string, key: string): { keys: string[] } | null {
    if (!this.entries.holds(name, key)) return null;
    try {
      const kept = JSON.parse(readFileSync(this.keysFile(name), 'utf8')) as { key: string; keys: string[] };
      return kept.key === key ? { keys: kept.keys } : null;
    } catch {
      return null; // Stored without its keys (interrupted): indexed again.
    }
  }

  store(name: string, key: string, output: string, keys: string[]): void {
    this.entries.store(name, key, output);
    writeFileAtomic(this.keysFile(name), `${JSON.stringify({ key, keys })}\n`);
  }

  /** The id and sort date of each document read by an indexer of version `code`, by the SHA-256 of its file. */
  readDocumentFacts(code: string): Map<string, DocumentFacts> {
    try {
      const kept = JSON.parse(readFileSync(join(this.folder, 'documents.json'), 'utf8')) as {
        code: string;
        documents: [string, DocumentFacts][];
      };
      return new Map(kept.code === code ? kept.documents : []);
    } catch {
      return new Map(); // None kept yet.
    }
  }

  /** Keep the facts of these documents, and of no others, for the next run. */
  writeDocumentFacts(code: string, documents: (DocumentFacts & { sha256: string })[]): void {
    mkdirSync(this.folder, { recursive: true });
    const facts = documents.map(({ sha256, id, sortDate }) => [sha256, { id, sortDate }]);
    writeFileAtomic(join(this.folder, 'documents.json'), `${JSON.stringify({ code, documents: facts })}\n`);
  }

  /** The shards last planned whole (scripts/search-index/additions.ts), if kept. */
  readBase(): BaseLayout | null {
    try {
      return JSON.parse(readFileSync(join(this.folder, 'base.json'), 'utf8')) as BaseLayout;
    } catch {
      return null; // None kept yet: the next run plans them.
    }
  }

  writeBase(base: BaseLayout): void {
    mkdirSync(this.folder, { recursive: true });
    writeFileAtomic(join(this.folder, 'base.json'), `${JSON.stringify(base)}\n`);
  }

  /** Bring the kept index of `name` to `to` (which must not exist), as hard links. */
  linkOutput(name: string, to: string): void {
    this.entries.linkOutput(name, to);
  }

  /** A folder to index a shard into before it is stored, emptied. */
  workFolder(name: string): string {
    const folder = join(this.folder, 'work', name);
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    return folder;
  }

  /** Forget the shards a plan no longer has (cut finer, or merged into a larger range). */
  keepOnly(names: string[]): void {
    this.entries.keepOnly(names);
    this.clearWork();
    const kept = new Set(names);
    mkdirSync(join(this.folder, 'keys'), { recursive: true });
    for (const name of readdirSync(join(this.folder, 'keys')))
      if (!kept.has(name.replace(/\.json$/, ''))) rmSync(join(this.folder, 'keys', name));
  }

  /** Remove the folders shards were indexed into, each stored since. */
  clearWork(): void {
    rmSync(join(this.folder, 'work'), { recursive: true, force: true });
  }

  private keysFile(name: string): string {
    mkdirSync(join(this.folder, 'keys'), { recursive: true });
    return join(this.folder, 'keys', `${name}.json`);
  }
}
