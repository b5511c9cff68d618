/**
 * Merge the parts' outputs into one site. Their paths are disjoint but for
 * what every build writes alike (public/ files, the _astro/ bundles), and
 * those must hold the same bytes: a shared path whose bytes differ stops the
 * merge, naming the path and both parts. Files and folders are moved (each
 * output is on the same disk as the target), whole wherever the target does
 * not have them yet, so merging costs about a rename per document.
 *
 *   mergeOutputs([{ name: 'archive', dir: 'w/parts/archive' }, { name: '浙江省', dir: 'w/parts/浙江省' }], 'w/site')
 *   → { moved: 41, shared: 3 }   (w/site/index.html from archive, w/site/reports/<id>/ from 浙江省, …)
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface PartOutput {
  name: string;
  dir: string;
}

export function mergeOutputs(outputs: PartOutput[], target: string): { moved: number; shared: number } {
  mkdirSync(target, { recursive: true });
  // Who brought each entry moved whole: a conflict names the part that got there first.
  const broughtBy = new Map<string, string>();
  const counts = { moved: 0, shared: 0 };
  const ownerOf = (path: string): string => {
    for (let at = path; at.length >= target.length; at = join(at, '..')) {
      const name = broughtBy.get(at);
      if (name) return name;
    }
    return 'an earlier part';
  };
  const merge = (from: string, to: string, part: string) => {
    for (const entry of readdirSync(from, { withFileTypes: true })) {
      const source = join(from, entry.name);
      const destination = join(to, entry.name);
      if (!existsSync(destination)) {
        renameSync(source, destination);
        broughtBy.set(destination, part);
        counts.moved++;
        continue;
      }
      const there = lstatSync(destination);
      const path = relative(target, destination);
      if (entry.isDirectory() && there.isDirectory()) merge(source, destination, part);
      else if (entry.isFile() && there.isFile() && readFileSync(source).equals(readFileSync(destination)))
        counts.shared++;
      else throw new Error(`${path}: parts ${ownerOf(destination)} and ${part} both wrote it, differently`);
    }
  };
  for (const { name, dir } of outputs) {
    merge(dir, target, name);
    rmSync(dir, { recursive: true, force: true });
  }
  return counts;
}
