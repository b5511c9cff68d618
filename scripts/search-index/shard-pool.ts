/**
 * Shards indexed side by side: Pagefind indexes on one core, and the
 * documents are read and cut into bigrams on another, so one shard at a time
 * left a 2-core machine half idle. Each job runs in a worker thread of its
 * own (scripts/search-index/shard-worker.ts), with its own Pagefind process.
 *
 * Memory stays bounded: a job starts only while the documents of the jobs
 * running, its own included, are no more than `byteLimit` (the caller's
 * budget for Pagefind, build-search-index.ts). The largest jobs start first, so that the last to end
 * is a small one rather than one long job alone on a core; then the largest
 * that fits beside those running. The first error stops every worker and
 * names the shard. The order changes no file: each shard is written alone.
 *
 *   await indexShards(jobs, { jobs: 2, byteLimit: 80e6, onDone: (job, keys) => … })
 */
import { Worker } from 'node:worker_threads';

export interface ShardJob {
  name: string;
  documents: { file: string }[];
  /** The documents' converted bytes, which bound Pagefind's memory. */
  bytes: number;
  chunkWords: number;
  folder: string;
}

export type ShardJobResult = { keys: string[] } | { error: string };

interface PoolOptions {
  jobs: number;
  byteLimit: number;
  onDone: (job: ShardJob, keys: string[]) => void;
}

export async function indexShards(queue: ShardJob[], { jobs, byteLimit, onDone }: PoolOptions): Promise<void> {
  const pending = [...queue].sort((a, b) => b.bytes - a.bytes);
  const idle: Worker[] = [];
  const workers: Worker[] = [];
  let runningBytes = 0;
  let running = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      const startJobs = () => {
        while (running < jobs) {
          const next = pending.findIndex((job) => running === 0 || runningBytes + job.bytes <= byteLimit);
          if (next === -1) break;
          start(pending.splice(next, 1)[0]!);
        }
        if (pending.length === 0 && running === 0) resolve();
      };
      const start = (job: ShardJob) => {
        const worker = idle.pop() ?? newWorker();
        running++;
        runningBytes += job.bytes;
        worker.once('message', (result: ShardJobResult) => {
          running--;
          runningBytes -= job.bytes;
          if ('error' in result) return reject(new Error(`shard ${job.name}: ${result.error}`));
          idle.push(worker);
          onDone(job, result.keys);
          startJobs();
        });
        worker.postMessage(job);
      };
      const newWorker = () => {
        const worker = new Worker(new URL('./shard-worker.ts', import.meta.url));
        worker.on('error', (error) => reject(error));
        workers.push(worker);
        return worker;
      };
      startJobs();
    });
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
