/**
 * The worker thread of linkKeptFiles() (update-build.ts): links the files an
 * update leaves as they were, once the update build has written its list of
 * pages, and answers with their paths and the previous site's, or the error
 * that stopped it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { type KeptFilesJob, type KeptFilesResult, keptFilesOf } from './update-build.ts';

let result: KeptFilesResult;
try {
  result = await keptFilesOf(workerData as KeptFilesJob);
} catch (error) {
  result = { error: error instanceof Error ? error.message : String(error) };
}
parentPort!.postMessage(result);
