/** The citation record of a document, as the page and its downloads cite it. */
import type { Citable } from '../shared/citations.ts';
import { creditsOf } from '../shared/credits.ts';
import type { ReportEntry } from './reports.ts';
import { placeOf, reportUrl } from './reports.ts';
import { SITE_OWNERS } from './site-owners.ts';

export const ARCHIVE_NAME = '镇档';

export function citableOf(report: ReportEntry, site: URL | undefined): Citable {
  const { data } = report;
  const { creator, publisher } = creditsOf(data, SITE_OWNERS);
  return {
    id: report.id,
    title: data.title,
    author: creator,
    publisher,
    date: data.date,
    url: new URL(reportUrl(report.id), site).href,
    accessed: null,
    indexNumber: data.indexNumber,
    docType: data.docType,
    place: placeOf(report),
    archive: ARCHIVE_NAME,
  };
}
