/** The citation record of a document, as the page and its downloads cite it. */
import type { Citable } from './citations.ts';
import type { ReportEntry } from './reports.ts';
import { placeOf, reportUrl } from './reports.ts';

export const ARCHIVE_NAME = '镇档';

export function citableOf(report: ReportEntry, site: URL | undefined): Citable {
  const { data } = report;
  return {
    id: report.id,
    title: data.title,
    author: data.publisher ?? data.author,
    date: data.date,
    url: new URL(reportUrl(report.id), site).href,
    accessed: null,
    indexNumber: data.indexNumber,
    docType: data.docType,
    place: placeOf(report),
    archive: ARCHIVE_NAME,
  };
}
