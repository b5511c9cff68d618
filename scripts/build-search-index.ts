/**
 * `npm run build` runs this after `astro build`: it indexes every document
 * of content/reports for Pagefind, into dist/pagefind.
 *
 *   node scripts/build-search-index.ts [--content content/reports] [--out dist/pagefind] [--shard-megabytes 40] [--first-shard-megabytes 4] [--chunk-words 5000]
 *
 * Documents are indexed as custom records whose text is cut into character
 * bigrams (src/shared/search/tokens.ts) rather than left to Pagefind's Chinese
 * word segmentation, so that a query finds exactly the documents containing
 * it. The archive is indexed in shards (scripts/search-index/shards.ts), runs
 * of it in date order, newest first, each by a Pagefind process of its own,
 * so memory stays bounded however large the archive grows;
 * dist/pagefind/shards.json lists them, with their dates, for the search
 * page, which searches the newest first and goes on only while it needs more
 * results, skipping the shards that the route table (scripts/search-index/routes.ts)
 * says cannot hold the query. Each shard's fragments are replaced by excerpt files
 * (scripts/search-index/excerpt-files.ts), which a result reads by range.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { documentBody } from '../src/lib/document-body.ts';
import { sortDate } from '../src/shared/search/filters.ts';
import { writeExcerptFiles } from './search-index/excerpt-files.ts';
import { type SearchDocument, searchDocument } from './search-index/record.ts';
import { RouteTableBuilder } from './search-index/routes.ts';
import { planShards, shardSummary } from './search-index/shards.ts';
import { documentFiles, readBody, readRecord } from './store/read-document.ts';
import { writeFileAtomic } from './store/write-atomic.ts';

const FIRST_SHARD_MEGABYTES = 4;
const CHUNK_WORDS = 5000;
const MAX_CHUNK_WORDS = 40_000;

const { values } = parseArgs({
  options: {
    content: { type: 'string', default: 'content/reports' },
    out: { type: 'string', default: 'dist/pagefind' },
    // About 5 GB of memory for Pagefind at 45 MB (1,400 documents of the benchmark's corpus): 40 leaves room under 6 GB.
    'shard-megabytes': { type: 'string', default: '40' },
    // The newest shard, which every search opens: small, so that a first search costs little (docs/scaling.md).
    'first-shard-megabytes': { type: 'string', default: String(FIRST_SHARD_MEGABYTES) },
    // Word positions per index chunk of the first shard (Pagefind's default is 20,000), doubling with each
    // shard's budget up to 40,000: a query downloads a chunk a token, and small chunks mean many files.
    'chunk-words': { type: 'string', default: String(CHUNK_WORDS) },
  },
});
const shardMegabytes = positiveNumber('shard-megabytes', '40');
const firstShardMegabytes = Math.min(shardMegabytes, positiveNumber('first-shard-megabytes', '4'));
const firstChunkWords = positiveNumber('chunk-words', '5000');

const started = performance.now();
const documents = documentFiles(values.content).map((name) => {
  const file = join(values.content, name);
  const mdx = readFileSync(file, 'utf8');
  const record = readRecord(mdx);
  return { file, record, id: record.id, sortDate: sortDate(record), bytes: Buffer.byteLength(mdx) };
});
const shards = planShards(documents, shardMegabytes * 1e6, firstShardMegabytes * 1e6);

rmSync(values.out, { recursive: true, force: true });
mkdirSync(values.out, { recursive: true });
const routes = new RouteTableBuilder();
for (const [at, shard] of shards.entries()) {
  // Pagefind's indexer reads it when its process starts, one a shard.
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(
    Math.round(Math.max(firstChunkWords, Math.min(MAX_CHUNK_WORDS, firstChunkWords * 2 ** at))),
  );
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind did not start: ${errors.join('; ')}`);
  const indexed: SearchDocument[] = [];
  for (const { file, record } of shard.documents) {
    // Only the records are kept between the passes; each body is read again when its shard is built.
    const { blocks } = readBody(documentBody(readFileSync(file, 'utf8')));
    const document = searchDocument(record, blocks);
    routes.add(at, document.record.content);
    const added = await index.addCustomRecord(document.record);
    if (added.errors.length > 0) throw new Error(`${file}: Pagefind refused the record: ${added.errors.join('; ')}`);
    indexed.push(document);
  }
  const outputPath = join(values.out, shard.name);
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0)
    throw new Error(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
  // Each shard in a Pagefind process of its own: closing it gives its memory back.
  await pagefind.close();
  removeUnusedFiles(outputPath, at === 0);
  writeExcerptFiles(outputPath, indexed);
  if (shards.length > 1)
    console.log(`search index: shard ${at + 1}/${shards.length}, ${shard.documents.length} documents`);
}
const routeTable = routes.write(join(values.out, 'routes'));
writeFileAtomic(
  join(values.out, 'shards.json'),
  `${JSON.stringify({ shards: shards.map(shardSummary), routes: routeTable })}\n`,
);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `search index: ${documents.length} documents indexed into ${values.out} (${shards.length} shard${shards.length === 1 ? '' : 's'}) in ${seconds} s`,
);

function positiveNumber(option: keyof typeof values, example: string): number {
  const value = Number(values[option]);
  if (value > 0) return value;
  console.error(`--${option} takes a positive number, such as ${example} (got "${values[option]}")`);
  process.exit(2);
}

/**
 * Pagefind writes its ready-made interfaces into every index; the search page
 * uses none of them, and the merged shards use the first shard's script and
 * WebAssembly. Fewer files matter on hosts that cap a site's file count.
 */
function removeUnusedFiles(folder: string, isFirst: boolean): void {
  for (const name of readdirSync(folder)) {
    const runtime = name === 'pagefind.js' || name === 'pagefind-worker.js' || name.startsWith('wasm.');
    const interfaceFile = /^pagefind-(?:ui|component-ui|modular-ui|highlight)\./.test(name);
    if (interfaceFile || (runtime && !isFirst)) rmSync(join(folder, name));
  }
}
