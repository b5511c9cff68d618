/**
 * How the archive's documents are split into search-index shards.
 *
 * Pagefind holds a whole index in memory while it builds it (about 80 MB per
 * MB of converted text here), so the archive is indexed in shards of at most
 * `maxBytes` of converted documents, one Pagefind process each. The search
 * page searches the newest shard first and the next only while it needs
 * more results, so shards are ranges of the archive in date order, newest
 * first, and results come in exact date order across them.
 *
 * A shard is a fixed range of dates, named by it, so that a new document
 * changes only the shard its date falls in, however many documents come
 * before or after it. The ranges are the nodes of a tree over each
 * document's key, its sort date's eight digits then its id (newest date
 * first, then id): a node is a shard when its documents fit its budget, else
 * it is cut by the key's next character (a year into decades of months, a
 * month into tens of days, a day by the ids' leading hex digits). A node's
 * budget is the size of all the documents newer than it, at least
 * `firstBytes` and at most `maxBytes`: the newest shard is small, so that a
 * first search costs little, and each older one may be about as large as all
 * the newer ones together, as with shards that double. New documents only
 * raise an older node's budget: the old shards are sealed once their budget
 * reaches `maxBytes`, and a document dated among them re-indexes one.
 *
 *   planShards([{ id: "a", sortDate: "2024-01-02", bytes: 5 }, { id: "b", sortDate: "2023-05-06", bytes: 5 }, { id: "c", sortDate: "2022-01-01", bytes: 5 }], 10, 5)
 *   → [{ name: "2024", documents: [a] }, { name: "2023", documents: [b] }, { name: "2022", documents: [c] }]
 */
import type { ShardSummary } from '../../src/shared/search/shards.ts';

export interface ShardableDocument {
  id: string;
  sortDate: string;
  /** Size of the converted document, which Pagefind's memory grows with. */
  bytes: number;
}

export interface Shard<T extends ShardableDocument> {
  /** The shard's folder under dist/pagefind/, named by the range of keys it holds (`shardName`). */
  name: string;
  documents: T[];
  /** The most it may hold (bytes): the size of the documents newer than it, between the first and the largest shard's. */
  budget: number;
}

/** Digits of a sort date in a key: YYYYMMDD; the id follows. */
const DATE_DIGITS = 8;

export function planShards<T extends ShardableDocument>(
  documents: T[],
  maxBytes: number,
  firstBytes = maxBytes,
): Shard<T>[] {
  if (!(maxBytes > 0)) throw new Error(`a shard's size must be more than 0 bytes (got ${maxBytes})`);
  if (!(firstBytes > 0)) throw new Error(`the first shard's size must be more than 0 bytes (got ${firstBytes})`);
  const ordered = documents
    .map((document) => ({ document, key: dateKey(document) }))
    .sort((a, b) => compareKeys(a.key, b.key));
  // newer[i]: the bytes of the documents before the i-th, which decide the budget of a node starting there.
  const newer = [0];
  for (const { document } of ordered) newer.push(newer.at(-1)! + document.bytes);
  const shards: Shard<T>[] = [];
  const cut = (start: number, end: number, depth: number) => {
    const budget = Math.min(maxBytes, Math.max(firstBytes, newer[start]!));
    const fits = newer[end]! - newer[start]! <= budget;
    // A single document, or a whole key, larger than the budget still gets a shard: it is indexed, alone.
    if (fits || end - start === 1 || depth === ordered[start]!.key.length) {
      const documents = ordered.slice(start, end).map(({ document }) => document);
      shards.push({ name: shardName(ordered[start]!.key.slice(0, depth)), documents, budget });
      return;
    }
    let from = start;
    for (let at = start + 1; at <= end; at++)
      if (at === end || ordered[at]!.key[depth] !== ordered[from]!.key[depth]) {
        cut(from, at, depth + 1);
        from = at;
      }
  };
  if (ordered.length > 0) cut(0, ordered.length, 0);
  return shards.length > 0 ? shards : [{ name: shardName(''), documents: [], budget: firstBytes }];
}

/** A document's place in the tree: "20240102" and its id. */
function dateKey({ sortDate, id }: Pick<ShardableDocument, 'sortDate' | 'id'>): string {
  const digits = sortDate.replaceAll('-', '');
  if (!/^\d{8}$/.test(digits)) throw new Error(`${id}: a sort date must be YYYY-MM-DD (got "${sortDate}")`);
  return `${digits}${id}`;
}

/** Newest date first, then ids in order: the order of the search's walk. */
function compareKeys(a: string, b: string): number {
  const dates = b.slice(0, DATE_DIGITS).localeCompare(a.slice(0, DATE_DIGITS));
  return dates || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * A range of keys as a folder name: the date with x for the digits it leaves
 * open, then the ids' first digits.
 *
 *   shardName("")            → "xxxx"           every date
 *   shardName("202")         → "202x"           2020 to 2029
 *   shardName("20241")       → "2024-1x"        October to December 2024
 *   shardName("20241005")    → "2024-10-05"
 *   shardName("202410057c")  → "2024-10-05.7c"  that day, ids starting 7c
 */
export function shardName(prefix: string): string {
  const date = prefix.slice(0, DATE_DIGITS);
  const padded = date.padEnd(date.length <= 4 ? 4 : date.length <= 6 ? 6 : DATE_DIGITS, 'x');
  const parts = [padded.slice(0, 4), padded.slice(4, 6), padded.slice(6, 8)].filter((part) => part !== '');
  const id = prefix.slice(DATE_DIGITS);
  return `${parts.join('-')}${id === '' ? '' : `.${id}`}`;
}

/** A shard as dist/pagefind/shards.json lists it (src/shared/search/shards.ts). */
export function shardSummary<T extends ShardableDocument>(
  { name, documents }: Shard<T>,
  withDates = false,
): ShardSummary {
  const summary: ShardSummary = {
    name,
    documents: documents.length,
    newest: documents[0]?.sortDate ?? '',
    oldest: documents.at(-1)?.sortDate ?? '',
  };
  if (withDates) summary.dates = dateRuns(documents.map(({ sortDate }) => sortDate));
  return summary;
}

/**
 * Sort dates in order as runs of the same date.
 *
 *   dateRuns(["2024-01-02", "2024-01-02", "2023-05-06"]) → [["2024-01-02", 2], ["2023-05-06", 1]]
 */
export function dateRuns(dates: string[]): [date: string, count: number][] {
  const runs: [string, number][] = [];
  for (const date of dates) {
    const last = runs.at(-1);
    if (last?.[0] === date) last[1]++;
    else runs.push([date, 1]);
  }
  return runs;
}
