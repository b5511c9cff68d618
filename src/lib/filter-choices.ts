/**
 * The search page's choices for each filter, with the number of documents
 * of each: years newest first, everything else in the order of its pinyin,
 * as a reader scans a list of places.
 *
 *   filterChoices(records) → { province: [["浙江省", 5]], city: [["浙江省 / 杭州市", 1], …], …, year: [["2024", 2], …] }
 */
import { FILTER_NAMES, type FilterName, searchFilters } from '../shared/search/filters.ts';

export type FilterChoices = Record<FilterName, [value: string, count: number][]>;

export function filterChoices(records: Iterable<Parameters<typeof searchFilters>[0]>): FilterChoices {
  const counts = Object.fromEntries(FILTER_NAMES.map((name) => [name, new Map<string, number>()])) as Record<
    FilterName,
    Map<string, number>
  >;
  for (const record of records) {
    for (const [name, values] of Object.entries(searchFilters(record)) as [FilterName, string[]][]) {
      for (const value of values) counts[name].set(value, (counts[name].get(value) ?? 0) + 1);
    }
  }
  return Object.fromEntries(
    FILTER_NAMES.map((name) => {
      const entries = [...counts[name]];
      entries.sort(name === 'year' ? ([a], [b]) => b.localeCompare(a) : ([a], [b]) => a.localeCompare(b, 'zh-CN'));
      return [name, entries];
    }),
  ) as FilterChoices;
}
