/**
 * The search index's shards dealt out to a number of machines, for a CI
 * matrix whose jobs each index one group (`npm run build:index -- --group
 * 2/8`) while others build the site's parts: at 100,000 documents the index
 * was two thirds of a one-machine build (docs/scaling.md).
 *
 * Each group's share is about the same number of bytes, which Pagefind's
 * time follows: the largest shard goes to the group with the fewest bytes so
 * far, then the next largest, and so on (ties to the lower group, then by
 * name, so every job of the matrix deals the same groups from the same
 * plan). Every shard is in exactly one group; a group may be empty when
 * there are more groups than shards.
 *
 *   shardGroups([{ name: "2024", bytes: 9 }, { name: "2023", bytes: 5 }, { name: "2022", bytes: 4 }], 2)
 *   → [["2024"], ["2023", "2022"]]
 */

export interface SizedShard {
  name: string;
  bytes: number;
}

/** `groups` lists of shard names, in the order the shards were given within each. */
export function shardGroups(shards: SizedShard[], groups: number): string[][] {
  if (!Number.isInteger(groups) || groups < 1) throw new Error(`the shards go into 1 group or more (got ${groups})`);
  const largestFirst = [...shards].sort((a, b) => b.bytes - a.bytes || (a.name < b.name ? -1 : 1));
  const loads = Array.from({ length: groups }, () => 0);
  const groupOf = new Map<string, number>();
  for (const shard of largestFirst) {
    const lightest = loads.indexOf(Math.min(...loads));
    groupOf.set(shard.name, lightest);
    loads[lightest]! += shard.bytes;
  }
  return loads.map((_, group) => shards.filter(({ name }) => groupOf.get(name) === group).map(({ name }) => name));
}

/**
 * A `--group` value, "K/N": the K-th of N groups, counted from 1.
 *
 *   parseGroup("2/8") → { group: 2, of: 8 }
 */
export function parseGroup(value: string): { group: number; of: number } {
  const match = /^(\d+)\/(\d+)$/.exec(value.trim());
  const group = Number(match?.[1]);
  const of = Number(match?.[2]);
  if (!match || of < 1 || group < 1 || group > of)
    throw new Error(`--group takes the group and the number of groups, as 2/8 (got "${value}")`);
  return { group, of };
}
