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
 * it is cut in two halves of the characters it allows at the key's next
 * position (a date's digits 0 to 9, an id's hex digits 0 to f), and a half
 * of a single character goes on to the position after it: a month into
 * days 16 to 31 and 01 to 15 (as tens of days, then days), a day into ids
 * 0 to 7 and 8 to f. Halves, not a node for each character: cut so, a day
 * just over its budget became 16 shards of a few documents, each about 70
 * files that an update of that day wrote again (docs/scaling.md). A node's
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
/** The characters a key may have at a position: a date's digits, then an id's (report-schema.ts: lower-case hex). */
const DATE_CHARACTERS = '0123456789';
const ID_CHARACTERS = '0123456789abcdef';
const charactersAt = (position: number) => (position < DATE_DIGITS ? DATE_CHARACTERS : ID_CHARACTERS);

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
  // A node: the keys from `start` to `end` (a run of `ordered`), which share their first `position` characters and
  // have at `position` one of charactersAt(position)[low..high].
  const cut = (start: number, end: number, position: number, low: number, high: number) => {
    if (start === end) return;
    const characters = charactersAt(position);
    const budget = Math.min(maxBytes, Math.max(firstBytes, newer[start]!));
    const fits = newer[end]! - newer[start]! <= budget;
    const key = ordered[start]!.key;
    // A single document, or a whole key, larger than the budget still gets a shard: it is indexed, alone.
    if (fits || end - start === 1 || position === key.length) {
      const documents = ordered.slice(start, end).map(({ document }) => document);
      const prefix = key.slice(0, position);
      const whole = low === 0 && high === characters.length - 1;
      shards.push({
        name: whole ? shardName(prefix) : rangeName(prefix, characters[low]!, characters[high]!),
        documents,
        budget,
      });
      return;
    }
    if (low === high) return cut(start, end, position + 1, 0, charactersAt(position + 1).length - 1);
    const middle = Math.floor((low + high) / 2);
    // Dates run newest first, so their upper half comes first in the walk; ids run in order, their lower half first.
    const newestFirst = position < DATE_DIGITS;
    const inFirstHalf = (at: number) => {
      const character = characters.indexOf(ordered[at]!.key[position]!);
      return newestFirst ? character > middle : character <= middle;
    };
    let split = start;
    while (split < end && inFirstHalf(split)) split++;
    const [first, second] = newestFirst
      ? [
          [middle + 1, high],
          [low, middle],
        ]
      : [
          [low, middle],
          [middle + 1, high],
        ];
    cut(start, split, position, first[0]!, first[1]!);
    cut(split, end, position, second[0]!, second[1]!);
  };
  if (ordered.length > 0) cut(0, ordered.length, 0, 0, DATE_CHARACTERS.length - 1);
  return shards.length > 0 ? shards : [{ name: shardName(''), documents: [], budget: firstBytes }];
}

/** A document's place in the tree: "20240102" and its id. */
function dateKey({ sortDate, id }: Pick<ShardableDocument, 'sortDate' | 'id'>): string {
  const digits = sortDate.replaceAll('-', '');
  if (!/^\d{8}$/.test(digits)) throw new Error(`${id}: a sort date must be YYYY-MM-DD (got "${sortDate}")`);
  if (!/^[0-9a-f]+$/.test(id)) throw new Error(`${id}: a document's id must be lower-case hex digits`);
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

/**
 * A part of a range: the characters from `first` to `last` at the position after `prefix`.
 *
 *   rangeName("202410", "0", "1")     → "2024-10-0x~1"    October 2024, days 01 to 19
 *   rangeName("2024102", "0", "4")    → "2024-10-20~4"    October 20 to 24
 *   rangeName("20241005", "8", "f")   → "2024-10-05.8~f"  that day, ids starting 8 to f
 */
export function rangeName(prefix: string, first: string, last: string): string {
  return `${shardName(prefix + first)}${first === last ? '' : `~${last}`}`;
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
