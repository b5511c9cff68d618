/**
 * The archive's key figures as /figures/ and /figures/<indicator>/ show
 * them, gathered once a build in one pass over the documents' files: how
 * many figures of each normalised indicator, and the records with
 * only the figures an indicator's page can chart (src/lib/town-figures.ts).
 * Every figure is read, but only those are kept: a build never holds the
 * whole archive's figures (src/lib/record-figures.ts says why).
 *
 *   await archiveFigures() → { byIndicator: Map { "固定资产投资" → 56, … }, chartable: [{ id: "7c88…", …, figures: [f3] }, …] }
 */
import type { Report } from '../shared/report-schema.ts';
import { figuresOf } from './record-figures.ts';
import { getReports } from './reports.ts';
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

async function gather(): Promise<ArchiveFigures> {
  const summary: ArchiveFigures = { byIndicator: new Map(), chartable: [] };
  for (const { data } of await getReports()) {
    if (data.figureCount === 0) continue;
    const figures = figuresOf(data);
    for (const { indicatorNormalised: name } of figures)
      if (name) summary.byIndicator.set(name, (summary.byIndicator.get(name) ?? 0) + 1);
    const kept = figures.filter(isChartable);
    if (kept.length > 0) {
      const { figureCount: _, ...record } = data;
      summary.chartable.push({ ...record, figures: kept });
    }
  }
  return summary;
}
