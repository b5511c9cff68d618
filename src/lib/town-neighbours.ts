/**
 * A document's neighbours in its town: the one before it and the one after
 * it among the town's documents, newest first, so that a reader can follow a
 * town's reports year by year from any of them.
 *
 * A town is its statistical division code, nine digits, which the converter
 * settles from the gazetteer with its names: the towns of a city without
 * counties (东莞市 石龙镇) are towns too, and two towns of one name are two.
 * A document without one has none: its town was not settled (灵山镇 is the
 * name of five towns), or it is a county's (six digits), or it has no place,
 * and documents that only share a town's name, or a lack of one, are not
 * one town's.
 *
 *   const neighbours = townNeighbours(reports)   // reports newest first
 *   neighbours(report) → { newer: <金溪镇 2025>, older: <金溪镇 2023>, townDocuments: 3 }
 *   neighbours(<a document of no settled town>) → { townDocuments: 0 }
 */
import type { Report } from '../shared/report-schema.ts';

type Placed = { data: Pick<Report, 'placeCode'> };

export interface Neighbours<T> {
  newer?: T;
  older?: T;
  /** The documents of its town, itself among them; 0 for a document of no settled town. */
  townDocuments: number;
}

/** A town's code: nine digits (a county's has six). */
const TOWN_CODE = /^\d{9}$/;

export function townNeighbours<T extends Placed>(reports: readonly T[]): (report: T) => Neighbours<T> {
  const towns = new Map<string, T[]>();
  const places = new Map<T, { documents: T[]; at: number }>();
  for (const report of reports) {
    const code = report.data.placeCode;
    if (code === null || !TOWN_CODE.test(code)) continue;
    if (!towns.has(code)) towns.set(code, []);
    const documents = towns.get(code)!;
    places.set(report, { documents, at: documents.push(report) - 1 });
  }
  return (report) => {
    const place = places.get(report);
    if (!place) return { townDocuments: 0 };
    const { documents, at } = place;
    return { newer: documents[at - 1], older: documents[at + 1], townDocuments: documents.length };
  };
}
