/**
 * /feed.xml: an Atom feed (RFC 4287) of the latest additions (最新收录): the
 * documents that entered the archive last, newest first. An entry's
 * `updated` is the day it entered the archive and its `published` the day
 * it was first published; the feed changes when a document is added.
 */
import type { APIRoute } from 'astro';
import { escapeXml } from '../lib/catalog.ts';
import { getReports, reportUrl, url } from '../lib/reports.ts';
import { SITE_OWNERS } from '../lib/site-owners.ts';
import { creditsOf } from '../shared/credits.ts';
import type { Report } from '../shared/report-schema.ts';

const FEED_SIZE = 50;
// What a record with no archiving day is dated by: Atom requires an updated date, and the build's clock would make every build differ.
const UNKNOWN_DAY = '1970-01-01';

const atomDate = (day: string) => `${day}T00:00:00Z`;
const addedOn = (record: Report) => record.archived ?? UNKNOWN_DAY;

/** Latest additions first; among the same day's, the newest publication first, then by id: the same order on every build. */
function byAddition(a: Report, b: Report): number {
  return addedOn(b).localeCompare(addedOn(a)) || (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id);
}

export const GET: APIRoute = async ({ site }) => {
  const records = (await getReports())
    .map((report) => report.data)
    .sort(byAddition)
    .slice(0, FEED_SIZE);
  const absolute = (path: string) => new URL(path, site).href;
  const entries = records.map((record) => {
    const place = [record.province, record.city, record.county, record.town].filter(Boolean).join(' ');
    const { creator } = creditsOf(record, SITE_OWNERS);
    return `  <entry>
    <title>${escapeXml(record.title)}</title>
    <id>${escapeXml(absolute(reportUrl(record.id)))}</id>
    <link href="${escapeXml(absolute(reportUrl(record.id)))}"/>
    <updated>${atomDate(addedOn(record))}</updated>${record.date ? `\n    <published>${atomDate(record.date)}</published>` : ''}
    <author><name>${escapeXml(creator ?? '镇档')}</name></author>
    <summary>${escapeXml([place, record.docType, record.summary].filter(Boolean).join(' · '))}</summary>
  </entry>`;
  });
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
  <title>镇档 · 最新收录</title>
  <id>${escapeXml(absolute(url('')))}</id>
  <link href="${escapeXml(absolute(url('feed.xml')))}" rel="self"/>
  <link href="${escapeXml(absolute(url('')))}"/>
  <updated>${atomDate(records[0] ? addedOn(records[0]) : UNKNOWN_DAY)}</updated>
${entries.join('\n')}
</feed>
`;
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
