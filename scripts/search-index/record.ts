/**
 * A converted document as the search index holds it: a Pagefind custom
 * record of its title and text in simplified characters (src/shared/simplified-characters.ts,
 * so that a query in either script finds both) cut into one token a character
 * (src/shared/search/tokens.ts), its filters (src/shared/search/filters.ts) and the
 * date it sorts by; and the row and text of its excerpt file
 * (src/shared/search/excerpt-format.ts), which a result shows. The record has no
 * metadata: Pagefind searches metadata too, and a result reads its row
 * from the excerpt file.
 */

import { basePath } from '../../src/lib/site-config.ts';
import type { Report } from '../../src/shared/report-schema.ts';
import type { ExcerptRow } from '../../src/shared/search/excerpt-format.ts';
import { searchFilters, sortDate } from '../../src/shared/search/filters.ts';
import { indexTokens, positionText, SEARCH_INDEX_LANGUAGE } from '../../src/shared/search/tokens.ts';
import { simplifiedText } from '../../src/shared/simplified-characters.ts';
import type { Block } from '../store/read-document.ts';

export interface SearchDocument {
  record: ReturnType<typeof searchRecord>;
  row: ExcerptRow;
  /** The text as printed, one character a word position of the record. */
  text: string;
}

export function searchDocument(report: Report, blocks: Block[]): SearchDocument {
  const text = [report.title, ...blocks.map(({ text }) => text)].join('\n');
  const filters = searchFilters(report);
  const place = filters.town ?? filters.county ?? filters.city ?? filters.province;
  return {
    record: searchRecord(report, text, filters),
    row: {
      url: documentUrl(report),
      title: report.title,
      date: report.date ?? '',
      place: place?.[0] ?? '',
      docType: report.docType ?? '',
    },
    text: positionText(text),
  };
}

function searchRecord(report: Report, text: string, filters: ReturnType<typeof searchFilters>) {
  return {
    url: documentUrl(report),
    // Simplified one character for one: the positions still match the text as printed.
    content: indexTokens(simplifiedText(text)),
    language: SEARCH_INDEX_LANGUAGE,
    filters: filters as Record<string, string[]>,
    sort: { date: sortDate(report) },
  };
}

function documentUrl(report: Report): string {
  return `${basePath()}reports/${report.id}/`;
}
