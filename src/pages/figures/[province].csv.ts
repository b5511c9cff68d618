/**
 * /figures/<province>.csv: the key figures of a province's documents, one a
 * row, in catalog order (src/lib/figures-dataset.ts), streamed a document at
 * a time, each document's rows kept from the last build (figure-rows.ts); the
 * CSV-W metadata of every province's file is /figures/csv-metadata.json.
 * Its key is its documents' (page-keys.ts): a province without new documents keeps its file.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { sortCatalog } from '../../lib/catalog.ts';
import { provinceRows } from '../../lib/figure-rows.ts';
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
      params: { province: table.province },
      props: { province: table.province, documents },
      cacheKey: pageKey(documents),
    };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ province: string; documents: ReportEntry[] }> = ({ props }) =>
  new Response(figuresCsvStream(props.documents, provinceRows(props.province)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
