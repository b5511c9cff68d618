/**
 * An Atom feed (RFC 4287) of the latest additions (最新收录): the documents
 * that entered the archive last, newest first. An entry's `updated` is the
 * day it entered the archive and its `published` the day it was first
 * published; the feed changes when a document is added.
 *
 *   atomFeedXml([{ id: '18ac4b943fd2', title: '关于…的通知', archived: '2026-11-22', … }], addresses)
 *   → <?xml version="1.0" encoding="utf-8"?>
 *     <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
 *       <title>镇档 · 最新收录</title> … <entry><title>关于…的通知</title> … </entry>
 *     </feed>
 */
// Children go in an array where there are no attributes: xastscript takes any object in second place for attributes.
import { x } from 'xastscript';
import { creatorNames } from '../shared/credits.ts';
import type { Report } from '../shared/report-schema.ts';
import { xmlDocument } from './xml-document.ts';

export const FEED_SIZE = 50;
// What a record with no archiving day is dated by: Atom requires an updated date, and the build's clock would make every build differ.
const UNKNOWN_DAY = '1970-01-01';

export interface FeedAddresses {
  /** The site's home page, absolute: the feed's id. */
  home: string;
  /** The feed's own address, absolute. */
  self: string;
  /** A document's address, absolute. */
  documentUrl: (id: string) => string;
  /** A document's creator as every output names it (src/shared/credits.ts). */
  creator: (record: Report) => string | null;
}

const atomDate = (day: string) => `${day}T00:00:00Z`;
const addedOn = (record: Report) => record.archived ?? UNKNOWN_DAY;

/** Latest additions first; among the same day's, the newest publication first, then by id: the same order on every build. */
function byAddition(a: Report, b: Report): number {
  return addedOn(b).localeCompare(addedOn(a)) || (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id);
}

/** An entry's authors: one element a person of a byline (Atom repeats author), the archive where nobody is known. */
function authorsOf(creator: string | null): string[] {
  const names = creatorNames(creator);
  return names.length > 0 ? names : ['镇档'];
}

/** The feed of the FEED_SIZE latest additions among `records`. */
export function atomFeedXml(records: Report[], addresses: FeedAddresses): string {
  const latest = [...records].sort(byAddition).slice(0, FEED_SIZE);
  const entries = latest.map((record) => {
    const place = [record.province, record.city, record.county, record.town].filter(Boolean).join(' ');
    const address = addresses.documentUrl(record.id);
    return x('entry', [
      x('title', record.title),
      x('id', address),
      x('link', { href: address }),
      x('updated', atomDate(addedOn(record))),
      record.date ? x('published', atomDate(record.date)) : null,
      ...authorsOf(addresses.creator(record)).map((name) => x('author', [x('name', name)])),
      x('summary', [place, record.docType, record.summary].filter(Boolean).join(' · ')),
    ]);
  });
  const feed = x(
    'feed',
    { xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': 'zh-CN' },
    x('title', '镇档 · 最新收录'),
    x('id', addresses.home),
    x('link', { href: addresses.self, rel: 'self' }),
    x('link', { href: addresses.home }),
    x('updated', atomDate(latest[0] ? addedOn(latest[0]) : UNKNOWN_DAY)),
    entries,
  );
  return xmlDocument(feed, { encoding: 'utf-8' });
}
