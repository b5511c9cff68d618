/**
 * A converted document as a Pagefind custom record: its title and text in
 * simplified characters (src/lib/simplified-characters.ts, so that a query in
 * either script finds both) cut into bigram tokens (src/lib/search-tokens.ts), the metadata a result shows,
 * its filters (src/lib/search-filters.ts) and the date it sorts by.
 */
import { searchFilters, sortDate } from '../../src/lib/search-filters.ts';
import { indexTokens, SEARCH_INDEX_LANGUAGE } from '../../src/lib/search-tokens.ts';
import { simplifiedText } from '../../src/lib/simplified-characters.ts';
import { basePath } from '../../src/lib/site-config.ts';
import type { Report } from '../../src/schemas/report.ts';
import type { Block } from '../lib/read-document.ts';

export function searchRecord(record: Report, blocks: Block[]) {
  const text = [record.title, ...blocks.map(({ text }) => text)].join('\n');
  return {
    url: `${basePath()}reports/${record.id}/`,
    content: indexTokens(simplifiedText(text)),
    language: SEARCH_INDEX_LANGUAGE,
    meta: {
      title: record.title,
      date: record.date ?? '',
    },
    filters: searchFilters(record) as Record<string, string[]>,
    sort: { date: sortDate(record) },
  };
}
