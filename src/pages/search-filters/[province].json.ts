/**
 * /search-filters/<province>.json: the choices of a province's counties and
 * towns (PROVINCE_FILTERS), with the number of documents of each, fetched
 * when a visitor chooses the province.
 *
 *   { "county": [["浙江省 / 杭州市 / 临安区", 1], …], "town": [["浙江省 / 杭州市 / 临安区 / 天目山镇", 1], …] }
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { filterChoices } from '../../lib/filter-choices.ts';
import { getReports, type ReportEntry } from '../../lib/reports.ts';
import { PROVINCE_FILTERS } from '../../shared/search/filters.ts';

export const getStaticPaths = (async () => {
  const byProvince = new Map<string, ReportEntry['data'][]>();
  for (const { data } of await getReports()) {
    if (!data.province) continue;
    if (!byProvince.has(data.province)) byProvince.set(data.province, []);
    byProvince.get(data.province)!.push(data);
  }
  return [...byProvince].map(([province, records]) => ({ params: { province }, props: { records } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ records: ReportEntry['data'][] }> = ({ props }) => {
  const choices = filterChoices(props.records);
  const listed = Object.fromEntries(PROVINCE_FILTERS.map((name) => [name, choices[name]]));
  return new Response(`${JSON.stringify(listed)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
