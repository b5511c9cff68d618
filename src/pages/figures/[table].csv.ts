/**
 * /figures/<province>-<year>.csv: the key figures of a province's documents
 * of a year, one a row, in catalog order (src/lib/figures-dataset.ts),
 * streamed a document at a time, each document's rows kept from the last
 * build (figure-rows.ts); the CSV-W metadata of every file is
 * /figures/csv-metadata.json. Its key is its documents' (page-keys.ts): a
 * day's new documents rewrite their year's files alone.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { sortCatalog } from '../../lib/catalog.ts';
import { tableRows } from '../../lib/figure-rows.ts';
import { figuresCsvStream, figureTables } from '../../lib/figures-dataset.ts';
import { pageKey } from '../../lib/page-keys.ts';
import { getReports, type ReportEntry } from '../../lib/reports.ts';

export const getStaticPaths = (async () => {
  const reports = await getReports();
  const entries = new Map(reports.map((report) => [report.id, report]));
  const tables = figureTables(sortCatalog(reports.map((report) => report.data)), (record) => record.figureCount);
  return tables.map((table) => {
    const documents = table.records.map((record) => entries.get(record.id)!);
    return {
      params: { table: table.file.replace(/\.csv$/, '') },
      props: { file: table.file, documents },
      cacheKey: pageKey(documents),
    };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: string; documents: ReportEntry[] }> = ({ props }) =>
  new Response(figuresCsvStream(props.documents, tableRows(props.file)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
