/**
 * What dist/ holds, by kind of file, so that files a document can be judged
 * part by part: a document's page and its raw source are one each whatever
 * the archive does; place pages, the search index and the figures grow
 * otherwise.
 *
 *   fileKind('reports/7c88cf9a948c/index.html') → 'pages'
 *   fileKind('pagefind/shards/2024/pagefind.zh.pf_meta') → 'search'
 *   distKinds('dist') → { pages: 2000, sources: 2002, places: 2980, search: 1480, figures: 42, other: 80 }
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The kinds, in the order the bench prints them, each the top folder of dist/ it is (or everything else). */
export const DIST_KINDS = {
  pages: 'reports',
  sources: 'sources',
  places: 'places',
  search: 'pagefind',
  figures: 'figures',
  other: '',
} as const;

export type DistKind = keyof typeof DIST_KINDS;

/** The kind of a file of dist/, by its path relative to dist/ (either separator). */
export function fileKind(path: string): DistKind {
  const top = path.split(/[\\/]/)[0];
  const kind = (Object.keys(DIST_KINDS) as DistKind[]).find((name) => DIST_KINDS[name] === top);
  return kind ?? 'other';
}

/** The number of files of each kind under `dist`. */
export function distKinds(dist: string): Record<DistKind, number> {
  const counts: Record<DistKind, number> = { pages: 0, sources: 0, places: 0, search: 0, figures: 0, other: 0 };
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) counts[fileKind(relative(dist, join(entry.parentPath, entry.name)).split(sep).join('/'))]++;
  return counts;
}
