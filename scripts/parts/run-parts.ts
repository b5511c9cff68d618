/**
 * Run a build's parts as child processes, `concurrency` at a time, each
 * one's output in its own log file. The first part to fail stops the run:
 * no other part starts, and those running are ended (by their process id).
 * `report` hears a line as each part ends.
 *
 *   await runParts([{ name: '浙江省', args: ['astro.mjs', 'build', …], env: { ZHENDANG_PART: '浙江省' }, log: 'x.log' }], 2, console.log)
 *   → [{ name: '浙江省', status: 'built', seconds: 6.2, log: 'x.log' }]
 *   prints "[1/1] 浙江省 built in 6.2 s, 880 of its pages copied from its last build"
 *
 * (The pages Astro's incremental build copied rather than rendered, as its
 * log names them: src/lib/page-keys.ts.)
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';

export interface PartJob {
  name: string;
  /** Arguments to this Node (the script first). */
  args: string[];
  /** Added to this process's environment. */
  env: Record<string, string>;
  /** Where its standard output and error go. */
  log: string;
}

export interface PartResult {
  name: string;
  /** Stopped: ended, or never started, because another part failed. */
  status: 'built' | 'failed' | 'stopped';
  seconds: number;
  log: string;
}

export function runParts(jobs: PartJob[], concurrency: number, report: (line: string) => void): Promise<PartResult[]> {
  const results = new Map<string, PartResult>();
  const running = new Map<string, ChildProcess>();
  let next = 0;
  let failed = false;
  return new Promise((resolve) => {
    const startNext = () => {
      while (!failed && running.size < concurrency && next < jobs.length) start(jobs[next++]!);
      if (running.size > 0) return;
      for (const job of jobs) if (!results.has(job.name)) results.set(job.name, stopped(job, 0));
      resolve(jobs.map((job) => results.get(job.name)!));
    };
    const start = (job: PartJob) => {
      const started = performance.now();
      const output = openSync(job.log, 'w');
      const child = spawn(process.execPath, job.args, {
        env: { ...process.env, ...job.env },
        stdio: ['ignore', output, output],
      });
      closeSync(output);
      running.set(job.name, child);
      const finish = (code: number | null, error?: Error) => {
        if (!running.has(job.name)) return;
        running.delete(job.name);
        const seconds = (performance.now() - started) / 1000;
        if (failed && code !== 0) results.set(job.name, stopped(job, seconds));
        else if (code === 0) results.set(job.name, { name: job.name, status: 'built', seconds, log: job.log });
        else {
          failed = true;
          results.set(job.name, { name: job.name, status: 'failed', seconds, log: job.log });
          const why = error ? error.message : `exit status ${code}`;
          report(`part ${job.name} FAILED (${why}) after ${seconds.toFixed(1)} s; the end of ${job.log}:`);
          report(lastLines(job.log, 20));
          for (const other of running.values()) other.kill('SIGTERM');
        }
        if (code === 0) {
          const done = [...results.values()].filter(({ status }) => status === 'built').length;
          const copied = copiedPages(job.log);
          const reuse = copied > 0 ? `, ${copied} of its pages copied from its last build` : '';
          report(`[${done}/${jobs.length}] ${job.name} built in ${seconds.toFixed(1)} s${reuse}`);
        }
        startNext();
      };
      child.on('error', (error) => finish(null, error));
      child.on('exit', (code) => finish(code));
    };
    startNext();
  });
}

function stopped(job: PartJob, seconds: number): PartResult {
  return { name: job.name, status: 'stopped', seconds, log: job.log };
}

/**
 * Astro logs a page its incremental build copied as "├─ /path/index.html (cached)", or "(restored)" from its cache
 * folder, in colour even into a file.
 */
function copiedPages(log: string): number {
  return stripVTControlCharacters(readFileSync(log, 'utf8')).match(/├─ \S+ \((?:cached|restored)\)$/gm)?.length ?? 0;
}

function lastLines(path: string, count: number): string {
  const lines = readFileSync(path, 'utf8').trimEnd().split('\n');
  return lines
    .slice(-count)
    .map((line) => `  ${line}`)
    .join('\n');
}
