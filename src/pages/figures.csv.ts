/** /figures.csv: every key figure of the archive, one a row (src/lib/figures-dataset.ts); its CSV-W metadata is /figures.csv-metadata.json. */
import type { APIRoute } from 'astro';
import { sortCatalog } from '../lib/catalog.ts';
import { figureRows, figuresCsv } from '../lib/figures-dataset.ts';
import { getReports } from '../lib/reports.ts';

export const GET: APIRoute = async () => {
  const rows = figureRows(sortCatalog((await getReports()).map((report) => report.data)));
  return new Response(figuresCsv(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
};
