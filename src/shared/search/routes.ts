/**
 * The route table: for each key a query can look up, the shards that hold it,
 * so a search opens only shards that can hold every term (a rare phrase
 * found in one old document opens one shard, not all). Written by the
 * indexer (scripts/search-index/routes.ts) as bucket files of keys hashed
 * to buckets, read by the search page one bucket a key.
 *
 * The keys of a text are its bigram tokens and its letters and digits one by
 * one (a one-character term is looked up by prefix: any word starting with
 * it), folded as Pagefind folds them when it matches: lower case, no
 * diacritics. A shard without one of a term's keys cannot hold the term.
 *
 *   routeKeys("高标 标准 准农 农田") → ["高标", "标准", "准农", "农田"]
 *   routeKeys("镇")                  → ["镇"]
 */

/** A query term's keys, from its tokens (src/shared/search/tokens.ts `searchTerms`). */
export function routeKeys(tokens: string): string[] {
  return tokens
    .split(' ')
    .filter((token) => token !== '')
    .map(foldKey);
}

/** A key as Pagefind compares it: lower case, without diacritics. */
export function foldKey(key: string): string {
  return key.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Which bucket file holds a key: FNV-1a over its UTF-16 code units. */
export function routeBucket(key: string, buckets: number): number {
  let hash = 0x811c9dc5;
  for (let at = 0; at < key.length; at++) {
    hash ^= key.charCodeAt(at);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % buckets;
}

/** The route table's bucket files, as dist/pagefind/shards.json describes them. */
export interface RouteTable {
  /** How many bucket files, routes/0.json to routes/<buckets - 1>.json. */
  buckets: number;
}
