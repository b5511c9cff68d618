/** /feed.xml: the Atom feed of the latest additions (最新收录), made by src/lib/atom-feed.ts. */
import type { APIRoute } from 'astro';
import { atomFeedXml } from '../lib/atom-feed.ts';
import { getReports, reportUrl, url } from '../lib/reports.ts';
import { SITE_OWNERS } from '../lib/site-owners.ts';
import { creditsOf } from '../shared/credits.ts';

export const GET: APIRoute = async ({ site }) => {
  const absolute = (path: string) => new URL(path, site).href;
  const xml = atomFeedXml(
    (await getReports()).map((report) => report.data),
    {
      home: absolute(url('')),
      self: absolute(url('feed.xml')),
      documentUrl: (id) => absolute(reportUrl(id)),
      creator: (record) => creditsOf(record, SITE_OWNERS).creator,
    },
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
