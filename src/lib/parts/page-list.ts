/**
 * The list of what a build wrote: each path a route gave, the file it is in
 * dist/, and its cache key (src/lib/page-keys.ts; null for a page that has
 * none and so is written by every build). The builds of a plan each write
 * theirs (ZHENDANG_PAGES_OUT); scripts/build-parts.ts keeps the whole
 * site's with it, and an update built in one process (UPDATE_BUILD) reads
 * it (ZHENDANG_PAGES_BEFORE) to write only the paths whose key changed.
 *
 *   { "/reports/18ac4b943fd2/": { "file": "reports/18ac4b943fd2/index.html", "key": "c3ab…" },
 *     "/sources/18ac4b943fd2.txt": { "file": "sources/18ac4b943fd2.txt", "key": "9d1e…" },
 *     "/": { "file": "index.html", "key": null } }
 */
import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';

const PageEntrySchema = z.object({ file: z.string().min(1), key: z.string().nullable() });
const PageListSchema = z.record(z.string(), PageEntrySchema);

export type PageList = z.infer<typeof PageListSchema>;

/** Astro's status pages, written as /404.html rather than /404/index.html. */
const STATUS_PAGES = new Set(['/404', '/500']);

/**
 * The file of dist/ a path is written to, as Astro writes it with `build.format: 'directory'`: an endpoint at its
 * path, a page in its folder's index.html (a status page beside its folder).
 *
 *   outputFile('page', '/places/浙江省/')   → 'places/浙江省/index.html'
 *   outputFile('endpoint', '/feed.xml/')   → 'feed.xml'
 *   outputFile('page', '/404')             → '404.html'
 */
export function outputFile(routeType: string, pathname: string): string {
  const path = pathname.replace(/^\//, '');
  // With `trailingSlash: 'always'` an endpoint's path ends in a slash too; its file is named without.
  if (routeType === 'endpoint') return path.replace(/\/$/, '');
  if (STATUS_PAGES.has(pathname.replace(/\/$/, ''))) return `${path.replace(/\/$/, '')}.html`;
  return `${path}${path === '' || path.endsWith('/') ? '' : '/'}index.html`;
}

/**
 * Whether the update build leaves a path as the last site has it: the path has a key, and the same key as in that
 * site's list. Every other path is written.
 */
export function unchangedSince(before: PageList, pathname: string, key: string | null | undefined): boolean {
  return key !== null && key !== undefined && before[pathname]?.key === key;
}

/** A list as a file: its paths sorted, so that the same build writes the same bytes. */
export function pageListText(list: PageList): string {
  const sorted = Object.keys(list)
    .sort()
    .map((path) => [path, list[path]!] as const);
  return `${JSON.stringify(Object.fromEntries(sorted))}\n`;
}

/** A list from its file, checked; the error names the file. */
export function readPageList(path: string): PageList {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: cannot read the list of pages: ${(error as Error).message}`);
  }
  const parsed = PageListSchema.safeParse(json);
  if (!parsed.success) throw new Error(`${path}: not a list of pages: ${parsed.error.issues[0]!.message}`);
  return parsed.data;
}
