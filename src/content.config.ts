/**
 * The archive's one collection: content/reports/*.mdx, written by
 * `npm run convert` and checked again here with the converter's own schema,
 * so a hand-edited or stale file fails `astro build` naming file and field.
 */
import { glob } from 'astro/loaders';
import { defineCollection } from 'astro:content';
import { ReportSchema } from './schemas/report.ts';

// Tests build small archives of their own; everyone else builds content/reports.
const base = process.env.ZHENDANG_CONTENT || './content/reports';

const reports = defineCollection({
  loader: glob({ pattern: '*.mdx', base }),
  schema: ReportSchema,
});

export const collections = { reports };
