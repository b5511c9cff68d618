/**
 * Run a command and measure it: wall time, and peak memory of its whole
 * process tree (a build spawns workers; Pagefind is a binary of its own),
 * sampled from /proc every 50 ms.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface Measurement {
  seconds: number;
  peakMegabytes: number;
  status: number | null;
  output: string;
}

export function measure(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<Measurement> {
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr.on('data', (chunk) => {
    output += chunk;
  });
  let peak = 0;
  const sampler = setInterval(() => {
    peak = Math.max(peak, treeResidentKilobytes(child.pid!));
  }, 50);
  return new Promise((resolve) => {
    child.on('close', (status) => {
      clearInterval(sampler);
      resolve({ seconds: (performance.now() - started) / 1000, peakMegabytes: peak / 1024, status, output });
    });
  });
}

/** Resident memory of a process and all its descendants, in kB. */
function treeResidentKilobytes(root: number): number {
  const children = new Map<number, number[]>();
  const resident = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      const parent = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
      resident.set(Number(entry), Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0));
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    total += resident.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}
