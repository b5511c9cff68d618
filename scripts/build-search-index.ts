/**
 * `npm run build` runs this after `astro build`: it indexes every document
 * of content/reports for Pagefind, into dist/pagefind.
 *
 *   node scripts/build-search-index.ts [--content content/reports] [--out dist/pagefind] [--cache dist.search-cache] [--shard-megabytes 40] [--first-shard-megabytes 4] [--chunk-words 5000] [--added-megabytes 80] [--jobs N] [--group K/N] [--plan-only]
 *
 * Documents are indexed as custom records whose text is cut into character
 * bigrams (src/shared/search/tokens.ts) rather than left to Pagefind's Chinese
 * word segmentation, so that a query finds exactly the documents containing
 * it. The archive is indexed in shards (scripts/search-index/shards.ts), fixed
 * ranges of dates, newest first, each by a Pagefind process of its own,
 * so memory stays bounded however large the archive grows; shards are
 * indexed side by side, one a core, within that bound (scripts/search-index/shard-pool.ts). A run indexes
 * again only the shards whose documents changed (scripts/search-index/shard-cache.ts):
 * the others' files are those of the run before, not written again, and so
 * is any route file or list whose bytes are the same;
 * dist/pagefind/shards.json lists them, with their dates, for the search
 * page, which searches the newest first and goes on only while it needs more
 * results, skipping the shards that the route table (scripts/search-index/routes.ts)
 * says cannot hold the query. Each shard's fragments are replaced by excerpt files
 * (scripts/search-index/excerpt-files.ts), which a result reads by range.
 *
 * New documents go into shards of their own (added-<range>), planned apart
 * beside the shards as last planned, until they are more than
 * `--added-megabytes`; then (and when a document of those shards changed, or
 * the code or a setting did) the shards are planned again whole
 * (scripts/search-index/additions.ts). An update of a few new documents
 * indexes a few small shards, whatever their dates.
 *
 * `--group K/N` indexes only the K-th of N groups of shards
 * (scripts/search-index/shard-groups.ts) into the cache, and writes nothing
 * to --out: a CI matrix indexes the groups on N machines, and the merge job,
 * given their caches, indexes none again (.github/workflows/build.yml).
 * `--plan-only` reads each document's id and date into the cache
 * (documents.json) and says how the shards fall, indexing nothing: the
 * workflow's plan job hands that file to every index job, which then parses
 * no frontmatter (at 100,000 documents, minutes a job).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sortDate } from '../src/shared/search/filters.ts';
import { ADDED_PREFIX, RUNTIME, type ShardListFile } from '../src/shared/search/shards.ts';
import { programDigest } from './parts/site-digest.ts';
import { baseLayout, planWithAdditions } from './search-index/additions.ts';
import { writeRuntime } from './search-index/pagefind-index.ts';
import { RouteTableBuilder } from './search-index/routes.ts';
import { ShardCache, shardCacheFolder, shardKey, shardWriterDigest } from './search-index/shard-cache.ts';
import { parseGroup, shardGroups } from './search-index/shard-groups.ts';
import { indexShards, type ShardJob } from './search-index/shard-pool.ts';
import { planShards, shardSummary } from './search-index/shards.ts';
import { keptFacts } from './store/file-facts.ts';
import { projectRoot } from './store/project-root.ts';
import { documentFiles, readRecord } from './store/read-document.ts';
import { writeFileAtomic } from './store/write-atomic.ts';

const FIRST_SHARD_MEGABYTES = 4;
const CHUNK_WORDS = 5000;
const MAX_CHUNK_WORDS = 40_000;

const { values } = parseArgs({
  options: {
    content: { type: 'string', default: 'content/reports' },
    out: { type: 'string', default: 'dist/pagefind' },
    // Where each shard's last index is kept (scripts/search-index/shard-cache.ts); by default beside the site: dist.search-cache.
    cache: { type: 'string' },
    // Each shard is a Pagefind process: at 100,000 documents (shards of up to 40 MB, 26 MB on average) each peaked at
    // 1.4 to 1.5 GB, so two at once (the pool's limit, below) stay far under the 8 GB a build may take.
    'shard-megabytes': { type: 'string', default: '40' },
    // The newest shard, which every search opens: small, so that a first search costs little (docs/scaling.md).
    'first-shard-megabytes': { type: 'string', default: String(FIRST_SHARD_MEGABYTES) },
    // Word positions per index chunk of a shard of the first shard's size (Pagefind's default is 20,000), doubling
    // with a shard's size up to 40,000: a query downloads a chunk a token, and small chunks mean many files.
    'chunk-words': { type: 'string', default: String(CHUNK_WORDS) },
    // Shards indexed at once; by default one a core.
    jobs: { type: 'string', default: String(availableParallelism()) },
    // Index only this group of the shards, K of N, into the cache (see above).
    group: { type: 'string' },
    // New documents indexed beside the shards planned before, in shards of their own, up to this size in all (see
    // above); by default twice the largest shard's: every update indexes again the added shards its documents fall in,
    // and at 100,000 documents 1,000 new ones were 73 MB.
    'added-megabytes': { type: 'string' },
    // Only read the documents' ids and dates into the cache, and say how the shards fall (see above).
    'plan-only': { type: 'boolean', default: false },
  },
});
const shardMegabytes = positiveNumber('shard-megabytes', '40');
const firstShardMegabytes = Math.min(shardMegabytes, positiveNumber('first-shard-megabytes', '4'));
const firstChunkWords = positiveNumber('chunk-words', '5000');
const parallelJobs = Math.floor(positiveNumber('jobs', '2'));
const addedMegabytes =
  values['added-megabytes'] === undefined ? 2 * shardMegabytes : positiveNumber('added-megabytes', '80');
const group = values.group === undefined ? null : groupOption(values.group);

const started = performance.now();
// What decides a shard's bytes besides its documents (shard-cache.ts): not this script's planning or scheduling, nor
// the site's pages, which it never reads. A change to how shards are dealt out or run re-indexes none: at 100,000
// documents that is 292 shards, over an hour.
const shardCode = shardWriterDigest(projectRoot);
// A document's id and date come from this script's own reading of its frontmatter.
const factsCode = programDigest(projectRoot, import.meta.filename);
const cacheFolder = values.cache ?? shardCacheFolder(values.out);
const cache = new ShardCache(cacheFolder);
// What the shards were planned with: a base planned otherwise is planned again.
const planner = `${shardCode} ${shardMegabytes} ${firstShardMegabytes} ${firstChunkWords}`;
// A document's id and date, read from its frontmatter only when its bytes are new: parsing every record's YAML
// took 20 s of an update at 2,000 documents.
const known = cache.readDocumentFacts(factsCode);
// Each file's SHA-256 and size, kept by its stat (scripts/store/file-facts.ts): a run reads only the files of new or
// changed documents, not every one (at 100,000 documents, 7.7 GB read and hashed at every update).
const fileFacts = keptFacts<{ sha256: string; bytes: number }>('search-index-files', [values.content], import.meta.url);
const documents = documentFiles(values.content).map((name) => {
  const file = join(values.content, name);
  const { sha256, bytes } = fileFacts.of(file, (path) => {
    const mdx = readFileSync(path);
    return { sha256: createHash('sha256').update(mdx).digest('hex'), bytes: mdx.length };
  });
  let facts = known.get(sha256);
  if (!facts) {
    const record = readRecord(readFileSync(file, 'utf8'));
    facts = { id: record.id, sortDate: sortDate(record) };
  }
  return { file, ...facts, bytes, sha256 };
});
fileFacts.save();
cache.writeDocumentFacts(factsCode, documents);
const planned = planShards(documents, shardMegabytes * 1e6, firstShardMegabytes * 1e6);
if (values['plan-only']) {
  console.log(
    `search index plan: ${documents.length} documents in ${planned.length} shard${planned.length === 1 ? '' : 's'} (${megabytes(planned)} MB); their ids and dates kept in ${cacheFolder}, in ${seconds()} s`,
  );
  process.exit(0);
}
// A CI matrix's group indexes its share of the whole plan; the merge job that follows has no base, and plans the same.
const layout = group
  ? { shards: planned, added: [], replanned: 'a group of the whole plan' }
  : planWithAdditions(planned, cache.readBase(), planner, documents, {
      limit: addedMegabytes * 1e6,
      max: shardMegabytes * 1e6,
      first: firstShardMegabytes * 1e6,
    });
const shards = [...layout.shards, ...layout.added];

// Each shard's route keys, kept or just indexed, added to the table in the shards' order once all are known.
const shardKeys = new Map<string, string[]>();
const keysOf = new Map<string, string>();
const jobs: ShardJob[] = [];
// With --group, its share of the shards; the others are left to the other groups' jobs.
const mine = group ? shardsOfGroup(group) : shards;
for (const shard of mine) {
  const chunk = chunkWords(shard.budget);
  const key = shardKey(
    shardCode,
    shard.name,
    chunk,
    shard.documents.map(({ id, sha256 }) => `${id} ${sha256}`),
  );
  const kept = cache.find(shard.name, key);
  if (kept) shardKeys.set(shard.name, kept.keys);
  else {
    jobs.push({
      name: shard.name,
      documents: shard.documents,
      bytes: bytesOf(shard.documents),
      chunkWords: chunk,
      folder: cache.workFolder(shard.name),
    });
    keysOf.set(shard.name, key);
  }
}
await indexShards(jobs, {
  jobs: parallelJobs,
  // Two of the largest shards at once. Under one's size (as until December 2026) two shards of 26 MB never ran side
  // by side, and at 100,000 documents the index went a shard at a time, 80 minutes with a core idle.
  byteLimit: 2 * shardMegabytes * 1e6,
  onDone: (job, keys) => {
    cache.store(job.name, keysOf.get(job.name)!, job.folder, keys);
    shardKeys.set(job.name, keys);
    console.log(`search index: shard ${job.name} indexed, ${job.documents.length} documents`);
  },
});
if (group) {
  cache.clearWork();
  console.log(
    `search index, group ${group.group} of ${group.of}: ${mine.length} of ${shards.length} shards (${megabytes(mine)} of ${megabytes(shards)} MB), ${jobs.length} indexed again and ${mine.length - jobs.length} unchanged, in ${cacheFolder}, in ${seconds()} s`,
  );
  process.exit(0);
}
mkdirSync(values.out, { recursive: true });
const kept = new Set([RUNTIME, 'routes', 'shards.json', ...shards.map(({ name }) => name)]);
for (const name of readdirSync(values.out)) if (!kept.has(name)) rmSync(join(values.out, name), { recursive: true });

const runtimeKey = shardKey(shardCode, RUNTIME, 0, []);
if (!cache.find(RUNTIME, runtimeKey)) {
  const folder = cache.workFolder(RUNTIME);
  await writeRuntime(folder);
  cache.store(RUNTIME, runtimeKey, folder, []);
}
linkShard(RUNTIME);

const routes = new RouteTableBuilder();
for (const [at, shard] of shards.entries()) {
  routes.add(at, shardKeys.get(shard.name)!);
  linkShard(shard.name);
}
const indexed = jobs.length;
cache.keepOnly([RUNTIME, ...shards.map(({ name }) => name)]);
const routeTable = routes.write(join(values.out, 'routes'));
const list: ShardListFile = {
  shards: shards.map((shard) => shardSummary(shard, needsDates(shard))),
  routes: routeTable,
};
writeFileAtomic(join(values.out, 'shards.json'), `${JSON.stringify(list)}\n`);
cache.writeBase(baseLayout(planner, layout.shards));
const addedDocuments = layout.added.reduce((sum, shard) => sum + shard.documents.length, 0);
const added =
  layout.added.length > 0
    ? `, ${addedDocuments} of them added since the shards were planned (${layout.added.length} shard${layout.added.length === 1 ? '' : 's'} ${ADDED_PREFIX}…)`
    : layout.replanned
      ? `, planned again (${layout.replanned})`
      : '';
console.log(
  `search index: ${documents.length} documents in ${shards.length} shard${shards.length === 1 ? '' : 's'} in ${values.out}${added}, ${indexed} indexed again and ${shards.length - indexed} unchanged, in ${seconds()} s`,
);

function seconds(): string {
  return ((performance.now() - started) / 1000).toFixed(1);
}

function groupOption(value: string): { group: number; of: number } {
  try {
    return parseGroup(value);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
}

/**
 * Whether shards.json lists a shard's dates: those of added documents, and those of each shard whose dates reach
 * into theirs, among whose results the search page places the added ones.
 */
