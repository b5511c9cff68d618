/**
 * The results of one search on the page, ten at a time: each page of them
 * walks on to older shards when those found are all shown
 * (src/browser/search/shard-walk.ts), reads its rows and excerpts
 * (src/browser/search/search-excerpt.ts) and says how many results there are, or
 * at least how many while shards are left. A newer search replaces it;
 * what an older one finds late is dropped (`isCurrent`).
 */
import { ui } from '../../i18n/zh-CN.ts';
import { loadIndex } from './pagefind-index.ts';
import { readResult } from './search-excerpt.ts';
import { resultItem } from './search-result.ts';
import type { Found, ShardWalk } from './shard-walk.ts';

// Ten results at a time: each reads its row and excerpt, which counts on a weak connection.
export const PAGE_SIZE = 10;

export interface ResultElements {
  status: HTMLElement;
  list: HTMLOListElement;
  more: HTMLButtonElement;
  countAll: HTMLButtonElement;
}

export interface ResultSearch {
  walk: ShardWalk;
  /** The query as typed, and as looked up (simplified), which a result's document highlights (?hl=). */
  typed: string;
  highlight: string;
  /** How a character is compared with the query's (src/shared/search/excerpt-marks.ts). */
  fold: (character: string) => string;
  byRelevance: boolean;
  /** Whether filter data is loaded, so that each shard opened must load its own. */
  countsFilters: () => boolean;
  isCurrent: () => boolean;
  /** Called whenever the results change, to count the filters again. */
  changed: () => Promise<void>;
}

export class ResultPages {
  private readonly elements: ResultElements;
  private readonly search: ResultSearch;
  /** The results in the order shown: what the walk found, in date order or ranked. */
  private ordered: Found[] = [];

  constructor(elements: ResultElements, search: ResultSearch) {
    this.elements = elements;
    this.search = search;
  }

  async showMore(): Promise<void> {
    const { list } = this.elements;
    const { walk, isCurrent } = this.search;
    const start = list.children.length;
    list.setAttribute('aria-busy', 'true');
    try {
      await walk.findAtLeast(start + PAGE_SIZE, this.search.countsFilters());
      if (!isCurrent()) return;
      this.order(start);
      const { excerptOf } = await loadIndex();
      const views = await Promise.all(
        this.ordered
          .slice(start, start + PAGE_SIZE)
          .map(async ({ shard, result }) => readResult(await excerptOf(shard, result), result.words)),
      );
      if (!isCurrent()) return;
      for (const view of views) list.append(resultItem(view, this.search.highlight, this.search.fold));
      await this.report();
    } catch (error) {
      failed(this.elements, error);
    }
  }

  async countAll(): Promise<void> {
    this.elements.list.setAttribute('aria-busy', 'true');
    this.elements.status.textContent = ui.searchCounting;
    try {
      await this.search.walk.findAll(this.search.countsFilters());
      if (this.search.isCurrent()) await this.report();
    } catch (error) {
      failed(this.elements, error);
    }
  }

  /** Everything found so far, in the order chosen; the first `shown` stay where they are. */
  private order(shown: number): void {
    const kept = new Set(this.ordered.slice(0, shown));
    const rest = this.search.walk.found.filter((found) => !kept.has(found));
    if (this.search.byRelevance) rest.sort((a, b) => b.score - a.score);
    this.ordered = [...this.ordered.slice(0, shown), ...rest];
  }

  /** Says how many results there are, or at least how many when shards are left to search. */
  private async report(): Promise<void> {
    const { status, list, more, countAll } = this.elements;
    const { walk, typed } = this.search;
    const found = walk.found.length;
    status.textContent =
      found === 0 && walk.complete
        ? ui.searchNone(typed)
        : walk.complete
          ? ui.searchResults(found, typed)
          : ui.searchResultsAtLeast(found, typed);
    countAll.hidden = walk.complete;
    more.hidden = walk.complete && list.children.length >= found;
    await this.search.changed();
    list.setAttribute('aria-busy', 'false');
  }
}

export function failed({ status, list }: ResultElements, error: unknown): void {
  console.error(error);
  status.textContent = ui.searchError;
  list.setAttribute('aria-busy', 'false');
}
