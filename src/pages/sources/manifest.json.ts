/** /sources/manifest.json: every archived source with its checksum, size, encoding and origin. */
import type { APIRoute } from 'astro';
import { sortCatalog } from '../../lib/catalog.ts';
import { getReports } from '../../lib/reports.ts';
import { jsonPieces, streamedBody } from '../../lib/streamed-file.ts';
import type { Report } from '../../shared/report-schema.ts';
import { attachmentPath, sourcePath } from '../../shared/source-path.ts';

const keptOf = (record: Report) =>
  (record.attachments ?? []).flatMap(({ url, kept }) =>
    kept
      ? [
          {
            path: attachmentPath(record.id, kept.name),
            url,
            record: kept.record,
            sha256: kept.sha256,
            bytes: kept.bytes,
          },
        ]
      : [],
  );

export const GET: APIRoute = async () => {
  const records = sortCatalog((await getReports()).map((report) => report.data)).sort((a, b) =>
    a.id.localeCompare(b.id),
  );
  const sources = (function* () {
    for (const record of records)
      yield {
        id: record.id,
        path: sourcePath(record.id, record.source.file),
        ...record.source,
        sourceUrl: record.sourceUrl,
        archived: record.archived,
        // The copies of its attachments kept from the same web archive, where there are any.
        ...(keptOf(record).length > 0 ? { attachments: keptOf(record) } : {}),
      };
  })();
  // A source's entry is written as the file reaches it (src/lib/streamed-file.ts).
  return new Response(streamedBody(jsonPieces({ algorithm: 'SHA-256' }, 'sources', sources)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