function needsDates(shard: (typeof shards)[number]): boolean {
  const added = layout.added;
  if (added.length === 0) return false;
  if (added.includes(shard)) return true;
  const newest = shard.documents[0]?.sortDate ?? '';
  const oldest = shard.documents.at(-1)?.sortDate ?? '';
  return oldest <= added[0]!.documents[0]!.sortDate && newest >= added.at(-1)!.documents.at(-1)!.sortDate;
}

/** The plan's shards dealt into `of` groups by their documents' bytes, and of them the group's, in the plan's order. */
function shardsOfGroup({ group, of }: { group: number; of: number }): typeof planned {
  const names = new Set(
    shardGroups(
      planned.map(({ name, documents }) => ({ name, bytes: bytesOf(documents) })),
      of,
    )[group - 1],
  );
  return planned.filter(({ name }) => names.has(name));
}

function bytesOf(documents: { bytes: number }[]): number {
  return documents.reduce((sum, document) => sum + document.bytes, 0);
}

/** The converted documents of these shards, in megabytes. */
function megabytes(some: typeof planned): string {
  return (some.reduce((sum, shard) => sum + bytesOf(shard.documents), 0) / 1e6).toFixed(1);
}

function positiveNumber(option: keyof typeof values, example: string): number {
  const value = Number(values[option]);
  if (value > 0) return value;
  console.error(`--${option} takes a positive number, such as ${example} (got "${values[option]}")`);
  process.exit(2);
}

/**
 * Word positions per index chunk: the first size for a shard of the first
 * shard's budget, doubling with the budget up to the largest. Small chunks
 * where a first search reads, in the newest shards; large ones, fewer files,
 * in the old shards that only rare queries open (docs/scaling.md).
 */
function chunkWords(budget: number): number {
  const doublings = Math.max(0, Math.floor(Math.log2(budget / (firstShardMegabytes * 1e6))));
  return Math.round(Math.min(MAX_CHUNK_WORDS, firstChunkWords * 2 ** doublings));
}

/** A shard's index, from the dist/pagefind/ of an earlier run or just written, as hard links to the cache's files. */
function linkShard(name: string): void {
  rmSync(join(values.out, name), { recursive: true, force: true });
  cache.linkOutput(name, join(values.out, name));
}
