/** /sources/SHA256SUMS: `sha256sum --check` verifies a downloaded copy of /sources/. */
import type { APIRoute } from 'astro';
import { getReports } from '../../lib/reports.ts';
import { attachmentFileName, sourceFileName } from '../../shared/source-path.ts';

export const GET: APIRoute = async () => {
  const lines = (await getReports())
    .flatMap((report) => [
      `${report.data.source.sha256}  ${sourceFileName(report.id, report.data.source.file)}`,
      // A kept attachment, under its document's folder: sha256sum --check finds it in a copy of /sources/.
      ...(report.data.attachments ?? []).flatMap(({ kept }) =>
        kept ? [`${kept.sha256}  ${report.id}/${attachmentFileName(kept.name)}`] : [],
      ),
    ])
    .sort((a, b) => a.slice(66).localeCompare(b.slice(66)));
  return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
