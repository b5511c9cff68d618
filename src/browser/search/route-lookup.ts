/**
 * Which shards can hold a query (src/shared/search/routes.ts): those that hold
 * every key of every term. One bucket file a key, each read once a visit;
 * they load beside Pagefind, before a search opens a shard.
 *
 *   shardsHolding(["高标 标准 准农 农田"]) → Set { 0, 1, 2, 3 }
 */
import { routeBucket, routeKeys, type ShardRuns, shardsOfRuns } from '../../shared/search/routes.ts';
import { indexFolder, loadShardList } from './pagefind-index.ts';

const buckets = new Map<number, Promise<Record<string, ShardRuns>>>();

/** The numbers of the shards holding every term (given by its tokens), or undefined when there is no term. */
export async function shardsHolding(termTokens: string[]): Promise<Set<number> | undefined> {
  const keys = termTokens.flatMap(routeKeys);
  if (keys.length === 0) return undefined;
  const { routes } = await loadShardList();
  const lists = await Promise.all(
    keys.map(async (key) => shardsOfRuns((await bucket(routeBucket(key, routes.buckets)))[key] ?? [])),
  );
  const [first, ...others] = lists.map((list) => new Set(list));
  return new Set([...first!].filter((shard) => others.every((other) => other.has(shard))));
}

function bucket(at: number): Promise<Record<string, ShardRuns>> {
  let read = buckets.get(at);
  if (!read) {
    read = fetch(`${indexFolder}routes/${at}.json`).then((response) => {
      if (!response.ok) throw new Error(`${response.status} fetching ${indexFolder}routes/${at}.json`);
      return response.json() as Promise<Record<string, ShardRuns>>;
    });
    buckets.set(at, read);
  }
  return read;
}
