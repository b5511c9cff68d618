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

/** The additions shard's folder: documents added since the shards were last planned, of any dates (scripts/search-index/additions.ts). */
export const ADDED = 'added';

/**
 * A shard as dist/pagefind/shards.json lists it: its folder, its number of
 * documents and the sort dates it spans (YYYY-MM-DD). The additions shard,
 * listed last, and each shard whose dates reach into its dates, also list
 * their documents' dates in order, as runs of one date: the search page
 * places each added result among the others by them
 * (src/browser/search/added-results.ts).
 */
export interface ShardSummary {
  name: string;
  documents: number;
  newest: string;
  oldest: string;
  dates?: [date: string, count: number][];
}

/** dist/pagefind/shards.json: the shards, newest first, the additions shard (if any) last. */
export interface ShardListFile {
  shards: ShardSummary[];
  routes: RouteTable;
}
