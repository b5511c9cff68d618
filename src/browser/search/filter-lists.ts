/**
 * The search page's filter lists: each filter's choices with how many
 * documents have each, for the current query when Pagefind has counted it,
 * else for the whole archive (/search-filters.json; a province's counties and
 * towns in /search-filters/<province>.json, added once it is chosen).
 */
import { ui } from '../../i18n/zh-CN.ts';
import { PLACE_LEVELS } from '../../shared/record-facts.ts';
import { PLACE_SEPARATOR, PROVINCE_FILTERS } from '../../shared/search/filters.ts';
import type { FilterCounts } from './pagefind-index.ts';

/**
 * How the lists count: the archive's documents (no query, or filters only),
 * the query's results (Pagefind counts them for a single term; `partial`
 * while shards are left to search, shown as "3+"), or not at all: for
 * several terms, whose results are intersected page-side, no count is
 * known, and an archive-wide count would mislead.
 */
export type ListCounts = { counts: FilterCounts; partial: boolean } | 'archive' | 'unknown';

/** Each filter's values with how many documents of the archive have each (/search-filters.json). */
export type FilterChoices = Record<string, [value: string, count: number][]>;

/**
 * Fills the lists, keeping each list's choice (or the one `chosen` gives); a
 * place list offers only the places inside the place chosen above it.
 */
export function fillFilters(
  filterSelects: HTMLSelectElement[],
  choices: FilterChoices,
  counting: ListCounts,
  chosenIn = (select: HTMLSelectElement) => select.value,
): void {
  let within = '';
  for (const select of filterSelects) {
    const name = select.dataset.filter!;
    const chosen = chosenIn(select);
    const level = (PLACE_LEVELS as readonly string[]).indexOf(name);
    // A county or town is offered within a chosen place, or to find one the address names without its path.
    const listed = PROVINCE_FILTERS.includes(name as never) && !within && !chosen ? [] : (choices[name] ?? []);
    const offered = listed
      .filter(([value]) => level <= 0 || !within || value.startsWith(`${within}${PLACE_SEPARATOR}`))
      .map(([value, count]): [string, number] => [
        value,
        typeof counting === 'object' ? (counting.counts[name]?.[value] ?? 0) : count,
      ])
      // A choice the query has no result for is left out, unless it is the one chosen.
      .filter(([value, count]) => count > 0 || value === chosen);
    select.replaceChildren(new Option(ui.searchAny, ''));
    for (const [value, count] of offered) {
      const label = within && level > 0 ? value.slice(within.length + PLACE_SEPARATOR.length) : value;
      const shownCount = typeof counting === 'object' && counting.partial ? ui.atLeast(count) : String(count);
      select.add(new Option(counting === 'unknown' ? label : `${label}（${shownCount}）`, value));
    }
    select.value = offered.some(([value]) => value === chosen) ? chosen : placeByName(offered, chosen);
    if (level >= 0 && select.value) within = select.value;
  }
}

/**
 * A place given by its name alone, as addresses did before places were
 * filtered by their whole path (?town=金溪镇): the one place of that name,
 * or none when the name is ambiguous.
 */
function placeByName(offered: [value: string, count: number][], name: string): string {
  if (!name || name.includes(PLACE_SEPARATOR)) return '';
  const matches = offered.filter(([value]) => value.split(PLACE_SEPARATOR).at(-1) === name);
  return matches.length === 1 ? matches[0]![0] : '';
}

/** Pagefind's counts for the site's filters, unknown before their data is loaded (it then counts only the shard). */
export function countsByFilter(
  filterSelects: HTMLSelectElement[],
  counts: FilterCounts | undefined,
): FilterCounts | 'unknown' {
  return counts && filterSelects.some((select) => select.dataset.filter! in counts) ? counts : 'unknown';
}

/**
 * The provinces whose counties and towns the lists need, by the choices made (or the address's): the province
 * chosen, or a county's or town's (the first part of its path); for a place named without its path (?town=天目山镇,
 * from before places had paths), every province.
 */
export function provincesNeeded(chosen: (name: string) => string, provinces: string[]): string[] {
  const province = chosen('province');
  if (province) return [province];
  const places = PROVINCE_FILTERS.map(chosen).filter(Boolean);
  if (places.some((place) => !place.includes(PLACE_SEPARATOR))) return provinces;
  return [...new Set(places.map((place) => place.split(PLACE_SEPARATOR)[0]!))];
}

/** Adds a province file's choices to the lists, each list in the order the archive's file gives (pinyin). */
export function addProvinceChoices(choices: FilterChoices, file: FilterChoices): void {
  for (const [name, entries] of Object.entries(file)) {
    choices[name] = [...(choices[name] ?? []), ...entries].sort(([a], [b]) => a.localeCompare(b, 'zh-CN'));
  }
}
