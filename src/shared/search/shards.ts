import type { RouteTable } from './routes.ts';

/**
 * Where the search index's parts are, under dist/pagefind/, shared by the
 * indexer (scripts/build-search-index.ts) and the search page: the Pagefind
 * script, worker and WebAssembly in a folder of their own, apart from the
 * shards (named by their dates, scripts/search-index/shards.ts), so that the
 * page loads Pagefind before it has read the list of shards.
 *
 *   `${indexFolder}${RUNTIME}/pagefind.js`
 */
export const RUNTIME = 'runtime';

/**
 * The folders of the shards of documents added since the shards were last planned, of any dates
 * (scripts/search-index/additions.ts), start so: `added-2025-12-28`. No range of dates is named so.
 */
export const ADDED_PREFIX = 'added-';

export function isAddedShard(name: string): boolean {
  return name.startsWith(ADDED_PREFIX);
}

/**
 * A shard as dist/pagefind/shards.json lists it: its folder, its number of
 * documents and the sort dates it spans (YYYY-MM-DD). The shards of added
 * documents, listed last, and each shard whose dates reach into theirs, also
 * list their documents' dates in order, as runs of one date: the search page
 * places the results of both among each other by them
 * (src/browser/search/added-results.ts).
 */
export interface ShardSummary {
  name: string;
  documents: number;
  newest: string;
  oldest: string;
  dates?: [date: string, count: number][];
}

/** dist/pagefind/shards.json: the shards, newest first, then those of added documents (if any), newest first. */
export interface ShardListFile {
  shards: ShardSummary[];
  routes: RouteTable;
}
