/**
 * How the archive's documents are split into search-index shards.
 *
 * Pagefind holds a whole index in memory while it builds it (about 80 MB per
 * MB of converted text here), so the archive is indexed in shards of at most
 * `maxBytes` of converted documents, one Pagefind process each. Shards are
 * consecutive runs of the documents in date order, newest first: the search
 * page searches the newest shard first and the next only while it needs more
 * results, so results come in exact date order across shards. What a shard
 * costs a search (its metadata, and one index chunk a query token) grows
 * with its size, so the first shard is small (`firstBytes`) and each next
 * one twice the size of the one before, up to `maxBytes`: a common query is
 * answered from a small shard, a rare one walks few large ones.
 *
 *   planShards([{ id: "a", sortDate: "2024-01-02", bytes: 5 }, { id: "b", sortDate: "2023-05-06", bytes: 5 }, { id: "c", sortDate: "2022-01-01", bytes: 5 }], 10, 5)
 *   → [{ name: "shard-1", documents: [a] }, { name: "shard-2", documents: [b, c] }]
 */
import { shardName } from '../../src/shared/search/shards.ts';

export interface ShardableDocument {
  id: string;
  sortDate: string;
  /** Size of the converted document, which Pagefind's memory grows with. */
  bytes: number;
}

export interface Shard<T extends ShardableDocument> {
  /** The shard's folder under dist/pagefind/. */
  name: string;
  documents: T[];
}

export function planShards<T extends ShardableDocument>(
  documents: T[],
  maxBytes: number,
  firstBytes = maxBytes,
): Shard<T>[] {
  if (!(maxBytes > 0)) throw new Error(`a shard's size must be more than 0 bytes (got ${maxBytes})`);
  if (!(firstBytes > 0)) throw new Error(`the first shard's size must be more than 0 bytes (got ${firstBytes})`);
  const budget = (index: number) => Math.min(maxBytes, firstBytes * 2 ** index);
  const ordered = [...documents].sort((a, b) => b.sortDate.localeCompare(a.sortDate) || a.id.localeCompare(b.id));
  const shards: Shard<T>[] = [];
  let bytes = 0;
  for (const document of ordered) {
    const current = shards.at(-1);
    // A document larger than the budget still gets a shard: it is indexed, alone.
    if (!current || (bytes + document.bytes > budget(shards.length - 1) && current.documents.length > 0)) {
      shards.push({ name: shardName(shards.length), documents: [document] });
      bytes = document.bytes;
    } else {
      current.documents.push(document);
      bytes += document.bytes;
    }
  }
  return shards.length > 0 ? shards : [{ name: shardName(0), documents: [] }];
}

/** A shard as dist/pagefind/shards.json lists it: its folder, size and the dates it spans (sort dates, YYYY-MM-DD). */
export interface ShardSummary {
  name: string;
  documents: number;
  newest: string;
  oldest: string;
}

export function shardSummary<T extends ShardableDocument>({ name, documents }: Shard<T>): ShardSummary {
  return {
    name,
    documents: documents.length,
    newest: documents[0]?.sortDate ?? '',
    oldest: documents.at(-1)?.sortDate ?? '',
  };
}
