/**
 * One search, walked shard by shard. The shards are runs of the archive in
 * date order, newest first (scripts/search-index/shards.ts), so searching
 * them in order, each sorted by date, lists every result in exact date order
 * across the whole archive; and the walk stops once it has as many results
 * as the page shows, so a common query opens only the newest shard. Shards
 * that cannot hold every term (the route table) or the chosen year are
 * skipped without a download.
 *
 * Documents added since the shards were last planned, of any dates, are in
 * shards of their own, a second run in date order: the walk searches the
 * shard of either run whose dates are newest, and places the results of both
 * by date (src/browser/search/added-results.ts).
 *
 * Each space-separated term is looked up as the exact phrase of its bigrams
 * (src/shared/search/tokens.ts); a document must contain every term.
 */
import { isAddedShard } from '../../shared/search/shards.ts';
import { searchTerms } from '../../shared/search/tokens.ts';
import { type Dated, dateAtPosition, RunMerge } from './added-results.ts';
import type { FilterCounts, PagefindResult, SearchIndex, Shard } from './pagefind-index.ts';

export interface Found {
  shard: Shard;
  result: PagefindResult;
  /** Relevance: the sum of the terms' Pagefind scores. */
  score: number;
}

export class ShardWalk {
  /** What was found so far, newest first. */
  readonly found: Found[] = [];
  /** How many results each filter value has among the shards searched, for a one-term query (else undefined). */
  counts: FilterCounts | undefined;
  private readonly index: SearchIndex;
  private readonly filters: Record<string, string>;
  /** The shards that may hold the query: those planned, then those of documents added since, each run newest first. */
  private readonly runs: Shard[][];
  /** Each run's next shard to search. */
  private readonly next: number[];
  private readonly merge: RunMerge<Found>;
  private readonly terms: ReturnType<typeof searchTerms>;
  private walking: Promise<void> = Promise.resolve();

  /**
   * `holding`: the numbers of the shards that hold every term (src/browser/search/route-lookup.ts),
   * undefined for a search by filters alone.
   */
  constructor(index: SearchIndex, query: string, filters: Record<string, string>, holding?: Set<number>) {
    this.index = index;
    this.filters = filters;
    this.terms = searchTerms(query);
    const searchable = index.shards.filter(
      (shard, at) => (!holding || holding.has(at)) && mayHoldYear(shard, filters.year),
    );
    const added = searchable.filter(({ name }) => isAddedShard(name));
    this.runs = [searchable.filter(({ name }) => !isAddedShard(name)), ...(added.length > 0 ? [added] : [])];
    this.next = this.runs.map(() => 0);
    this.merge = new RunMerge(this.runs.length);
  }

  /** Whether every shard has been searched: then `found` is every result, and counts are exact. */
  get complete(): boolean {
    return this.runs.every((run, at) => this.next[at]! >= run.length);
  }

  /** Searches further shards until `wanted` results are found or none is left. */
  findAtLeast(wanted: number, countFilters: boolean): Promise<void> {
    // One walk at a time ("more" and "count all" may overlap), so no shard is searched twice.
    const walked = this.walking.then(() => this.walk(wanted, countFilters));
    this.walking = walked.catch(() => undefined);
    return walked;
  }

  private async walk(wanted: number, countFilters: boolean): Promise<void> {
    while (!this.complete && this.found.length < wanted) {
      const run = this.newestRun();
      const shard = this.runs[run]![this.next[run]!++]!;
      const results = await this.openAndSearch(shard, countFilters);
      // One run alone needs no dates: its shards' order is the results'.
      const dated =
        this.runs.length === 1 ? results.map((item) => ({ item, date: '' })) : await this.dated(shard, results);
      this.merge.add(run, dated);
      this.found.push(...this.merge.take(this.runs.map((shards, at) => shards[this.next[at]!]?.newest)));
    }
  }

  /** The run whose next shard's dates are newest; on the same date, the earlier run. */
  private newestRun(): number {
    let newest = -1;
    for (const [at, run] of this.runs.entries()) {
      const shard = run[this.next[at]!];
      if (shard && (newest < 0 || shard.newest > this.runs[newest]![this.next[newest]!]!.newest)) newest = at;
    }
    return newest;
  }

  private async openAndSearch(shard: Shard, countFilters: boolean): Promise<Found[]> {
    await this.index.open(shard);
    // Filter data is loaded shard by shard: a shard opened after it was first asked for needs it too.
    if (countFilters) await this.index.pagefind.filters();
    const { results, counts } = await this.searchShard(shard);
    this.counts = counts;
    return results;
  }

  /** A shard's results with their dates, in the shard's order (newest date first, then id). */
  private async dated(shard: Shard, results: Found[]): Promise<Dated<Found>[]> {
    if (!shard.dates) return results.map((item) => ({ item, date: shard.oldest }));
    const positioned = await Promise.all(
      results.map(async (item) => ({ item, position: await this.index.positionOf(shard, item.result) })),
    );
    positioned.sort((a, b) => a.position - b.position);
    return positioned.map(({ item, position }) => ({ item, date: dateAtPosition(shard, position) }));
  }

  findAll(countFilters: boolean): Promise<void> {
    return this.findAtLeast(Number.POSITIVE_INFINITY, countFilters);
  }

  private async searchShard(shard: Shard): Promise<{ results: Found[]; counts: FilterCounts | undefined }> {
    const { pagefind } = this.index;
    const options = { filters: { ...this.filters, shard: shard.name }, sort: { date: 'desc' } };
    if (this.terms.length === 0) {
      const { results } = await pagefind.search(null, options);
      return { results: results.map((result) => ({ shard, result, score: 0 })), counts: undefined };
    }
    const perTerm = await Promise.all(
      this.terms.map(async (term) => {
        const response = await pagefind.search(term.phrase, options);
        // Phrase matches all score alike; the unquoted tokens give a relevance score.
        const ranked =
          term.phrase === term.tokens ? response.results : (await pagefind.search(term.tokens, options)).results;
        return {
          exact: response.results,
          ids: new Set(response.results.map(({ id }) => id)),
          counts: response.totalFilters,
          scores: new Map(ranked.map((result) => [result.id, result.score])),
        };
      }),
    );
    const [first, ...others] = perTerm;
    const score = (id: string) => perTerm.reduce((sum, term) => sum + (term.scores.get(id) ?? 0), 0);
    const results = first!.exact
      .filter(({ id }) => others.every((term) => term.ids.has(id)))
      .map((result) => ({ shard, result, score: score(result.id) }));
    // Pagefind counts one term's results (over every shard opened so far); for several terms, intersected here, it cannot.
    return { results, counts: perTerm.length === 1 ? first!.counts : undefined };
  }
}

/** Whether a shard's dates reach into the year (any shard, when no year is chosen). */
function mayHoldYear(shard: Shard, year: string | undefined): boolean {
  if (!year) return true;
  return shard.oldest <= `${year}-12-31` && shard.newest >= `${year}-01-01`;
}
