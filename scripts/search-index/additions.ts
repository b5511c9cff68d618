/**
 * New documents indexed apart, in shards of their own, until there are too
 * many: an update then re-indexes a few small shards rather than every
 * date-range shard the new documents fall in (at 100,000 documents, 1,000 new
 * ones of the last month fell in 40 shards: 5,803 files written again and
 * 203.7 s, docs/scaling.md).
 *
 * The layout of the last full plan (the base: each shard's name, budget and
 * documents) is kept between runs. A run keeps the base shards as they are,
 * and plans the documents that none of them holds apart, by the same rule
 * (planShards: the newest shard small, each older one about as large as all
 * those newer), into shards named `added-<range>`: a second run of shards in
 * date order, which the search page walks beside the first, placing the
 * results of both by date (src/browser/search/added-results.ts). The base is
 * planned again whole, and so merged with the additions, when:
 * - there is no base, or it was planned with other code or settings;
 * - a document of the base changed or is gone (a correction re-indexes its shard);
 * - the additions are more than `bytes.limit`: an update indexes again every
 *   added shard its new documents fall in.
 *
 *   planWithAdditions(planned, base, planner, documents, { limit: 80e6, max: 40e6, first: 4e6 })
 *   → { shards: base's shards (their documents as now), added: [{ name: "added-2025-12-28", … }, …], replanned: null }
 */
import { ADDED_PREFIX } from '../../src/shared/search/shards.ts';
import { planShards, type Shard, type ShardableDocument } from './shards.ts';

/** The base as kept: what it was planned with, and each shard's name, budget and documents (`id sha256`). */
export interface BaseLayout {
  planner: string;
  shards: { name: string; budget: number; documents: string[] }[];
}

export interface IndexedDocument extends ShardableDocument {
  sha256: string;
}

export interface Layout<T extends IndexedDocument> {
  shards: Shard<T>[];
  /** The documents no base shard holds, in shards of date ranges, newest first (none when there are none). */
  added: Shard<T>[];
  /** Why the base was planned again (and the plan's shards are the layout), or null when it was kept. */
  replanned: string | null;
}

/**
 * The layout of this run: the kept base and the additions, or `planned` (the
 * whole plan of every document) when the base must be planned again.
 * `planner` names the code and settings the base was planned with.
 */
export function planWithAdditions<T extends IndexedDocument>(
  planned: Shard<T>[],
  base: BaseLayout | null,
  planner: string,
  documents: T[],
  bytes: { limit: number; max: number; first: number },
): Layout<T> {
  const replan = (why: string): Layout<T> => ({ shards: planned, added: [], replanned: why });
  if (!base) return replan('no earlier index');
  if (base.planner !== planner) return replan('the indexer or its settings changed');
  const byId = new Map(documents.map((document) => [document.id, document]));
  const inBase = new Set<string>();
  const shards: Shard<T>[] = [];
  for (const { name, budget, documents: kept } of base.shards) {
    const now: T[] = [];
    for (const entry of kept) {
      const [id, sha256] = entry.split(' ');
      const document = byId.get(id!);
      if (!document || document.sha256 !== sha256) return replan(`document ${id} changed or was removed`);
      now.push(document);
      inBase.add(id!);
    }
    shards.push({ name, budget, documents: now });
  }
  const added = documents.filter(({ id }) => !inBase.has(id));
  const addedBytes = added.reduce((sum, document) => sum + document.bytes, 0);
  if (addedBytes > bytes.limit)
    return replan(`the new documents (${(addedBytes / 1e6).toFixed(1)} MB) are more than the additions hold`);
  const addedShards = added.length === 0 ? [] : planShards(added, bytes.max, bytes.first);
  return {
    shards,
    added: addedShards.map((shard) => ({ ...shard, name: `${ADDED_PREFIX}${shard.name}` })),
    replanned: null,
  };
}

/** The base to keep after a run: the layout's shards, without the additions. */
export function baseLayout<T extends IndexedDocument>(planner: string, shards: Shard<T>[]): BaseLayout {
  return {
    planner,
    shards: shards.map(({ name, budget, documents }) => ({
      name,
      budget,
      documents: documents.map(({ id, sha256 }) => `${id} ${sha256}`),
    })),
  };
}
