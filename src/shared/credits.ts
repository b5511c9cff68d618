/**
 * Who made a document and who published it: one answer, used by every
 * output (citation_* and DC.* tags, JSON-LD, the citations, the feed and
 * OAI-PMH), so they all name the same creator and publisher.
 *
 * - A government page names its issuing body (发布机构): it is both.
 *   { publisher: '下各镇' } → { creator: '下各镇', publisher: '下各镇' }
 * - A news item names none: the organisation that runs the site published
 *   it (src/data/sites.csv, `owner`), and wrote it unless the page gives
 *   a byline. { sourceSite: 'www.yjnet.cn' } → { creator: '永嘉县融媒体中心', publisher: '永嘉县融媒体中心' };
 *   with { author: '张三' } → { creator: '张三', creatorIsPerson: true, publisher: '永嘉县融媒体中心' }.
 */
import type { Report } from './report-schema.ts';

export interface Credits {
  /** The author to cite, or null when neither the page nor the site table names one. */
  creator: string | null;
  /** True for a byline (a person), false for an organisation. */
  creatorIsPerson: boolean;
  publisher: string | null;
}

/** Site owners by host name without "www.": the sites table's host and owner columns. */
export type SiteOwners = ReadonlyMap<string, string>;

export function creditsOf(record: Pick<Report, 'publisher' | 'author' | 'sourceSite'>, owners: SiteOwners): Credits {
  if (record.publisher) return { creator: record.publisher, creatorIsPerson: false, publisher: record.publisher };
  const owner = record.sourceSite ? (owners.get(record.sourceSite.toLowerCase().replace(/^www\./, '')) ?? null) : null;
  if (record.author) return { creator: record.author, creatorIsPerson: true, publisher: owner };
  return { creator: owner, creatorIsPerson: false, publisher: owner };
}

/** Read the site table (src/data/sites.csv): a header naming `host` and `owner`, then one site a line. */
export function parseSiteOwners(csv: string): SiteOwners {
  const [header = '', ...rows] = csv.split(/\r?\n/).filter((line) => line.trim() !== '');
  const columns = header.split(',').map((cell) => cell.trim());
  const host = columns.indexOf('host');
  const owner = columns.indexOf('owner');
  if (host < 0 || owner < 0) throw new Error(`sites.csv: the header must name host and owner, not "${header}"`);
  return new Map(
    rows.map((row) => {
      const cells = row.split(',').map((cell) => cell.trim());
      return [cells[host]!, cells[owner]!] as const;
    }),
  );
}
