/** The citation record of a document, as its page, its meta tags and its downloads cite it. */
import { type Citable, citationTitle } from '../shared/citations.ts';
import { creditsOf, placeInOrganisation } from '../shared/credits.ts';
import type { ReportEntry } from './reports.ts';
import { placeOf, reportUrl } from './reports.ts';
import { SITE_OWNERS } from './site-owners.ts';

export const ARCHIVE_NAME = '镇档';

/**
 * `opening` is the opening of the document's text (src/lib/document-body.ts),
 * its abstract where it has no summary of its own.
 */
export function citableOf(report: ReportEntry, site: URL | undefined, opening: string | null = null): Citable {
  const { data } = report;
  const { kind, creator, publisher } = creditsOf(data, SITE_OWNERS);
  return {
    id: report.id,
    kind,
    title: citationTitle(data.title, data.town ?? data.county),
    author: creator,
    publisher,
    place: publicationPlace(data, kind === 'report' ? publisher : null),
    date: data.date,
    url: new URL(reportUrl(report.id), site).href,
    accessed: null,
    indexNumber: data.indexNumber ?? data.docNumber,
    docType: data.docType,
    region: placeOf(report),
    archive: ARCHIVE_NAME,
    abstract: data.summary ?? opening,
    originalUrl: data.sourceUrl,
    dateWritten: data.dateWritten,
    // A news item's author is its byline, already its creator; so is a report's author that is the body that issued it.
    speaker: kind === 'report' && data.author !== creator ? data.author : null,
  };
}

/**
 * GB/T 7714's 出版地, the place where the publisher sits: the county-level
 * division a town's government or a county's media centre belongs to
 * (临安区, 仙居县), else the city; a town whose county is not known (a name
 * several counties have) is its own; else the province; else, where the
 * gazetteer names none, the place printed in the organisation's name
 * (某县人民政府 → 某县).
 */
function publicationPlace(data: ReportEntry['data'], organisation: string | null): string | null {
  return data.county ?? data.city ?? data.town ?? data.province ?? placeInOrganisation(organisation);
}
