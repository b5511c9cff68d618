/**
 * The archive's key figures as /figures/ and /figures/<indicator>/ show
 * them, gathered once a build in one pass over the documents' files: how
 * many figures of each normalised indicator, and the records with
 * only the chartable figures, which tell the counties an indicator's page lists (src/lib/town-figures.ts).
 * Every figure is read, but only those are kept: a build never holds the
 * whole archive's figures (src/lib/record-figures.ts says why).
 *
 * What a document gives the pass is kept from one build to the next
 * (build-memo.ts), under its file's digest and the code that reads it: a
 * build after new documents reads their figures only (at 100,000 documents
 * the pass read every file for about four minutes of each archive build).
 * A town's and a county's pages chart from the same memo (chartableRecord):
 * reading each of a county's documents again took 22 s of an update's build
 * at 100,000 documents (docs/scaling.md).
 *
 *   await archiveFigures() → { byIndicator: Map { "固定资产投资" → 56, … }, chartable: [{ id: "7c88…", …, figures: [f3] }, …] }
 */
import { join } from 'node:path';
import type { Figure, Report } from '../shared/report-schema.ts';
import { buildMemo, libraryVersion, memoVersion } from './build-memo.ts';
import { fileDigest } from './page-keys.ts';
import { figuresOf } from './record-figures.ts';
import { getReports, type ReportEntry } from './reports.ts';
import { astroCacheDir } from './site-config.ts';
import { isChartable } from './town-figures.ts';

export interface ArchiveFigures {
  /** Figures a normalised indicator, by its name. */
  byIndicator: Map<string, number>;
  /** The documents with a chartable figure, newest first, each with those figures only. */
  chartable: Report[];
}

let gathered: Promise<ArchiveFigures> | undefined;

export function archiveFigures(): Promise<ArchiveFigures> {
  gathered ??= gather();
  return gathered;
}

/** What one document gives the pass: its figures' normalised indicators, and those a chart can show. */
interface DocumentFigures {
  indicators: string[];
  chartable: Figure[];
}

/**
 * The code that reads a document's figures and judges them (these files and the shared code, read whole, and the
 * version of js-yaml, which reads the YAML): a change to any of it reads every document again.
 */
const READING = memoVersion(
  import.meta.glob<string>(
    ['./archive-figures.ts', './record-figures.ts', './town-figures.ts', './document-body.ts', '../shared/*.ts'],
    { query: '?raw', import: 'default', eager: true },
  ),
  libraryVersion('js-yaml'),
);

// One file for every build, as the citations' (cite-strings.ts): an entry depends on a file's bytes and the code alone.
const kept = buildMemo<DocumentFigures>(join(astroCacheDir(null), 'archive-figures.ndjson'), READING);

async function gather(): Promise<ArchiveFigures> {
  const summary: ArchiveFigures = { byIndicator: new Map(), chartable: [] };
  for (const report of await getReports()) {
    if (report.data.figureCount === 0) continue;
    const { indicators, chartable } = documentFigures(report);
    for (const name of indicators) summary.byIndicator.set(name, (summary.byIndicator.get(name) ?? 0) + 1);
    if (chartable.length > 0) summary.chartable.push(chartableRecord(report)!);
  }
  return summary;
}

/**
 * A document's record with only the figures a chart may show, or null when it has none: what a town's or a county's
 * page charts, from the same memo, so that a page of a county's forty documents reads none of their files again.
 */
export function chartableRecord(report: ReportEntry): Report | null {
  const { figureCount, ...record } = report.data;
  if (figureCount === 0) return null;
  const { chartable } = documentFigures(report);
  return chartable.length > 0 ? { ...record, figures: chartable } : null;
}

function documentFigures(report: ReportEntry): DocumentFigures {
  return kept({ id: report.id, digest: fileDigest(report) }, () => {
    const figures = figuresOf(report.data);
    return {
      indicators: figures.flatMap(({ indicatorNormalised: name }) => (name ? [name] : [])),
      chartable: figures.filter(isChartable),
    };
  });
}
