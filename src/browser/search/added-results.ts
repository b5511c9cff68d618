/**
 * Results of two runs of shards merged in date order: the shards as last
 * planned, and the shards of the documents added since, of any dates
 * (scripts/search-index/additions.ts). Each run is in date order, newest
 * first; a walk searches the shard, of either run, whose dates are newest,
 * and holds a result back while a shard left to search in another run may
 * hold a result to come before it: after each shard, the results that none
 * can precede are placed, merged by date. On the same date an earlier run's
 * results come first (the planned shards' before the added ones); the dates
 * themselves are in exact order, as in an archive indexed whole.
 *
 *   const merge = new RunMerge<string>(2)
 *   merge.add(0, [{ item: "a", date: "2024-05-01" }, { item: "b", date: "2024-01-01" }])
 *   merge.add(1, [{ item: "n", date: "2024-03-02" }, { item: "o", date: "2023-01-01" }])
 *   merge.take(["2023-06-30", "2022-12-31"])   → ["a", "n", "b"]   (each run's next shard is no newer than that)
 *   merge.take([undefined, undefined])        → ["o"]             (no shard left: the rest)
 */
import type { ShardSummary } from '../../shared/search/shards.ts';

export interface Dated<T> {
  item: T;
  /** Its sort date, YYYY-MM-DD. */
  date: string;
}

export class RunMerge<T> {
  /** Each run's results not yet placed, newest first. */
  private readonly pending: Dated<T>[][];

  constructor(runs: number) {
    this.pending = Array.from({ length: runs }, () => []);
  }

  /** A searched shard's results, in its order (newest first), to the results of its run. */
  add(run: number, results: Dated<T>[]): void {
    this.pending[run]!.push(...results);
  }

  /**
   * The results no shard left to search can precede, merged by date. `frontiers`: each run's next shard's newest
   * date, or undefined when it has none left. A run's own later shards come after its results; another run's may
   * hold a newer date, or the same date if it is the earlier run.
   */
  take(frontiers: (string | undefined)[]): T[] {
    const ready = this.pending.map((results, run) => {
      const final = ({ date }: Dated<T>) =>
        frontiers.every(
          (frontier, other) =>
            other === run || frontier === undefined || date > frontier || (date === frontier && run < other),
        );
      let count = 0;
      while (count < results.length && final(results[count]!)) count++;
      return results.splice(0, count);
    });
    const placed: T[] = [];
    const at = ready.map(() => 0);
    for (;;) {
      // The run whose next result is newest; on the same date, the earlier run.
      let next = -1;
      for (const [run, results] of ready.entries())
        if (at[run]! < results.length && (next < 0 || results[at[run]!]!.date > ready[next]![at[next]!]!.date))
          next = run;
      if (next < 0) return placed;
      placed.push(ready[next]![at[next]!++]!.item);
    }
  }
}

/**
 * The sort date of a shard's document at `position` in its order, from its date runs; a shard that lists none
 * lies wholly before or after the other run's dates, and its oldest date places its results alike.
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
