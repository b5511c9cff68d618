/** /figures/csv-metadata.json: the CSV-W metadata of every /figures/<province>-<year>.csv, where a CSV-W processor looks for it beside them. */
import type { APIRoute } from 'astro';
import { figuresCsvMetadata, figureTables } from '../../lib/figures-dataset.ts';
import { getReports, url } from '../../lib/reports.ts';

export const GET: APIRoute = async ({ site }) => {
  const home = new URL(url('/'), site ?? 'http://localhost/').href;
  const tables = figureTables(
    (await getReports()).map((report) => report.data),
    (record) => record.figureCount,
  );
  return new Response(`${JSON.stringify(figuresCsvMetadata(home, tables), null, 1)}\n`, {
    headers: { 'Content-Type': 'application/csvm+json; charset=utf-8' },
  });
};
