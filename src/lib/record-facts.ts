/**
 * Facts derived from a document's record, the same for the site's pages, the
 * search page in the browser and the search indexer (so: no Astro imports).
 *
 *   recordYear({ date: null, dateWritten: "2021-12-25" }) → "2021"
 */
import type { Report } from '../schemas/report.ts';

/** A record's place fields, from the largest to the smallest. */
export const PLACE_LEVELS = ['province', 'city', 'county', 'town'] as const;

/** The year a document belongs to: of its publication date, else of its writing. */
export function recordYear(record: Pick<Report, 'date' | 'dateWritten'>): string | null {
  return (record.date ?? record.dateWritten)?.slice(0, 4) ?? null;
}
