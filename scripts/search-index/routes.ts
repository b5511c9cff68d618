/**
 * Build the route table (src/shared/search/routes.ts) from the shards' keys:
 * each shard's keys (kept with its index, shard-cache.ts) are added under its number, and the table is
 * written as bucket files of about 512 keys, each key with the shards that
 * hold it, in shard order, runs of them as their first and last:
 *
 *   routes/17.json → {"高标":[[0,3],7],"鹭栖":[10],…}
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { foldKey, type RouteTable, routeBucket, type ShardRuns, shardRuns } from '../../src/shared/search/routes.ts';
import { writeFileAtomic } from '../store/write-atomic.ts';

const KEYS_A_BUCKET = 512;
const letterOrDigit = /^[\p{L}\p{N}]/u;

/**
 * A shard's route keys, from its documents' index tokens (src/shared/search/tokens.ts `indexTokens`). A token is
 * folded once however often it recurs: folding every occurrence was a third of the indexer's own time.
 *
 *   const keys = new RouteKeys(); keys.add("高标 标准"); keys.add("标准 镇"); [...keys.keys] → ["高标", "高", "标准", "标", "镇"]
 */
export class RouteKeys {
  readonly keys = new Set<string>();
  private readonly seen = new Set<string>();

  add(content: string): this {
    for (const token of content.split(' ')) {
      if (this.seen.has(token)) continue;
      this.seen.add(token);
      if (!letterOrDigit.test(token)) continue;
      this.keys.add(foldKey(token));
      // Its first character alone: a one-character term matches any word starting with it.
      const first = String.fromCodePoint(token.codePointAt(0)!);
      if (first !== token) this.keys.add(foldKey(first));
    }
    return this;
  }
}

export class RouteTableBuilder {
  private readonly shardsOf = new Map<string, number[]>();

  /** Adds a shard's keys (`addRouteKeys`) under its number; shards are added in order. */
  add(shard: number, keys: Iterable<string>): void {
    for (const key of keys) {
      const shards = this.shardsOf.get(key);
      if (!shards) this.shardsOf.set(key, [shard]);
      else if (shards.at(-1) !== shard) shards.push(shard);
    }
  }

  /** Writes the bucket files into `folder` and says how many there are. */
  write(folder: string): RouteTable {
    // A power of two, so that the count changes seldom as an archive grows.
    let buckets = 1;
    while (buckets * KEYS_A_BUCKET < this.shardsOf.size) buckets *= 2;
    const contents = Array.from({ length: buckets }, () => [] as [string, ShardRuns][]);
    for (const [key, shards] of this.shardsOf) contents[routeBucket(key, buckets)]!.push([key, shardRuns(shards)]);
    mkdirSync(folder, { recursive: true });
    for (const [at, entries] of contents.entries()) {
      // Sorted, so that the same archive always gives the same bytes.
      entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      // Rewritten only when its bytes change, so that a deploy moves only the buckets whose routes did.
      writeFileAtomic(join(folder, `${at}.json`), `${JSON.stringify(Object.fromEntries(entries))}\n`);
    }
    return { buckets };
  }
}
