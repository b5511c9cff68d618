/**
 * The archive's one collection: content/reports/*.mdx, written by
 * `npm run convert` and checked again here with the converter's own schema,
 * so a hand-edited or stale file fails `astro build` naming file and field.
 */

import { defineCollection } from 'astro:content';
import { storedRecord } from './lib/record-figures.ts';
import { REPORTS_FOLDER } from './lib/reports-folder.ts';
import { reportsLoader } from './lib/reports-loader.ts';
import { ReportSchema } from './shared/report-schema.ts';

// Each record is checked whole, then stored without its key figures, which pages read from its file (src/lib/record-figures.ts).
const reports = defineCollection({
  loader: reportsLoader(REPORTS_FOLDER),
  schema: ReportSchema.transform(storedRecord),
});

export const collections = { reports };
