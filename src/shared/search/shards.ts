/**
 * The names of the search index's shards (dist/pagefind/<name>/), shared by
 * the indexer (scripts/search-index/shards.ts) and the search page, which
 * starts loading the first shard's Pagefind before it has read the list.
 *
 *   shardName(0) → "shard-1"
 */
export function shardName(index: number): string {
  return `shard-${index + 1}`;
}
