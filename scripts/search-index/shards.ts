/**
 * How the archive's documents are split into search-index shards.
 *
 * Pagefind holds a whole index in memory while it builds it (about 80 MB per
 * MB of converted text here), so the archive is indexed in shards of at most
 * `maxBytes` of converted documents, one Pagefind process each, and the
 * search page merges them in the browser. Shards are consecutive runs of the
 * documents in date order, newest first: Pagefind sorts a merged search by
 * date only within each shard, so the search page lists shard after shard
 * for "newest first". Every shard a search touches costs the visitor a few
 * more downloads, so shards are as large as the memory budget allows.
 *
 *   planShards([{ id: "a", sortDate: "2024-01-02", bytes: 5 }, { id: "b", sortDate: "2023-05-06", bytes: 5 }, { id: "c", sortDate: "2022-01-01", bytes: 5 }], 10)
 *   → [{ name: "shard-1", documents: [a, b] }, { name: "shard-2", documents: [c] }]
 */

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

export function planShards<T extends ShardableDocument>(documents: T[], maxBytes: number): Shard<T>[] {
  if (!(maxBytes > 0)) throw new Error(`a shard's size must be more than 0 bytes (got ${maxBytes})`);
  const ordered = [...documents].sort((a, b) => b.sortDate.localeCompare(a.sortDate) || a.id.localeCompare(b.id));
  const shards: Shard<T>[] = [];
  let bytes = 0;
  for (const document of ordered) {
    const current = shards.at(-1);
    // A document larger than the budget still gets a shard: it is indexed, alone.
    if (!current || (bytes + document.bytes > maxBytes && current.documents.length > 0)) {
      shards.push({ name: `shard-${shards.length + 1}`, documents: [document] });
      bytes = document.bytes;
    } else {
      current.documents.push(document);
      bytes += document.bytes;
    }
  }
  return shards.length > 0 ? shards : [{ name: 'shard-1', documents: [] }];
}
