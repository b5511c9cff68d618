/**
 * The search index as the search page opens it: Pagefind's script and wasm
 * from the first shard, with every other shard merged into it (Pagefind's
 * mergeIndex), each tagged with a `shard` filter. Loaded on the first
 * search (or focus on the box), never with the page.
 */
import { SEARCH_INDEX_LANGUAGE } from '../lib/search-tokens.ts';

import type { ResultData } from './search-result.ts';

export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<ResultData>;
}
export interface Pagefind {
  init: () => Promise<void>;
  options: (options: Record<string, unknown>) => Promise<void>;
  mergeIndex: (path: string, options: Record<string, unknown>) => Promise<void>;
  /** Loads every filter's data: only then does a search count its results by filter value. */
  filters: () => Promise<FilterCounts>;
  search: (
    query: string | null,
    options?: { filters?: Record<string, string>; sort?: Record<string, string> },
  ) => Promise<{ results: PagefindResult[]; totalFilters?: FilterCounts }>;
}
/** The index, and the names of its shards in date order, newest first (scripts/search-index/shards.ts). */
export interface SearchIndex {
  pagefind: Pagefind;
  shards: string[];
}
/** How many results of the current query have each filter value, when known: { town: { "浙江省 / …": 2 } }. */
export type FilterCounts = Record<string, Record<string, number>>;

const indexFolder = `${import.meta.env.BASE_URL}pagefind/`;
let indexPromise: Promise<SearchIndex> | undefined;

/** Pagefind with every shard of the index merged into the first, each shard tagged with a `shard` filter. */
export function loadIndex(): Promise<SearchIndex> {
  indexPromise ??= (async () => {
    const { shards } = (await (await fetch(`${indexFolder}shards.json`)).json()) as { shards: string[] };
    const pagefind: Pagefind = await import(/* @vite-ignore */ `${indexFolder}${shards[0]}/pagefind.js`);
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
    await pagefind.options({ excerptLength: 60, mergeFilter: { shard: shards[0] } });
    await Promise.all(
      shards.slice(1).map((name) =>
        pagefind.mergeIndex(`${indexFolder}${name}/`, {
          language: SEARCH_INDEX_LANGUAGE,
          mergeFilter: { shard: name },
        }),
      ),
    );
    return { pagefind, shards };
  })();
  return indexPromise;
}
