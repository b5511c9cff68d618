/**
 * A document's neighbours in its town: the one before it and the one after
 * it among the town's documents, newest first, so that a reader can follow a
 * town's reports year by year from any of them.
 *
 * A town is the four names of its page (place-pages.ts): province, city,
 * county and town. A document whose place stops short of them has none: its
 * town was not settled (灵山镇 is the name of five towns), or it is a
 * county's, or it has no place at all, and documents that only share a
 * town's name, or a lack of one, are not one town's.
 *
 *   const neighbours = townNeighbours(reports)   // reports newest first
 *   neighbours(report) → { newer: <金溪镇 2025>, older: <金溪镇 2023>, townDocuments: 3 }
 *   neighbours(<a document of no known town>) → { townDocuments: 0 }
 */
import { PLACE_LEVELS } from '../shared/record-facts.ts';
import type { Report } from '../shared/report-schema.ts';

type Placed = { data: Pick<Report, (typeof PLACE_LEVELS)[number]> };

export interface Neighbours<T> {
  newer?: T;
  older?: T;
  /** The documents of its town, itself among them; 0 for a document of no known town. */
  townDocuments: number;
}

export function townNeighbours<T extends Placed>(reports: readonly T[]): (report: T) => Neighbours<T> {
  const towns = new Map<string, T[]>();
  const places = new Map<T, { documents: T[]; at: number }>();
  for (const report of reports) {
    const town = townOf(report);
    if (town === null) continue;
    if (!towns.has(town)) towns.set(town, []);
    const documents = towns.get(town)!;
    places.set(report, { documents, at: documents.push(report) - 1 });
  }
  return (report) => {
    const place = places.get(report);
    if (!place) return { townDocuments: 0 };
    const { documents, at } = place;
    return { newer: documents[at - 1], older: documents[at + 1], townDocuments: documents.length };
  };
}

/** The town's four names, one string; null unless the place is known down to the town. */
function townOf({ data }: Placed): string | null {
  const names = PLACE_LEVELS.map((level) => data[level]);
  return names.every((name) => name) ? names.join('/') : null;
}
