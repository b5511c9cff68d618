/**
 * The search filters of a document, the same for the index
 * (scripts/search-index/) and for the search page's lists of choices
 * (src/pages/search-filters.json.ts, src/pages/search-filters/[province].json.ts). A place is filtered by its whole path,
 * since town and county names repeat across China (城关镇 is in dozens of
 * counties): the value of `town` is "浙江省 / 杭州市 / 临安区 / 天目山镇".
 *
 *   searchFilters({ province: "浙江省", city: "杭州市", county: "临安区", town: "天目山镇", date: "2022-05-05", … })
 *   → { province: ["浙江省"], city: ["浙江省 / 杭州市"], county: [...], town: [...], year: ["2022"], docType: [...] }
 */

import { PLACE_LEVELS, recordYear } from '../record-facts.ts';
import type { Report } from '../report-schema.ts';

export const FILTER_NAMES = [...PLACE_LEVELS, 'year', 'docType'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

/**
 * The filters whose choices are listed a province a file (/search-filters/浙江省.json), fetched once the province is
 * chosen: at 100,000 documents the archive's towns were 2.2 MB of the one file the filters opened with.
 */
export const PROVINCE_FILTERS: readonly FilterName[] = ['county', 'town'];

/** The address, under the site's base, of a province's choices of PROVINCE_FILTERS. */
export function provinceChoicesPath(province: string): string {
  return `search-filters/${encodeURIComponent(province)}.json`;
}

/** Between the parts of a place's path in a filter value. */
export const PLACE_SEPARATOR = ' / ';

type FilterSource = Pick<Report, 'province' | 'city' | 'county' | 'town' | 'date' | 'dateWritten' | 'docType'>;

export function searchFilters(record: FilterSource): Partial<Record<FilterName, string[]>> {
  const filters: Partial<Record<FilterName, string[]>> = {};
  const path: string[] = [];
  for (const level of PLACE_LEVELS) {
    const name = record[level];
    if (!name) continue;
    path.push(name);
    filters[level] = [path.join(PLACE_SEPARATOR)];
  }
  const year = recordYear(record);
  if (year) filters.year = [year];
  if (record.docType) filters.docType = [record.docType];
  return filters;
}

/** The date a document sorts by: published, else written; undated documents sort last. */
export function sortDate(record: Pick<Report, 'date' | 'dateWritten'>): string {
  return record.date ?? record.dateWritten ?? '0000-00-00';
}
