/**
 * The additions shard's results placed among the other shards' by date.
 * Documents added since the shards were last planned are indexed apart, of
 * any dates (scripts/search-index/additions.ts), so a walk searches their
 * shard first and holds its results back until the shards it walks reach
 * their dates: after each shard, the added results newer than the next
 * shard's newest date are placed, merged with that shard's by date. On the
 * same date a shard's results come before the added ones; the dates
 * themselves are in exact order, as in an archive indexed whole.
 *
 *   const placing = new AddedPlacement([{ item: "n", date: "2024-03-02" }, { item: "o", date: "2023-01-01" }])
 *   placing.place([{ item: "a", date: "2024-05-01" }, { item: "b", date: "2024-01-01" }], "2023-06-30") → ["a", "n", "b"]
 *   placing.place([], undefined)   → ["o"]   (no shard left: the rest)
 */
import type { ShardSummary } from '../../shared/search/shards.ts';

export interface Dated<T> {
  item: T;
  /** Its sort date, YYYY-MM-DD. */
  date: string;
}

export class AddedPlacement<T> {
  /** The added results not yet placed, newest first. */
  private readonly pending: Dated<T>[];

  /** `added`: the additions shard's results in its order, newest first. */
  constructor(added: Dated<T>[]) {
    this.pending = [...added];
  }

  /**
   * A shard's results (newest first) with the added results that no shard
   * left to walk can come before: those newer than `nextNewest`, the newest
   * date of the next shard to search, or all when none is left.
   */
  place(shardResults: Dated<T>[], nextNewest: string | undefined): T[] {
    let ready = 0;
    while (ready < this.pending.length && (nextNewest === undefined || this.pending[ready]!.date > nextNewest)) ready++;
    const added = this.pending.splice(0, ready);
    const placed: T[] = [];
    let at = 0;
    for (const result of shardResults) {
      while (at < added.length && added[at]!.date > result.date) placed.push(added[at++]!.item);
      placed.push(result.item);
    }
    for (; at < added.length; at++) placed.push(added[at]!.item);
    return placed;
  }
}

/**
 * The sort date of a shard's document at `position` in its order, from its date runs; a shard that lists none
 * lies wholly before or after the added documents' dates, and its oldest date places its results alike.
 *
 *   dateAtPosition({ dates: [["2024-01-02", 2], ["2023-05-06", 1]], … }, 2) → "2023-05-06"
 */
export function dateAtPosition(shard: ShardSummary, position: number): string {
  if (!shard.dates) return shard.oldest;
  let before = 0;
  for (const [date, count] of shard.dates) {
    before += count;
    if (position < before) return date;
  }
  throw new Error(`shard ${shard.name} lists ${before} dates, none at position ${position}`);
}
