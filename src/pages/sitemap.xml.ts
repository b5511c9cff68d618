/** sitemap.xml: every page of the archive, for search engines. */
import type { APIRoute } from 'astro';
import { escapeXml } from '../lib/catalog.ts';
import { getReports, placesWithDocuments, placeUrl, reportUrl, url, yearOf, yearUrl } from '../lib/reports.ts';

export const GET: APIRoute = async ({ site }) => {
  const reports = await getReports();
  const paths = [
    url(''),
    url('places/'),
    url('years/'),
    url('search/'),
    ...reports.map((report) => reportUrl(report.id)),
    ...[...placesWithDocuments(reports).values()].map(({ names }) => placeUrl(names)),
    ...[...new Set(reports.map(yearOf).filter((year) => year !== null))].map(yearUrl),
  ];
  const entries = paths.map((path) => `  <url><loc>${escapeXml(new URL(path, site).href)}</loc></url>`);
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
