/**
 * A worker thread of scripts/search-index/shard-pool.ts: indexes the shards
 * it is given, one at a time, each by a Pagefind process of its own, and
 * answers each with its route keys or with the error that stopped it.
 */
import { parentPort } from 'node:worker_threads';
import { indexShard } from './pagefind-index.ts';
import type { ShardJob, ShardJobResult } from './shard-pool.ts';

parentPort!.on('message', async ({ documents, chunkWords, folder }: ShardJob) => {
  let result: ShardJobResult;
  try {
    result = { keys: await indexShard(documents, chunkWords, folder) };
  } catch (error) {
    result = { error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(result);
});
