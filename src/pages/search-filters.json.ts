/**
 * /search-filters.json: the search page's choices for each filter, with the
 * number of documents for each, fetched only when a visitor opens the
 * filters (rather than asking every index shard for its filter lists).
 *
 *   { "province": [["浙江省", 5]], "city": [["浙江省 / 杭州市", 1], …], …, "year": [["2024", 2], …] }
 */
import type { APIRoute } from 'astro';
import { getReports } from '../lib/reports.ts';
import { FILTER_NAMES, type FilterName, searchFilters } from '../shared/search/filters.ts';

export const GET: APIRoute = async () => {
  const counts = Object.fromEntries(FILTER_NAMES.map((name) => [name, new Map<string, number>()])) as Record<
    FilterName,
    Map<string, number>
  >;
  for (const report of await getReports()) {
    for (const [name, values] of Object.entries(searchFilters(report.data)) as [FilterName, string[]][]) {
      for (const value of values) counts[name].set(value, (counts[name].get(value) ?? 0) + 1);
    }
  }
  const choices = Object.fromEntries(
    FILTER_NAMES.map((name) => {
      const entries = [...counts[name]];
      // Years newest first; names in the order of their pinyin, as a reader scans a list of places.
      entries.sort(name === 'year' ? ([a], [b]) => b.localeCompare(a) : ([a], [b]) => a.localeCompare(b, 'zh-CN'));
      return [name, entries];
    }),
  );
  return new Response(`${JSON.stringify(choices)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
