/**
 * The site of an update built in one process (UPDATE_BUILD, see
 * src/lib/parts/part-pages.ts): the update build's output, which holds
 * every file it wrote (the paths whose key changed or that have none, the
 * bundles, the public files, the sitemap), and, as hard links to the last
 * site's own files, every path it left as it was. A path the site no longer
 * has is in neither, so nothing is removed: the site is made whole, aside.
 *
 *   assembleUpdate('dist.parts/parts/update', 'dist', before, after, 'dist.parts/site')
 *   → 28714: dist.parts/site is the new site, 28,714 of its files dist/'s own
 */
import { mkdirSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type PageList, unchangedSince } from '../../src/lib/parts/page-list.ts';
import { linkOrCopy } from './file-tree.ts';

export function assembleUpdate(
  output: string,
  previous: string,
  before: PageList,
  after: PageList,
  site: string,
): number {
  renameSync(output, site);
  const folders = new Set<string>();
  let kept = 0;
  for (const [pathname, { file, key }] of Object.entries(after)) {
    if (!unchangedSince(before, pathname, key)) continue;
    const target = join(site, file);
    const folder = dirname(target);
    if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
    folders.add(folder);
    try {
      linkOrCopy(join(previous, file), target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      throw new Error(
        `${join(previous, file)} is in the list of its pages but not on disk: build in parts again, without the list (remove ${previous}.pages.json)`,
      );
    }
    kept++;
  }
  return kept;
}
