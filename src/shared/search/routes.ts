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
 * A key's shards are listed in order, a run of three or more as its first
 * and last: a common word is in every shard, and at 100,000 documents (270
 * shards) its list written out was a kilobyte a key.
 *
 *   routeKeys("高标 标准 准农 农田") → ["高标", "标准", "准农", "农田"]
 *   routeKeys("镇")                  → ["镇"]
 *   shardRuns([0, 1, 2, 3, 7, 9, 10])  → [[0, 3], 7, 9, 10]
 *   shardsOfRuns([[0, 3], 7])         → [0, 1, 2, 3, 7]
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

/** A key's shards as a bucket file lists them: a shard's number, or a run of shards as its first and last. */
export type ShardRuns = (number | [first: number, last: number])[];

/** Shards in ascending order as runs. */
export function shardRuns(shards: number[]): ShardRuns {
  const runs: ShardRuns = [];
  for (let at = 0; at < shards.length; ) {
    let end = at;
    while (end + 1 < shards.length && shards[end + 1] === shards[end]! + 1) end++;
    if (end - at >= 2) runs.push([shards[at]!, shards[end]!]);
    else runs.push(...shards.slice(at, end + 1));
    at = end + 1;
  }
  return runs;
}

/** The shards a bucket file lists for a key. */
export function shardsOfRuns(runs: ShardRuns): number[] {
  return runs.flatMap((run) =>
    typeof run === 'number' ? [run] : Array.from({ length: run[1] - run[0] + 1 }, (_, at) => run[0] + at),
  );
}

/** The route table's bucket files, as dist/pagefind/shards.json describes them. */
export interface RouteTable {
  /** How many bucket files, routes/0.json to routes/<buckets - 1>.json. */
  buckets: number;
}
