/**
 * The archive's one collection: content/reports/*.mdx, written by
 * `npm run convert` and checked again here with the converter's own schema,
 * so a hand-edited or stale file fails `astro build` naming file and field.
 */

import { defineCollection } from 'astro:content';
import { reportsLoader } from './lib/reports-loader.ts';
import { ReportSchema } from './shared/report-schema.ts';

const reports = defineCollection({
  loader: reportsLoader('content/reports'),
  schema: ReportSchema,
});

export const collections = { reports };
