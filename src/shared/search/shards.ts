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
