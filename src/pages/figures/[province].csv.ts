/**
 * /figures/<province>.csv: the key figures of a province's documents, one a
 * row, in catalog order (src/lib/figures-dataset.ts), streamed a document at
 * a time; the CSV-W metadata of every province's file is /figures/csv-metadata.json.
 * Its key is its documents' (page-keys.ts): a province without new documents keeps its file.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { sortCatalog } from '../../lib/catalog.ts';
import { type FigureTable, figuresCsvStream, figureTables } from '../../lib/figures-dataset.ts';
import { pageKey } from '../../lib/page-keys.ts';
import { recordsWithFigures, type StoredReport } from '../../lib/record-figures.ts';
import { getReports } from '../../lib/reports.ts';

export const getStaticPaths = (async () => {
  const reports = await getReports();
  const entries = new Map(reports.map((report) => [report.id, report]));
  const tables = figureTables(sortCatalog(reports.map((report) => report.data)), (record) => record.figureCount);
  return tables.map((table) => ({
    params: { province: table.province },
    props: { table },
    cacheKey: pageKey(table.records.map((record) => entries.get(record.id))),
  }));
}) satisfies GetStaticPaths;

// Each document's figures are read from its file as the stream reaches it: the file never holds more than one's.
export const GET: APIRoute<{ table: FigureTable<StoredReport> }> = ({ props }) =>
  new Response(figuresCsvStream(recordsWithFigures(props.table.records)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
