/**
 * /catalog.json: every document with every field of the schema but its key figures, its address and its source's fixity,
 * and the datasets made from them (the key figures: a CSV a province in /figures/, described by one CSV-W metadata file).
 */
import type { APIRoute } from 'astro';
import { catalogEntry, sortCatalog } from '../lib/catalog.ts';
import { FIGURES_FOLDER, FIGURES_METADATA, figureTables } from '../lib/figures-dataset.ts';
import { getReports } from '../lib/reports.ts';
import { SITE_OWNERS } from '../lib/site-owners.ts';
import { jsonPieces, streamedBody } from '../lib/streamed-file.ts';

export const GET: APIRoute = async () => {
  const records = sortCatalog((await getReports()).map((report) => report.data));
  const head = {
    archive: '镇档',
    datasets: [
      {
        name: 'figures',
        title: '乡镇文件中的关键数据',
        csv: figureTables(records, (record) => record.figureCount).map(({ file }) => `${FIGURES_FOLDER}${file}`),
        metadata: `${FIGURES_FOLDER}${FIGURES_METADATA}`,
      },
    ],
  };
  // A document's entry is written as the file reaches it: 172 MB at 100,000 documents, past a string's limit further on.
  const entries = (function* () {
    for (const record of records) yield catalogEntry(record, SITE_OWNERS);
  })();
  return new Response(streamedBody(jsonPieces(head, 'documents', entries)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
