/**
 * A sample of real pages and the facts a person read off them
 * (test/real-pages/: `{ file, url, shape, expected: { title, town, … } }`),
 * converted in memory as `npm run score` converts them, and which fields the
 * converter got wrong.
 *
 *   wrongFields({ town: "城关镇", date: "2024-01-09", … }, { town: "城关镇", date: "2024-01-10", publisher: null })
 *   → ["date"]   (a fact given as null, the page does not state it, is not scored)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Report } from '../../src/shared/report-schema.ts';
import { type Conversion, convertSource } from '../converter/convert-source.ts';
import type { createProcessor } from '../converter/processor.ts';

/** The fields a person read off each page. */
export const SCORED_FIELDS = [
  'title',
  'town',
  'county',
  'city',
  'province',
  'date',
  'publisher',
  'indexNumber',
  'docType',
] as const;
export type ScoredField = (typeof SCORED_FIELDS)[number];

export interface Fact {
  file: string;
  url: string | null;
  shape: string;
  expected: Partial<Record<ScoredField, string | null>>;
}

/** A facts file (of fields, or of figures: score-figures.ts), or an error naming it. */
export function readFacts<T = Fact>(path: string): T[] {
  let facts: unknown;
  try {
    facts = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: ${(error as Error).message}`);
  }
  if (!Array.isArray(facts)) throw new Error(`${path}: expected an array of page facts`);
  return facts as T[];
}

/** Convert the page a fact names, from `folder`, with the fact's address as its provenance. */
export function convertFact(
  folder: string,
  fact: Pick<Fact, 'file' | 'url'>,
  processor: ReturnType<typeof createProcessor>,
): Conversion {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(join(folder, fact.file));
  } catch (error) {
    return { ok: false, error: { message: `cannot read it: ${(error as Error).message}` }, warnings: [] };
  }
  return convertSource({ bytes, name: fact.file, sourceUrl: fact.url }, processor);
}

/** The scored fields the record gets wrong, as a reader would judge them (whitespace and full-width colons aside). */
export function wrongFields(record: Partial<Report>, expected: Fact['expected']): ScoredField[] {
  return SCORED_FIELDS.filter((field) => {
    const value = expected[field];
    if (value === null || value === undefined) return false;
    return normalise(record[field] ?? null) !== normalise(value);
  });
}

/** A value as a reader compares it: whitespace and full-width colons aside. */
export function normalise(value: string | null): string | null {
  return value === null ? null : value.replace(/\s+/g, '').replace(/：/g, ':');
}
