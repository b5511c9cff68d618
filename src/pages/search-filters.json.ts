/**
 * /search-filters.json: the search page's choices for each filter, with the
 * number of documents for each, fetched only when a visitor opens the
 * filters (rather than asking every index shard for its filter lists). The
 * counties and towns are a province a file (/search-filters/<province>.json).
 *
 *   { "province": [["浙江省", 5]], "city": [["浙江省 / 杭州市", 1], …], "year": [["2024", 2], …], "docType": […] }
 */
import type { APIRoute } from 'astro';
import { filterChoices } from '../lib/filter-choices.ts';
import { getReports } from '../lib/reports.ts';
import { PROVINCE_FILTERS } from '../shared/search/filters.ts';

export const GET: APIRoute = async () => {
  const choices = filterChoices((await getReports()).map((report) => report.data));
  const listed = Object.fromEntries(
    Object.entries(choices).filter(([name]) => !PROVINCE_FILTERS.includes(name as never)),
  );
  return new Response(`${JSON.stringify(listed)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
