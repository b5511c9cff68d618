/**
 * /figures/towns/<province>/<city>/<county>/<town>.json: a town's key figures,
 * the rows of /figures.csv for its documents, as JSON (numbers as numbers,
 * a value the record does not give as null, the paragraph's address from
 * the site's root), oldest document first.
 */
import type { APIRoute } from 'astro';
import { sortCatalog } from '../../../lib/catalog.ts';
import { recordRows } from '../../../lib/figures-dataset.ts';
import { getReports, placeOf, type ReportEntry, url } from '../../../lib/reports.ts';

export async function getStaticPaths() {
  const towns = new Map<string, { names: string[]; reports: ReportEntry[] }>();
  for (const report of await getReports()) {
    const names = placeOf(report);
    if (names.length !== 4 || !report.data.figures?.length) continue;
    const key = names.join('/');
    if (!towns.has(key)) towns.set(key, { names, reports: [] });
    towns.get(key)!.reports.push(report);
  }
  return [...towns.values()].map(({ names, reports }) => ({
    params: { path: names.join('/') },
    props: { names, reports },
  }));
}

interface Props {
  names: string[];
  reports: ReportEntry[];
}

export const GET: APIRoute<Props> = ({ props }) => {
  const [province, city, county, town] = props.names;
  const rows = sortCatalog(props.reports.map((report) => report.data))
    .reverse()
    .flatMap(recordRows);
  // The paragraph's address from the site's root (a row's is relative to /figures/), as this file stands four folders down.
  const figures = rows.map(({ town, county, city, province, ...row }) => ({
    ...row,
    paragraph: url(String(row.paragraph).replace(/^\.\.\//, '')),
  }));
  const body = { town, county, city, province, figures };
  return new Response(`${JSON.stringify(body, null, 1)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
