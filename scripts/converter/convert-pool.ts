/**
 * Sources converted side by side, one worker thread a core: the converter
 * is a pipeline of synchronous plugins, so one thread left every other core
 * of the machine idle through a full conversion (16 minutes for 100,000
 * documents on 2 cores). Each worker (convert-worker.ts) builds its own
 * processor and gazetteer, about two seconds before its first source: a run
 * converts its first `IN_THREAD_FIRST` sources itself and starts the pool
 * only when there are more, so a day's few new captures start none.
 *
 * The pool only converts; the caller takes the results in the order it
 * asked for them, so what is written, warned and remembered is the same
 * whatever the number of workers.
 *
 *   const pool = new ConversionPool(2);
 *   const conversion = await pool.convert({ bytes, name: "a.txt", sourceUrl: null });
 *   await pool.close();
 */
import { Worker } from 'node:worker_threads';
import type { Conversion, SourceInput } from './convert-source.ts';

/** Sources converted in the calling thread before workers are started: below this, starting them costs more than they save. */
export const IN_THREAD_FIRST = 500;

/** What a worker is given: a source as convertSource takes it, but the web archive's lookup of its other responses (a function stays in its thread). */
export type PortableInput = Omit<SourceInput, 'responses'>;

export type WorkerReply = { sequence: number; conversion: Conversion } | { sequence: number; crash: string };

interface Waiting {
  name: string;
  resolve: (conversion: Conversion) => void;
  reject: (error: Error) => void;
}

export class ConversionPool {
  private readonly workers: { worker: Worker; waiting: Map<number, Waiting> }[] = [];
  private sequence = 0;

  constructor(jobs: number) {
    for (let at = 0; at < jobs; at++) {
      const worker = new Worker(new URL('./convert-worker.ts', import.meta.url));
      const waiting = new Map<number, Waiting>();
      worker.on('message', (reply: WorkerReply) => {
        const asked = waiting.get(reply.sequence)!;
        waiting.delete(reply.sequence);
        if ('crash' in reply) asked.reject(new Error(`${asked.name}: the converter failed: ${reply.crash}`));
        else asked.resolve(reply.conversion);
      });
      // A worker that dies takes its sources with it: each is named, none is lost silently.
      worker.on('error', (error) => {
        for (const asked of waiting.values())
          asked.reject(new Error(`${asked.name}: the converter failed: ${error.message}`));
        waiting.clear();
      });
      this.workers.push({ worker, waiting });
    }
  }

  /** Converts on the worker with the fewest sources waiting. */
  convert({ responses, ...input }: SourceInput): Promise<Conversion> {
    if (responses)
      throw new Error(`${input.name}: a web archive's page is converted in the thread that reads its archive`);
    const least = this.workers.reduce((a, b) => (b.waiting.size < a.waiting.size ? b : a));
    const sequence = this.sequence++;
    return new Promise((resolve, reject) => {
      least.waiting.set(sequence, { name: input.name, resolve, reject });
      least.worker.postMessage({ sequence, input });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
  }
}
