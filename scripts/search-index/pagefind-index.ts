/**
 * Pagefind's part of the search index: a shard's index written into a folder
 * (its fragments replaced by excerpt files), and the runtime every shard is
 * merged into. Each call runs a Pagefind process and closes it when done,
 * which gives its memory back; scripts/search-index/shard-pool.ts runs
 * several at once, each in a worker thread of its own.
 *
 *   await indexShard([{ file: 'content/reports/7c88cf9a948c.mdx' }, …], 5000, 'staging/2024-1x')
 *   → ['一', '丁镇', …]   (the shard's route keys: scripts/search-index/routes.ts)
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { documentBody } from '../../src/lib/document-body.ts';
import { basePath } from '../../src/lib/site-config.ts';
import { SEARCH_INDEX_LANGUAGE } from '../../src/shared/search/tokens.ts';
import { readBody, readRecord } from '../store/read-document.ts';
import { writeExcerptFiles } from './excerpt-files.ts';
import { type SearchDocument, searchDocument } from './record.ts';
import { RouteKeys } from './routes.ts';

/** Indexes `documents` into `folder` (a Pagefind process of its own), and says their route keys. */
export async function indexShard(documents: { file: string }[], chunk: number, folder: string): Promise<string[]> {
  // Pagefind's indexer reads it when its process starts, one a shard.
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(chunk);
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind did not start: ${errors.join('; ')}`);
  const indexed: SearchDocument[] = [];
  const keys = new RouteKeys();
  for (const { file } of documents) {
    // Only ids and dates are kept between the passes; each document is read again when its shard is built.
    const mdx = readFileSync(file, 'utf8');
    const record = readRecord(mdx);
    const { blocks } = readBody(documentBody(mdx));
    const document = searchDocument(record, blocks);
    keys.add(document.record.content);
    const added = await index.addCustomRecord(document.record);
    if (added.errors.length > 0) throw new Error(`${file}: Pagefind refused the record: ${added.errors.join('; ')}`);
    indexed.push(document);
  }
  const written = await index.writeFiles({ outputPath: folder });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write ${folder}: ${written.errors.join('; ')}`);
  // Each shard in a Pagefind process of its own: closing it gives its memory back.
  await pagefind.close();
  removeFiles(folder, (name) => isInterface(name) || isRuntime(name));
  writeExcerptFiles(folder, indexed);
  return [...keys.keys].sort();
}

/**
 * The search page's Pagefind, apart from every shard (whose names change as
 * the archive grows): its script, worker and WebAssembly, with an index of
 * one record that no search finds (Pagefind loads its WebAssembly for the
 * languages of its own index, and leaves out a record of no words): every
 * search asks for one shard by its filter, which the record has not. Every
 * shard is merged into it.
 */
export async function writeRuntime(folder: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind did not start: ${errors.join('; ')}`);
  const added = await index.addCustomRecord({
    url: `${basePath()}search/`,
    content: 'runtime',
    language: SEARCH_INDEX_LANGUAGE,
  });
  if (added.errors.length > 0) throw new Error(`Pagefind refused the runtime's record: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: folder });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write ${folder}: ${written.errors.join('; ')}`);
  await pagefind.close();
  removeFiles(folder, (name) => isInterface(name) || name === 'fragment');
}

/** Pagefind writes its ready-made interfaces into every index; the search page uses none of them. Fewer files matter on hosts that cap a site's file count. */
function isInterface(name: string): boolean {
  return /^pagefind-(?:ui|component-ui|modular-ui|highlight)\./.test(name);
}

function isRuntime(name: string): boolean {
  return name === 'pagefind.js' || name === 'pagefind-worker.js' || name.startsWith('wasm.');
}

function removeFiles(folder: string, unused: (name: string) => boolean): void {
  for (const name of readdirSync(folder)) if (unused(name)) rmSync(join(folder, name), { recursive: true });
}
