/** /feed.xml: an Atom feed of the newest documents. */
import type { APIRoute } from 'astro';
import { escapeXml, sortCatalog } from '../lib/catalog.ts';
import { getReports, reportUrl, url } from '../lib/reports.ts';

const FEED_SIZE = 50;

export const GET: APIRoute = async ({ site }) => {
  const records = sortCatalog((await getReports()).map((report) => report.data)).slice(0, FEED_SIZE);
  const absolute = (path: string) => new URL(path, site).href;
  // The feed changes when its newest document does, so its date is that document's.
  const updated = `${records[0]?.date ?? '1970-01-01'}T00:00:00Z`;
  const entries = records.map((record) => {
    const place = [record.province, record.city, record.county, record.town].filter(Boolean).join(' ');
    return `  <entry>
    <title>${escapeXml(record.title)}</title>
    <id>${escapeXml(absolute(reportUrl(record.id)))}</id>
    <link href="${escapeXml(absolute(reportUrl(record.id)))}"/>
    <updated>${record.date ?? '1970-01-01'}T00:00:00Z</updated>
    ${record.publisher ? `<author><name>${escapeXml(record.publisher)}</name></author>` : '<author><name>镇档</name></author>'}
    <summary>${escapeXml([place, record.docType, record.summary].filter(Boolean).join(' · '))}</summary>
  </entry>`;
  });
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
  <title>镇档 · 最新收录</title>
  <id>${escapeXml(absolute(url('')))}</id>
  <link href="${escapeXml(absolute(url('feed.xml')))}" rel="self"/>
  <link href="${escapeXml(absolute(url('')))}"/>
  <updated>${updated}</updated>
${entries.join('\n')}
</feed>
`;
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
