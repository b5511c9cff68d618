/**
 * A document's rows of the key figures' CSV (figures-dataset.ts), kept from
 * one build to the next under its file's digest and the code that writes
 * them (build-memo.ts), so that a table's file after a day's new
 * documents reads their figures alone and copies the rest from the memo.
 * Writing a province's file read every one of its documents' files for its
 * figures: at 100,000 documents, about 9 s a province, 31 of them after an
 * update that touched every province (docs/scaling.md).
 *
 * One memo file a table (a province's documents of a year), read when its
 * CSV is written and let go after: a build holds one table's rows at a time
 * (the archive's are 1.9 GB of memo at 102,001 documents), and an update
 * reads the memo of the years it touches alone.
 *
 *   const rows = tableRows('浙江省-2024.csv')
 *   rows(entry)   → '7c88cf9a948c,1,天目山镇,…\r\n…'   (written in the first build, read back in the next)
 */
import { join } from 'node:path';
import { buildMemo, libraryVersion, memoVersion } from './build-memo.ts';
import { documentCsv } from './figures-dataset.ts';
import { fileDigest } from './page-keys.ts';
import { withFigures } from './record-figures.ts';
import type { ReportEntry } from './reports.ts';
import { astroCacheDir } from './site-config.ts';

/** The code that reads a document's figures and writes its rows (and js-yaml, which reads the YAML): a change to any rewrites every row. */
const WRITING = memoVersion(
  import.meta.glob<string>(
    ['./figure-rows.ts', './figures-dataset.ts', './record-figures.ts', './document-body.ts', '../shared/*.ts'],
    { query: '?raw', import: 'default', eager: true },
  ),
  libraryVersion('js-yaml'),
);

export function tableRows(file: string): (entry: ReportEntry) => string {
  const kept = buildMemo<string>(join(astroCacheDir(null), 'figure-rows', file.replace(/\.csv$/, '.ndjson')), WRITING);
  return (entry) => kept({ id: entry.id, digest: fileDigest(entry) }, () => documentCsv(withFigures(entry.data)));
}
