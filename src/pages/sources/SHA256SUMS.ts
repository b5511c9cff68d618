/** /sources/SHA256SUMS: `sha256sum --check` verifies a downloaded copy of /sources/. */
import type { APIRoute } from 'astro';
import { getReports } from '../../lib/reports.ts';

export const GET: APIRoute = async () => {
  const lines = (await getReports())
    .map((report) => `${report.data.source.sha256}  ${report.id}.txt`)
    .sort((a, b) => a.slice(66).localeCompare(b.slice(66)));
  return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
