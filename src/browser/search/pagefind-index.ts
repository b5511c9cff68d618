/**
 * The search index as the search page opens it, a shard at a time: Pagefind
 * (its script and wasm, from the runtime folder) and the newest shard when
 * the search box gets focus, each older shard only when a search walks on to
 * it (src/browser/search/shard-walk.ts), each merged with Pagefind's
 * mergeIndex and tagged with a `shard` filter so a search can ask one shard.
 */
import { isAddedShard, RUNTIME, type ShardListFile, type ShardSummary } from '../../shared/search/shards.ts';
import { SEARCH_INDEX_LANGUAGE } from '../../shared/search/tokens.ts';

export interface PagefindResult {
  /** The document's id in its shard, by which the shard's excerpt directory finds its excerpt. */
  id: string;
  score: number;
  /** The word positions of the matches, which are character offsets in the document's text. */
  words: number[];
}
export interface Pagefind {
  init: () => Promise<void>;
  options: (options: Record<string, unknown>) => Promise<void>;
  mergeIndex: (path: string, options: Record<string, unknown>) => Promise<void>;
  /** Loads every filter's data of the shards opened so far: only then does a search count its results by filter value. */
  filters: () => Promise<FilterCounts>;
  search: (
    query: string | null,
    options?: { filters?: Record<string, string>; sort?: Record<string, string> },
  ) => Promise<{ results: PagefindResult[]; totalFilters?: FilterCounts }>;
}
/** A shard as dist/pagefind/shards.json lists it (scripts/search-index/shards.ts), newest first. */
export type Shard = ShardSummary;
export interface SearchIndex {
  pagefind: Pagefind;
  shards: Shard[];
  /** Merges a shard into the index, once; the newest is opened from the start. */
  open: (shard: Shard) => Promise<void>;
  /** Where a result's excerpt is (scripts/search-index/excerpt-files.ts). */
  excerptOf: (shard: Shard, result: PagefindResult) => Promise<ExcerptPlace>;
  /** A result's place in its shard's order (newest first), by its excerpt directory. */
  positionOf: (shard: Shard, result: PagefindResult) => Promise<number>;
}
/** An excerpt's bytes `start` to `end` (exclusive) in a bundle file (src/shared/search/excerpt-format.ts). */
export interface ExcerptPlace {
  file: string;
  start: number;
  end: number;
}
/** How many results of the current query have each filter value, when known: { town: { "浙江省 / …": 2 } }. */
export type FilterCounts = Record<string, Record<string, number>>;

/** dist/pagefind/shards.json (scripts/build-search-index.ts). */
export type ShardList = ShardListFile;

export const indexFolder = `${import.meta.env.BASE_URL}pagefind/`;
let indexPromise: Promise<SearchIndex> | undefined;
let listPromise: Promise<ShardList> | undefined;

export function loadShardList(): Promise<ShardList> {
  listPromise ??= fetch(`${indexFolder}shards.json`).then((response) => {
    if (!response.ok) throw new Error(`${response.status} fetching ${indexFolder}shards.json`);
    return response.json() as Promise<ShardList>;
  });
  return listPromise;
}

export function loadIndex(): Promise<SearchIndex> {
  indexPromise ??= (async () => {
    // Pagefind lives apart from the shards, so it loads while the list of shards does.
    const [{ shards }, pagefind] = await Promise.all([
      loadShardList(),
      import(/* @vite-ignore */ `${indexFolder}${RUNTIME}/pagefind.js`) as Promise<Pagefind>,
    ]);
    // Pagefind picks its index by <html lang> and, for zh, cuts queries into
    // words. The index is written under another language (see
    // SEARCH_INDEX_LANGUAGE), so open it under that one; Pagefind reads the
    // attribute only now (https://github.com/Pagefind/pagefind/issues/593).
    const html = document.documentElement;
    const pageLanguage = html.lang;
    html.lang = SEARCH_INDEX_LANGUAGE;
    const ready = pagefind.init();
    html.lang = pageLanguage;
    await ready;
    await pagefind.options({ excerptLength: 0 });
    const opened = new Map<string, Promise<void>>();
    const directories = new Map<string, Promise<Directory>>();
    // Read with the shard, so that a result's excerpt waits for no further round trip.
    const directoryOf = (shard: Shard) => {
      let directory = directories.get(shard.name);
      if (!directory) {
        directory = readDirectory(`${indexFolder}${shard.name}/excerpt/`);
        directories.set(shard.name, directory);
      }
      return directory;
    };
    const open = (shard: Shard) => {
      void directoryOf(shard);
      let merged = opened.get(shard.name);
      if (!merged) {
        merged = pagefind.mergeIndex(`${indexFolder}${shard.name}/`, {
          language: SEARCH_INDEX_LANGUAGE,
          mergeFilter: { shard: shard.name },
        });
        opened.set(shard.name, merged);
      }
      return merged;
    };
    // Every search starts with the newest shard, and the newest of added documents if any: they load with Pagefind.
    for (const shard of [shards[0], shards.find(({ name }) => isAddedShard(name))])
      if (shard) void open(shard).catch(() => undefined);
    return {
      pagefind,
      shards,
      open,
      excerptOf: async (shard, result) => (await directoryOf(shard)).placeOf(result.id),
      positionOf: async (shard, result) => (await directoryOf(shard)).positionOf(result.id),
    };
  })();
  return indexPromise;
}

interface Directory {
  placeOf: (id: string) => ExcerptPlace;
  positionOf: (id: string) => number;
}

/** A shard's excerpt directory (scripts/search-index/excerpt-files.ts), as lookups by result id. */
async function readDirectory(folder: string): Promise<Directory> {
  const response = await fetch(`${folder}directory.json`);
  if (!response.ok) throw new Error(`${response.status} fetching ${folder}directory.json`);
  const { bundleSize, ids, ends } = (await response.json()) as { bundleSize: number; ids: string[]; ends: number[] };
  const at = new Map(ids.map((id, index) => [id, index]));
  // The excerpts are in the shard's order, so a result's index among them is its place in that order.
  const positionOf = (id: string) => {
    const index = at.get(id);
    if (index === undefined) throw new Error(`${folder}directory.json does not list ${id}`);
    return index;
  };
  return {
    positionOf,
    placeOf: (id) => {
      const index = positionOf(id);
      const bundle = Math.floor(index / bundleSize);
      return {
        file: `${folder}${bundle + 1}.bin`,
        start: index % bundleSize === 0 ? 0 : ends[index - 1]!,
        end: ends[index]!,
      };
    },
  };
}
