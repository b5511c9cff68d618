/**
 * A worker thread of convert-pool.ts: converts the sources it is given, one
 * at a time and in the order given, with a processor of its own, and answers
 * each with its conversion or with the error that stopped the converter.
 */
import { parentPort } from 'node:worker_threads';
import type { PortableInput, WorkerReply } from './convert-pool.ts';
import { convertSource } from './convert-source.ts';
import { Gazetteer } from './helpers/gazetteer.ts';
import { createProcessor } from './processor.ts';

const processor = createProcessor(Gazetteer.load());

parentPort!.on('message', ({ sequence, input }: { sequence: number; input: PortableInput }) => {
  let reply: WorkerReply;
  try {
    reply = { sequence, conversion: convertSource(input, processor) };
  } catch (error) {
    reply = { sequence, crash: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
});
