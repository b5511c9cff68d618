/**
 * The site of an update built in one process (UPDATE_BUILD, see
 * src/lib/parts/part-pages.ts): the update build's output, which holds
 * every file it wrote (the paths whose key changed or that have none, the
 * bundles, the public files, the sitemap), and, as hard links to the last
 * site's own files, every path it left as it was. A path the site no longer
 * has is in neither, so nothing is removed: the site is made whole, aside.
 *
 * The kept files are linked while the build still runs, by a worker thread
 * (kept-files-worker.ts): the build writes its list of pages before it
 * renders the first one, and the links cost a system call or two a file
 * (about 13 s for 222,000 files at 109,000 documents), paid beside the build
 * rather than after it (both cores are busy most of an update, so the build
 * gains less than that: docs/scaling.md). What is left after the build is
 * moving its own files in.
 *
 *   const linking = linkKeptFiles({ pagesFile, previous: 'dist', before: 'dist.pages.json', folder: 'w/kept' })
 *   (the update build runs; then)
 *   await linking.done   → { kept: ['reports/18ac4b943fd2/index.html', …], previous: [every file of dist/] }
 *   assembleUpdate('w/parts/update', 'w/kept', 'w/site')   → w/site is the new site
 */
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { type PageList, readPageList, unchangedSince } from '../../src/lib/parts/page-list.ts';
import { filesIn, linkOrCopy } from './file-tree.ts';
import { mergeOutputs } from './merge.ts';

export interface KeptFilesJob {
  /** The update build's list of pages (ZHENDANG_PAGES_OUT), awaited until the build writes it. */
  pagesFile: string;
  /** The last complete site, and its list of pages. */
  previous: string;
  before: string;
  /** Where the kept files are linked, in the site's layout. */
  folder: string;
}

/** The paths linked, and every path of the previous site (walked while the build runs, for the change list). */
export interface KeptFiles {
  kept: string[];
  previous: string[];
}

export type KeptFilesResult = KeptFiles | { error: string };

/** How often the worker looks for the build's list of pages. */
const POLL_MS = 200;

/** The kept files linked into job.folder by a worker thread; `stop()` ends it early (the build failed). */
export function linkKeptFiles(job: KeptFilesJob): { done: Promise<KeptFiles>; stop: () => Promise<void> } {
  const worker = new Worker(new URL('./kept-files-worker.ts', import.meta.url), { workerData: job });
  const done = new Promise<KeptFiles>((resolve, reject) => {
    worker.once('message', (result: KeptFilesResult) =>
      'error' in result ? reject(new Error(result.error)) : resolve(result),
    );
    worker.once('error', reject);
  });
  // A stopped worker's promise is never awaited: keep its rejection from being reported as unhandled.
  done.catch(() => {});
  return { done, stop: async () => void (await worker.terminate()) };
}

/** In the worker: wait for the build's list, then link every path it leaves as it was. */
export async function keptFilesOf(job: KeptFilesJob): Promise<KeptFiles> {
  while (!existsSync(job.pagesFile)) await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  const kept = linkUnchanged(job.previous, readPageList(job.before), readPageList(job.pagesFile), job.folder);
  return { kept, previous: filesIn(job.previous) };
}

/** Link into `folder` the file of every path of `after` whose key is the same in `before`; their files' paths. */
export function linkUnchanged(previous: string, before: PageList, after: PageList, folder: string): string[] {
  const folders = new Set<string>();
  const kept: string[] = [];
  for (const [pathname, { file, key }] of Object.entries(after)) {
    if (!unchangedSince(before, pathname, key)) continue;
    const target = join(folder, file);
    const parent = dirname(target);
    if (!folders.has(parent)) mkdirSync(parent, { recursive: true });
    folders.add(parent);
    try {
      linkOrCopy(join(previous, file), target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      throw new Error(
        `${join(previous, file)} is in the list of its pages but not on disk: build in parts again, without the list (remove ${previous}.pages.json)`,
      );
    }
    kept.push(file);
  }
  return kept;
}

/**
 * The new site in `site`: the kept files, and the build's output moved in among them (their paths are disjoint).
 * The paths of the output's files.
 */
export function assembleUpdate(output: string, kept: string, site: string): string[] {
  const written = filesIn(output);
  mkdirSync(kept, { recursive: true });
  renameSync(kept, site);
  mergeOutputs([{ name: 'update', dir: output }], site);
  return written;
}
