/** /sources/manifest.json: every archived source with its checksum, size, encoding and origin. */
import type { APIRoute } from 'astro';
import { sortCatalog } from '../../lib/catalog.ts';
import { getReports } from '../../lib/reports.ts';
import { sourcePath } from '../../lib/source-path.ts';

export const GET: APIRoute = async () => {
  const records = sortCatalog((await getReports()).map((report) => report.data)).sort((a, b) =>
    a.id.localeCompare(b.id),
  );
  const sources = records.map((record) => ({
    id: record.id,
    path: sourcePath(record.id, record.source.file),
    ...record.source,
    sourceUrl: record.sourceUrl,
    archived: record.archived,
  }));
  return new Response(`${JSON.stringify({ algorithm: 'SHA-256', sources }, null, 1)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
