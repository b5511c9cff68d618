/**
 * The archive's catalog: one entry per document with every field of the
 * schema but its key figures, its addresses and its source's fixity. The
 * figures are the figures dataset (a CSV a province in /figures/), which the
 * catalog names: in every entry they were nine tenths of the catalog (23 MB
 * of 24 at 500 synthetic documents, a file growing past any host's limit). Shared by the site
 * (/catalog.json, the OAI-PMH file) and `npm run export:bag`, so
 * an export says exactly what the site publishes.
 */

import { type Credits, creatorNames, creditsOf, type SiteOwners } from '../shared/credits.ts';
import type { Report } from '../shared/report-schema.ts';
import { sourcePath } from '../shared/source-path.ts';

export interface CatalogEntry extends Omit<Report, 'figures'> {
  /** The document's address, relative to the site root. */
  path: string;
  /** The raw source's address, relative to the site root. */
  sourcePath: string;
  /** Creator and publisher as every other output names them (src/shared/credits.ts). */
  credits: Pick<Credits, 'creator' | 'publisher'>;
}

/** A record with its figures (`npm run export:bag`) or as the site's content store keeps it, their number only. */
export type CatalogRecord = Omit<Report, 'figures'> & { figures?: Report['figures']; figureCount?: number };

export function catalogEntry(
  { figures: _inTheFiguresDataset, figureCount: _countedThere, ...record }: CatalogRecord,
  owners: SiteOwners,
): CatalogEntry {
  const { creator, publisher } = creditsOf(record, owners);
  return {
    ...record,
    path: `reports/${record.id}/`,
    sourcePath: sourcePath(record.id, record.source.file),
    credits: { creator, publisher },
  };
}

/** Newest first by publication date, then by id: the same order on every build. */
export function sortCatalog<T extends Pick<Report, 'date' | 'id'>>(records: T[]): T[] {
  return [...records].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id));
}

/** Dublin Core elements of a document, for OAI-PMH (oai_dc); creator and publisher as every output names them (src/shared/credits.ts). */
export function dublinCore(
  record: Report,
  url: string,
  credits: Pick<Credits, 'creator' | 'publisher'>,
): [string, string][] {
  const place = [record.province, record.city, record.county, record.town].filter(Boolean).join(' ');
  const elements: [string, string | null][] = [
    ['title', record.title],
    ...creatorNames(credits.creator).map((name): [string, string] => ['creator', name]),
    ['publisher', credits.publisher],
    ['date', record.date],
    ['type', 'Text'],
    ['format', 'text/html'],
    ['identifier', url],
    ['identifier', record.indexNumber],
    ['source', record.sourceUrl],
    ['language', 'zh-CN'],
    ['coverage', place || null],
    ['subject', record.docType],
    ['description', record.summary],
    // The earlier capture of the same page: Dublin Core's relation, as an address like the identifier.
    ['relation', record.previousVersion ? url.replace(`/${record.id}/`, `/${record.previousVersion}/`) : null],
  ];
  return elements.filter((element): element is [string, string] => element[1] !== null);
}
