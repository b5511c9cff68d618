/**
 * A document's key figures are read from its file when a page needs them,
 * never kept in the content store. They are nearly all of a record (26 KB of
 * its 27 KB of YAML in the bench's corpus), and the store holds every record
 * of a build at once: at 10,000 documents the archive build peaked at 6.0 GB
 * with them, 2.1 GB without (scripts/bench, docs/scaling.md). The store
 * keeps how many a document has, so that a page knows whether to look.
 *
 *   storedRecord({ id: "7c88cf9a948c", …, figures: [f1, f2] }) → { id: "7c88cf9a948c", …, figureCount: 2 }
 *   withFigures(entry.data) → { id: "7c88cf9a948c", …, figures: [f1, f2] }   (read from content/reports/7c88cf9a948c.mdx)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { type Figure, FigureSchema, type Report } from '../shared/report-schema.ts';
import { splitDocument } from './document-body.ts';
import { REPORTS_FOLDER } from './reports-folder.ts';

/** A record as the content store keeps it: every field but its figures, and their number. */
export type StoredReport = Omit<Report, 'figures'> & { figureCount: number };

export function storedRecord({ figures, ...record }: Report): StoredReport {
  return { ...record, figureCount: figures?.length ?? 0 };
}

const FiguresOnly = z.object({ figures: z.array(FigureSchema).optional() });

/** The figures of a stored record, read and checked again from its file (the loader checked them once already). */
export function figuresOf(record: Pick<StoredReport, 'id' | 'figureCount'>, folder = REPORTS_FOLDER): Figure[] {
  if (record.figureCount === 0) return [];
  const path = join(folder, `${record.id}.mdx`);
  let figures: Figure[] | undefined;
  try {
    figures = FiguresOnly.parse(splitDocument(readFileSync(path, 'utf8')).frontmatter).figures;
  } catch (error) {
    throw new Error(`${path}: cannot read its key figures: ${(error as Error).message}`);
  }
  if (figures?.length !== record.figureCount)
    throw new Error(
      `${path}: has ${figures?.length ?? 0} key figures, the content store ${record.figureCount}: build again`,
    );
  return figures;
}

/** The whole record again, its figures read from its file. */
export function withFigures({ figureCount, ...record }: StoredReport): Report {
  return figureCount === 0 ? record : { ...record, figures: figuresOf({ id: record.id, figureCount }) };
}
